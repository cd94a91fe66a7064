import { describe, expect, it } from 'vitest';
import { toElements } from '../src/explorer/elements';
import type { Graph } from '../src/explorer/graph';

const node = (id: string, kind: string) => ({ id, kind, label: id, properties: {}, sources: [] });
const edge = (id: string, source: string, target: string, type: string) => ({ id, source, target, type, properties: {}, sources: [] });

const graph = {
  nodes: [node('region.jiaxing', 'Region'), node('region.jiashan', 'Region'), node('inst.fudan-jiashan', 'Institute'), node('univ.fudan', 'University')],
  edges: [
    edge('e1', 'region.jiashan', 'region.jiaxing', 'PART_OF'),
    edge('e2', 'inst.fudan-jiashan', 'region.jiashan', 'LOCATED_IN'),
    edge('e3', 'inst.fudan-jiashan', 'univ.fudan', 'PART_OF'),
  ],
} as unknown as Graph;

describe('graph to Cytoscape elements', () => {
  it('gives every node and edge as {data}', () => {
    const elements = toElements(graph);
    expect(elements.nodes.map(n => n.data.id)).toEqual(graph.nodes.map(n => n.id));
    expect(elements.edges.map(e => [e.data.source, e.data.target, e.data.type])).toEqual(graph.edges.map(e => [e.source, e.target, e.type]));
  });

  it('nests bodies in their places when compound, keeping links between bodies as edges', () => {
    const elements = toElements(graph, { compound: true });
    const parent = (id: string) => elements.nodes.find(n => n.data.id === id)?.data.parent;
    expect(parent('inst.fudan-jiashan')).toBe('region.jiashan');
    expect(parent('region.jiashan')).toBe('region.jiaxing');
    expect(parent('univ.fudan')).toBeUndefined();
    expect(elements.edges.map(e => e.data.id)).toEqual(['e3']);
  });
});
