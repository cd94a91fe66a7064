import type { Language } from './i18n';

export type ViewName = 'search' | 'collaboration' | 'cities' | 'responsibility';
const viewNames: ViewName[] = ['search', 'collaboration', 'cities', 'responsibility'];

/** Everything a shared link restores. */
export interface ViewState {
  view: ViewName;
  city?: string;
  plan?: string;
  bureau?: string;
  task?: string;
  /** Entities put on the canvas (search view). */
  ids: string[];
  /** Entities expanded (search view). */
  expanded: string[];
  /** Entities taken off the canvas. */
  removed: string[];
  from?: string;
  to?: string;
  selected?: string;
  hiddenKinds: string[];
  hiddenTypes: string[];
  language: Language;
}

export const defaultState = (): ViewState => ({
  view: 'search',
  ids: [],
  expanded: [],
  removed: [],
  hiddenKinds: ['Indicator'],
  hiddenTypes: [],
  language: 'zh',
});

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  const put = (name: string, value: string | undefined) => { if (value) params.set(name, value); };
  const putList = (name: string, values: string[]) => { if (values.length) params.set(name, values.join(',')); };
  put('city', state.city);
  put('plan', state.plan);
  put('bureau', state.bureau);
  put('task', state.task);
  putList('ids', state.ids);
  putList('expanded', state.expanded);
  putList('removed', state.removed);
  put('from', state.from);
  put('to', state.to);
  put('selected', state.selected);
  if (state.hiddenKinds.join(',') !== defaultState().hiddenKinds.join(',')) params.set('hideKinds', state.hiddenKinds.join(','));
  putList('hideTypes', state.hiddenTypes);
  if (state.language !== 'zh') params.set('lang', state.language);
  return params.toString();
}

export function decodeState(query: string): ViewState {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const state = defaultState();
  const view = params.get('view') as ViewName | null;
  if (view && viewNames.includes(view)) state.view = view;
  const get = (name: string) => params.get(name) || undefined;
  state.city = get('city');
  state.plan = get('plan');
  state.bureau = get('bureau');
  state.task = get('task');
  state.ids = list(params.get('ids'));
  state.expanded = list(params.get('expanded'));
  state.removed = list(params.get('removed'));
  state.from = get('from');
  state.to = get('to');
  state.selected = get('selected');
  if (params.has('hideKinds')) state.hiddenKinds = list(params.get('hideKinds'));
  state.hiddenTypes = list(params.get('hideTypes'));
  state.language = params.get('lang') === 'en' ? 'en' : 'zh';
  return state;
}
