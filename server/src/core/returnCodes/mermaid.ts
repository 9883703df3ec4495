/**
 * The edges of a Mermaid flowchart, with their endpoints: `DEV[developer] -->|SUCCESS_TO_QA| QA`.
 * An orchestrator that draws its flow says where a code leads; the flow graph reads these to find
 * hand-offs from one agent to another. Only what flowcharts write on one line is read: node
 * definitions (`id[text]`, `id(text)`, `id{text}`, `id((text))`, `id>text]`, quoted text), edges
 * with a `|label|`, chains (`A -->|x| B -->|y| C`) and `&` groups (`A & B -->|x| C`).
 */

/** One labelled edge: the label text with its offset in the line, and the node ids on each side. */
export interface DiagramEdge {
  readonly label: string;
  /** Offset of the label text within its line. */
  readonly labelIndex: number;
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** Index of the line within the lines given. */
  readonly line: number;
}

export interface Diagram {
  /** Node id → the text written for it (the id itself when none is). */
  readonly nodes: ReadonlyMap<string, string>;
  readonly edges: readonly DiagramEdge[];
}

// An arrow, optionally labelled: -->|x|, --->|x|, -.->|x|, ==>|x|, ---|x|, --x|x|, --o|x|, <-->.
const ARROW = /\s*(?:<)?(?:-{2,}>|-\.+->|={2,}>|-{3,}|--[xo]|={3,})(?:\|([^|\n]*)\|)?\s*/g;
const NODE_ID = /^([A-Za-z0-9_][\w-]*)/;
/** Opening brackets of node shapes and the character that closes each. */
const SHAPES: readonly [string, string][] = [
  ['(((', ')))'],
  ['((', '))'],
  ['([', '])'],
  ['[[', ']]'],
  ['[(', ')]'],
  ['{{', '}}'],
  ['[/', '/]'],
  ['[\\', '\\]'],
  ['[/', '\\]'],
  ['[\\', '/]'],
  ['[', ']'],
  ['(', ')'],
  ['{', '}'],
  ['>', ']'],
];
const HEADER = /^\s*(?:flowchart|graph)\b/i;
const COMMENT = /^\s*%%/;

/** Reads the nodes and labelled edges of a flowchart's lines (the code block's content). */
export function readDiagram(lines: readonly string[]): Diagram {
  const nodes = new Map<string, string>();
  const edges: DiagramEdge[] = [];
  lines.forEach((text, line) => {
    if (COMMENT.test(text) || HEADER.test(text)) return;
    const parts: { text: string; index: number }[] = [];
    const labels: { label: string; index: number }[] = [];
    let last = 0;
    for (const m of text.matchAll(ARROW)) {
      parts.push({ text: text.slice(last, m.index), index: last });
      const raw = m[1];
      // The label's own offset: after the `|` that opens it, past leading spaces.
      const at = raw === undefined ? -1 : m.index + m[0].indexOf('|') + 1;
      labels.push({ label: raw?.trim() ?? '', index: raw === undefined ? -1 : at + (raw.length - raw.trimStart().length) });
      last = m.index + m[0].length;
    }
    parts.push({ text: text.slice(last), index: last });
    const groups = parts.map((p) => nodeGroup(p.text, nodes));
    for (let i = 0; i < labels.length; i++) {
      const { label, index } = labels[i]!;
      const from = groups[i]!;
      const to = groups[i + 1]!;
      if (!label || !from.length || !to.length) continue;
      edges.push({ label, labelIndex: index, from, to, line });
    }
  });
  return { nodes, edges };
}

/** The node ids of one side of an edge (`A`, `A[text]`, `A & B`), recording the texts defined. */
function nodeGroup(segment: string, nodes: Map<string, string>): string[] {
  const ids: string[] = [];
  for (const piece of segment.split(/\s&\s/)) {
    const trimmed = piece.trim();
    const m = NODE_ID.exec(trimmed);
    if (!m) continue;
    const id = m[1]!;
    ids.push(id);
    const text = shapeText(
      trimmed
        .slice(id.length)
        .replace(/:::[\w-]+$/, '')
        .trim(),
    );
    if (text !== undefined) nodes.set(id, text);
    else if (!nodes.has(id)) nodes.set(id, id);
  }
  return ids;
}

/** The text inside a node's shape (`[developer]` → `developer`, `["a b"]` → `a b`), if it has one. */
function shapeText(rest: string): string | undefined {
  if (!rest) return undefined;
  for (const [open, close] of SHAPES) {
    if (rest.startsWith(open) && rest.endsWith(close) && rest.length >= open.length + close.length) {
      const inner = rest.slice(open.length, rest.length - close.length).trim();
      return inner.replace(/^"(.*)"$/, '$1').trim();
    }
  }
  return undefined;
}
