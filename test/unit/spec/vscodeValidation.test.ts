import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportedByVsCode } from '../../../server/src/core/spec/vscodeValidation';
import { memoryService } from '../../support/workspace';

/** Rule ids of the findings VS Code 1.139's own validation also reports, and of the others. */
function split(path: string, text: string): { both: string[]; ours: string[] } {
  const { service, uri } = memoryService({ [path]: text });
  const doc = service.document(uri(path))!;
  const both: string[] = [];
  const ours: string[] = [];
  for (const f of service.lint(uri(path))) (reportedByVsCode(doc, f) ? both : ours).push(f.ruleId);
  return { both: both.sort(), ours: ours.sort() };
}

describe('what VS Code’s own validation also reports', () => {
  it('agents in .claude/agents: an unknown model, permissionMode or memory value that VS Code does not know either', () => {
    const agent = '---\nname: a\ndescription: An agent\nmodel: gpt-4\npermissionMode: whatever\nmemory: team\ncolor: magenta\n---\nBody\n';
    assert.deepEqual(split('.claude/agents/a.md', agent), { both: ['agent-enum-value', 'agent-enum-value', 'agent-model-value'], ours: ['agent-color-value'] });
    // VS Code checks Claude's fields only on agents directly in .claude/agents.
    assert.deepEqual(split('.claude/agents/team/a.md', agent).both, []);
  });

  it('skills: a name with other characters (VS Code: error) and a name that is not its folder’s (VS Code: warning)', () => {
    assert.deepEqual(split('.claude/skills/Bad_Skill/SKILL.md', '---\nname: Bad_Skill\ndescription: x\n---\n').both, ['skill-name-format']);
    assert.deepEqual(split('.claude/skills/pdf-tools/SKILL.md', '---\nname: pdf-toolz\ndescription: x\n---\n').both, ['skill-name-folder-mismatch']);
    // A double hyphen breaks our rule (the portable specification) but not VS Code's pattern.
    const doubled = split('.claude/skills/a--b/SKILL.md', '---\nname: a--b\ndescription: x\n---\n');
    assert.deepEqual(doubled.both, []);
  });
});
