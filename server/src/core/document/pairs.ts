import type { ParsedDocument } from './parse';
import type { FieldEntry } from './yamlFields';

/**
 * The whole lines a top-level pair occupies: from the start of its key's line to the start of the
 * next top-level key's line (or the closing fence), so continuation lines and list items go with
 * it. Removing this span removes the pair and nothing else.
 */
export function pairLineSpan(doc: ParsedDocument, entry: FieldEntry): { start: number; end: number } {
  const fm = doc.frontmatter;
  const start = doc.lines.lineStart(doc.lines.positionAt(entry.keyStart).line);
  const fields = fm?.yaml?.fields ?? [];
  const next = fields.find((f) => f.keyStart > entry.keyStart);
  const end = next ? doc.lines.lineStart(doc.lines.positionAt(next.keyStart).line) : (fm?.contentEnd ?? doc.text.length);
  return { start, end: Math.max(start, end) };
}

/** The raw source text of a field's value, as written (quotes included). */
export function rawValue(doc: ParsedDocument, entry: FieldEntry): string {
  return doc.text.slice(entry.valueStart, entry.valueEnd);
}
