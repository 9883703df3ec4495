import type { ParsedDocument } from '../document/parse';

/** A body line outside fenced code, with absolute offsets. */
export interface ProseLine {
  readonly start: number;
  readonly text: string;
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

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)/;
// Edge arrows that may carry a label: -->|x|, --->|x|, -.->|x|, ==>|x|, ---|x|, --x|x|, --o|x|.
const MERMAID_LABEL = /(?:-{2,}>|-\.+->|={2,}>|-{3,}|--[xo])\|([^|\n]+)\|/g;

/**
 * Splits a document's body into prose lines and fenced blocks. Fenced code is skipped (shell
 * snippets often hold constants that look like codes) except Mermaid, whose edge labels are kept.
 * Fences may be indented (inside list items); a fence closes on the same character, at least as long.
 */
export function scanBody(doc: ParsedDocument): ScannedBody {
  const prose: ProseLine[] = [];
  const mermaid: MermaidLabel[] = [];
  const firstLine = doc.lines.positionAt(doc.bodyStart).line;
  let fence: { char: string; length: number; mermaid: boolean } | undefined;
  for (let line = firstLine; line < doc.lines.lineCount; line++) {
    const start = line === firstLine ? doc.bodyStart : doc.lines.lineStart(line);
    const text = doc.text.slice(start, doc.lines.lineEnd(line));
    const open = FENCE_OPEN.exec(text);
    if (fence) {
      if (open && open[2]![0] === fence.char && open[2]!.length >= fence.length && text.trim() === open[2]) fence = undefined;
      else if (fence.mermaid) collectMermaid(text, start, mermaid);
      continue;
    }
    if (open && !(open[2]![0] === '`' && text.slice(open[0].length).includes('`'))) {
      fence = { char: open[2]![0]!, length: open[2]!.length, mermaid: open[3]!.toLowerCase() === 'mermaid' };
      continue;
    }
    prose.push({ start, text });
  }
  return { prose, mermaid };
}

function collectMermaid(text: string, start: number, out: MermaidLabel[]): void {
  for (const m of text.matchAll(MERMAID_LABEL)) {
    const raw = m[1]!;
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: start + m.index + m[0].length - raw.length - 1 + lead });
  }
}

/**
 * Inline code spans on one line: a run of N backticks up to the next run of exactly N. One space
 * of padding on each side is dropped, as CommonMark does.
 */
export function codeSpans(line: ProseLine): CodeSpan[] {
  const spans: CodeSpan[] = [];
  const text = line.text;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let n = 0;
    while (text[i + n] === '`') n++;
    const close = findRun(text, i + n, n);
    if (close < 0) {
      i += n;
      continue;
    }
    let from = i + n;
    let to = close;
    if (to - from >= 2 && text[from] === ' ' && text[to - 1] === ' ') {
      from++;
      to--;
    }
    spans.push({ text: text.slice(from, to), start: line.start + from, end: line.start + to });
    i = close + n;
  }
  return spans;
}

function findRun(text: string, from: number, n: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] !== '`') continue;
    let k = 0;
    while (text[j + k] === '`') k++;
    if (k === n) return j;
    j += k - 1;
  }
  return -1;
}
