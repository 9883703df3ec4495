import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flowRoot, sameFlow } from '../../../server/src/core/returnCodes/scope';
import { memoryService } from '../../support/workspace';

const agent = (name: string, codes: string[]) =>
  `---\nname: ${name}\n---\n\n**RETURN CODES:**\n${codes.map((c) => `- \`${c}\` - ${c.toLowerCase()}`).join('\n')}\n`;
const orchestrator = (name: string, codes: string[]) =>
  `# Flow\n\n## Return Codes:\n\n### ${name}:\n${codes.map((c) => `- \`${c}\` - ${c.toLowerCase()}`).join('\n')}\n`;

describe('return-code flows', () => {
  it('derives a flow root from the .claude, agents or commands folder', () => {
    assert.equal(flowRoot('file:///ws/.claude/agents/team/a.md'), 'file:///ws');
    assert.equal(flowRoot('file:///ws/plugins/p/agents/a.md'), 'file:///ws/plugins/p');
    assert.equal(flowRoot('file:///ws/plugins/p/commands/c.md'), 'file:///ws/plugins/p');
    assert.equal(flowRoot('file:///ws/plugins/p/README.md'), 'file:///ws/plugins/p');
    assert.ok(sameFlow('file:///ws', 'file:///ws/plugins/p') && !sameFlow('file:///ws/plugins/p', 'file:///ws/plugins/q'));
    assert.ok(!sameFlow('file:///ws/plugins/p', 'file:///ws/plugins/p2'));
  });

  it('keeps sibling flows apart: an orchestrator routes only its own agents', () => {
    const { service, uri } = memoryService({
      'plugins/a/agents/developer.md': agent('developer', ['SUCCESS_A', 'FAILURE_A']),
      'plugins/a/commands/flow.md': orchestrator('developer', ['SUCCESS_A', 'FAILURE_A']),
      'plugins/b/agents/developer.md': agent('developer', ['SUCCESS_B']),
      'plugins/b/commands/flow.md': orchestrator('developer', ['SUCCESS_B']),
      'plugins/c/README.md': 'Return `SUCCESS_A` here is just text: plugin c declares no codes.\n',
      'README.md': 'Both flows: return `SUCCESS_A` or `SUCCESS_B`, never `SUCCESS_C`.\n',
    });
    const lint = (p: string) =>
      service
        .lint(uri(p))
        .filter((f) => f.ruleId.startsWith('return-code'))
        .map((f) => f.message);
    for (const p of [
      'plugins/a/agents/developer.md',
      'plugins/a/commands/flow.md',
      'plugins/b/agents/developer.md',
      'plugins/b/commands/flow.md',
      'plugins/c/README.md',
    ]) {
      assert.deepEqual(lint(p), [], p);
    }
    assert.deepEqual(lint('README.md'), ['No agent declares the return code `SUCCESS_C`. Did you mean `SUCCESS_A`?']);
    const refs = service.references(uri('plugins/b/agents/developer.md'), { line: 5, character: 4 }, true);
    assert.deepEqual(refs.map((r) => r.uri.replace('file:///ws/', '')).sort(), ['README.md', 'plugins/b/agents/developer.md', 'plugins/b/commands/flow.md']);
  });
});
