/**
 * Fault isolation: one broken rule, feature or indexer must cost only its own answers. The others
 * still work, and the failure is logged once, naming the culprit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgentDocsService, mergeConfig, RULES, type LanguageFeature, type Rule } from '../../../server/src/core';
import { INDEXERS } from '../../../server/src/core/workspace/indexers/index';
import type { Indexer } from '../../../server/src/core/workspace/workspaceIndex';

const URI = 'file:///ws/.claude/agents/a.md';
const TEXT = '---\ndescription: no name\n---\nBody\n';

function service(options: { rules?: Rule[]; features?: LanguageFeature[]; indexers?: Indexer<unknown>[] }) {
  const logs: string[] = [];
  const s = new AgentDocsService({
    host: { readFile: (u) => (u === URI ? TEXT : undefined), log: (m) => logs.push(m) },
    config: mergeConfig(),
    roots: ['file:///ws'],
    ...options,
  });
  return { s, logs };
}

const throwingRule: Rule = {
  id: 'test-throws',
  description: 'throws',
  severity: 'error',
  kinds: ['agent'],
  fixable: false,
  docs: '',
  check() {
    throw new Error('boom from rule');
  },
};

describe('fault isolation', () => {
  it('a throwing rule is contained: the other rules report, the failure is logged once with its id', () => {
    const { s, logs } = service({ rules: [throwingRule, ...RULES] });
    s.openDocument(URI, 1, TEXT);
    for (let v = 2; v < 5; v++) {
      s.openDocument(URI, v, `${TEXT}${v}`);
      const findings = s.lint(URI);
      assert.ok(findings.some((f) => f.ruleId === 'agent-name-missing'));
      assert.ok(!findings.some((f) => f.ruleId === 'test-throws'));
    }
    assert.equal(s.fixAllText(URI, TEXT).startsWith('---\nname: a\n'), true);
    assert.equal(logs.length, 1, logs.join('\n'));
    assert.match(logs[0]!, /rule test-throws failed on file:\/\/\/ws\/\.claude\/agents\/a\.md: Error: boom from rule/);
  });

  it('a throwing feature answers nothing; the next feature still answers; logged once', () => {
    const broken: LanguageFeature = {
      id: 'test-broken',
      hover: () => {
        throw new Error('boom from hover');
      },
      completion: () => {
        throw new Error('boom from completion');
      },
      documentSymbols: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const working: LanguageFeature = {
      id: 'test-working',
      hover: () => ({ contents: { kind: 'markdown', value: 'ok' } }),
      completion: () => [{ label: 'ok', kind: 'value' }],
    };
    const { s, logs } = service({ features: [broken, working] });
    s.openDocument(URI, 1, TEXT);
    for (let i = 0; i < 3; i++) {
      assert.equal(s.hover(URI, { line: 1, character: 2 })?.contents.value, 'ok');
      assert.deepEqual(
        s.completion(URI, { line: 1, character: 0 }).map((c) => c.label),
        ['ok'],
      );
      assert.deepEqual(s.documentSymbols(URI), []);
    }
    assert.equal(logs.length, 1, logs.join('\n'));
    assert.match(logs[0]!, /feature test-broken failed/);
  });

  it('a throwing indexer is contained: the document still opens, lints and is indexed', () => {
    const bad: Indexer<unknown> = {
      key: 'test-bad',
      kinds: ['agent'],
      extract() {
        throw new Error('boom from indexer');
      },
    };
    const { s, logs } = service({ indexers: [bad, ...INDEXERS] });
    s.indexFile(URI, TEXT);
    assert.ok(s.openDocument(URI, 1, TEXT));
    s.openDocument(URI, 2, `${TEXT}x`);
    assert.ok(s.lint(URI).some((f) => f.ruleId === 'agent-name-missing'));
    assert.ok(s.index.has(URI));
    assert.equal(logs.length, 1, logs.join('\n'));
    assert.match(logs[0]!, /indexer test-bad failed on file:\/\/\/ws\/\.claude\/agents\/a\.md/);
  });
});
