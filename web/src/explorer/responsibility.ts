import type { Assignment } from './api';
import type { Graph, GraphNode } from './graph';

/**
 * A plan's assignments as a hierarchy: plan → action → task, and each unit linked to its tasks by a
 * RESPONSIBLE_FOR edge whose role (LEAD or CO) is styled apart.
 */
export function responsibilityGraph(assignments: Assignment[], bureau?: string): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, Graph['edges'][number]>();
  const node = (id: string, kind: string, label: string) => { if (!nodes.has(id)) nodes.set(id, { id, kind, label, properties: {} }); };
  const chosen = bureau ? assignments.filter(a => a.unit.id === bureau || a.unit.name === bureau) : assignments;
  for (const a of chosen) {
    node(a.unit.id, a.unit.kind, a.unit.name);
    node(a.task.id, 'Task', a.task.number ? `${a.task.number} ${a.task.name}` : a.task.name);
    const taskParent = a.action ?? a.plan;
    if (a.plan) node(a.plan.id, 'Plan', a.plan.name);
    if (a.action) {
      node(a.action.id, 'Action', a.action.number ? `${a.action.number} ${a.action.name}` : a.action.name);
      if (a.plan) edges.set(`${a.action.id}|PART_OF|${a.plan.id}`, { id: `${a.action.id}|PART_OF|${a.plan.id}`, source: a.plan.id, target: a.action.id, type: 'PART_OF', properties: {} });
    }
    if (taskParent) edges.set(`${a.task.id}|PART_OF|${taskParent.id}`, { id: `${a.task.id}|PART_OF|${taskParent.id}`, source: taskParent.id, target: a.task.id, type: 'PART_OF', properties: {} });
    const id = `${a.unit.id}|RESPONSIBLE_FOR|${a.task.id}`;
    edges.set(id, { id, source: a.task.id, target: a.unit.id, type: 'RESPONSIBLE_FOR', properties: { role: a.role, order: a.order ?? null }, sources: a.sources });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** A task's owners in the document's order. */
export const inOrder = (owners: Assignment[]): Assignment[] =>
  [...owners].sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER));
