import * as api from './api';
import { mergeGraphs, withoutNodes } from './elements';
import type { Graph } from './graph';
import type { LayoutName } from './canvas';
import { responsibilityGraph } from './responsibility';
import type { ViewState } from './urlState';

export const expansionCap = 25;

export interface LoadedView {
  graph: Graph;
  compound: boolean;
  layout: LayoutName;
  /** Per expanded node: how many of its relations the canvas does not show. */
  hiddenRelations: Map<string, number>;
  assignments?: api.Assignment[];
}

/** What a view shows for the state, before expansions and removals. */
async function baseGraph(state: ViewState): Promise<Omit<LoadedView, 'hiddenRelations'>> {
  switch (state.view) {
    case 'collaboration':
      return { graph: await api.collaborationNetwork(state.city || '嘉兴'), compound: true, layout: 'fcose' };
    case 'cities':
      return { graph: await api.cityCollaboration(), compound: false, layout: 'fcose' };
    case 'responsibility': {
      if (!state.plan) return { graph: { nodes: [], edges: [] }, compound: false, layout: 'dagre', assignments: [] };
      const assignments = state.bureau ? (await api.bureauTasks(state.bureau)).filter(a => a.plan?.id === state.plan) : await api.planAssignments(state.plan);
      return { graph: responsibilityGraph(assignments), compound: false, layout: 'dagre', assignments };
    }
    case 'search':
      return { graph: await api.nodesOf(state.ids), compound: false, layout: 'fcose' };
  }
}

export async function loadView(state: ViewState, limits: Map<string, number>): Promise<LoadedView> {
  const base = await baseGraph(state);
  const expansions = await Promise.all(state.expanded.map(id => api.neighbourhood([id], limits.get(id) ?? expansionCap)));
  let graph = mergeGraphs(base.graph, ...expansions);
  const path = state.from && state.to ? await api.shortestPath(state.from, state.to) : undefined;
  if (path) graph = mergeGraphs(graph, path);
  graph = withoutNodes(graph, state.removed);
  const hiddenRelations = new Map<string, number>();
  await Promise.all(state.expanded.map(async id => {
    const total = await api.relationCount(id);
    const shown = graph.edges.filter(e => e.source === id || e.target === id).length;
    if (total > shown) hiddenRelations.set(id, total - shown);
  }));
  return { ...base, graph, hiddenRelations };
}
