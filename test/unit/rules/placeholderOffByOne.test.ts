import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../../server/src/core';
import { memoryService } from '../../support/workspace';

const command = (body: string) => `---\ndescription: Test command\n---\n\n${body}\n`;

function renumbered(body: string): string | undefined {
  const path = '.claude/commands/test.md';
  const { service, uri } = memoryService({ [path]: command(body) });
  const f = service.lint(uri(path)).find((x) => x.ruleId === 'argument-placeholder-off-by-one');
  if (!f) return undefined;
  assert.ok(f.fixes?.[0] && !f.fixes[0].isPreferred, 'offered, never applied by fix-all');
  return applyEdits(command(body), f.fixes![0]!.edit.changes[uri(path)]!).text;
}

describe('argument-placeholder-off-by-one', () => {
  it('renumbers $N and $ARGUMENTS[N] outside code from $0, and leaves code and escapes alone', () => {
    assert.equal(
      renumbered('Migrate $1 from $2 to $ARGUMENTS[3] (\\$1 is a dollar).\n\n```bash\necho "$1"\n```'),
      command('Migrate $0 from $1 to $ARGUMENTS[2] (\\$1 is a dollar).\n\n```bash\necho "$1"\n```'),
    );
  });

  it('stays quiet once anything takes the first argument, or when $1 is a word or money', () => {
    assert.equal(renumbered('Use $0 and $1.'), undefined);
    assert.equal(renumbered('Use $ARGUMENTS[0] and $1.'), undefined);
    assert.equal(renumbered('Costs $1.50, or $1,000 a year.'), undefined);
    assert.equal(renumbered('Ask for $1abc.'), undefined);
  });
});
