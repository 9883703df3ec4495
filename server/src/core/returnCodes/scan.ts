import { markdownOf, type Heading } from '../document/markdown';
import { memo, type ParsedDocument } from '../document/parse';
import { mentionsOf } from './mentions';
import { readDiagram } from './mermaid';

/**
 * The parts of a body the return-code model reads, from the document's Markdown model: its text
 * lines (paragraphs, headings, tables; not code, not HTML) with their code spans and headings, and
 * the edge labels of its Mermaid diagrams. Code is skipped (shell snippets often hold constants that
 * look like codes) except Mermaid, whose labels route codes.
 */

/** A body line of Markdown text, with absolute offsets. */
export interface ProseLine {
  readonly start: number;
  readonly text: string;
  /** The inline code spans that start on the line. */
  readonly spans: readonly CodeSpan[];
  /** The heading this line holds (the first line of a setext heading). */
  readonly heading?: Heading;
}

/** A Mermaid edge label's text (`-->|CODE|`), with absolute offsets of the label text. */
export interface MermaidLabel {
  readonly text: string;
  readonly start: number;
}

/** An inline code span's content with absolute offsets (backticks and padding excluded). */
export interface CodeSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface ScannedBody {
  readonly prose: ProseLine[];
  readonly mermaid: MermaidLabel[];
}

// Edge arrows that may carry a label: -->|x|, --->|x|, -.->|x|, ==>|x|, ---|x|, --x|x|, --o|x|.
const MERMAID_LABEL = /(?:-{2,}>|-\.+->|={2,}>|-{3,}|--[xo])\|([^|\n]+)\|/g;

/** The text lines of a body and its Mermaid labels. */
export function scanBody(doc: ParsedDocument): ScannedBody {
  const md = markdownOf(doc);
  const { lines, text } = doc;
  const prose: ProseLine[] = [];
  const mermaid: MermaidLabel[] = [];
  const headings = new Map<number, Heading>();
  for (const h of md.headings) headings.set(h.line, h);
  const spans = md.codeSpans;
  let s = 0;
  for (let line = md.firstLine; line < lines.lineCount; line++) {
    if (!md.isTextLine(line)) continue;
    const start = line === md.firstLine ? doc.bodyStart : lines.lineStart(line);
    const end = lines.lineEnd(line);
    while (s < spans.length && spans[s]!.start < start) s++;
    const onLine: CodeSpan[] = [];
    for (let k = s; k < spans.length && spans[k]!.start <= end; k++)
      onLine.push({ text: spans[k]!.text, start: spans[k]!.contentStart, end: spans[k]!.contentEnd });
    const heading = headings.get(line);
    prose.push({ start, text: text.slice(start, end), spans: onLine, ...(heading ? { heading } : {}) });
  }
  for (const block of md.codeBlocks) {
    if (block.lang.toLowerCase() !== 'mermaid') continue;
    for (let line = block.contentStartLine; line <= block.contentEndLine; line++) collectMermaid(lines.lineText(line), lines.lineStart(line), mermaid);
  }
  return { prose, mermaid };
}

function collectMermaid(text: string, start: number, out: MermaidLabel[]): void {
  if (!text.includes('|')) return;
  for (const m of text.matchAll(MERMAID_LABEL)) {
    const raw = m[1]!;
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: start + m.index + m[0].length - raw.length - 1 + lead });
  }
}

/** A labelled edge of a Mermaid flowchart in the body, its endpoints named as the diagram writes them. */
export interface DiagramEdgeAt {
  /** The label text and its absolute offsets. */
  readonly label: string;
  readonly start: number;
  readonly end: number;
  /** The texts of the nodes on each side (`DEV[developer]` → `developer`; the id when no text is given). */
  readonly from: readonly string[];
  readonly to: readonly string[];
}

/** The labelled edges of every Mermaid block of the body, once per version. */
export function diagramEdgesOf(doc: ParsedDocument): readonly DiagramEdgeAt[] {
  return memo(doc, 'returnCodes.diagrams', () => {
    if (!mentionsOf(doc).mermaid) return [];
    const out: DiagramEdgeAt[] = [];
    for (const block of markdownOf(doc).codeBlocks) {
      if (block.lang.toLowerCase() !== 'mermaid' || block.contentEndLine < block.contentStartLine) continue;
      const lines: string[] = [];
      for (let line = block.contentStartLine; line <= block.contentEndLine; line++) lines.push(doc.lines.lineText(line));
      const diagram = readDiagram(lines);
      const text = (id: string) => diagram.nodes.get(id) ?? id;
      for (const e of diagram.edges) {
        const start = doc.lines.lineStart(block.contentStartLine + e.line) + e.labelIndex;
        out.push({ label: e.label, start, end: start + e.label.length, from: e.from.map(text), to: e.to.map(text) });
      }
    }
    return out;
  });
}
