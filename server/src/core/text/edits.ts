import type { TextEdit, WorkspaceEdit } from '../types';
import { LineIndex } from './lineIndex';

/**
 * Applies non-overlapping edits to a text. Edits that overlap an earlier one (in document order)
 * are dropped rather than corrupting the text; the caller may run again to pick them up.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  if (edits.length === 0) return { text, applied: 0 };
  const index = new LineIndex(text);
  const spans = edits
    .map((e, order) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), text: e.newText, order }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let out = '';
  let cursor = 0;
  let applied = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    out += text.slice(cursor, span.start) + span.text;
    cursor = span.end;
    applied++;
  }
  return { text: out + text.slice(cursor), applied };
}

/** Whether an edit only changes text in `uri` (no other file, no creation or rename). */
export function isSingleDocumentEdit(edit: WorkspaceEdit, uri: string): boolean {
  const uris = Object.keys(edit.changes);
  return uris.length === 1 && uris[0] === uri && !edit.creates?.length && !edit.renames?.length;
}

/** One edit covering only the span between the common prefix and suffix of the two texts. */
export function minimalEdit(text: string, lines: LineIndex, fixed: string): TextEdit {
  let start = 0;
  while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++;
  let endA = text.length;
  let endB = fixed.length;
  while (endA > start && endB > start && text[endA - 1] === fixed[endB - 1]) {
    endA--;
    endB--;
  }
  return { range: lines.range(start, endA), newText: fixed.slice(start, endB) };
}
