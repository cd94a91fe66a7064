import type { ViewState } from './urlState';

export const dataFormats = ['graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv', 'edges.csv'] as const;
export type DataFormat = (typeof dataFormats)[number];

/** The /export/* query that stands for what the canvas shows. */
export function exportQuery(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.from && state.to) {
    params.set('view', 'path');
    params.set('from', state.from);
    params.set('to', state.to);
    return params;
  }
  switch (state.view) {
    case 'collaboration':
      params.set('view', 'collaboration');
      if (state.city) params.set('city', state.city);
      break;
    case 'cities':
      params.set('view', 'cities');
      break;
    case 'responsibility':
      params.set('view', 'responsibility');
      if (state.plan) params.set('plan', state.plan);
      break;
    case 'search':
      if (state.ids.length) {
        params.set('view', 'neighbourhood');
        params.set('ids', [...new Set([...state.ids, ...state.expanded])].join(','));
        params.set('depth', '1');
      }
      break;
  }
  return params;
}

export function exportUrl(format: DataFormat, state: ViewState): string {
  const query = exportQuery(state).toString();
  return `/export/${format}${query ? `?${query}` : ''}`;
}
