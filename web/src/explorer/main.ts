import './explorer.css';
import type { Core, EventObject, NodeSingular, EdgeSingular } from 'cytoscape';
import * as api from './api';
import { add, collapseApi, createCanvas, download, pngBlob, runLayout, show, svgBlob } from './canvas';
import { moreHandle, toElements } from './elements';
import { dataFormats, exportUrl } from './exportLinks';
import { kindLabel, relationLabel, translate, type MessageKey } from './i18n';
import { describeSource, typedProperties } from './provenance';
import { drawSeries } from './seriesChart';
import { inOrder } from './responsibility';
import { legend } from './style';
import { decodeState, encodeState, type ViewName, type ViewState } from './urlState';
import { expansionCap, loadView, type LoadedView } from './views';
import type { Provenance } from './graph';

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector(selector) as T;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

let state: ViewState = decodeState(location.search);
let loaded: LoadedView | undefined;
const limits = new Map<string, number>();
const cy: Core = createCanvas($('#cy'));
const t = (key: MessageKey) => translate(state.language, key);

function saveUrl(): void {
  history.replaceState(null, '', `${location.pathname}?${encodeState(state)}`);
  renderExportLinks();
}

function setStatus(text: string, error = false): void {
  const status = $('#status');
  status.textContent = text;
  status.classList.toggle('error', error);
}

async function guarded(work: () => Promise<void>): Promise<void> {
  setStatus(t('loading'));
  try {
    await work();
    setStatus(`${cy.nodes().not('[?more]').length} · ${cy.edges().not('[type = "MORE"]').length}`);
  } catch (error) {
    setStatus(`${t('error')}: ${(error as Error).message}`, true);
  }
}

// ---- the canvas ----

async function render(fit = true): Promise<void> {
  loaded = await loadView(state, limits);
  const elements = toElements(loaded.graph, { compound: loaded.compound });
  for (const [id, hidden] of loaded.hiddenRelations) {
    const handle = moreHandle(id, hidden, t('more'));
    elements.nodes.push(...handle.nodes);
    elements.edges.push(...handle.edges);
  }
  show(cy, elements, loaded.layout, fit);
  highlightPath();
  applyFilters();
  renderArguments();
  renderFilters();
  restoreSelection();
  document.body.dataset.view = state.view;
  document.body.dataset.ready = String(Date.now());
}

function highlightPath(): void {
  cy.elements().removeClass('path faded');
  if (!state.from || !state.to) return;
  const ends = [state.from, state.to].map(v => cy.nodes().filter(n => n.id() === v || n.data('label') === v));
  if (ends.some(e => e.empty())) { setStatus(t('noPath')); return; }
  const result = cy.elements().not('[type = "MORE"]').aStar({ root: ends[0][0], goal: ends[1][0], directed: false });
  if (!result.found) { setStatus(t('noPath')); return; }
  cy.elements().addClass('faded');
  result.path.removeClass('faded').addClass('path');
  result.path.nodes().ancestors().removeClass('faded');
}

function applyFilters(): void {
  cy.batch(() => {
    cy.elements().removeClass('hidden');
    cy.nodes().filter(n => state.hiddenKinds.includes(n.data('kind'))).addClass('hidden');
    cy.edges().filter(e => state.hiddenTypes.includes(e.data('type'))).addClass('hidden');
  });
}

function restoreSelection(): void {
  cy.elements().unselect();
  const selected = state.selected ? cy.getElementById(state.selected) : undefined;
  if (selected && selected.nonempty()) {
    selected.select();
    void showDetails(selected[0] as NodeSingular | EdgeSingular);
  } else {
    renderEmptyDetails();
  }
}

cy.on('select', 'node, edge', (event: EventObject) => {
  const target = event.target as NodeSingular | EdgeSingular;
  if (target.data('more')) return;
  state.selected = target.id();
  saveUrl();
  void showDetails(target);
});

cy.on('tap', (event: EventObject) => {
  hideContextMenu();
  if (event.target === cy) { state.selected = undefined; saveUrl(); renderEmptyDetails(); }
});

cy.on('tap', 'node[?more]', (event: EventObject) => {
  const owner = (event.target as NodeSingular).id().slice('more:'.length);
  limits.set(owner, (limits.get(owner) ?? expansionCap) + expansionCap);
  void guarded(() => render(false));
});

cy.on('dbltap', 'node', (event: EventObject) => {
  const node = event.target as NodeSingular;
  if (node.data('more') || node.isParent()) return;
  void expand(node.id());
});

async function expand(id: string): Promise<void> {
  if (!state.expanded.includes(id)) state.expanded.push(id);
  state.removed = state.removed.filter(r => r !== id);
  saveUrl();
  await guarded(async () => {
    const before = new Set(cy.nodes().map(n => n.id()));
    const next = await loadView(state, limits);
    loaded = next;
    const elements = toElements(next.graph, { compound: next.compound });
    const hidden = next.hiddenRelations.get(id);
    if (hidden) {
      const handle = moreHandle(id, hidden, t('more'));
      elements.nodes.push(...handle.nodes);
      elements.edges.push(...handle.edges);
    }
    if (before.size === 0) show(cy, elements, next.layout); else add(cy, elements, next.layout);
    applyFilters();
    renderFilters();
    document.body.dataset.ready = String(Date.now());
  });
}

function collapse(id: string): void {
  state.expanded = state.expanded.filter(e => e !== id);
  limits.delete(id);
  saveUrl();
  void guarded(() => render(false));
}

function remove(id: string): void {
  state.ids = state.ids.filter(i => i !== id);
  state.expanded = state.expanded.filter(i => i !== id);
  if (!state.removed.includes(id)) state.removed.push(id);
  if (state.selected === id) state.selected = undefined;
  cy.getElementById(id).remove();
  cy.getElementById(`more:${id}`).remove();
  saveUrl();
}

// ---- context menu ----

function hideContextMenu(): void { $('#context-menu').hidden = true; }

cy.on('cxttap', 'node', (event: EventObject) => {
  const node = event.target as NodeSingular;
  if (node.data('more')) return;
  const menu = $('#context-menu');
  menu.replaceChildren();
  const item = (key: MessageKey, action: () => void) => {
    const li = el('li', { textContent: t(key) });
    li.dataset.action = key;
    li.addEventListener('click', () => { hideContextMenu(); action(); });
    menu.append(li);
  };
  if (node.isParent() || collapseApi(cy).isExpandable(node)) {
    item(collapseApi(cy).isExpandable(node) ? 'expand' : 'collapse', () => {
      const ec = collapseApi(cy);
      if (ec.isExpandable(node)) ec.expand(node); else ec.collapse(node);
    });
  } else {
    item('expand', () => void expand(node.id()));
    if (state.expanded.includes(node.id())) item('collapse', () => collapse(node.id()));
  }
  item('remove', () => remove(node.id()));
  item('pathFromHere', () => { ($('#path-from') as HTMLInputElement).value = node.id(); });
  item('pathToHere', () => { ($('#path-to') as HTMLInputElement).value = node.id(); });
  const position = event.renderedPosition;
  menu.style.left = `${position.x}px`;
  menu.style.top = `${position.y}px`;
  menu.hidden = false;
});

// ---- search ----

const searchBox = $<HTMLInputElement>('#search');
const suggestions = $<HTMLUListElement>('#suggestions');
let searchSerial = 0;
let active = -1;

searchBox.addEventListener('input', () => {
  const text = searchBox.value.trim();
  const serial = ++searchSerial;
  if (!text) { suggestions.hidden = true; return; }
  setTimeout(async () => {
    if (serial !== searchSerial) return;
    try {
      const found = await api.search(text);
      if (serial !== searchSerial) return;
      renderSuggestions(found);
    } catch (error) {
      setStatus(`${t('error')}: ${(error as Error).message}`, true);
    }
  }, 150);
});

function renderSuggestions(found: api.Suggestion[]): void {
  active = -1;
  suggestions.replaceChildren(...(found.length ? found : [null]).map(s => {
    if (!s) return el('li', { textContent: t('noResults') });
    const also = [s.nameEn, ...s.aliases.map(a => a.name)].filter(Boolean).join(' · ');
    const li = el('li', {}, el('span', { className: 'kind', textContent: kindLabel(s.kind, state.language) }), el('span', { textContent: s.name }), el('span', { className: 'also', textContent: also }));
    li.setAttribute('role', 'option');
    li.dataset.id = s.id;
    li.addEventListener('mousedown', event => { event.preventDefault(); void putOnCanvas(s.id); });
    return li;
  }));
  suggestions.hidden = false;
}

searchBox.addEventListener('keydown', event => {
  const items = [...suggestions.querySelectorAll<HTMLLIElement>('li[data-id]')];
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    active = Math.max(0, Math.min(items.length - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
  } else if (event.key === 'Enter') {
    const chosen = items[active] ?? items[0];
    if (chosen?.dataset.id) void putOnCanvas(chosen.dataset.id);
  } else if (event.key === 'Escape') {
    suggestions.hidden = true;
  }
});
searchBox.addEventListener('blur', () => { suggestions.hidden = true; });

async function putOnCanvas(id: string): Promise<void> {
  suggestions.hidden = true;
  searchBox.value = '';
  if (state.view !== 'search') {
    state = { ...state, view: 'search', ids: [], expanded: [], removed: [], from: undefined, to: undefined };
    cy.elements().remove();
  }
  if (!state.ids.includes(id)) state.ids.push(id);
  state.removed = state.removed.filter(r => r !== id);
  state.selected = id;
  saveUrl();
  await guarded(() => render(true));
}

// ---- views and their arguments ----

document.querySelectorAll<HTMLButtonElement>('#views button').forEach(button => button.addEventListener('click', () => {
  const view = button.dataset.view as ViewName;
  state = { ...state, view, ids: [], expanded: [], removed: [], selected: undefined, from: undefined, to: undefined };
  if (view === 'collaboration' && !state.city) state.city = '嘉兴';
  saveUrl();
  void guarded(() => render());
}));

let planList: api.PlanSummary[] | undefined;

function renderArguments(): void {
  document.querySelectorAll<HTMLButtonElement>('#views button').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.view === state.view)));
  const holder = $('#view-arguments');
  holder.replaceChildren();
  if (state.view === 'collaboration') {
    const city = el('input', { id: 'city', value: state.city ?? '嘉兴' });
    const go = el('button', { id: 'show-city', textContent: t('show') });
    const apply = () => { state.city = city.value.trim() || '嘉兴'; state.expanded = []; state.removed = []; state.selected = undefined; saveUrl(); void guarded(() => render()); };
    go.addEventListener('click', apply);
    city.addEventListener('keydown', e => { if (e.key === 'Enter') apply(); });
    holder.append(el('label', {}, `${t('city')} `, city), ' ', go);
  } else if (state.view === 'responsibility') {
    const plan = el('select', { id: 'plan' });
    plan.append(el('option', { value: '', textContent: '—' }));
    for (const p of planList ?? []) plan.append(el('option', { value: p.id, textContent: p.name, selected: p.id === state.plan }));
    plan.addEventListener('change', () => { state.plan = plan.value || undefined; state.bureau = undefined; state.task = undefined; state.selected = undefined; saveUrl(); void guarded(() => render()); });
    const bureau = el('select', { id: 'bureau' });
    bureau.append(el('option', { value: '', textContent: t('allBureaus') }));
    const units = new Map((loaded?.assignments ?? []).map(a => [a.unit.id, a.unit.name]));
    for (const [id, name] of [...units].sort((a, b) => a[1].localeCompare(b[1], 'zh'))) bureau.append(el('option', { value: id, textContent: name, selected: id === state.bureau }));
    bureau.addEventListener('change', () => { state.bureau = bureau.value || undefined; state.selected = undefined; saveUrl(); void guarded(() => render()); });
    const task = el('select', { id: 'task' });
    task.append(el('option', { value: '', textContent: '—' }));
    const tasks = new Map((loaded?.assignments ?? []).map(a => [a.task.id, a.task.number ? `${a.task.number} ${a.task.name}` : a.task.name]));
    for (const [id, name] of tasks) task.append(el('option', { value: id, textContent: name.length > 40 ? `${name.slice(0, 40)}…` : name, selected: id === state.task }));
    task.addEventListener('change', () => { state.task = task.value || undefined; state.selected = task.value || undefined; saveUrl(); restoreSelection(); });
    holder.append(el('label', {}, `${t('plan')} `, plan), ' ', el('label', {}, `${t('bureau')} `, bureau), ' ', el('label', {}, `${t('task')} `, task));
    if (!planList) void api.plans().then(p => { planList = p; renderArguments(); });
  }
  const options = $('#path-options');
  options.replaceChildren(...cy.nodes().not('[?more]').map(n => el('option', { value: n.id(), textContent: n.data('label') })));
  ($('#path-from') as HTMLInputElement).value = state.from ?? '';
  ($('#path-to') as HTMLInputElement).value = state.to ?? '';
}

$('#find-path').addEventListener('click', () => {
  const from = ($('#path-from') as HTMLInputElement).value.trim();
  const to = ($('#path-to') as HTMLInputElement).value.trim();
  if (!from || !to) return;
  state.from = from;
  state.to = to;
  saveUrl();
  void guarded(async () => {
    const path = await api.shortestPath(from, to);
    if (!path.nodes.length) { setStatus(t('noPath')); return; }
    state.from = path.nodes.find(n => n.id === from || n.label === from)?.id ?? from;
    state.to = path.nodes.find(n => n.id === to || n.label === to)?.id ?? to;
    state.removed = state.removed.filter(r => !path.nodes.some(n => n.id === r));
    saveUrl();
    add(cy, toElements(path, { compound: loaded?.compound }), loaded?.layout ?? 'fcose');
    highlightPath();
    applyFilters();
    renderFilters();
    document.body.dataset.ready = String(Date.now());
  });
});

$('#relayout').addEventListener('click', () => runLayout(cy, loaded?.layout ?? 'fcose'));
$('#clear').addEventListener('click', () => {
  state = { ...state, view: 'search', ids: [], expanded: [], removed: [], selected: undefined, from: undefined, to: undefined };
  saveUrl();
  void guarded(() => render());
});
$('#share').addEventListener('click', async () => {
  saveUrl();
  try { await navigator.clipboard.writeText(location.href); setStatus(t('copied')); } catch { setStatus(location.href); }
});
$('#language').addEventListener('click', () => {
  state.language = state.language === 'zh' ? 'en' : 'zh';
  saveUrl();
  applyLanguage();
  renderArguments();
  renderFilters();
  restoreSelection();
});

// ---- filters and legend ----

function renderFilters(): void {
  const kinds = new Set([...cy.nodes().not('[?more]').map(n => n.data('kind') as string), ...state.hiddenKinds]);
  const types = new Set([...cy.edges().not('[type = "MORE"]').map(e => e.data('type') as string), ...state.hiddenTypes]);
  const entries = legend(kinds, types, state.language);
  const toggle = (list: string[], name: string, on: boolean) => on ? list.filter(n => n !== name) : [...new Set([...list, name])];
  $('#kind-filters').replaceChildren(...entries.kinds.map(k => {
    const box = el('input', { type: 'checkbox', checked: !state.hiddenKinds.includes(k.name) });
    box.dataset.kind = k.name;
    box.addEventListener('change', () => { state.hiddenKinds = toggle(state.hiddenKinds, k.name, box.checked); saveUrl(); applyFilters(); });
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = k.colour;
    return el('li', {}, el('label', {}, box, swatch, k.label));
  }));
  $('#type-filters').replaceChildren(...entries.types.map(r => {
    const box = el('input', { type: 'checkbox', checked: !state.hiddenTypes.includes(r.name) });
    box.dataset.type = r.name;
    box.addEventListener('change', () => { state.hiddenTypes = toggle(state.hiddenTypes, r.name, box.checked); saveUrl(); applyFilters(); });
    const swatch = el('span', { className: 'swatch line' });
    swatch.style.borderTopColor = r.colour;
    swatch.style.borderTopStyle = r.line ?? 'solid';
    return el('li', {}, el('label', {}, box, swatch, r.label));
  }));
}

// ---- details ----

function renderEmptyDetails(): void {
  detailsSerial++;
  $('#details').replaceChildren(el('p', { className: 'sub', textContent: t('nothingSelected') }));
}

function sourcesList(sources: Provenance[] | undefined): HTMLElement {
  const list = el('ul', { className: 'sources' });
  for (const source of sources ?? []) {
    const d = describeSource(source, state.language);
    list.append(el('li', { title: source.locator }, `${d.title}，${d.where}`, el('span', { className: `fact ${source.kind === 'REFERENCE' ? 'reference' : ''}`, textContent: d.kind })));
  }
  return list;
}

const charts: { destroy(): void }[] = [];
// Selecting and redrawing both show details; only the latest call may append what it fetched.
let detailsSerial = 0;

async function showDetails(target: NodeSingular | EdgeSingular): Promise<void> {
  const serial = ++detailsSerial;
  const current = () => serial === detailsSerial;
  charts.splice(0).forEach(c => c.destroy());
  const panel = $('#details');
  const data = target.data();
  if (target.isEdge()) {
    const edge = target as EdgeSingular;
    const parts: (Node | string)[] = [
      el('h2', { textContent: relationLabel(data.type, state.language) }),
      el('div', { className: 'sub', textContent: `${edge.source().data('label')} → ${edge.target().data('label')}` }),
    ];
    // A derived link's bodies are listed by name under "via"; their ids would only repeat them.
    const { bodies: _bodies, ...shown } = data.properties ?? {};
    const props = typedProperties(data.via?.length ? shown : data.properties ?? {});
    if (data.derived) props.unshift([t('weight'), String(data.weight)]);
    if (props.length) parts.push(el('h3', { textContent: t('properties') }), definitionList(props));
    if (data.via?.length) {
      parts.push(el('h3', { textContent: t('via') }), el('ul', { className: 'via' }, ...data.via.map((v: { id: string; kind: string; label: string }) => {
        const a = el('a', { href: '#', textContent: v.label });
        a.addEventListener('click', e => { e.preventDefault(); void putOnCanvas(v.id); });
        return el('li', {}, a, el('span', { className: 'sub', textContent: ` ${kindLabel(v.kind, state.language)}` }));
      })));
    }
    if (data.sources?.length) parts.push(el('h3', { textContent: t('sources') }), sourcesList(data.sources));
    panel.replaceChildren(...parts);
    return;
  }
  const parts: (Node | string)[] = [
    el('h2', { textContent: data.label }),
    el('div', { className: 'sub', textContent: `${kindLabel(data.kind, state.language)} · ${data.id}` }),
  ];
  const props = typedProperties(data.properties ?? {});
  if (props.length) parts.push(el('h3', { textContent: t('properties') }), definitionList(props));
  panel.replaceChildren(...parts);
  const details = await api.entityDetails(data.id).catch(() => null);
  if (!current()) return;
  if (details?.aliases.length) panel.append(el('h3', { textContent: t('aliases') }), el('ul', {}, ...details.aliases.map(a => el('li', { textContent: a.script && a.script !== 'zh-Hans' ? `${a.name} (${a.script})` : a.name }))));
  const sources = details?.sources ?? data.sources;
  if (sources?.length) panel.append(el('h3', { textContent: t('sources') }), sourcesList(sources));
  if (data.kind === 'Task') await showOwners(panel, data.id, current);
  if (data.kind === 'GovernmentBody' && state.view === 'responsibility' && state.bureau !== data.id) {
    const only = el('button', { textContent: `${t('bureau')}: ${data.label}` });
    only.addEventListener('click', () => { state.bureau = data.id; saveUrl(); void guarded(() => render()); });
    panel.append(el('p', {}, only));
  }
  if (data.kind === 'Region') await showIndicators(panel, data.id, current);
}

function definitionList(rows: [string, string][]): HTMLElement {
  const dl = el('dl');
  for (const [name, value] of rows) dl.append(el('dt', { textContent: name }), el('dd', { textContent: value }));
  return dl;
}

async function showOwners(panel: HTMLElement, task: string, current: () => boolean): Promise<void> {
  const owners = inOrder(await api.taskOwners(task).catch(() => []));
  if (!owners.length || !current()) return;
  panel.append(el('h3', { textContent: t('owners') }), el('ol', { className: 'owners' }, ...owners.map(o =>
    el('li', {}, o.unit.name, ' ', el('span', { className: `role-${o.role}`, textContent: o.role === 'LEAD' ? t('lead') : t('co') })))));
  cy.elements().removeClass('path');
  const ownerIds = new Set(owners.map(o => o.unit.id));
  cy.nodes().filter(n => ownerIds.has(n.id())).addClass('path');
}

async function showIndicators(panel: HTMLElement, region: string, current: () => boolean): Promise<void> {
  const series = await api.indicatorSeries(region).catch(() => []);
  if (!series.length || !current()) return;
  panel.append(el('h3', { textContent: t('indicators') }));
  for (const s of series.slice(0, 12)) {
    const canvas = el('canvas');
    panel.append(el('div', { className: 'sub', textContent: s.indicator.name }), el('div', { className: 'chart' }, canvas));
    charts.push(drawSeries(canvas, s, state.language));
  }
}

// ---- export ----

function renderExportLinks(): void {
  $('#export-data').replaceChildren(...dataFormats.map(format => {
    const a = el('a', { href: exportUrl(format, state), textContent: format.replace('graph.', '').toUpperCase() });
    a.download = `innograph-${state.view}-${format}`.replace('-graph.', '.').replace(/-(nodes|edges)\.csv$/, '-$1.csv');
    a.dataset.format = format;
    return a;
  }));
}

$('#export-png').addEventListener('click', () => download(pngBlob(cy), `innograph-${state.view}.png`));
$('#export-svg').addEventListener('click', () => download(svgBlob(cy), `innograph-${state.view}.svg`));

// ---- language ----

function applyLanguage(): void {
  document.documentElement.lang = state.language === 'zh' ? 'zh-Hans' : 'en';
  document.title = t('title');
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n as MessageKey); });
  document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder as MessageKey); });
  $('#language').textContent = t('language');
}

applyLanguage();
renderExportLinks();
renderEmptyDetails();
void guarded(() => render());

// The canvas, for scripting from the browser's console and for the browser tests.
(window as unknown as { innograph: { cy: Core } }).innograph = { cy };
