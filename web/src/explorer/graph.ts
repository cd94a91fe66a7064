/** The shapes the GraphQL API answers with. */
export interface Provenance {
  locator: string;
  kind: 'DOCUMENT' | 'REFERENCE';
  document?: { id: string; title?: string | null; titleEn?: string | null } | null;
}

export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  properties?: Record<string, unknown> | null;
  sources?: Provenance[];
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties?: Record<string, unknown> | null;
  weight?: number | null;
  via?: { id: string; kind: string; label: string }[] | null;
  sources?: Provenance[];
}

export interface Graph { nodes: GraphNode[]; edges: GraphEdge[] }

export const emptyGraph = (): Graph => ({ nodes: [], edges: [] });
