/**
 * The CLI holds task documents between its passes as deferred documents (`document/deferred.ts`),
 * and the task rules of the second pass decide on the index's facts. The findings must be exactly
 * those of the document parsed in full, and a task with nothing to report must not be read again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgentDocsService, deferredDocument, mergeConfig, type Finding, type ParsedDocument } from '../../../server/src/core';
import { DIR, FILES } from '../tasks/sample';

const ROOT = 'file:///ws';
const uriOf = (path: string) => `${ROOT}/${path.split('/').map(encodeURIComponent).join('/')}`;

/** A plan with one of each thing the task rules report, and clean files around them. */
const PLAN: Record<string, string> = {
  ...FILES,
  // Clean: mentions its story and a sibling that exist.
  [`${DIR}/0001.02.04 - Shopping List - Items - Remove item.md`]: `# Task [0001.02.04] - Remove item\n\n**Task ID**: 0001.02.04\n**Development Status**: NOT_STARTED (PENDING)\n\nAfter Task [0001.02.03].\n\n- ⬜ Button\n`,
  // Duplicate ID, heading names another task, missing reference, a reference in code.
  [`${DIR}/0001.02.03 - Shopping List - Items - Delete item.md`]: `# Task [0001.02.05] - Delete item\n\n**Task ID**: 0001.02.03\n**Development Status**: COMPLETED\n\nDepends on 0001.02.09.\n\n\`\`\`\nTask [0001.02.08]\n\`\`\`\n\n- [ ] Undo\n`,
  // Missing story and epic, a broken link to a task file, a stale epic name.
  [`${DIR}/0002.01.01 - Groceries - Aisles - Map.md`]: `# Task [0002.01.01] - Map\n\n- [Old](./0002.01.02%20-%20Groceries%20-%20Aisles%20-%20Gone.md)\n`,
  // Frontmatter, a suppressed finding.
  [`${DIR}/0001.02.06 - Shopping - Items - Share.md`]: `---\ntitle: [unclosed\n---\n# Task [0001.02.06] - Share\n\n<!-- agent-docs-disable-next-line task-reference-missing -->\nSee 0001.02.11.\nSee 0001.02.12.\n`,
};

/**
 * Lints the plan as the CLI does; with `wanted`, the first pass extracts only the indexers the
 * cross-file rules read, of other files and of the file itself (`lintedKeys`), as the CLI does.
 */
function lintBoth(wanted = false): { uri: string; full: Finding[]; deferred: Finding[]; loads: number }[] {
  const s = new AgentDocsService({ host: { readFile: (u) => texts.get(u), log: () => {} }, config: mergeConfig(), roots: [ROOT] });
  const texts = new Map(Object.entries(PLAN).map(([p, t]) => [uriOf(p), t]));
  const keys = wanted ? s.lintedKeys(['task']) : undefined;
  const held: { uri: string; doc: ParsedDocument; count: () => number }[] = [];
  for (const [uri, text] of texts) {
    const doc = s.indexText(uri, text, keys)!;
    s.lintParsed(doc, 'local');
    let loads = 0;
    const deferred = deferredDocument(doc, () => {
      loads++;
      return s.document(uri);
    });
    held.push({ uri, doc: deferred, count: () => loads });
  }
  return held.map(({ uri, doc, count }) => {
    const deferred = s.lintParsed(doc, 'crossFile');
    const full = s.lintParsed(s.document(uri)!, 'crossFile');
    return { uri, full, deferred, loads: count() };
  });
}

describe('deferred task documents', () => {
  const results = lintBoth();

  it('give the findings of the fully parsed document', () => {
    for (const r of results) assert.deepEqual(r.deferred, r.full, r.uri);
    // The plan above does report: the comparison is not between empty lists.
    const ids = new Set(results.flatMap((r) => r.full.map((f) => f.ruleId)));
    for (const id of ['task-id-duplicate', 'task-reference-missing', 'task-parent-missing', 'task-link-broken', 'task-story-progress'])
      assert.ok(ids.has(id), `${id} reported somewhere`);
  });

  it('are not parsed again when nothing is reported', () => {
    const clean = results.find((r) => r.uri.includes('Remove%20item'))!;
    assert.deepEqual(clean.full, []);
    assert.equal(clean.loads, 0);
  });

  it('are parsed again to report', () => {
    for (const r of results) if (r.full.length) assert.ok(r.loads > 0, r.uri);
  });

  it('are not parsed again when the first pass extracted only what the rules read', () => {
    // A rule that reads its file's own facts declares them (`ownFacts`): the first pass extracts
    // them, or the second would read and parse every task file again to get them.
    const lean = lintBoth(true);
    assert.deepEqual(
      lean.map((r) => r.deferred),
      results.map((r) => r.full),
    );
    const clean = lean.find((r) => r.uri.includes('Remove%20item'))!;
    assert.equal(clean.loads, 0);
  });
});
