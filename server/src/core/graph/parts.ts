import type { Range } from '../types';
import type { FlowEdge, FlowNodeKind, FlowRow } from './model';

/** A node while its flow is read: keyed by kind and name, its id given once every flow is known. */
export interface NodeDraft {
  readonly key: string;
  readonly kind: FlowNodeKind;
  readonly label: string;
  uri: string;
  range: Range;
  missing?: boolean;
  deadEnd?: boolean;
  /** Where the flow puts it: the order its orchestrator lists agents, its table lists states (lower first). */
  rank: number;
}

/** An edge while its flow is read: endpoints by node key. */
export interface EdgeDraft extends Omit<FlowEdge, 'from' | 'to' | 'rows'> {
  readonly from: string;
  readonly to: string | null;
  rows: FlowRow[];
}

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The nodes and edges of one flow. A node is registered once per kind and name (the first place
 * that names it is where it is declared, unless a later one is its own file); edges that say the
 * same thing (same ends, code, kind and verdict) are one edge with every row they come from.
 */
export class FlowParts {
  readonly nodes = new Map<string, NodeDraft>();
  readonly edges = new Map<string, EdgeDraft>();
  readonly orchestrators = new Set<string>();
  readonly generations = new Set<'legacy' | 'tables'>();

  constructor(
    readonly id: string,
    readonly title: string,
  ) {}

  /** Registers a node (or finds it) and returns its key. `own` marks the node's own file, which wins as its location. */
  node(kind: FlowNodeKind, label: string, uri: string, range: Range = ZERO, extra: { missing?: boolean; own?: boolean } = {}): string {
    const key = `${kind}:${label}`;
    const found = this.nodes.get(key);
    if (!found) {
      this.nodes.set(key, { key, kind, label, uri, range, rank: Infinity, ...(extra.missing ? { missing: true } : {}) });
    } else if (extra.own && found.missing) {
      found.uri = uri;
      found.range = range;
      delete found.missing;
    } else if (!extra.missing && found.missing) {
      delete found.missing;
    }
    return key;
  }

  /** Records where the flow names a node (its `rank`: the first place counts). */
  rank(key: string, rank: number): void {
    const node = this.nodes.get(key);
    if (node && rank < node.rank) node.rank = rank;
  }

  edge(edge: Omit<EdgeDraft, 'rows'>, rows: readonly FlowRow[]): void {
    const key = [edge.from, edge.to ?? '', edge.code ?? '', edge.kind, edge.routed, edge.declared, edge.end ?? ''].join('\u0000');
    const found = this.edges.get(key);
    if (!found) {
      this.edges.set(key, { ...edge, rows: dedupe([], rows) });
      return;
    }
    found.rows = dedupe(found.rows, rows);
    if (!found.description && edge.description) (found as { description?: string }).description = edge.description;
  }
}

function dedupe(existing: readonly FlowRow[], more: readonly FlowRow[]): FlowRow[] {
  const out = [...existing];
  for (const r of more) {
    if (
      !out.some((o) => o.uri === r.uri && o.role === r.role && o.range.start.line === r.range.start.line && o.range.start.character === r.range.start.character)
    )
      out.push(r);
  }
  return out;
}
