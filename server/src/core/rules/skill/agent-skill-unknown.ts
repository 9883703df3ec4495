import { field } from '../../document/parse';
import { didYouMean } from '../../text/similarity';
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
  consequence: {
    text: 'A `skills:` entry that matches no skill preloads nothing: the subagent starts without it.',
    evidence: ['Claude Code docs: sub-agents.md ("skills … loaded into the subagent\'s context at startup")'],
  },
  dependsOn: [SKILLS_INDEXER],
  docs: `An agent's \`skills:\` list names skills whose full content is loaded into the subagent at
startup. An entry that matches no skill folder or skill \`name\` in the workspace loads nothing.
Plugin-scoped entries (\`plugin:skill\`) are not checked, and the rule stays silent in a workspace
with no SKILL.md at all, where the skills are presumably personal (\`~/.claude/skills\`). A close
match is offered as a fix. Skills of the configured \`skillFolders\` count; in a claude-mpm project so
do its flat skills (\`skills/bundled/<name>.md\`, by file name or \`skill_id\`) and the names it
deploys nested skills under (\`universal/testing/tdd\` as \`universal-testing-tdd\`; an entry written
with slashes is read with dashes, as claude-mpm does).

\`\`\`yaml
# .claude/agents/engineer.md, with .claude/skills/git-workflow/SKILL.md in the workspace
skills:
  - git-workflow
  - git-workflw   # no such skill: did you mean git-workflow?
\`\`\``,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const f = field(ctx.doc, 'skills');
    if (!f?.value) return;
    const known = skillsByName(ctx.workspace);
    if (known.size === 0) return;
    const mpm = ctx.doc.framework === 'claude-mpm';
    for (const entry of listEntries(ctx.doc, f)) {
      const written = entry.text.replace(/^["']|["']$/g, '');
      // claude-mpm reads `a/b/c` as its deployment name `a-b-c`.
      const name = mpm ? written.replace(/\//g, '-') : written;
      if (name.includes(':') || known.has(name)) continue;
      const suggestion = didYouMean(name, known.keys());
      ctx.report({
        start: entry.start,
        end: entry.end,
        message: mpm
          ? `No skill named \`${written}\` in this project or its skill folders: claude-mpm deploys nothing for it and the agent preloads nothing.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`
          : `No skill named \`${name}\` in this workspace: the agent preloads nothing for it (a personal skill in ~/.claude/skills is not visible here).${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        ...(suggestion ? { fixes: [ctx.fix(`Change to \`${suggestion}\``, [{ start: entry.start, end: entry.end, newText: suggestion }])] } : {}),
      });
    }
  },
};
