import { memo, type ParsedDocument } from '../document/parse';

/** One line of a Markdown body with its offsets and whether it sits inside a fenced code block. */
export interface BodyLine {
  /** Zero-based line number. */
  line: number;
  start: number;
  end: number;
  text: string;
  /** Inside a ``` or ~~~ fence (the fence lines themselves count as inside). */
  inFence: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The body's lines (after any frontmatter), tracking fenced code so examples are not read as content. */
export function bodyLines(doc: ParsedDocument): readonly BodyLine[] {
  return memo(doc, 'tasks.lines', computeLines);
}

function computeLines(doc: ParsedDocument): BodyLine[] {
  const out: BodyLine[] = [];
  const first = doc.lines.positionAt(doc.bodyStart).line;
  const text = doc.text;
  // Without a \r every line ends at the next \n (or the end of the text), as LineIndex counts
  // them: finding the breaks directly saves three LineIndex lookups per line of every task file.
  const lfOnly = !text.includes('\r');
  let fence: string | undefined;
  let next = doc.bodyStart;
  for (let line = first; line < doc.lines.lineCount; line++) {
    let start: number;
    let end: number;
    if (lfOnly) {
      start = next;
      const lf = text.indexOf('\n', start);
      end = lf < 0 ? text.length : lf;
      next = end + 1;
    } else {
      start = line === first ? doc.bodyStart : doc.lines.lineStart(line);
      end = doc.lines.lineEnd(line);
    }
    const lineText = text.slice(start, end);
    const m = FENCE.exec(lineText);
    let inFence = fence !== undefined;
    if (m) {
      const marker = m[1]!;
      if (fence === undefined) {
        fence = marker;
        inFence = true;
      } else if (marker[0] === fence[0] && marker.length >= fence.length && lineText.trim() === marker) {
        fence = undefined;
        inFence = true;
      }
    }
    out.push({ line, start, end, text: lineText, inFence });
  }
  return out;
}
