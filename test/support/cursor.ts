import type { AgentDocsService, Position } from '../../server/src/core';

/** The cursor marker used in test documents. */
export const CURSOR = '‸';

/**
 * Removes the one cursor marker from a text and returns the text with the marker's position, so
 * a test can write `model: so‸` instead of counting lines and characters.
 */
export function withCursor(marked: string): { text: string; position: Position; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0 || marked.indexOf(CURSOR, offset + 1) >= 0) throw new Error('expected exactly one cursor marker');
  const before = marked.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), position: { line: lines.length - 1, character: lines.at(-1)!.length }, offset };
}

/** The text a range covers, for asserting exact ranges by content. */
export function textAt(service: AgentDocsService, uri: string, range: { start: Position; end: Position }): string {
  const doc = service.document(uri)!;
  return doc.text.slice(doc.lines.offsetAt(range.start), doc.lines.offsetAt(range.end));
}
