import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULE_META, RULES } from '../../../server/src/core';
import { renderRulesDoc } from '../../../server/src/core/rules/docsPage';

const PAGE = join(__dirname, '../../../../docs/rules.md');

describe('docs/rules.md', () => {
  it('is up to date with the rule registry (regenerate: npm run build && node scripts/gen-rules-doc.mjs)', () => {
    assert.equal(readFileSync(PAGE, 'utf8'), renderRulesDoc(ALL_RULE_META));
  });

  it('states for every rule what happens in Claude Code (or the flow), and how we know', () => {
    const missing = ALL_RULE_META.filter(
      (r) => !r.consequence?.text.trim() || !r.consequence.evidence.length || r.consequence.evidence.some((e) => !e.trim()),
    ).map((r) => r.id);
    assert.deepEqual(missing, [], 'add `consequence: { text, evidence }` to these rules (see docs/conformance.md)');
  });

  it('documents every rule with an example of what it reports', () => {
    const problems: string[] = [];
    for (const r of RULES) {
      if (r.docs.length <= 200) problems.push(`${r.id}: docs too short`);
      // A fenced block that is opened and closed: the example a reader compares their file with.
      if ((r.docs.match(/^```/gm) ?? []).length < 2) problems.push(`${r.id}: docs need an example block`);
    }
    assert.deepEqual(problems, []);
  });
});
