import type { Graph, Provenance } from './graph';

export class GraphQLRequestError extends Error {}

/** POSTs to the project's own /graphql; GraphQL errors become one exception with every message. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json() as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map(e => e.message).join('; '));
  if (!response.ok || !body.data) throw new GraphQLRequestError(`HTTP ${response.status}`);
  return body.data;
}

const sources = 'sources { locator kind document { id title titleEn } }';
const graphFields = `nodes { id kind label properties ${sources} } edges { id source target type properties weight via { id kind label } ${sources} }`;

export interface Suggestion { id: string; kind: string; name: string; nameEn?: string | null; aliases: { name: string }[] }

export async function search(text: string, first = 10): Promise<Suggestion[]> {
  const data = await graphql<{ search: Suggestion[] }>(
    'query Search($text: String!, $first: Int) { search(text: $text, first: $first) { id kind name nameEn aliases { name } } }',
    { text, first });
  return data.search;
}

export async function neighbourhood(ids: string[], limit: number): Promise<Graph> {
  const data = await graphql<{ neighbourhood: Graph }>(
    `query Neighbourhood($ids: [ID!]!, $limit: Int) { neighbourhood(ids: $ids, depth: 1, limit: $limit) { ${graphFields} } }`,
    { ids, limit });
  return data.neighbourhood;
}

/** The entities themselves, as a graph of nodes without edges. */
export async function nodesOf(ids: string[]): Promise<Graph> {
  if (!ids.length) return { nodes: [], edges: [] };
  const data = await graphql<{ neighbourhood: Graph }>(
    `query Nodes($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 1, limit: 1) { ${graphFields} } }`, { ids });
  const wanted = new Set(ids);
  return {
    nodes: data.neighbourhood.nodes.filter(n => wanted.has(n.id)),
    edges: data.neighbourhood.edges.filter(e => wanted.has(e.source) && wanted.has(e.target)),
  };
}

export async function relationCount(id: string): Promise<number> {
  const data = await graphql<{ entity: { relations: { totalCount: number } } | null }>(
    'query Degree($id: ID!) { entity(id: $id) { relations { totalCount } } }', { id });
  return data.entity?.relations.totalCount ?? 0;
}

export async function collaborationNetwork(city: string): Promise<Graph> {
  const data = await graphql<{ collaborationNetwork: Graph }>(
    `query Collaboration($city: String!) { collaborationNetwork(city: $city) { ${graphFields} } }`, { city });
  return data.collaborationNetwork;
}

export async function cityCollaboration(): Promise<Graph> {
  const data = await graphql<{ cityCollaboration: Graph }>(`{ cityCollaboration { ${graphFields} } }`);
  return data.cityCollaboration;
}

export async function shortestPath(from: string, to: string): Promise<Graph> {
  const data = await graphql<{ shortestPath: Graph | null }>(
    `query Path($from: String!, $to: String!) { shortestPath(from: $from, to: $to) { ${graphFields} } }`, { from, to });
  return data.shortestPath ?? { nodes: [], edges: [] };
}

export interface Assignment {
  role: string;
  order?: number | null;
  unit: { id: string; kind: string; name: string };
  task: { id: string; name: string; number?: string | null };
  action?: { id: string; name: string; number?: string | null } | null;
  plan?: { id: string; name: string } | null;
  sources: Provenance[];
}

const assignmentFields = `role order unit { id kind name } task { id name number } action { id name number } plan { id name } ${sources}`;

export async function bureauTasks(bureau: string): Promise<Assignment[]> {
  const data = await graphql<{ bureauTasks: Assignment[] | null }>(
    `query BureauTasks($bureau: String!) { bureauTasks(bureau: $bureau) { ${assignmentFields} } }`, { bureau });
  return data.bureauTasks ?? [];
}

export async function taskOwners(task: string): Promise<Assignment[]> {
  const data = await graphql<{ taskOwners: Assignment[] | null }>(
    `query TaskOwners($task: String!) { taskOwners(task: $task) { ${assignmentFields} } }`, { task });
  return data.taskOwners ?? [];
}

export interface PlanSummary { id: string; name: string }

export async function plans(): Promise<PlanSummary[]> {
  const data = await graphql<{ entities: { edges: { node: PlanSummary }[] } }>(
    '{ entities(kind: "Plan", first: 100) { edges { node { id name } } } }');
  return data.entities.edges.map(e => e.node);
}

export async function responsibilityNetwork(plan: string): Promise<Graph> {
  const data = await graphql<{ responsibilityNetwork: Graph }>(
    `query Responsibility($plan: String) { responsibilityNetwork(plan: $plan) { ${graphFields} } }`, { plan });
  return data.responsibilityNetwork;
}

/** A plan's tasks with their owners, as plan → action → task → unit assignments. */
export async function planAssignments(plan: string): Promise<Assignment[]> {
  const network = await responsibilityNetwork(plan);
  const units = network.nodes.map(n => n.id);
  const lists: Assignment[][] = [];
  // Aliased root fields, a batch per request, within the API's root-field limit.
  for (let at = 0; at < units.length; at += 15) {
    const batch = units.slice(at, at + 15);
    const variables = Object.fromEntries(batch.map((u, i) => [`b${i}`, u]));
    const query = `query PlanTasks(${batch.map((_, i) => `$b${i}: String!`).join(', ')}) { ${batch.map((_, i) => `a${i}: bureauTasks(bureau: $b${i}) { ${assignmentFields} }`).join(' ')} }`;
    const data = await graphql<Record<string, Assignment[] | null>>(query, variables);
    lists.push(...Object.values(data).map(v => v ?? []));
  }
  return lists.flat().filter(a => a.plan && (a.plan.id === plan || a.plan.name === plan));
}

export interface EntityDetails {
  id: string;
  kind: string;
  name: string;
  nameEn?: string | null;
  aliases: { name: string; script?: string | null }[];
  sources: Provenance[];
}

export async function entityDetails(id: string): Promise<EntityDetails | null> {
  const data = await graphql<{ entity: EntityDetails | null }>(
    `query Details($id: ID!) { entity(id: $id) { id kind name nameEn aliases { name script } ${sources} } }`, { id });
  return data.entity;
}

export interface Series {
  indicator: { id: string; name: string; unit?: string | null };
  points: { year?: number | null; value?: number | null; unit?: string | null; status?: string | null }[];
}

export async function indicatorSeries(region: string): Promise<Series[]> {
  const data = await graphql<{ indicatorSeries: Series[] | null }>(
    'query Series($region: String!) { indicatorSeries(region: $region) { indicator { id name unit } points { year value unit status } } }',
    { region });
  return data.indicatorSeries ?? [];
}
