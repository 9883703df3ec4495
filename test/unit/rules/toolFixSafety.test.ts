/**
 * Fixes that never hurt, for tool names: fix-all (what `lint --fix` applies) never swaps a tool for
 * one that grants a different capability, such as `KillShell` (stopped background shells) for
 * `TaskStop` (stops any background task, agents included). Such a rename is offered only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REMOVED_TOOLS, TOOL_ALIASES, TOOL_ALIASES_RENAMED_ONLY } from '../../../server/src/core/spec/claudeCode';
import { memoryService } from '../../support/workspace';

const agent = (tools: string) => `---\nname: worker\ndescription: Test agent\ntools: ${tools}\n---\n\nBody.\n`;

function fixAll(tools: string): { fixed: string; offered: string[] } {
  const { service, uri } = memoryService({ '.claude/agents/worker.md': agent(tools) });
  const u = uri('.claude/agents/worker.md');
  const offered = service.lint(u).flatMap((f) => (f.fixes ?? []).map((x) => x.title));
  return { fixed: service.fixAllText(u, agent(tools)), offered };
}

describe('tool fixes that never hurt', () => {
  it('KillShell is not replaced by TaskStop on fix-all, only offered', () => {
    const { fixed, offered } = fixAll('Bash, KillShell');
    assert.equal(fixed, agent('Bash, KillShell'));
    assert.ok(offered.includes('Change to `TaskStop`'), offered.join(' | '));
  });

  it('no alias to a different tool and no successor granting something else is applied by fix-all', () => {
    const differentAliases = Object.keys(TOOL_ALIASES).filter((a) => !TOOL_ALIASES_RENAMED_ONLY.includes(a));
    const differentSuccessors = Object.entries(REMOVED_TOOLS)
      .filter(([, t]) => t.replacement && !t.sameCapability)
      .map(([n]) => n);
    assert.ok(differentAliases.includes('KillShell') && differentSuccessors.includes('TaskOutput'));
    for (const name of [...differentAliases, ...differentSuccessors]) {
      // Next to a tool that is neither the old name's target nor its successor.
      const { fixed } = fixAll(`WebSearch, ${name}`);
      assert.equal(fixed, agent(`WebSearch, ${name}`), name);
    }
  });

  it('a pure rename and a redundant removed entry are still applied', () => {
    assert.equal(fixAll('Read, Task(worker)').fixed, agent('Read, Agent(worker)'));
    assert.equal(fixAll('Read, Edit, MultiEdit').fixed, agent('Read, Edit'));
    assert.equal(fixAll('Read, MultiEdit').fixed, agent('Read, Edit'));
    assert.equal(fixAll('Read, TaskOutput').fixed, agent('Read'));
  });
});
