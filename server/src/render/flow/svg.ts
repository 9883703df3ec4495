import { END_LABELS, METRICS, type EdgeStyle, type Point, type Scene, type SceneNode } from './layout';

/**
 * A laid-out flow as SVG markup. Everything is drawn with class names (`node agent`, `edge
 * unrouted`, `code`), so the editor's view colours it from the theme with CSS; with a `palette` the
 * SVG carries its own styles and stands alone (the CLI's `--format svg`, the view's export).
 * Nodes and code lines carry `data-node` / `data-edge` so a host can make them interactive.
 */

export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly nodeFill: string;
  readonly nodeStroke: string;
  readonly orchestratorFill: string;
  readonly stateFill: string;
  readonly labelFill: string;
  readonly routed: string;
  readonly step: string;
  readonly unrouted: string;
  readonly undeclared: string;
  readonly fontFamily: string;
  readonly codeFontFamily: string;
}

/** The standalone SVG's colours: dark text on white, red for what leads nowhere, amber for codes nobody declares. */
export const LIGHT_PALETTE: Palette = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#59636e',
  nodeFill: '#f6f8fa',
  nodeStroke: '#59636e',
  orchestratorFill: '#ddf4ff',
  stateFill: '#fff8c5',
  labelFill: '#ffffff',
  routed: '#59636e',
  step: '#8c959f',
  unrouted: '#cf222e',
  undeclared: '#9a6700',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif',
  codeFontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
};

export interface SvgOptions {
  /** Colours and fonts to embed; without them the host's CSS styles the classes. */
  readonly palette?: Palette;
  /** The accessible title (`<title>`). */
  readonly title?: string;
  /** Node id → accessible description of the node (for `aria-label`). */
  readonly describeNode?: (node: SceneNode) => string;
  /** Wide transparent strokes along the edges, so that a pointer can find them (the interactive view). */
  readonly hitAreas?: boolean;
}

const STYLES: readonly EdgeStyle[] = ['routed', 'step', 'unrouted', 'undeclared'];

export function renderSvg(scene: Scene, options: SvgOptions = {}): string {
  const width = Math.max(scene.width, 1);
  const height = Math.max(scene.height, 1);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="flow" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"${options.title ? ` aria-label="${xml(options.title)}"` : ''}>`,
  );
  if (options.title) out.push(`<title>${xml(options.title)}</title>`);
  out.push('<defs>');
  for (const style of STYLES) {
    out.push(
      `<marker id="arrow-${style}" class="arrow ${style}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>`,
    );
  }
  out.push('</defs>');
  if (options.palette) out.push(`<style>${paletteCss(options.palette)}</style>`, `<rect class="background" width="${width}" height="${height}"/>`);

  out.push('<g class="edges">');
  scene.edges.forEach((e, i) => {
    out.push(`<path class="edge ${e.style}" data-group="${i}" d="${pathOf(e.points)}" marker-end="url(#arrow-${e.style})"/>`);
  });
  if (options.hitAreas) scene.edges.forEach((e, i) => out.push(`<path class="hit" data-group="${i}" d="${pathOf(e.points)}"/>`));
  out.push('</g><g class="labels">');
  scene.edges.forEach((e, i) => {
    const l = e.label;
    if (!l) return;
    out.push(`<g class="label ${e.style}" data-group="${i}">`);
    out.push(`<rect x="${n(l.x - l.width / 2)}" y="${n(l.y - l.height / 2)}" width="${n(l.width)}" height="${n(l.height)}" rx="3"/>`);
    for (const line of l.lines)
      out.push(`<text class="code ${line.style}" data-edge="${line.edge}" x="${n(line.x)}" y="${n(line.y)}">${xml(line.text)}</text>`);
    out.push('</g>');
  });
  out.push('</g><g class="nodes">');
  for (const node of scene.nodes) out.push(nodeSvg(node, options));
  out.push('</g></svg>');
  return out.join('');
}

function nodeSvg(node: SceneNode, options: SvgOptions): string {
  const x = node.x - node.width / 2;
  const y = node.y - node.height / 2;
  if (node.kind === 'end') {
    const label = END_LABELS[node.end ?? 'unrouted'];
    return `<g class="node end ${node.end ?? ''}"><rect x="${n(x)}" y="${n(y)}" width="${n(node.width)}" height="${n(node.height)}" rx="${n(node.height / 2)}"/><text x="${n(node.x)}" y="${n(node.y + 4)}" text-anchor="middle">${xml(label)}</text></g>`;
  }
  const classes = ['node', node.kind, node.missing ? 'missing' : '', node.deadEnd ? 'dead-end' : ''].filter(Boolean).join(' ');
  const aria = options.describeNode?.(node) ?? `${node.kind} ${node.label}`;
  const radius = node.kind === 'state' ? node.height / 2 : node.kind === 'agent' ? 6 : 2;
  const shape = [`<rect x="${n(x)}" y="${n(y)}" width="${n(node.width)}" height="${n(node.height)}" rx="${n(radius)}"/>`];
  // An orchestrator has a second frame inside its first (a routing table, not a worker).
  if (node.kind === 'orchestrator')
    shape.push(`<rect class="inner" x="${n(x + 3)}" y="${n(y + 3)}" width="${n(node.width - 6)}" height="${n(node.height - 6)}" rx="1"/>`);
  return `<g class="${classes}" data-node="${xml(node.id)}" tabindex="0" role="button" aria-label="${xml(aria)}"><title>${xml(aria)}</title>${shape.join('')}<text x="${n(node.x)}" y="${n(node.y + METRICS.nodeFont / 2 - 2)}" text-anchor="middle">${xml(node.label)}</text></g>`;
}

/** A smooth path through dagre's points: straight ends, quadratic curves through the bends. */
function pathOf(points: readonly Point[]): string {
  if (!points.length) return '';
  const [first, ...rest] = points;
  let d = `M${n(first!.x)},${n(first!.y)}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i]!;
    const q = rest[i + 1]!;
    d += ` Q${n(p.x)},${n(p.y)} ${n((p.x + q.x) / 2)},${n((p.y + q.y) / 2)}`;
  }
  const last = rest[rest.length - 1];
  if (last) d += ` L${n(last.x)},${n(last.y)}`;
  return d;
}

/** CSS for the classes, with the palette's colours, for an SVG that stands alone. */
export function paletteCss(p: Palette): string {
  return [
    `.flow{font-family:${p.fontFamily};font-size:${METRICS.nodeFont}px}`,
    `.background{fill:${p.background}}`,
    `.node rect{fill:${p.nodeFill};stroke:${p.nodeStroke};stroke-width:1.2}`,
    `.node.orchestrator rect{fill:${p.orchestratorFill}}`,
    `.node.orchestrator rect.inner{fill:none}`,
    `.node.state rect{fill:${p.stateFill}}`,
    `.node text{fill:${p.text}}`,
    `.node.missing rect{stroke-dasharray:4 3;fill:${p.background}}`,
    `.node.dead-end rect{stroke:${p.unrouted};stroke-width:2}`,
    `.node.end rect{fill:${p.background};stroke:${p.muted};stroke-dasharray:3 2}`,
    `.node.end.unrouted rect{stroke:${p.unrouted}}`,
    `.node.end text{fill:${p.muted};font-family:${p.codeFontFamily};font-size:${METRICS.codeFont - 1}px}`,
    `.edge{fill:none;stroke-width:1.4}`,
    ...(['routed', 'step', 'unrouted', 'undeclared'] as const).map(
      (s) => `.edge.${s}{stroke:${p[s]}}.arrow.${s}{fill:${p[s]}}.code.${s}{fill:${s === 'routed' || s === 'step' ? p.text : p[s]}}`,
    ),
    `.edge.step{stroke-dasharray:2 3}`,
    `.edge.unrouted{stroke-dasharray:6 4}`,
    `.label rect{fill:${p.labelFill};opacity:0.9}`,
    `.code{font-family:${p.codeFontFamily};font-size:${METRICS.codeFont}px}`,
    `.code.unrouted,.code.undeclared{font-weight:600}`,
  ].join('');
}

const n = (v: number) => (Math.round(v * 10) / 10).toString();

/** Text for XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
