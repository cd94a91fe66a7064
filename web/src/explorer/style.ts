import { kindLabel, relationLabel, type Language } from './i18n';

export interface KindStyle { colour: string; shape: string }
export interface RelationStyle { colour: string; line: 'solid' | 'dashed' | 'dotted' }

export const kindStyles: Record<string, KindStyle> = {
  Region: { colour: '#8d99ae', shape: 'round-rectangle' },
  University: { colour: '#1f77b4', shape: 'ellipse' },
  Academy: { colour: '#17becf', shape: 'ellipse' },
  Institute: { colour: '#d62728', shape: 'round-diamond' },
  Laboratory: { colour: '#9467bd', shape: 'round-diamond' },
  RdCentre: { colour: '#e377c2', shape: 'round-diamond' },
  Enterprise: { colour: '#ff7f0e', shape: 'round-rectangle' },
  GovernmentBody: { colour: '#2ca02c', shape: 'round-hexagon' },
  Organisation: { colour: '#bcbd22', shape: 'round-hexagon' },
  Park: { colour: '#8c564b', shape: 'round-pentagon' },
  Platform: { colour: '#e6550d', shape: 'round-octagon' },
  Fund: { colour: '#ffbb78', shape: 'round-tag' },
  Programme: { colour: '#c49c94', shape: 'round-tag' },
  Plan: { colour: '#393b79', shape: 'round-rectangle' },
  Action: { colour: '#6b6ecf', shape: 'round-rectangle' },
  Policy: { colour: '#637939', shape: 'round-tag' },
  Designation: { colour: '#b5cf6b', shape: 'star' },
  Task: { colour: '#9c9ede', shape: 'round-rectangle' },
  Indicator: { colour: '#7f7f7f', shape: 'triangle' },
  Document: { colour: '#525252', shape: 'rectangle' },
};

const fallbackKind: KindStyle = { colour: '#999999', shape: 'ellipse' };

export const relationStyles: Record<string, RelationStyle> = {
  CO_BUILT_WITH: { colour: '#d62728', line: 'solid' },
  COOPERATES_WITH: { colour: '#ff7f0e', line: 'dashed' },
  LOCATED_IN: { colour: '#8d99ae', line: 'dotted' },
  PART_OF: { colour: '#adb5bd', line: 'dotted' },
  RESPONSIBLE_FOR: { colour: '#2ca02c', line: 'solid' },
  ADMINISTERS: { colour: '#2ca02c', line: 'dashed' },
  ESTABLISHED: { colour: '#1f77b4', line: 'solid' },
  APPROVED: { colour: '#17becf', line: 'dashed' },
  FUNDS: { colour: '#ffbb78', line: 'solid' },
  INVESTS_IN: { colour: '#e6550d', line: 'solid' },
  DESIGNATED_AS: { colour: '#b5cf6b', line: 'dashed' },
  MEASURED: { colour: '#7f7f7f', line: 'dotted' },
  MEMBER_OF: { colour: '#bcbd22', line: 'dashed' },
  PARTICIPATES_IN: { colour: '#9467bd', line: 'dashed' },
  PUBLISHES: { colour: '#525252', line: 'dotted' },
  RUNS: { colour: '#8c564b', line: 'solid' },
  SUPPORTS: { colour: '#e377c2', line: 'dashed' },
  SHARES_TASKS: { colour: '#393b79', line: 'solid' },
  COLLABORATES_WITH: { colour: '#d62728', line: 'solid' },
  MORE: { colour: '#bbbbbb', line: 'dotted' },
};

const fallbackRelation: RelationStyle = { colour: '#999999', line: 'solid' };

export const kindStyle = (kind: string): KindStyle => kindStyles[kind] ?? fallbackKind;
export const relationStyle = (type: string): RelationStyle => relationStyles[type] ?? fallbackRelation;

export interface LegendEntry { name: string; label: string; colour: string; shape?: string; line?: string }

/** The legend lists only what the view shows, in a stable order. */
export function legend(kinds: Iterable<string>, types: Iterable<string>, language: Language): { kinds: LegendEntry[]; types: LegendEntry[] } {
  const sorted = (names: Iterable<string>) => [...new Set(names)].sort();
  return {
    kinds: sorted(kinds).map(k => ({ name: k, label: kindLabel(k, language), ...kindStyle(k) })),
    types: sorted(types).map(t => ({ name: t, label: relationLabel(t, language), colour: relationStyle(t).colour, line: relationStyle(t).line })),
  };
}

type Rule = { selector: string; style: Record<string, unknown> };

/** The Cytoscape stylesheet: one rule per kind and per relation type, then states. */
export function stylesheet(): Rule[] {
  const rules: Rule[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': '"Noto Sans SC", "Noto Sans CJK SC", sans-serif',
        'font-size': 11,
        'text-wrap': 'wrap',
        'text-overflow-wrap': 'anywhere',
        'text-max-width': '110px',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        color: '#222',
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        width: 26,
        height: 26,
        'border-width': 1,
        'border-color': '#fff',
      },
    },
    {
      selector: 'node:parent',
      style: {
        'text-valign': 'top',
        'text-halign': 'center',
        'font-size': 13,
        'font-weight': 'bold',
        'background-opacity': 0.08,
        'border-width': 1,
        'border-style': 'dashed',
        padding: '14px',
        shape: 'round-rectangle',
      },
    },
  ];
  for (const [kind, style] of Object.entries(kindStyles)) {
    rules.push({ selector: `node[kind = "${kind}"]`, style: { 'background-color': style.colour, shape: style.shape, 'border-color': style.colour } });
  }
  rules.push(
    { selector: 'node:parent', style: { shape: 'round-rectangle' } },
    { selector: 'node[?more]', style: { shape: 'round-rectangle', 'background-color': '#eee', 'border-color': '#bbb', 'border-style': 'dashed', width: 40, height: 18, 'text-valign': 'center', 'text-margin-y': 0, 'font-size': 10 } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 10, 1.5, 9)',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        opacity: 0.8,
        'font-size': 9,
        'text-rotation': 'autorotate',
        'text-outline-color': '#fff',
        'text-outline-width': 2,
      },
    },
  );
  for (const [type, style] of Object.entries(relationStyles)) {
    rules.push({ selector: `edge[type = "${type}"]`, style: { 'line-color': style.colour, 'target-arrow-color': style.colour, 'line-style': style.line } });
  }
  rules.push(
    { selector: 'edge[?derived]', style: { 'target-arrow-shape': 'none', label: 'data(weightLabel)' } },
    { selector: 'edge[role = "LEAD"]', style: { width: 3.5, 'line-style': 'solid', 'line-color': '#c0392b', 'target-arrow-color': '#c0392b' } },
    { selector: 'edge[role = "CO"]', style: { width: 1.5, 'line-style': 'dashed', 'line-color': '#2980b9', 'target-arrow-color': '#2980b9' } },
    { selector: ':selected', style: { 'overlay-color': '#ffd43b', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
    { selector: '.path', style: { 'line-color': '#ffb000', 'target-arrow-color': '#ffb000', 'border-color': '#ffb000', 'border-width': 4, width: 5, 'z-index': 10, opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: '.hidden', style: { display: 'none' } },
  );
  return rules;
}
