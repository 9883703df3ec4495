import { documentNames } from '../../references/names';
import { resolveName } from '../../references/resolveNames';
import { SKILLS_INDEXER } from '../../workspace/indexers/skills';
import type { Rule } from '../types';

export const agentSkillUnknown: Rule = {
  id: 'agent-skill-unknown',
  description: 'An agent preloads a skill (`skills:`) that no SKILL.md in the workspace provides.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  dependsOn: [SKILLS_INDEXER],
  docs: `An agent's \`skills:\` list names skills whose full content is loaded into the subagent at
startup. An entry that matches no skill of the workspace (its folder, its \`name\`, or
\`plugin:name\` for a skill of a plugin in the workspace) loads nothing. Entries scoped to a plugin
that is not in the workspace are not checked, and the rule stays silent in a workspace with no
SKILL.md at all, where the skills are presumably personal (\`~/.claude/skills\`). A close match is
offered as a fix.

\`\`\`yaml
skills: [api-desgin]   # reported: did you mean api-design?
\`\`\``,
  check(ctx) {
    for (const ref of documentNames(ctx.doc)) {
      if (ref.form !== 'skills-field') continue;
      const r = resolveName(ctx.workspace, ctx.files, ctx.doc.uri, ref);
      if (r.status !== 'missing') continue;
      ctx.report({
        start: ref.start,
        end: ref.end,
        message: `No skill named \`${ref.name}\` in this workspace: the agent preloads nothing for it (a personal skill in ~/.claude/skills is not visible here).${r.suggestion ? ` Did you mean \`${r.suggestion}\`?` : ''}`,
        ...(r.suggestion ? { fixes: [ctx.fix(`Change to \`${r.suggestion}\``, [{ start: ref.start, end: ref.end, newText: r.suggestion }])] } : {}),
      });
    }
  },
};
