import type { Graph, GraphEdge, GraphNode } from './graph';

export interface NodeData {
  id: string;
  label: string;
  kind: string;
  properties: Record<string, unknown>;
  sources: GraphNode['sources'];
  parent?: string;
  more?: boolean;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  role?: string;
  weight: number;
  weightLabel?: string;
  derived?: boolean;
  properties: Record<string, unknown>;
  via?: GraphEdge['via'];
  sources: GraphEdge['sources'];
}

export interface Elements { nodes: { data: NodeData }[]; edges: { data: EdgeData }[] }

export interface MappingOptions {
  /** Nest bodies in the region they are located in and districts in their city (compound nodes). */
  compound?: boolean;
}

const containment = new Set(['LOCATED_IN', 'PART_OF']);

/**
 * The API's Graph as Cytoscape elements ({data: ...}). With `compound`, a LOCATED_IN or PART_OF edge to a
 * region on the canvas becomes the node's parent instead of an edge: city ⊃ district ⊃ body.
 */
export function toElements(graph: Graph, options: MappingOptions = {}): Elements {
  const kinds = new Map(graph.nodes.map(n => [n.id, n.kind]));
  const parents = new Map<string, string>();
  const absorbed = new Set<string>();
  if (options.compound) {
    for (const edge of graph.edges) {
      if (!containment.has(edge.type) || kinds.get(edge.target) !== 'Region' || !kinds.has(edge.source)) continue;
      if (edge.source === edge.target || parents.has(edge.source) || wouldCycle(parents, edge.source, edge.target)) continue;
      parents.set(edge.source, edge.target);
      absorbed.add(edge.id);
    }
  }

  const nodes = graph.nodes.map(n => ({
    data: {
      id: n.id,
      label: n.label,
      kind: n.kind,
      properties: n.properties ?? {},
      sources: n.sources ?? [],
      ...(parents.has(n.id) ? { parent: parents.get(n.id) } : {}),
    },
  }));
  const edges = graph.edges
    .filter(e => !absorbed.has(e.id) && kinds.has(e.source) && kinds.has(e.target))
    .map(e => ({ data: edgeData(e) }));
  return { nodes, edges };
}

function edgeData(e: GraphEdge): EdgeData {
  const properties = e.properties ?? {};
  const derived = e.weight != null || e.via != null;
  const role = typeof properties.role === 'string' ? properties.role : undefined;
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.type,
    weight: e.weight ?? 1,
    properties,
    sources: e.sources ?? [],
    ...(role ? { role } : {}),
    ...(derived ? { derived: true, weightLabel: String(e.weight ?? ''), via: e.via ?? [] } : {}),
  };
}

function wouldCycle(parents: Map<string, string>, child: string, parent: string): boolean {
  for (let at: string | undefined = parent; at; at = parents.get(at)) {
    if (at === child) return true;
  }
  return false;
}

/** Merges graphs by id, the later one's values winning; what is on the canvas grows by expansion. */
export function mergeGraphs(...graphs: Graph[]): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    g.nodes.forEach(n => nodes.set(n.id, n));
    g.edges.forEach(e => edges.set(e.id, e));
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The graph without the given nodes and the edges that touch them. */
export function withoutNodes(graph: Graph, ids: Iterable<string>): Graph {
  const gone = new Set(ids);
  return {
    nodes: graph.nodes.filter(n => !gone.has(n.id)),
    edges: graph.edges.filter(e => !gone.has(e.source) && !gone.has(e.target)),
  };
}

/** The "+N more" handle of a node whose relations were not all shown. */
export function moreHandle(nodeId: string, hidden: number, label: string): Elements {
  const id = `more:${nodeId}`;
  return {
    nodes: [{ data: { id, label: `+${hidden} ${label}`, kind: 'More', properties: {}, sources: [], more: true } }],
    edges: [{ data: { id: `${id}|edge`, source: nodeId, target: id, type: 'MORE', weight: 1, properties: {}, sources: [] } }],
  };
}
