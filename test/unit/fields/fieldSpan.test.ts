import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../../server/src/core';
import { parseDocument } from '../../../server/src/core/document/parse';
import { fieldSpan } from '../../../server/src/core/fields/spans';
import { memoryService } from '../../support/workspace';

/** Applies the fix titled `title` of the first finding of `ruleId`, and returns the new text. */
function applyFix(path: string, text: string, ruleId: string, title: string): string {
  const { service, uri } = memoryService({ [path]: text });
  const finding = service.lint(uri(path)).find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} reports`);
  const fix = finding.fixes?.find((f) => f.title === title);
  assert.ok(fix, `${ruleId} offers "${title}" (has: ${finding.fixes?.map((f) => f.title).join(', ')})`);
  return applyEdits(text, fix.edit.changes?.[uri(path)] ?? []).text;
}

function lintIds(path: string, text: string): string[] {
  const { service, uri } = memoryService({ [path]: text });
  return service.lint(uri(path)).map((f) => `${f.range.start.line}:${f.ruleId}`);
}

/** The text a field's span covers, for one key of a frontmatter. */
function spanText(text: string, key: string, part: 'remove' | 'replace'): string {
  const doc = parseDocument('file:///w/.claude/agents/a.md', 1, text, 'agent');
  const entry = doc.frontmatter!.yaml!.fields.find((f) => f.key === key)!;
  const span = fieldSpan(doc, entry);
  return part === 'remove' ? text.slice(span.start, span.end) : text.slice(span.keyLineStart, span.contentEnd);
}

describe('field spans: which lines a key owns', () => {
  const AGENT = '.claude/agents/a.md';
  const DIRECTIVE = '# agent-docs-disable-next-line agent-model-value';
  const agent = `---\nname: a\ndescription: Reviews code.\ncolor: grey\n${DIRECTIVE}\nmodel: gpt-4\n---\nBody\n`;

  it('control: the directive silences agent-model-value on the next key, and color is reported', () => {
    assert.deepEqual(lintIds(AGENT, agent), ['3:agent-color-value']);
    assert.deepEqual(lintIds(AGENT, agent.replace(`${DIRECTIVE}\n`, '')), ['3:agent-color-value', '4:agent-model-value']);
  });

  it('"Remove `color`" keeps the suppression comment that belongs to the next key', () => {
    const fixed = applyFix(AGENT, agent, 'agent-color-value', 'Remove `color`');
    assert.equal(fixed, `---\nname: a\ndescription: Reviews code.\n${DIRECTIVE}\nmodel: gpt-4\n---\nBody\n`);
    assert.deepEqual(lintIds(AGENT, fixed), []);
  });

  it("removing a key from a command keeps the next key's comment too", () => {
    const path = '.claude/commands/c.md';
    const text = `---\ndescription: Build.\ncolour: red\n# agent-docs-disable-next-line\nmodel: gpt-4\n---\nBody\n`;
    const finding = memoryService({ [path]: text });
    const removal = finding.service
      .lint(finding.uri(path))
      .find((f) => f.ruleId === 'command-unknown-field')
      ?.fixes?.find((f) => f.title.startsWith('Remove'));
    assert.ok(removal);
    const fixed = applyEdits(text, removal.edit.changes?.[finding.uri(path)] ?? []).text;
    assert.equal(fixed, `---\ndescription: Build.\n# agent-docs-disable-next-line\nmodel: gpt-4\n---\nBody\n`);
  });

  it('a key owns the comment lines directly above it and takes them along', () => {
    const text = `---\nname: a\n# shown in the UI\n# agent-docs-disable-next-line agent-color-value\ncolor: grey\nmodel: opus\n---\n`;
    assert.equal(spanText(text, 'color', 'remove'), '# shown in the UI\n# agent-docs-disable-next-line agent-color-value\ncolor: grey\n');
  });

  it('a comment separated from the key by a blank line belongs to neither neighbour', () => {
    const text = `---\nname: a\n# about the model\n\ncolor: grey\nmodel: opus\n---\n`;
    assert.equal(spanText(text, 'color', 'remove'), 'color: grey\n');
    assert.equal(spanText(text, 'name', 'remove'), 'name: a\n');
  });

  it('indented comments and list items belong to the value; trailing blank lines go with the key', () => {
    const text = `---\ntools:\n  - Read\n  # - Write (off for now)\n  - Grep\n\nmodel: opus\n---\n`;
    assert.equal(spanText(text, 'tools', 'remove'), 'tools:\n  - Read\n  # - Write (off for now)\n  - Grep\n\n');
    assert.equal(spanText(text, 'tools', 'replace'), 'tools:\n  - Read\n  # - Write (off for now)\n  - Grep\n');
  });

  it('replacing a key leaves its own comments in place', () => {
    const text = `---\nname: a\n# what it does\ndescription:\nmodel: opus\n---\n`;
    assert.equal(spanText(text, 'description', 'replace'), 'description:\n');
  });

  it('the last key ends at the closing fence; CRLF is kept whole', () => {
    const text = `---\r\nname: a\r\ncolor: grey\r\n---\r\n`;
    assert.equal(spanText(text, 'color', 'remove'), 'color: grey\r\n');
  });

  it('a `---` inside a line ends the last key there: its span never reaches into the fence', () => {
    // Claude Code closes the block at the first `---`, here after the indentation of a line.
    const indented = `---\nname: a\ncolor: grey\n ---\n entry: x\n---\n`;
    assert.equal(spanText(indented, 'color', 'remove'), 'color: grey\n ');
    assert.equal(spanText(indented, 'color', 'replace'), 'color: grey\n');
    const sameLine = `---\nname: a\ncolor: grey ---\nBody\n`;
    assert.equal(spanText(sameLine, 'color', 'remove'), 'color: grey ');
  });

  // From the property test (seed 1717438435): claude-mpm's build-mcp-server/SKILL.md with a `---`
  // inserted after `progressive_disclosure:`; the removal ran past the inline close, over the place
  // where the move inserts `metadata:`.
  for (const [name, text, moved] of [
    [
      'an indented `---` line',
      `---\nname: build\ndescription: Builds.\nprogressive_disclosure:\n ---\n entry_point:\n    summary: a\neffort: high\n---\nBody\n`,
      `---\nname: build\ndescription: Builds.\nmetadata:\n  progressive_disclosure: ""\n---\n entry_point:\n    summary: a\neffort: high\n---\nBody\n`,
    ],
    [
      'a `---` after a value',
      `---\nname: build\ndescription: Builds.\nversion: 1 ---\nBody\n`,
      `---\nname: build\ndescription: Builds.\nmetadata:\n  version: "1"\n---\nBody\n`,
    ],
  ] as const) {
    it(`skill-unknown-field moves a key under metadata without overlapping edits: ${name}`, () => {
      const path = '.claude/skills/build/SKILL.md';
      const { service, uri } = memoryService({ [path]: text });
      const finding = service.lint(uri(path)).find((f) => f.ruleId === 'skill-unknown-field');
      const move = finding?.fixes?.find((f) => f.title.startsWith('Move'));
      assert.ok(move, 'a move is offered');
      const spans = (move.edit.changes?.[uri(path)] ?? [])
        .map((e) => [e.range.start, e.range.end].map((p) => p.line * 1000 + p.character))
        .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
      for (let i = 1; i < spans.length; i++) assert.ok(spans[i]![0]! >= spans[i - 1]![1]!, `edits overlap: ${JSON.stringify(spans)}`);
      assert.equal(applyEdits(text, move.edit.changes?.[uri(path)] ?? []).text, moved);
    });
  }
});
