import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryService } from '../../support/workspace';

const AGENT = '.claude/agents/a.md';
// `@` may not start a plain YAML value: yaml-syntax reports it on line 3 (zero-based 2). The texts
// have CRLF line endings, where Claude Code's fallback quoting does not apply, so each such value
// stays an error on its own line.
const BAD_VALUE = 'description: @mention starts a value';

function lint(text: string): string[] {
  const { service, uri } = memoryService({ [AGENT]: text.replace(/\n/g, '\r\n') });
  return service.lint(uri(AGENT)).map((f) => `${f.range.start.line}:${f.ruleId}`);
}

describe('suppression comments', () => {
  it('reports the findings the suppression tests silence (control)', () => {
    assert.deepEqual(lint(`---\nname: a\n${BAD_VALUE}\n---\nBody\n`), ['2:yaml-syntax']);
    assert.deepEqual(lint('---\ndescription: no name\n---\nBody\n'), ['0:agent-name-missing']);
  });

  it('a YAML comment silences the named rule on the next line only', () => {
    const text = `---\nname: a\n# agent-docs-disable-next-line yaml-syntax\n${BAD_VALUE}\nother: @again\n---\n`;
    assert.deepEqual(lint(text), ['4:yaml-syntax']);
  });

  it('a comment naming other rules silences nothing', () => {
    const text = `---\nname: a\n# agent-docs-disable-next-line agent-name-missing, unknown-field\n${BAD_VALUE}\n---\n`;
    assert.deepEqual(lint(text), ['3:yaml-syntax']);
  });

  it('a comment without rule ids silences every rule on that line', () => {
    assert.deepEqual(lint(`---\nname: a\n# agent-docs-disable-next-line\n${BAD_VALUE}\n---\n`), []);
  });

  it('disable-line silences findings on its own line', () => {
    assert.deepEqual(lint(`---\nname: a\n${BAD_VALUE} # agent-docs-disable-line yaml-syntax\n---\n`), []);
  });

  it('a directive shown in a code block or written as a heading in the body silences nothing', () => {
    const fenced = '---\ndescription: no name\n---\n```markdown\n<!-- agent-docs-disable-file agent-name-missing -->\n```\n';
    assert.deepEqual(lint(fenced), ['0:agent-name-missing']);
    const inline = '---\ndescription: no name\n---\nWrite `<!-- agent-docs-disable-file agent-name-missing -->` to silence it.\n';
    assert.deepEqual(lint(inline), ['0:agent-name-missing']);
    assert.deepEqual(lint('---\ndescription: no name\n---\n# agent-docs-disable-file agent-name-missing\n'), ['0:agent-name-missing']);
  });

  it('an HTML comment in the body silences a rule for the whole file', () => {
    assert.deepEqual(lint('---\ndescription: no name\n---\n<!-- agent-docs-disable-file agent-name-missing -->\nBody\n'), []);
    const both = `---\n${BAD_VALUE}\n---\n<!-- agent-docs-disable-file yaml-syntax,agent-name-missing -->\n`;
    assert.deepEqual(lint(both), []);
    const other = '---\ndescription: no name\n---\n<!-- agent-docs-disable-file yaml-syntax -->\n';
    assert.deepEqual(lint(other), ['0:agent-name-missing']);
  });

  it('is not fooled by a near-miss spelling', () => {
    assert.deepEqual(lint('---\ndescription: no name\n---\n<!-- agent-docs-disable-files agent-name-missing -->\n'), ['0:agent-name-missing']);
  });
});
