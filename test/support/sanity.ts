import assert from 'node:assert/strict';
import { LineIndex, type Finding, type Range } from '../../server/src/core';

/** Whether a range lies inside the text: lines exist, characters within their line, start ≤ end. */
export function rangeInside(text: string, range: Range, lines = new LineIndex(text)): boolean {
  const ok = (p: Range['start']) =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.character >= 0 &&
    p.line < lines.lineCount &&
    p.character <= lines.lineEnd(p.line) - lines.lineStart(p.line);
  if (!ok(range.start) || !ok(range.end)) return false;
  return lines.offsetAt(range.start) <= lines.offsetAt(range.end);
}

/** Asserts every finding (and every edit of its fixes to this document) lies inside the text. */
export function assertFindingsInside(text: string, uri: string, findings: readonly Finding[]): void {
  const lines = new LineIndex(text);
  for (const f of findings) {
    assert.ok(rangeInside(text, f.range, lines), `${f.ruleId} range ${JSON.stringify(f.range)} outside the document`);
    for (const fix of f.fixes ?? []) {
      for (const e of fix.edit.changes[uri] ?? []) {
        assert.ok(rangeInside(text, e.range, lines), `${f.ruleId} fix "${fix.title}" edits outside the document`);
      }
    }
  }
}
