import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TOOLS } from '../../../server/src/core/spec/claudeCode';
import { textAt, withCursor } from '../../support/cursor';
import { memoryService } from '../../support/workspace';

const AGENT = '.claude/agents/reviewer.md';

/** The hover at the cursor, with the text its range covers. */
function hover(marked: string, path = AGENT): { value: string; covers: string } | undefined {
  const { text, position } = withCursor(marked);
  const { service, uri } = memoryService({ [path]: text });
  const h = service.hover(uri(path), position);
  if (!h) return undefined;
  assert.ok(h.range, 'a frontmatter hover has a range');
  return { value: h.contents.value, covers: textAt(service, uri(path), h.range) };
}

describe('frontmatter hover: keys', () => {
  it('documents a key, its values and whether it is required', () => {
    const h = hover('---\nname: a\nmo‸del: opus\n---\n')!;
    assert.equal(h.covers, 'model');
    assert.match(h.value, /Model to use/);
    assert.match(h.value, /Values: `sonnet`, `opus`, `haiku`, `fable`, `best`, `opusplan`, `default`, `inherit`, or a full model ID\./);
    assert.match(hover('---\nna‸me: a\n---\n')!.value, /\(required\)/);
    assert.match(hover('---\nbackground‸: true\n---\n')!.value, /Values: `true`, `false`/);
  });

  it('says what Claude Code does with a key it does not read, with the field it may mean', () => {
    const h = hover('---\ncolo‸ur: blue\n---\n')!;
    assert.equal(h.covers, 'colour');
    assert.equal(h.value, '`colour`: not a field Claude Code reads for agents; it is ignored. Did you mean `color`?');
    // In a skill, beside what VS Code's own skill check says about the fields VS Code reads.
    const skill = hover('---\nname: pdf\nvers‸ion: 1.0\n---\n', '.claude/skills/pdf/SKILL.md')!;
    assert.match(skill.value, /^`version`: not a field Claude Code reads for skills; it is ignored\..*Keep your own data under `metadata`\.$/);
  });

  it('answers nothing in the body and in non-agent documents', () => {
    assert.equal(hover('---\nname: a\n---\nmo‸del: opus\n'), undefined);
    assert.equal(hover('---\nmo‸del: opus\n---\n', 'notes/readme.md'), undefined);
  });
});

describe('frontmatter hover: values', () => {
  it('explains enum values', () => {
    const plan = hover('---\npermissionMode: pl‸an\n---\n')!;
    assert.equal(plan.covers, 'plan');
    assert.match(plan.value, /read-only/);
    assert.match(hover('---\nmemory: "proj‸ect"  # shared\n---\n')!.value, /agent-memory\//);
    assert.equal(hover('---\nmemory: "proj‸ect"  # shared\n---\n')!.covers, 'project');
    assert.match(hover('---\nbackground: tr‸ue\n---\n')!.value, /background/);
    assert.match(hover('---\nmodel: inh‸erit\n---\n')!.value, /main conversation/);
  });

  it('recognises a full model ID and ignores values it does not know', () => {
    assert.match(hover('---\nmodel: claude-opus-‸5\n---\n')!.value, /full model ID/);
    assert.equal(hover('---\nmodel: Claude Son‸net 4.5\n---\n'), undefined);
    assert.equal(hover('---\ncolor: magen‸ta\n---\n'), undefined);
  });
});

describe('frontmatter hover: tools', () => {
  it('describes a tool in a comma string, covering its name without the specifier', () => {
    const h = hover('---\ntools: Read, Ba‸sh(git add:*, git commit:*), Grep\n---\n')!;
    assert.equal(h.covers, 'Bash');
    assert.ok(h.value.includes(TOOLS['Bash']!));
    assert.equal(hover('---\ntools: Read, Bash(git add:*, git commit:*), Gr‸ep\n---\n')!.covers, 'Grep');
    assert.equal(hover('---\ntools: Read, Bash(git add:*, git com‸mit:*), Grep\n---\n')!.covers, 'Bash(git add:*, git commit:*)');
  });

  it('describes YAML list items, aliases, removed tools and MCP tools', () => {
    assert.equal(hover('---\ntools:\n  - Read\n  - Wri‸te\n---\n')!.covers, 'Write');
    assert.match(hover('---\ntools: Ta‸sk\n---\n')!.value, /old name Claude Code reads as `Agent`/);
    assert.match(hover('---\ntools: Send‸Feedback\n---\n')!.value, /undocumented/);
    assert.match(hover('---\ndisallowedTools: MultiE‸dit\n---\n')!.value, /no longer a Claude Code tool; listing it grants nothing\. `Edit` does this job now/);
    assert.match(hover('---\ntools: mcp__github__create‸_issue\n---\n')!.value, /tool `create_issue` of the MCP server `github`/);
    assert.match(hover('---\ntools: mcp__git‸hub\n---\n')!.value, /every tool of the MCP server `github`/);
  });

  it('warns that a stripped tool never reaches a subagent', () => {
    assert.match(hover('---\ntools: AskUser‸Question\n---\n')!.value, /removes this tool from every subagent/);
  });

  it('answers nothing for names it does not know', () => {
    assert.equal(hover('---\ntools: edit/edit‸Files\n---\n'), undefined);
  });
});
