import assert from 'node:assert/strict';
import { AgentDocsService, LineIndex, type Finding, type Position, type TextEdit } from '../../server/src/core';
import { rangeInside } from './sanity';

/**
 * The properties every document must satisfy, whatever its content:
 *  1. nothing throws (parse, lint, fix, every language feature);
 *  2. every finding's range, and every edit of its fixes, lies inside the document;
 *  3. a fix changes bytes only inside its own ranges: its edits do not overlap (overlapping edits
 *     would be dropped or corrupt each other) and never split a CRLF pair or a surrogate pair;
 *  4. the fixed document parses (no new YAML errors) and has no more errors than before;
 *  5. fixing twice equals fixing once.
 * Returns a description of the first broken property, or undefined.
 */
export function checkProperties(service: AgentDocsService, uri: string, text: string): void {
  const doc = service.openDocument(uri, 1, text);
  const findings = service.lint(uri);
  const lines = new LineIndex(text);
  for (const f of findings) {
    assert.ok(rangeInside(text, f.range, lines), `${f.ruleId}: range ${JSON.stringify(f.range)} outside the document`);
    for (const fix of f.fixes ?? []) checkFixEdits(text, lines, f, fix.title, fix.edit.changes[uri] ?? []);
  }
  if (doc) {
    // Every feature at a few places: the start, each finding, the end.
    const probes = [{ line: 0, character: 0 }, { line: 1, character: 2 }, ...findings.slice(0, 5).map((f) => f.range.start), lines.positionAt(text.length)];
    askEveryFeature(service, uri, probes);
  }

  const fixed = service.fixAllText(uri, text);
  if (fixed !== text) {
    service.openDocument(uri, 2, fixed);
    const after = service.lint(uri);
    const fixedLines = new LineIndex(fixed);
    for (const f of after) assert.ok(rangeInside(fixed, f.range, fixedLines), `after fix: ${f.ruleId} range outside the document`);
    // No new errors: no more errors in all, and never a YAML error the original did not have. (One
    // error may give way to the next: once `name` is added, a missing `description` is reported.
    // Closing an unclosed fence, or moving frontmatter to line 1, makes the fields readable for the
    // first time: the field errors that appear were there before, so only the YAML is held then.)
    const before = errorCounts(findings);
    const afterCounts = errorCounts(after);
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const describe = () =>
      `${after
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.ruleId}: ${f.message}`)
        .join(' | ')}\n--- fixed text:\n${fixed}`;
    const revealed = findings.some((f) => UNREADABLE_FRONTMATTER.has(f.ruleId));
    if (!revealed) assert.ok(total(afterCounts) <= total(before), `fixing added errors: ${describe()}`);
    assert.ok((afterCounts.get('yaml-syntax') ?? 0) <= (before.get('yaml-syntax') ?? 0), `fixing broke the YAML: ${describe()}`);
    assert.equal(service.fixAllText(uri, fixed), fixed, 'fixing twice differs from fixing once');
  }
  service.closeDocument(uri);
}

/** Findings that mean Claude Code cannot read the frontmatter (so field rules are silent); fixing them reveals the fields. */
const UNREADABLE_FRONTMATTER = new Set(['frontmatter-unclosed', 'frontmatter-not-first-line', 'frontmatter-language', 'yaml-syntax', 'duplicate-key']);

function errorCounts(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error') m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

function checkFixEdits(text: string, lines: LineIndex, f: Finding, title: string, edits: readonly TextEdit[]): void {
  const spans = edits.map((e) => {
    assert.ok(rangeInside(text, e.range, lines), `${f.ruleId} fix "${title}": edit outside the document`);
    return [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)] as const;
  });
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i]![0] >= spans[i - 1]![1], `${f.ruleId} fix "${title}": overlapping edits`);
  }
  for (const [s, e] of spans) {
    for (const o of [s, e]) {
      assert.ok(!(text[o - 1] === '\r' && text[o] === '\n'), `${f.ruleId} fix "${title}": edit splits a CRLF at ${o}`);
      const hi = text.charCodeAt(o - 1);
      const lo = text.charCodeAt(o);
      assert.ok(!(hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff), `${f.ruleId} fix "${title}": edit splits a surrogate pair at ${o}`);
    }
  }
}

/** Asks every editor feature of the service about a document, at each of the given positions. */
export function askEveryFeature(service: AgentDocsService, uri: string, positions: readonly Position[]): void {
  for (const p of positions) {
    service.hover(uri, p);
    service.completion(uri, p);
    service.definition(uri, p);
    service.references(uri, p, true);
    service.prepareRename(uri, p);
  }
  service.documentSymbols(uri);
  service.documentLinks(uri);
  service.codeLenses(uri);
}
