import { referencesIndexer } from '../../workspace/indexers/references';
import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { skillNames } from '../../names/skills';
import { documentNames } from '../../references/names';
import { resolveName } from '../../references/resolveNames';
import { SKILLS_INDEXER } from '../../workspace/indexers/skills';
import { ownFact } from '../../workspace/ownFact';
import type { Rule } from '../types';

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
  dependsOn: [SKILLS_INDEXER, WORKSPACE_PLUGINS_KEY],
  ownFacts: [referencesIndexer.key],
  appliesTo: (own) => own(referencesIndexer)?.names.some((n) => n.form === 'skills-field') ?? false,
  docs: `An agent's \`skills:\` list names skills whose full content is loaded into the subagent at
startup. An entry that matches no skill of the workspace (its folder, its \`name\`, or
\`plugin:name\` for a skill of a plugin in the workspace) loads nothing. Entries scoped to a plugin
that is not in the workspace are not checked, and the rule stays silent in a workspace with no
SKILL.md at all, where the skills are presumably personal (\`~/.claude/skills\`). A close match is
offered as a fix. Skills of the configured \`skillFolders\` count; in a claude-mpm project so do its
flat skills (\`skills/bundled/<name>.md\`, by file name or \`skill_id\`) and the names it deploys
nested skills under (\`universal/testing/tdd\` as \`universal-testing-tdd\`; an entry written with
slashes is read with dashes, as claude-mpm does). There, an entry that extends a skill's name by
whole words (\`bug-fix-verification\` for \`bug-fix\`, \`anthropic-sdk\` for \`anthropic\`: the
names claude-mpm-skills shortened in June 2026) also gets that skill as its suggestion.

\`\`\`yaml
# .claude/agents/engineer.md, with .claude/skills/git-workflow/SKILL.md in the workspace
skills:
  - git-workflow
  - git-workflw   # no such skill: did you mean git-workflow?
\`\`\``,
  check(ctx) {
    // Decided on the document's own facts: one without a `skills` list (most) builds no model here.
    const own = ownFact(ctx.workspace, ctx.doc, referencesIndexer);
    if (!own?.names.some((n) => n.form === 'skills-field')) return;
    const mpm = ctx.doc.framework === 'claude-mpm';
    for (const ref of documentNames(ctx.doc)) {
      if (ref.form !== 'skills-field') continue;
      // claude-mpm reads `a/b/c` as its deployment name `a-b-c`.
      const name = mpm ? ref.name.replace(/\//g, '-') : ref.name;
      const r = resolveName(ctx.workspace, ctx.files, ctx.doc.uri, { kind: 'skill', name });
      if (r.status !== 'missing') continue;
      const suggestion = r.suggestion ?? (mpm ? shortenedName(name, skillNames(ctx.workspace, ctx.files).byId.keys()) : undefined);
      ctx.report({
        start: ref.start,
        end: ref.end,
        message: mpm
          ? `No skill named \`${ref.name}\` in this project or its skill folders: claude-mpm deploys nothing for it and the agent preloads nothing.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`
          : `No skill named \`${name}\` in this workspace: the agent preloads nothing for it (a personal skill in ~/.claude/skills is not visible here).${r.suggestion ? ` Did you mean \`${r.suggestion}\`?` : ''}`,
        ...(suggestion ? { fixes: [ctx.fix(`Change to \`${suggestion}\``, [{ start: ref.start, end: ref.end, newText: suggestion }])] } : {}),
      });
    }
  },
};

/**
 * The longest skill name that `name` extends by whole `-` words (`bug-fix` for
 * `bug-fix-verification`): claude-mpm-skills dropped such suffixes when it made each skill's name its
 * folder's, and agents kept the old names. Names under four letters are too common to suggest.
 */
function shortenedName(name: string, skills: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const skill of skills) {
    if (skill.length >= 4 && name.startsWith(`${skill}-`) && skill.length > (best?.length ?? 0)) best = skill;
  }
  return best;
}
