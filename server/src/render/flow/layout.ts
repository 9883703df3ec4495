import { Graph, layout } from '@dagrejs/dagre';

/**
 * Lays a flow graph out with dagre (a layered layout, the kind flowcharts use). The CLI's SVG and
 * the editor's Flow view both draw what this returns, so they look alike; each measures text its
 * own way (the view with the editor's fonts, the CLI with estimates for the fonts it names).
 */

/** What the layout reads of a graph: the core's `FlowGraph` and the view's copy of it both fit. */
export interface RenderNode {
  readonly id: string;
  readonly kind: 'orchestrator' | 'agent' | 'state';
  readonly label: string;
  readonly missing?: boolean;
  readonly deadEnd?: boolean;
}

export interface RenderEdge {
  readonly from: string;
  readonly to: string | null;
  readonly code: string | null;
  readonly routed: boolean;
  readonly kind: string;
  readonly declared: boolean;
  readonly end?: 'exit' | 'runtime';
}

export interface RenderGraph {
  readonly nodes: readonly RenderNode[];
  readonly edges: readonly RenderEdge[];
}

/** How an edge is drawn: `unrouted` and `undeclared` are problems, `step` a secondary way out of a state. */
export type EdgeStyle = 'routed' | 'unrouted' | 'undeclared' | 'step';

/** Where an edge to nowhere ends: a small node of its own, one per source and kind of end. */
export type EndKind = 'unrouted' | 'exit' | 'runtime';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface SceneNode {
  readonly id: string;
  /** `end` for the small nodes edges to nowhere point at. */
  readonly kind: RenderNode['kind'] | 'end';
  readonly label: string;
  /** Centre and size. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly missing?: boolean;
  readonly deadEnd?: boolean;
  readonly end?: EndKind;
}

/** One line of an edge's label: one code, and the graph edge it stands for. */
export interface SceneLabelLine {
  readonly text: string;
  /** Index into the graph's `edges`. */
  readonly edge: number;
  readonly style: EdgeStyle;
  /** Left end of the text's baseline. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** Parallel edges (same ends, same style) drawn as one line with every code in its label. */
export interface SceneEdge {
  readonly from: string;
  readonly to: string;
  readonly style: EdgeStyle;
  readonly points: readonly Point[];
  /** Indexes into the graph's `edges`. */
  readonly edges: readonly number[];
  readonly label?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly lines: readonly SceneLabelLine[] };
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
}

/** Text width in pixels, for node labels (`node`) and codes (`code`). */
export type Measure = (text: string, role: 'node' | 'code') => number;

/** Sizes the drawing uses; `svg.ts` draws text at these sizes. */
export const METRICS = { nodeFont: 13, codeFont: 12, lineHeight: 16, nodeHeight: 34, nodePadding: 14, endHeight: 24, labelPadding: 4 } as const;

export const END_LABELS: Record<EndKind, string> = { unrouted: 'not routed', exit: 'exit', runtime: 'decided at run time' };

export interface LayoutOptions {
  /** `LR` (default): the flow reads left to right; `TB`: top to bottom. */
  readonly direction?: 'LR' | 'TB';
}

export function edgeStyle(e: RenderEdge): EdgeStyle {
  if (!e.routed) return 'unrouted';
  if (!e.declared) return 'undeclared';
  return e.kind === 'step' ? 'step' : 'routed';
}

/** Lays the graph out: nodes, the end nodes of edges to nowhere, and one drawn edge per group of parallel edges. */
export function layoutFlow(graph: RenderGraph, measure: Measure, options: LayoutOptions = {}): Scene {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: options.direction ?? 'LR', nodesep: 22, ranksep: 48, edgesep: 14, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  const nodes = new Map<string, Omit<SceneNode, 'x' | 'y'>>();
  for (const n of graph.nodes) {
    const width = Math.max(72, Math.ceil(measure(n.label, 'node')) + 2 * METRICS.nodePadding);
    nodes.set(n.id, {
      id: n.id,
      kind: n.kind,
      label: n.label,
      width,
      height: METRICS.nodeHeight,
      ...(n.missing ? { missing: true } : {}),
      ...(n.deadEnd ? { deadEnd: true } : {}),
    });
  }

  // Group parallel edges; an edge to nowhere ends at a small node of its source and kind of end.
  const groups = new Map<string, { from: string; to: string; style: EdgeStyle; edges: number[] }>();
  graph.edges.forEach((e, i) => {
    if (!nodes.has(e.from) || (e.to !== null && !nodes.has(e.to))) return;
    let to = e.to;
    if (to === null) {
      const end: EndKind = !e.routed ? 'unrouted' : (e.end ?? 'runtime');
      to = `\u0000end:${e.from}:${end}`;
      if (!nodes.has(to)) {
        const label = END_LABELS[end];
        nodes.set(to, { id: to, kind: 'end', label, end, width: Math.ceil(measure(label, 'code')) + 2 * 8, height: METRICS.endHeight });
      }
    }
    const style = edgeStyle(e);
    const key = `${e.from}\u0000${to}\u0000${style}`;
    const group = groups.get(key);
    if (group) group.edges.push(i);
    else groups.set(key, { from: e.from, to, style, edges: [i] });
  });

  // dagre breaks cycles by a depth-first walk in insertion order: insert in the order the flow
  // runs, so that the edges it reverses are the ones going back (a failed test back to work).
  const order = flowOrder([...nodes.keys()], [...groups.values()]);
  for (const id of order) {
    const n = nodes.get(id)!;
    g.setNode(n.id, { width: n.width, height: n.height });
  }
  const labels = new Map<string, { width: number; height: number; lines: { text: string; edge: number; style: EdgeStyle; width: number }[] }>();
  let k = 0;
  for (const [key, group] of groups) {
    const lines = group.edges.map((i) => {
      const text = graph.edges[i]!.code ?? '—';
      return { text, edge: i, style: group.style, width: Math.ceil(measure(text, 'code')) };
    });
    const width = Math.max(...lines.map((l) => l.width)) + 2 * METRICS.labelPadding;
    const height = lines.length * METRICS.lineHeight + 2 * METRICS.labelPadding;
    labels.set(key, { width, height, lines });
    // Steps weigh less: the return-code transitions decide the ranks.
    g.setEdge(group.from, group.to, { width, height, labelpos: 'c', weight: group.style === 'step' ? 1 : 2, minlen: 1 }, `e${k++}`);
  }

  layout(g);

  const sceneNodes: SceneNode[] = [...nodes.values()].map((n) => {
    const at = g.node(n.id) as { x: number; y: number };
    return { ...n, x: at.x, y: at.y };
  });
  const sceneEdges: SceneEdge[] = [];
  k = 0;
  for (const [key, group] of groups) {
    const e = g.edge(group.from, group.to, `e${k++}`) as { points: Point[]; x: number; y: number };
    const label = labels.get(key)!;
    const top = e.y - label.height / 2 + METRICS.labelPadding;
    const node = group.from === group.to ? g.node(group.from) : undefined;
    sceneEdges.push({
      from: group.from,
      to: group.to,
      style: group.style,
      // dagre routes a self-loop round a dummy node; a loop out to its label and back reads better.
      points: node ? selfLoop(node as NodeBox, { x: e.x, y: e.y, width: label.width, height: label.height }) : e.points.map((p) => ({ x: p.x, y: p.y })),
      edges: group.edges,
      label: {
        x: e.x,
        y: e.y,
        width: label.width,
        height: label.height,
        lines: label.lines.map((l, i) => ({
          text: l.text,
          edge: l.edge,
          style: l.style,
          width: l.width,
          x: e.x - l.width / 2,
          y: top + (i + 1) * METRICS.lineHeight - 4,
        })),
      },
    });
  }
  return fitted(sceneNodes, sceneEdges);
}

interface NodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A loop from a node's side out to the near edge of its label and back into the node. */
function selfLoop(node: NodeBox, label: NodeBox): Point[] {
  const dx = label.x - node.x;
  const dy = label.y - node.y;
  if (Math.abs(dy) >= Math.abs(dx)) {
    const side = Math.sign(dy) || 1;
    const y0 = node.y + (side * node.height) / 2;
    const y1 = label.y - (side * label.height) / 2;
    const spread = Math.min(node.width / 4, 24);
    return [
      { x: node.x - spread, y: y0 },
      { x: node.x - spread, y: y1 },
      { x: node.x + spread, y: y1 },
      { x: node.x + spread, y: y0 },
    ];
  }
  const side = Math.sign(dx) || 1;
  const x0 = node.x + (side * node.width) / 2;
  const x1 = label.x - (side * label.width) / 2;
  const spread = Math.min(node.height / 4, 10);
  return [
    { x: x0, y: node.y - spread },
    { x: x1, y: node.y - spread },
    { x: x1, y: node.y + spread },
    { x: x0, y: node.y + spread },
  ];
}

/**
 * Nodes in the order the flow runs: from where it starts (no way in, else the first node the
 * graph lists that something leaves: the graph lists them in the flow's own order), breadth first
 * along its edges, then the next start among what is left.
 */
function flowOrder(ids: readonly string[], edges: readonly { from: string; to: string; style: EdgeStyle }[]): string[] {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    if (e.from === e.to) continue;
    const list = out.get(e.from) ?? [];
    // Return-code transitions lead; orchestration steps follow.
    if (e.style === 'step') list.push(e.to);
    else list.unshift(e.to);
    out.set(e.from, list);
  }
  // Nodes nothing leaves (an orchestrator that routes, an end) are where a flow arrives, not where it starts.
  const sinks = new Set(ids.filter((id) => !out.has(id)));
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const e of edges) if (e.from !== e.to) indegree.set(e.to, indegree.get(e.to)! + 1);
  const seen = new Set<string>();
  const result: string[] = [];
  while (result.length < ids.length) {
    const left = ids.filter((id) => !seen.has(id));
    const sources = left.filter((id) => indegree.get(id) === 0);
    const start = sources[0] ?? left.find((id) => !sinks.has(id)) ?? left[0]!;
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const id = queue.shift()!;
      result.push(id);
      for (const next of out.get(id) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return result;
}

/** The scene moved and sized to hold everything dagre placed (self-loops can reach past its own bounds). */
function fitted(nodes: SceneNode[], edges: SceneEdge[]): Scene {
  const margin = 12;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x: number, y: number, w = 0, h = 0) => {
    minX = Math.min(minX, x - w / 2);
    maxX = Math.max(maxX, x + w / 2);
    minY = Math.min(minY, y - h / 2);
    maxY = Math.max(maxY, y + h / 2);
  };
  for (const n of nodes) add(n.x, n.y, n.width, n.height);
  for (const e of edges) {
    for (const p of e.points) add(p.x, p.y);
    if (e.label) add(e.label.x, e.label.y, e.label.width, e.label.height);
  }
  if (minX === Infinity) return { width: 0, height: 0, nodes, edges };
  const dx = margin - minX;
  const dy = margin - minY;
  const move = (p: Point) => ({ x: p.x + dx, y: p.y + dy });
  return {
    width: Math.ceil(maxX - minX + 2 * margin),
    height: Math.ceil(maxY - minY + 2 * margin),
    nodes: nodes.map((n) => ({ ...n, ...move(n) })),
    edges: edges.map((e) => ({
      ...e,
      points: e.points.map(move),
      ...(e.label ? { label: { ...e.label, ...move(e.label), lines: e.label.lines.map((l) => ({ ...l, ...move(l) })) } } : {}),
    })),
  };
}

/**
 * Text widths estimated without a browser, for the fonts the standalone SVG names: node labels in
 * a sans-serif face, codes in a monospace one (0.6 em a character).
 */
export const estimateWidth: Measure = (text, role) => {
  if (role === 'code') return text.length * METRICS.codeFont * 0.6;
  let em = 0;
  for (const ch of text)
    em += /[A-Z]/.test(ch) ? 0.68 : /[0-9]/.test(ch) ? 0.56 : /[il.,:;'|!]/.test(ch) ? 0.28 : /[-_/ ]/.test(ch) ? 0.38 : /[mwMW]/.test(ch) ? 0.85 : 0.55;
  return em * METRICS.nodeFont;
};
