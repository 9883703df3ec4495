/**
 * Direct tests for the bugs the property-based tests found, so each stays fixed even when the
 * generated inputs stop reaching it (the rules around them keep changing).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex, type Rule } from '../../../server/src/core';
import { FixSelection } from '../../../server/src/core/text/fixSelection';
import { parseYamlFields } from '../../../server/src/core/document/yamlFields';
import { memoryService } from '../../support/workspace';
import { rangeInside } from '../../support/sanity';
import { AgentDocsService, mergeConfig } from '../../../server/src/core';

const AGENT = '.claude/agents/code-reviewer.md';

function fixAll(path: string, text: string): string {
  const { service, uri } = memoryService({ [path]: text });
  return service.fixAllText(uri(path), text);
}

function yamlErrors(text: string): number {
  const { service, uri } = memoryService({ [AGENT]: text });
  return service.lint(uri(AGENT)).filter((f) => f.ruleId === 'yaml-syntax').length;
}

describe('fix safety', () => {
  it('a position between CR and LF is the end of the line', () => {
    const lines = new LineIndex('ab\r\ncd');
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 2 });
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
  });

  it('a finding that covers only a line break is drawn inside the line', () => {
    const text = '---\r\nname: x\r\n---\r\n';
    const cr = text.indexOf('\r', 5);
    const pointsAtBreak: Rule = {
      id: 'test-break',
      description: 'test',
      severity: 'warning',
      kinds: ['agent'],
      fixable: false,
      docs: '',
      check: (ctx) => ctx.report({ start: cr, end: cr + 1, message: 'here' }),
    };
    const uri = `file:///ws/${AGENT}`;
    const service = new AgentDocsService({
      host: { readFile: () => text, log: () => {} },
      config: mergeConfig(),
      roots: ['file:///ws'],
      rules: [pointsAtBreak],
    });
    const [finding] = service.lint(uri);
    assert.ok(finding && rangeInside(text, finding.range), JSON.stringify(finding?.range));
    assert.deepEqual(finding.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 7 } });
  });

  it('a block scalar value ends at its last character, not at the next line', () => {
    const content = 'name: >-\n  folded\n  more\n\ndescription: x\n';
    const [name] = parseYamlFields(content, 0).fields;
    assert.equal(content.slice(name!.valueStart, name!.valueEnd), '>-\n  folded\n  more');
  });

  it('adding `name` keeps the mapping indentation; a flow mapping gets no automatic name', () => {
    assert.equal(fixAll(AGENT, '---\n  description: Reviews code\n---\n'), '---\n  name: code-reviewer\n  description: Reviews code\n---\n');
    assert.equal(yamlErrors(fixAll(AGENT, '---\n  description: Reviews code\n---\n')), 0);
    assert.equal(fixAll(AGENT, '---\n{description: Reviews code}\n---\n'), '---\n{description: Reviews code}\n---\n');
  });

  it('fix-all closes an unclosed fence only around YAML that parses', () => {
    assert.equal(fixAll(AGENT, '---\nname: a\n  name: \n'), '---\nname: a\n  name: \n');
    assert.equal(fixAll(AGENT, '---\nname: a\ndescription: d\n\nBody\n'), '---\nname: a\ndescription: d\n---\n\nBody\n');
    // At the very end of the text, YAML accepts a quoted value cut after `\"`; with the added line break it does not.
    const cut = '---\nname: a\ndescription: "Use it. \\"';
    assert.equal(fixAll(AGENT, cut), cut);
  });

  it('fix-all does not move frontmatter to line 1, or drop `yaml` from the fence, when its YAML does not parse', () => {
    assert.equal(fixAll(AGENT, '\n---\nname: a\n  name: \n---\n'), '\n---\nname: a\n  name: \n---\n');
    assert.equal(fixAll(AGENT, '---yaml\nname: a\n  name: \n---\n'), '---yaml\nname: a\n  name: \n---\n');
    assert.equal(fixAll(AGENT, '---yaml\nname: a\ndescription: d\n'), '---yaml\nname: a\ndescription: d\n');
  });

  it('fix-all never renames a field into tools (an ignored allowed-tools means all tools)', () => {
    const text = '---\nname: a\ndescription: d\nallowed-tools: Read\n---\n';
    assert.equal(fixAll(AGENT, text), text);
  });

  it('fix-all names a plugin agent only with the name it already loads under (its file name)', () => {
    const plugin = 'plugins/kit/agents/helper.md';
    assert.equal(fixAll(plugin, '---\n---\n'), '---\nname: helper\n---\n');
    assert.equal(fixAll(plugin, '---\nName: \n---\n'), '---\nname: helper\n---\n');
    assert.equal(fixAll(plugin, '---\ndescription: Helps\n---\n'), '---\nname: helper\ndescription: Helps\n---\n');
    const odd = 'plugins/kit/agents/Odd_Name.md';
    assert.equal(fixAll(odd, '---\ndescription: Helps\n---\n'), '---\nname: Odd_Name\ndescription: Helps\n---\n');
  });

  it('fix-all applies a repair offered by two findings once', () => {
    const fixed = fixAll(AGENT, '---\n skills: [unclosed\n name: \n  name: "unterminated\n---');
    assert.ok(!fixed.includes(']]'), fixed);
  });

  it('agent-name-invalid says nothing while the YAML is broken (its value ranges are not reliable)', () => {
    // With CRLF line endings Claude Code's fallback quoting does not apply: the YAML stays broken.
    const { service, uri } = memoryService({ [AGENT]: '---\r\nname: [a\r\ndescription: d\r\n---\r\n' });
    assert.deepEqual(
      service
        .lint(uri(AGENT))
        .map((f) => f.ruleId)
        .filter((id) => id.startsWith('agent-')),
      [],
    );
  });

  it("field rules read what Claude Code's fallback quoting recovers, with ranges on the text as written", () => {
    const text = '---\nname: [a\ndescription: d\n---\n';
    const { service, uri } = memoryService({ [AGENT]: text });
    const format = service.lint(uri(AGENT)).find((f) => f.ruleId === 'agent-name-format');
    assert.ok(format, 'the name is read as the text `[a`');
    assert.equal(format.range.start.line, 1);
    assert.equal(format.range.start.character, 'name: '.length);
    assert.equal(format.range.end.character, 'name: [a'.length);
  });

  it('a fix-all pass takes a multi-edit fix whole or not at all', () => {
    const lines = new LineIndex('abcdef');
    const selection = new FixSelection(lines);
    const edit = (s: number, e: number, t: string) => ({ range: lines.range(s, e), newText: t });
    assert.equal(selection.offer([edit(1, 2, 'X')]), true);
    assert.equal(selection.offer([edit(1, 2, 'X')]), false, 'a duplicate');
    assert.equal(selection.offer([edit(4, 5, 'Y'), edit(1, 3, 'Z')]), false, 'overlaps: wait for the next pass');
    assert.equal(selection.offer([edit(2, 2, '+'), edit(5, 6, 'W')]), true, 'touching is fine');
    assert.equal(selection.offer([edit(2, 2, '-')]), false, 'two insertions at one place');
    assert.deepEqual(
      selection.edits.map((e) => e.newText),
      ['X', '+', 'W'],
    );
  });
});
