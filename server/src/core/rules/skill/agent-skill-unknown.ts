import { field } from '../../document/parse';
import { closest } from '../../text/similarity';
import { SKILLS_INDEXER, skillsByName } from '../../workspace/indexers/skills';
import type { Rule } from '../types';
import { hasCleanFrontmatter } from '../../fields/health';
import { listEntries } from '../../fields/lists';

export const agentSkillUnknown: Rule = {
  id: 'agent-skill-unknown',
  description: 'An agent preloads a skill (`skills:`) that no SKILL.md in the workspace provides.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  dependsOn: [SKILLS_INDEXER],
  docs: `An agent's \`skills:\` list names skills whose full content is loaded into the subagent at
startup. An entry that matches no skill folder or skill \`name\` in the workspace loads nothing.
Plugin-scoped entries (\`plugin:skill\`) are not checked, and the rule stays silent in a workspace
with no SKILL.md at all, where the skills are presumably personal (\`~/.claude/skills\`). A close
match is offered as a fix.`,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const f = field(ctx.doc, 'skills');
    if (!f?.value) return;
    const known = skillsByName(ctx.workspace);
    if (known.size === 0) return;
    for (const entry of listEntries(ctx.doc, f)) {
      const name = entry.text.replace(/^["']|["']$/g, '');
      if (name.includes(':') || known.has(name)) continue;
      const suggestion = closest(name, known.keys());
      ctx.report({
        start: entry.start,
        end: entry.end,
        message: `No skill named \`${name}\` in this workspace: the agent preloads nothing for it (a personal skill in ~/.claude/skills is not visible here).${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        ...(suggestion ? { fixes: [ctx.fix(`Change to \`${suggestion}\``, [{ start: entry.start, end: entry.end, newText: suggestion }])] } : {}),
      });
    }
  },
};
