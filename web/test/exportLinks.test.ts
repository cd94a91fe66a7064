import { describe, expect, it } from 'vitest';
import { exportUrl } from '../src/explorer/exportLinks';
import { defaultState } from '../src/explorer/urlState';

describe('export links', () => {
  it('name the view the canvas shows', () => {
    expect(exportUrl('graph.gexf', { ...defaultState(), view: 'collaboration', city: '嘉兴' }))
      .toBe(`/export/graph.gexf?view=collaboration&city=${encodeURIComponent('嘉兴')}`);
    expect(exportUrl('nodes.csv', { ...defaultState(), view: 'cities' })).toBe('/export/nodes.csv?view=cities');
    expect(exportUrl('graph.json', { ...defaultState(), view: 'responsibility', plan: 'plan.jx315' }))
      .toBe('/export/graph.json?view=responsibility&plan=plan.jx315');
  });

  it('export a path when one is shown, and the whole graph for an empty search view', () => {
    expect(exportUrl('graph.graphml', { ...defaultState(), view: 'collaboration', from: 'a', to: 'b' }))
      .toBe('/export/graph.graphml?view=path&from=a&to=b');
    expect(exportUrl('edges.csv', defaultState())).toBe('/export/edges.csv');
  });

  it('export what was put on the canvas and expanded, each once', () => {
    const url = exportUrl('graph.gexf', { ...defaultState(), ids: ['a', 'b'], expanded: ['b', 'c'] });
    expect(new URL(url, 'http://x').searchParams.get('ids')).toBe('a,b,c');
  });
});
