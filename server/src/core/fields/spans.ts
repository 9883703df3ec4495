import type { ParsedDocument } from '../document/parse';
import type { FieldEntry } from '../document/yamlFields';

/**
 * The span of whole lines a top-level field occupies, from the start of its key's line to just past
 * the line break after its value, so removing it leaves no blank line.
 */
export function fieldLinesSpan(doc: ParsedDocument, f: FieldEntry): { start: number; end: number } {
  const start = doc.lines.lineStart(doc.lines.positionAt(f.keyStart).line);
  let lastLine = doc.lines.positionAt(Math.max(f.keyEnd, f.valueEnd)).line;
  // A block value's range can end at the start of the following line.
  if (f.valueEnd > f.keyEnd && doc.lines.positionAt(f.valueEnd).character === 0 && lastLine > doc.lines.positionAt(f.keyStart).line) lastLine--;
  const end = Math.min(doc.lines.lineStart(lastLine + 1), doc.frontmatter?.contentEnd ?? doc.text.length);
  return { start, end: Math.max(end, doc.lines.lineEnd(lastLine)) };
}

/** The range to report for a field's value: the value, or the key when it has none. */
export function valueSpan(entry: FieldEntry): { start: number; end: number } {
  return entry.valueEnd > entry.valueStart ? { start: entry.valueStart, end: entry.valueEnd } : { start: entry.keyStart, end: entry.keyEnd };
}

/** End offset with trailing whitespace and line breaks left out (block values end on the next line). */
export function trimmedEnd(doc: ParsedDocument, start: number, end: number): number {
  while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
  return end;
}
