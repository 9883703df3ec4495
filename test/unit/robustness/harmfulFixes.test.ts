/**
 * Regressions for fixes that did harm on real files (issue #12): each of these failed on the main
 * branch before the frontmatter loader, and must never come back. "Fix all" (and `lint --fix`)
 * may change only what its findings are about.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../../server/src/core/text/edits';
import { memoryService } from '../../support/workspace';

const AGENT = '.claude/agents/reviewer.md';

function fixAll(text: string, path = AGENT): string {
  const { service, uri } = memoryService({ [path]: text });
  return service.fixAllText(uri(path), text);
}

describe('fixes that did harm', () => {
  it('duplicated `skills:` blocks are never deleted by fix-all; merging them is offered', () => {
    const text = '---\nname: reviewer\ndescription: Reviews code\nskills:\n  - testing\n  - review\nmodel: sonnet\nskills:\n  - security\n---\n\nBody.\n';
    assert.equal(fixAll(text), text, 'fix-all leaves both blocks: which one the author meant is theirs to say');
    const { service, uri } = memoryService({ [AGENT]: text });
    const finding = service.lint(uri(AGENT)).find((f) => f.ruleId === 'duplicate-key');
    assert.ok(finding, 'the ignored first block is reported');
    assert.equal(finding.severity, 'warning');
    assert.ok(
      finding.fixes?.every((f) => !f.isPreferred),
      'no fix is preferred',
    );
    const merge = finding.fixes?.find((f) => /Merge/.test(f.title));
    assert.ok(merge, 'a merge is offered');
    const merged = applyEdits(text, merge.edit.changes[uri(AGENT)]!).text;
    assert.equal(merged, '---\nname: reviewer\ndescription: Reviews code\nmodel: sonnet\nskills:\n  - testing\n  - review\n  - security\n---\n\nBody.\n');
  });

  it('a times sign and an en dash are not damaged text: `~1×–1.35×` stays as written', () => {
    const text = '---\nname: reviewer\ndescription: Reviews code\n---\n\nExpect a speed-up of ~1×–1.35× on large diffs.\n';
    assert.equal(fixAll(text), text);
    const { service, uri } = memoryService({ [AGENT]: text });
    assert.deepEqual(
      service.lint(uri(AGENT)).filter((f) => f.ruleId === 'damaged-text'),
      [],
    );
  });

  it('a loadable agent closed by a line of 56 dashes keeps its fields', () => {
    // Claude Code closes the frontmatter at the first `---`, so this agent loads with its
    // description and tools (checked with `claude plugin validate`); the blank lines made the old
    // unclosed-frontmatter fix insert a fence after `name:`, leaving only the name.
    const text = `---\nname: reviewer\n\ndescription: Reviews code for bugs. Use after every change.\n\ntools: Read, Grep, Glob\n${'-'.repeat(56)}\n\nYou are a careful reviewer.\n`;
    assert.equal(fixAll(text), text);
    const { service, uri } = memoryService({ [AGENT]: text });
    assert.deepEqual(
      service.lint(uri(AGENT)).filter((f) => f.severity === 'error'),
      [],
    );
  });
});
