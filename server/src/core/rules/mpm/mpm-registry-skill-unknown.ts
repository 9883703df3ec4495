import { replaceName, skillsRegistry } from '../../mpm/registry';
import { closest } from '../../text/similarity';
import { SKILLS_INDEXER, skillsByName } from '../../workspace/indexers/skills';
import type { Rule } from '../types';

export const mpmRegistrySkillUnknown: Rule = {
  id: 'mpm-registry-skill-unknown',
  description: "claude-mpm's skills registry gives an agent a skill that no skill of the project provides.",
  severity: 'warning',
  kinds: ['mpm-skills-registry'],
  fixable: true,
  consequence: {
    text: 'A registry skill with nothing behind it deploys nothing, and Claude Code preloads nothing for it.',
    evidence: ['claude-mpm v4.21.0 (its template schema, agent builder and skill services; corpus: bobmatnyc__claude-mpm__v4.21.0)'],
  },
  dependsOn: [SKILLS_INDEXER],
  docs: `claude-mpm's skills registry (\`config/skills_registry.yaml\`) lists, under \`agent_skills\`, the
\`required\` and \`optional\` skills of each agent (what \`claude-mpm skills list --agent <id>\` shows,
and what its skills injector writes into the deployed agent's \`skills:\`). A name that no skill of
the project (or of the \`skillFolders\`) answers to, in either form (folder skill or flat
\`skills/bundled/<name>.md\`), has nothing behind it: nothing is deployed for it and Claude Code
preloads nothing. A close match is offered as a fix.

\`\`\`yaml
agent_skills:
  qa:
    required:
      - test-driven-development   # fine: a flat skill of that name exists
      - verification              # reported: no skill has this name
\`\`\`

\`skills_metadata\` entries describe skills of other repositories and are not checked. Silent in a workspace without any skill.`,
  check(ctx) {
    const known = skillsByName(ctx.workspace);
    if (known.size === 0) return;
    for (const agent of skillsRegistry(ctx.doc).agents) {
      for (const skill of agent.skills) {
        if (known.has(skill.name)) continue;
        const suggestion = closest(skill.name, known.keys());
        ctx.report({
          start: skill.start,
          end: skill.end,
          message: `No skill named \`${skill.name}\` in this project: the registry gives it to \`${agent.name}\` (${skill.list}), but there is nothing to deploy for it.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
          ...(suggestion ? { fixes: [ctx.fix(`Change to \`${suggestion}\``, [replaceName(ctx.doc.text, skill, suggestion)])] } : {}),
        });
      }
    }
  },
};
