/**
 * Messages between the Flow view's webview and the extension, declared once for both sides (the
 * webview bundle imports this file; it imports nothing). The webview never sends a path or a URI:
 * it names a node, or an edge's row, by what the extension sent it, and the extension looks the
 * file up itself. Every message from the webview is checked by `parseFlowMessage` before use.
 */

/** A node as the view draws it. */
export interface ViewNode {
  id: string;
  kind: 'orchestrator' | 'agent' | 'state';
  label: string;
  missing?: boolean;
  deadEnd?: boolean;
  /** Workspace-relative path and 1-based line of its declaration, for people (tooltips, the table). */
  file: string;
  line: number;
}

export interface ViewRow {
  file: string;
  line: number;
  role: string;
  text: string;
}

export interface ViewEdge {
  from: string;
  to: string | null;
  code: string | null;
  routed: boolean;
  kind: 'return' | 'handoff' | 'transition' | 'step';
  declared: boolean;
  end?: 'exit' | 'runtime';
  description?: string;
  rows: ViewRow[];
}

export interface ViewGraph {
  /** Every flow of the workspace, for the picker. */
  flows: { id: string; title: string }[];
  /** The flow shown; null when the workspace has none. */
  flow: string | null;
  nodes: ViewNode[];
  edges: ViewEdge[];
}

/** Extension → webview. */
export type HostMessage = { type: 'graph'; graph: ViewGraph } | { type: 'exported'; file: string } | { type: 'focusNode'; node: string };

/** Webview → extension. */
export type FlowMessage =
  | { type: 'ready' }
  /** Open a node's file at its declaration. */
  | { type: 'openNode'; node: string }
  /** Open the file of one of an edge's rows (`edge`: index into the graph's edges). */
  | { type: 'openRow'; edge: number; row: number }
  | { type: 'selectFlow'; flow: string }
  /** Save the drawing (a standalone SVG the webview rendered) where the user chooses. */
  | { type: 'export'; svg: string; name: string };

/** The most an exported drawing may weigh: a 50-node flow is about 60 kB. */
export const MAX_SVG_LENGTH = 5_000_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1_000_000;
const isShortString = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/**
 * A webview message, if it is one of the known shapes with values in range; undefined otherwise
 * (ignored). The SVG must be one `<svg>` element without scripts, event handlers or foreign content.
 */
export function parseFlowMessage(value: unknown): FlowMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value['type']) {
    case 'ready':
      return { type: 'ready' };
    case 'openNode':
      return isShortString(value['node']) ? { type: 'openNode', node: value['node'] } : undefined;
    case 'openRow':
      return isIndex(value['edge']) && isIndex(value['row']) ? { type: 'openRow', edge: value['edge'], row: value['row'] } : undefined;
    case 'selectFlow':
      return isShortString(value['flow'], 10_000) ? { type: 'selectFlow', flow: value['flow'] } : undefined;
    case 'export': {
      const svg = value['svg'];
      const name = value['name'];
      if (typeof svg !== 'string' || svg.length > MAX_SVG_LENGTH || !isShortString(name, 200)) return undefined;
      if (!/^<svg[\s>]/.test(svg) || !svg.trimEnd().endsWith('</svg>')) return undefined;
      if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(svg)) return undefined;
      return { type: 'export', svg, name: name.replace(/[^\w.-]+/g, '-') };
    }
    default:
      return undefined;
  }
}
