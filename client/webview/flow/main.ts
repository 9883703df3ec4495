/**
 * The Flow view's page (runs in the webview, bundled to dist/webview/flow.js). Lays the graph the
 * extension sends out with the same layout and drawing as the CLI's SVG, measured with the
 * editor's fonts and coloured by the theme's CSS variables; lists what is wrong beside it and
 * every edge in a table below. It talks to the extension only through the checked messages of
 * `messages.ts`, naming nodes and rows, never files.
 */
import { layoutFlow, METRICS, type Measure, type Scene, type SceneNode } from '../../../server/src/render/flow/layout';
import { renderSvg, type Palette } from '../../../server/src/render/flow/svg';
import type { FlowMessage, HostMessage, ViewEdge, ViewGraph, ViewNode } from '../../src/flow/messages';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (m: FlowMessage) => vscode.postMessage(m);

interface State {
  zoom?: number;
  steps: boolean;
  /** Chosen by the user; otherwise whichever of the two fits the panel better. */
  direction?: 'LR' | 'TB';
}
const state: State = { steps: true, ...((vscode.getState() as Partial<State> | undefined) ?? {}) };
/** The direction drawn last (the user's, or the one that fitted). */
let direction: 'LR' | 'TB' = state.direction ?? 'LR';
const save = () => vscode.setState(state);

let graph: ViewGraph | undefined;
let scene: Scene | undefined;
/** Indexes into `graph.edges` of the edges drawn (steps may be hidden). */
let drawn: number[] = [];

const app = document.getElementById('app')!;

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const m = event.data;
  if (m?.type === 'graph') {
    graph = m.graph;
    render();
  } else if (m?.type === 'exported') {
    status(`Exported to ${m.file}`);
  } else if (m?.type === 'focusNode') {
    nodeElement(m.node)?.focus();
  }
});
post({ type: 'ready' });

// ---- measuring text with the fonts the drawing uses ----

const canvas = document.createElement('canvas').getContext('2d')!;
function fontOf(selector: string, fallback: string): string {
  const probe = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  probe.setAttribute('class', 'flow probe');
  const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  text.setAttribute('class', selector);
  probe.appendChild(text);
  document.body.appendChild(probe);
  const style = getComputedStyle(text);
  const font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  probe.remove();
  return style.fontFamily ? font : fallback;
}
function measurer(): Measure {
  const fonts = { node: fontOf('node-label', `${METRICS.nodeFont}px sans-serif`), code: fontOf('code', `${METRICS.codeFont}px monospace`) };
  return (text, role) => {
    canvas.font = fonts[role];
    return canvas.measureText(text).width;
  };
}

// ---- rendering ----

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

function render(): void {
  if (!graph) return;
  const scroll = document.querySelector('.canvas');
  const keep = scroll ? { left: scroll.scrollLeft, top: scroll.scrollTop } : undefined;
  app.replaceChildren(header(graph));
  if (graph.flow === null || !graph.nodes.length) {
    app.append(
      el(
        'div',
        { class: 'empty' },
        el('p', {}, 'No flow in this workspace.'),
        el(
          'p',
          {},
          'A flow appears when agents declare return codes (a **RETURN CODES:** list) and an orchestrator routes them (a "## Return Codes:" section with one "### agent-name:" subsection per agent), or when a RETURN-CODES.md defines codes and a transitions table over STATE documents.',
        ),
      ),
    );
    return;
  }
  const hasSteps = graph.edges.some((e) => e.kind === 'step');
  drawn = graph.edges.map((_, i) => i).filter((i) => state.steps || graph!.edges[i]!.kind !== 'step');
  const shown = { nodes: graph.nodes, edges: drawn.map((i) => graph!.edges[i]!) };
  scene = remap(chooseLayout(shown), drawn);
  const title = graph.flows.find((f) => f.id === graph!.flow)?.title ?? 'Flow';
  const svg = renderSvg(scene, { title: `Flow ${title}: ${summary(graph)}`, describeNode: (n) => describe(n), hitAreas: true });

  const stage = el('div', { class: 'stage' });
  stage.innerHTML = svg;
  const canvasDiv = el('div', { class: 'canvas', tabindex: '-1' }, stage);
  const layout = el('div', { class: 'layout' }, canvasDiv, problems(graph));
  app.append(layout, edgeTable(graph), el('div', { class: 'tooltip', role: 'tooltip', id: 'tooltip', hidden: '' }));
  if (hasSteps) document.getElementById('steps')?.removeAttribute('hidden');
  const turn = document.getElementById('direction');
  if (turn) turn.textContent = direction === 'LR' ? 'Top to bottom' : 'Left to right';
  wire(stage);
  applyZoom(state.zoom ?? fitZoom());
  if (keep) {
    canvasDiv.scrollLeft = keep.left;
    canvasDiv.scrollTop = keep.top;
  }
}

/**
 * The layout in the user's direction; without one, left to right or top to bottom, whichever shows
 * the flow larger in the panel (long codes often make a left-to-right drawing too wide).
 */
function chooseLayout(shown: { nodes: ViewNode[]; edges: ViewEdge[] }): Scene {
  const measure = measurer();
  if (state.direction) {
    direction = state.direction;
    return layoutFlow(shown, measure, { direction });
  }
  const width = Math.max(200, window.innerWidth - (narrow() ? 0 : 260) - 24);
  const height = Math.max(200, window.innerHeight - 60);
  const fit = (sc: Scene) => Math.min(1, width / Math.max(sc.width, 1), height / Math.max(sc.height, 1));
  const lr = layoutFlow(shown, measure, { direction: 'LR' });
  if (fit(lr) >= 1) {
    direction = 'LR';
    return lr;
  }
  const tb = layoutFlow(shown, measure, { direction: 'TB' });
  direction = fit(tb) > fit(lr) ? 'TB' : 'LR';
  return direction === 'TB' ? tb : lr;
}

/** A panel this narrow lists the problems below the drawing, not beside it (see flow.css). */
const narrow = () => window.matchMedia('(max-width: 600px)').matches;

// The panel resized (a file opened beside it, the window changed): lay out again for the new size,
// unless the user chose a direction and zoom, which `render` keeps.
let resizing: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => {
    if (graph) render();
  }, 150);
});

/** Scene line and group indexes point into the edges drawn: map them back to the graph's. */
function remap(s: Scene, indexes: number[]): Scene {
  return {
    ...s,
    edges: s.edges.map((e) => ({
      ...e,
      edges: e.edges.map((i) => indexes[i]!),
      ...(e.label ? { label: { ...e.label, lines: e.label.lines.map((l) => ({ ...l, edge: indexes[l.edge]! })) } } : {}),
    })),
  };
}

function header(g: ViewGraph): HTMLElement {
  const bar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Flow' });
  if (g.flows.length > 1) {
    const select = el('select', { id: 'flow', 'aria-label': 'Flow to show' });
    for (const f of g.flows) {
      const option = el('option', { value: f.id }, f.title);
      if (f.id === g.flow) option.selected = true;
      select.append(option);
    }
    select.addEventListener('change', () => post({ type: 'selectFlow', flow: select.value }));
    bar.append(el('label', { for: 'flow' }, 'Flow'), select);
  } else if (g.flows[0]) bar.append(el('span', { class: 'title' }, g.flows[0].title));
  if (g.nodes.length) {
    bar.append(el('span', { class: 'summary' }, summary(g)));
    const spacer = el('span', { class: 'spacer' });
    const steps = el('label', { id: 'steps', hidden: '', title: 'Ways out of states written in the orchestration levels' });
    const box = el('input', { type: 'checkbox' });
    box.checked = state.steps;
    box.addEventListener('change', () => {
      state.steps = box.checked;
      save();
      render();
    });
    steps.append(box, ' Orchestration steps');
    const turn = button(direction === 'LR' ? 'Top to bottom' : 'Left to right', () => {
      state.direction = direction === 'LR' ? 'TB' : 'LR';
      delete state.zoom;
      save();
      render();
    });
    turn.id = 'direction';
    bar.append(
      spacer,
      steps,
      turn,
      button('Fit', fitAgain),
      button('100%', () => applyZoom(1, true)),
      button('Export SVG…', exportSvg),
    );
  }
  bar.append(el('span', { class: 'status', id: 'status', role: 'status' }));
  return bar;
}

function button(label: string, run: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button' }, label);
  b.addEventListener('click', run);
  return b;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summary(g: ViewGraph): string {
  const parts = [plural(g.nodes.filter((n) => n.kind === 'agent').length, 'agent')];
  const states = g.nodes.filter((n) => n.kind === 'state').length;
  if (states) parts.push(plural(states, 'state'));
  parts.push(plural(g.edges.filter((e) => e.code !== null && e.kind !== 'step').length, 'code edge'));
  return parts.join(' · ');
}

function describe(n: SceneNode): string {
  const node = graph?.nodes.find((x) => x.id === n.id);
  const problems: string[] = [];
  if (node?.missing) problems.push(node.kind === 'state' ? 'no state document' : 'no agent has this name');
  if (node?.deadEnd) problems.push('no way out');
  const unrouted = graph?.edges.filter((e) => e.from === n.id && !e.routed).length ?? 0;
  if (unrouted) problems.push(`${plural(unrouted, 'code')} not routed`);
  return `${n.kind} ${n.label}${problems.length ? `, ${problems.join(', ')}` : ''}. Opens ${node?.file ?? 'its file'}.`;
}

// ---- beside the graph: what is wrong ----

function problems(g: ViewGraph): HTMLElement {
  const aside = el('aside', { class: 'problems', 'aria-label': 'Problems in this flow' });
  const edgeItem = (i: number) => {
    const e = g.edges[i]!;
    const b = el('button', { type: 'button', class: 'item', 'data-edge': String(i) }, el('code', {}, e.code ?? '—'), ` ${arrowText(e)}`);
    b.addEventListener('click', () => post({ type: 'openRow', edge: i, row: 0 }));
    b.addEventListener('mouseenter', () => highlight(i, true));
    b.addEventListener('mouseleave', () => highlight(i, false));
    b.addEventListener('focus', () => highlight(i, true));
    b.addEventListener('blur', () => highlight(i, false));
    return el('li', {}, b);
  };
  const nodeItem = (n: ViewNode, why: string) => {
    const b = el('button', { type: 'button', class: 'item' }, el('strong', {}, n.label), ` ${why}`);
    b.addEventListener('click', () => post({ type: 'openNode', node: n.id }));
    return el('li', {}, b);
  };
  const indexes = g.edges.map((_, i) => i);
  const sections: [string, string, HTMLElement[]][] = [
    ['unrouted', 'Not routed', indexes.filter((i) => !g.edges[i]!.routed).map(edgeItem)],
    ['undeclared', 'Nobody declares', indexes.filter((i) => g.edges[i]!.routed && !g.edges[i]!.declared).map(edgeItem)],
    ['dead-end', 'No way out', g.nodes.filter((n) => n.deadEnd).map((n) => nodeItem(n, 'no transition leaves it'))],
    [
      'missing',
      'Missing',
      g.nodes.filter((n) => n.missing).map((n) => nodeItem(n, n.kind === 'state' ? 'has no state document' : 'is named, but no agent has the name')),
    ],
  ];
  const shown = sections.filter(([, , items]) => items.length);
  if (!shown.length)
    aside.append(el('h2', {}, 'No problems'), el('p', { class: 'muted' }, 'Every code is routed and declared, and every state has a way out.'));
  for (const [cls, title, items] of shown) aside.append(el('h2', { class: cls }, `${title} (${items.length})`), el('ul', { class: cls }, ...items));
  aside.append(legend());
  return aside;
}

function legend(): HTMLElement {
  const swatch = (cls: string) => {
    const s = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    s.setAttribute('class', 'flow swatch');
    s.setAttribute('width', '28');
    s.setAttribute('height', '10');
    s.setAttribute('aria-hidden', 'true');
    s.innerHTML = `<path class="edge ${cls}" d="M1,5 L27,5"/>`;
    return s;
  };
  const row = (cls: string, text: string) => el('li', {}, swatch(cls), ` ${text}`);
  return el(
    'details',
    { class: 'legend' },
    el('summary', {}, 'Legend'),
    el(
      'ul',
      {},
      row('routed', 'routed'),
      row('unrouted', 'not routed: leads nowhere'),
      row('undeclared', 'routed, but nobody declares it'),
      row('step', 'orchestration step'),
    ),
    el('p', { class: 'muted' }, 'Double frame: orchestrator. Rounded: state. Dashed: missing. Red frame: no way out.'),
  );
}

function arrowText(e: ViewEdge): string {
  const to = e.to ?? (e.routed ? (e.end === 'exit' ? '(exit)' : '(decided at run time)') : '(nowhere)');
  return `${e.from} → ${to}`;
}

// ---- the same edges as a table ----

function edgeTable(g: ViewGraph): HTMLElement {
  const table = el('table', { class: 'edges' });
  table.append(el('caption', {}, 'Every edge of the flow'));
  table.append(el('thead', {}, el('tr', {}, ...['From', 'Code', 'To', 'Routed', 'Declared', 'Where'].map((h) => el('th', { scope: 'col' }, h)))));
  const body = el('tbody');
  g.edges.forEach((e, i) => {
    const where = el('td', {});
    e.rows.forEach((r, k) => {
      const b = el('button', { type: 'button', class: 'link', title: r.text }, `${r.file}:${r.line}`);
      b.addEventListener('click', () => post({ type: 'openRow', edge: i, row: k }));
      where.append(b, ' ');
    });
    const to = e.to ?? (e.routed ? (e.end === 'exit' ? '(exit)' : '(decided at run time)') : '(nowhere)');
    body.append(
      el(
        'tr',
        { class: e.routed ? (e.declared ? '' : 'undeclared') : 'unrouted' },
        el('td', {}, e.from),
        el('td', {}, el('code', {}, e.code ?? '—')),
        el('td', {}, to),
        el('td', {}, e.routed ? 'yes' : 'no'),
        el('td', {}, e.declared ? 'yes' : 'no'),
        where,
      ),
    );
  });
  table.append(body);
  return el('details', { class: 'table-wrap' }, el('summary', {}, `Edges as a table (${g.edges.length})`), table);
}

// ---- interaction ----

function nodeElement(id: string): SVGGElement | undefined {
  return [...document.querySelectorAll<SVGGElement>('g.node[data-node]')].find((g) => g.dataset['node'] === id);
}

function wire(stage: HTMLElement): void {
  const svg = stage.querySelector('svg')!;
  svg.addEventListener('click', (ev) => {
    const target = ev.target as Element;
    const node = target.closest<SVGGElement>('g.node[data-node]');
    if (node) return post({ type: 'openNode', node: node.dataset['node']! });
    const code = target.closest<SVGTextElement>('text.code[data-edge]');
    if (code) return post({ type: 'openRow', edge: Number(code.dataset['edge']), row: 0 });
    return undefined;
  });
  svg.addEventListener('keydown', (ev) => {
    const node = (ev.target as Element).closest<SVGGElement>('g.node[data-node]');
    if (node && (ev.key === 'Enter' || ev.key === ' ')) {
      ev.preventDefault();
      post({ type: 'openNode', node: node.dataset['node']! });
    }
  });
  svg.addEventListener('mouseover', (ev) => {
    const target = ev.target as Element;
    const code = target.closest<SVGTextElement>('text.code[data-edge]');
    if (code) return showTip([Number(code.dataset['edge'])], ev);
    const group = target.closest<SVGElement>('[data-group]');
    if (group && scene) return showTip([...scene.edges[Number(group.dataset['group'])]!.edges], ev);
    return undefined;
  });
  svg.addEventListener('mouseout', (ev) => {
    const to = ev.relatedTarget as Element | null;
    if (!to || !to.closest('[data-edge], [data-group]')) hideTip();
  });
}

function showTip(edges: number[], ev: MouseEvent): void {
  if (!graph) return;
  const tip = document.getElementById('tooltip');
  if (!tip) return;
  tip.replaceChildren();
  for (const i of edges.slice(0, 8)) {
    const e = graph.edges[i]!;
    const verdict = !e.routed ? 'not routed' : !e.declared ? 'nobody declares it' : e.kind === 'step' ? 'orchestration step' : 'routed';
    tip.append(
      el(
        'div',
        { class: 'tip-head' },
        el('code', {}, e.code ?? '—'),
        ` ${arrowText(e)} · `,
        el('span', { class: `verdict ${!e.routed ? 'unrouted' : !e.declared ? 'undeclared' : ''}` }, verdict),
      ),
    );
    if (e.description) tip.append(el('div', { class: 'tip-description' }, e.description));
    const rows = el('ul', { class: 'tip-rows' });
    for (const r of e.rows) rows.append(el('li', {}, el('span', { class: 'muted' }, `${r.file}:${r.line} `), el('code', {}, r.text)));
    tip.append(rows);
  }
  if (edges.length > 8) tip.append(el('div', { class: 'muted' }, `and ${edges.length - 8} more`));
  tip.hidden = false;
  const x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
  const y = ev.clientY + 16 + tip.offsetHeight > window.innerHeight ? Math.max(8, ev.clientY - tip.offsetHeight - 12) : ev.clientY + 16;
  tip.style.left = `${Math.max(8, x)}px`;
  tip.style.top = `${y}px`;
}

function hideTip(): void {
  const tip = document.getElementById('tooltip');
  if (tip) tip.hidden = true;
}

function highlight(edge: number, on: boolean): void {
  if (!scene) return;
  scene.edges.forEach((group, g) => {
    if (!group.edges.includes(edge)) return;
    for (const e of document.querySelectorAll(`[data-group="${g}"]`)) e.classList.toggle('highlight', on);
  });
  for (const t of document.querySelectorAll(`text.code[data-edge="${edge}"]`)) t.classList.toggle('highlight', on);
}

/** Fit to the panel, and keep fitting as it resizes (a zoom the user picks stays as it is). */
function fitAgain(): void {
  delete state.zoom;
  save();
  applyZoom(fitZoom());
}

function fitZoom(): number {
  const canvasDiv = document.querySelector<HTMLElement>('.canvas');
  if (!scene || !canvasDiv) return 1;
  const fit = Math.min((canvasDiv.clientWidth - 16) / scene.width, 1);
  // Smaller than this and the codes are too small to read: scroll instead.
  return Math.max(0.6, Math.floor(fit * 100) / 100);
}

function applyZoom(zoom: number, remember = false): void {
  const stage = document.querySelector<HTMLElement>('.stage');
  const svg = stage?.querySelector('svg');
  if (!stage || !svg || !scene) return;
  svg.setAttribute('width', String(Math.round(scene.width * zoom)));
  svg.setAttribute('height', String(Math.round(scene.height * zoom)));
  if (remember) {
    state.zoom = zoom;
    save();
  }
}

function status(text: string): void {
  const s = document.getElementById('status');
  if (s) s.textContent = text;
}

/** The drawing as a standalone SVG, in the theme's colours as they are now. */
function exportSvg(): void {
  if (!scene || !graph) return;
  const title = graph.flows.find((f) => f.id === graph!.flow)?.title ?? 'flow';
  post({ type: 'export', svg: renderSvg(scene, { palette: paletteNow(), title: `Flow ${title}` }), name: `${title}-flow` });
}

function paletteNow(): Palette {
  const probe = (selector: string, property: 'fill' | 'stroke' | 'color' | 'fontFamily', fallback: string) => {
    const e = document.querySelector(selector);
    const v = e ? getComputedStyle(e)[property] : '';
    return v && v !== 'none' ? v : fallback;
  };
  const body = getComputedStyle(document.body);
  return {
    background: body.backgroundColor || '#ffffff',
    text: probe('.node text', 'fill', body.color),
    muted: probe('.node.end text', 'fill', body.color),
    nodeFill: probe('.node.agent rect', 'fill', 'none'),
    nodeStroke: probe('.node.agent rect', 'stroke', body.color),
    orchestratorFill: probe('.node.orchestrator rect', 'fill', 'none'),
    stateFill: probe('.node.state rect', 'fill', 'none'),
    labelFill: probe('.label rect', 'fill', body.backgroundColor),
    routed: probe('.edge.routed', 'stroke', body.color),
    step: probe('.edge.step', 'stroke', body.color),
    unrouted: probe('.edge.unrouted', 'stroke', '#cf222e'),
    undeclared: probe('.edge.undeclared', 'stroke', '#9a6700'),
    fontFamily: probe('.node text', 'fontFamily', 'sans-serif'),
    codeFontFamily: probe('text.code', 'fontFamily', 'monospace'),
  };
}
