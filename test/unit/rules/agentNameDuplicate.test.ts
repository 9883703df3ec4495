import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryService } from '../../support/workspace';

const agent = (name: string) => `---\nname: ${name}\ndescription: Test\n---\n\nBody.\n`;

describe('agent-name-duplicate', () => {
  it('links each duplicate to the other files, and clears when one is renamed', () => {
    const { service, uri } = memoryService({
      '.claude/agents/a.md': agent('reviewer'),
      '.claude/agents/nested/b.md': agent('reviewer'),
      'plugins/kit/agents/c.md': agent('reviewer'),
    });
    const a = uri('.claude/agents/a.md');
    const b = uri('.claude/agents/nested/b.md');
    const dup = service.lint(a).filter((f) => f.ruleId === 'agent-name-duplicate');
    assert.equal(dup.length, 1);
    assert.deepEqual(
      dup[0]!.related?.map((r) => r.location.uri),
      [b],
    );
    assert.deepEqual(dup[0]!.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 14 } });
    assert.equal(service.lint(uri('plugins/kit/agents/c.md')).filter((f) => f.ruleId === 'agent-name-duplicate').length, 0, 'plugins are their own scope');
    assert.ok(service.rulesAffectedBy(['agent.name']).some((r) => r.id === 'agent-name-duplicate'));
    service.openDocument(b, 1, agent('other-reviewer'));
    assert.equal(service.lint(a).filter((f) => f.ruleId === 'agent-name-duplicate').length, 0);
  });
});
