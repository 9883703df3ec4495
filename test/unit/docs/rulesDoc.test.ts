import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULE_META } from '../../../server/src/core';
import { agentRules } from '../../../server/src/core/rules/agent';
import { renderRulesDoc } from '../../../server/src/core/rules/docsPage';
import { frontmatterRules } from '../../../server/src/core/rules/frontmatter';

const PAGE = join(__dirname, '../../../../docs/rules.md');

describe('docs/rules.md', () => {
  it('is up to date with the rule registry (regenerate: npm run build && node scripts/gen-rules-doc.mjs)', () => {
    assert.equal(readFileSync(PAGE, 'utf8'), renderRulesDoc(ALL_RULE_META));
  });

  it('documents every frontmatter and agent rule with an example', () => {
    for (const r of [...frontmatterRules, ...agentRules]) {
      assert.ok(r.docs.length > 200, `${r.id}: docs too short`);
      assert.ok(r.docs.includes('```'), `${r.id}: docs need an example block`);
    }
  });
});
