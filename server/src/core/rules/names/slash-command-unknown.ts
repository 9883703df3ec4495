import { referencesIndexer } from '../../workspace/indexers/references';
import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { documentNames } from '../../references/names';
import { resolveName } from '../../references/resolveNames';
import { SKILLS_INDEXER } from '../../workspace/indexers/skills';
import { SUMMARY_KEY } from '../../workspace/indexers/summary';
import { ownFact } from '../../workspace/ownFact';
import type { Rule } from '../types';

export const slashCommandUnknown: Rule = {
  id: 'slash-command-unknown',
  description: 'A `/command` or `/skill` mention is a near miss of a command or skill of the workspace.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: true,
  consequence: {
    text: 'Claude Code runs nothing by that name: typed, it is an unknown command; in instructions, Claude cannot invoke it.',
    evidence: ['Claude Code docs: skills.md, "How a skill gets its command name" (commands and skills share `/name`; a plugin\'s are `/plugin:name`)'],
  },
  dependsOn: [SKILLS_INDEXER, SUMMARY_KEY, WORKSPACE_PLUGINS_KEY],
  ownFacts: [referencesIndexer.key],
  appliesTo: (own) => own(referencesIndexer)?.names.some((n) => n.kind === 'slash') ?? false,
  docs: `Commands (\`.claude/commands/x.md\`, a plugin's \`commands/\`) and skills share the \`/\` namespace:
\`/x\`, or \`/plugin:x\` for a plugin's. A mention where a command is typed (first in a code span, or
first on a line) that differs from one of the workspace's commands or skills by letter case, dashes
or a single letter is reported with the right name as the fix.

\`\`\`markdown
Then run \`/reveiw-pr 42\`.   <!-- the command is /review-pr -->
\`\`\`

Only near misses are reported: \`/docs\` or \`/health\` are folders and routes as often as commands, and
a command may come from the user's own \`~/.claude/commands\` or an installed plugin. Every mention
that resolves is navigable (Ctrl-click, hover, find references).`,
  check(ctx) {
    // Decided on the document's own facts: one without slash commands (most) builds no model here.
    const own = ownFact(ctx.workspace, ctx.doc, referencesIndexer);
    if (!own?.names.some((n) => n.kind === 'slash')) return;
    for (const ref of documentNames(ctx.doc)) {
      if (ref.kind !== 'slash' || !ref.checked) continue;
      const r = resolveName(ctx.workspace, ctx.files, ctx.doc.uri, ref);
      if (r.status !== 'missing' || !r.suggestion) continue;
      ctx.report({
        start: ref.start,
        end: ref.end,
        message: `No command or skill named \`/${ref.name}\`: Claude Code runs nothing by that name. Did you mean \`/${r.suggestion}\`?`,
        fixes: [ctx.fix(`Change to \`/${r.suggestion}\``, [{ start: ref.start, end: ref.end, newText: r.suggestion }])],
      });
    }
  },
};
