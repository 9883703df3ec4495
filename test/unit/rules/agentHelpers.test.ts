import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument as parseYaml } from 'yaml';
import { parseDocument } from '../../../server/src/core/document/parse';
import { topLevelBlocks } from '../../../server/src/core/document/topLevelBlocks';
import { nearestColor } from '../../../server/src/core/agents/color';
import { suggestModel } from '../../../server/src/core/rules/agent/agent-model-value';
import { agentScopeOf, pluginOf } from '../../../server/src/core/agents/plugin';
import { classifyTool } from '../../../server/src/core/agents/tools';
import { suggestAgentField } from '../../../server/src/core/fields/suggest';
import { doubleQuote, repairBlock } from '../../../server/src/core/fields/repair';

describe('YAML repairs', () => {
  it('double-quotes text so YAML reads back exactly what was written', () => {
    for (const text of ['[--no-delete] [--no-tag]', '**Bold**: a "quote" and a \\n literal', '@mention `code` \\ end', 'tab\there']) {
      assert.equal(parseYaml(`k: ${doubleQuote(text)}`).toJS().k, text);
    }
  });

  it('turns a description with a column-0 transcript into a block scalar that keeps the text', () => {
    const text = '---\nname: x\ndescription: Use it.\n<example>\nuser: hi\nassistant: hello\n</example>\nmodel: opus\n---\n';
    const doc = parseDocument('file:///a.md', 1, text, 'agent');
    const blocks = topLevelBlocks(doc);
    assert.deepEqual(
      blocks.map((b) => b.key),
      ['name', 'description', 'model'],
    );
    const repair = repairBlock(doc, blocks[1]!)!;
    assert.equal(repair.kind, 'block');
    const fixed = text.slice(0, repair.edit.start) + repair.edit.newText + text.slice(repair.edit.end);
    const yaml = parseYaml(fixed.split('---\n')[1]!);
    assert.equal(yaml.errors.length, 0);
    assert.equal(yaml.toJS().description, 'Use it.\n<example>\nuser: hi\nassistant: hello\n</example>\n');
    assert.equal(yaml.toJS().model, 'opus');
  });

  it('offers nothing for values that are already quoted', () => {
    const doc = parseDocument('file:///a.md', 1, '---\ndescription: "unterminated\n---\n', 'agent');
    assert.equal(repairBlock(doc, topLevelBlocks(doc)[0]!), undefined);
  });
});

describe('value suggestions', () => {
  it('maps colour names and hex values to the nearest supported colour', () => {
    assert.equal(nearestColor('magenta'), 'pink');
    assert.equal(nearestColor('teal'), 'cyan');
    assert.equal(nearestColor('#ff0000'), 'red');
    assert.equal(nearestColor('#3b82f6'), 'blue');
    assert.equal(nearestColor('#808080'), undefined);
    assert.equal(nearestColor('gray'), undefined);
  });

  it('maps model display names to aliases', () => {
    assert.equal(suggestModel('Claude Sonnet 4.5 (copilot)'), 'sonnet');
    assert.equal(suggestModel('Claude Opus 4'), 'opus');
    assert.equal(suggestModel('Haiku'), 'haiku');
    assert.equal(suggestModel('gpt-4.1'), undefined);
  });

  it('suggests documented fields for typos, case slips and other spellings', () => {
    assert.equal(suggestAgentField('descriptoin'), 'description');
    assert.equal(suggestAgentField('Name'), 'name');
    assert.equal(suggestAgentField('max_turns'), 'maxTurns');
    assert.equal(suggestAgentField('allowed-tools'), 'tools');
    assert.equal(suggestAgentField('author'), undefined);
  });
});

describe('tool classification', () => {
  it('tells built-in, alias, MCP, removed, miscased and VS Code names apart', () => {
    assert.equal(classifyTool('Read', 'tools').cls, 'builtin');
    assert.deepEqual(classifyTool('Task', 'tools'), { cls: 'alias', suggestion: 'Agent' });
    assert.equal(classifyTool('mcp__github__create_issue', 'tools').cls, 'mcp');
    assert.equal(classifyTool('mcp__*', 'tools').cls, 'mcpBadPattern');
    assert.equal(classifyTool('mcp__*', 'disallowedTools').cls, 'mcp');
    assert.deepEqual(classifyTool('MultiEdit', 'tools'), { cls: 'removed', suggestion: 'Edit' });
    assert.deepEqual(classifyTool('webfetch', 'tools'), { cls: 'case', suggestion: 'WebFetch' });
    assert.deepEqual(classifyTool('edit/editFiles', 'tools'), { cls: 'vscode', suggestion: 'Edit' });
    assert.equal(classifyTool('github/*', 'tools').cls, 'vscode');
    assert.equal(classifyTool('Frobnicate', 'tools').cls, 'unknown');
  });
});

describe('agent scopes', () => {
  it('puts the .claude/agents tree in one scope, each plugin and collection folder in its own', () => {
    assert.equal(agentScopeOf('file:///w/.claude/agents/a.md'), agentScopeOf('file:///w/.claude/agents/sub/b.md'));
    assert.notEqual(agentScopeOf('file:///w/plugins/a/agents/x.md'), agentScopeOf('file:///w/plugins/b/agents/x.md'));
    assert.equal(pluginOf('file:///w/plugins/kit/agents/x.md'), 'file:///w/plugins/kit');
    assert.notEqual(agentScopeOf('file:///w/agents/data/x.md'), agentScopeOf('file:///w/agents/finance/x.md'));
  });
});
