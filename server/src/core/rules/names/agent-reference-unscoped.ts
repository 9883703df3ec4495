import { referencesIndexer } from '../../workspace/indexers/references';
import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { AGENT_NAME_KEYS } from '../../names/agents';
import { documentNames } from '../../references/names';
import { resolveName } from '../../references/resolveNames';
import { inFrontmatter } from '../../references/fixes';
import { ownFact } from '../../workspace/ownFact';
import type { Rule } from '../types';

export const agentReferenceUnscoped: Rule = {
  id: 'agent-reference-unscoped',
  description: 'A plugin agent is named without its plugin (`reviewer` for `orch:reviewer`), which Claude Code does not match.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: true,
  consequence: {
    text: "Claude Code registers a plugin's agents as `plugin:name` (`plugin:sub:name` in a subfolder); the bare name matches none of them, so the spawn fails or the allowlist admits nothing.",
    evidence: [
      '`claude plugin validate --json` (2.1.332) lists plugin agents as `orch:reviewer` and `orch:sub:sec` in provides.agents',
      'binary: a plugin agent\'s agentType is [plugin, ...subfolders, name].join(":")',
      'Claude Code docs: sub-agents.md (plugin subagents appear under their scoped name)',
    ],
  },
  dependsOn: [...AGENT_NAME_KEYS, WORKSPACE_PLUGINS_KEY],
  ownFacts: [referencesIndexer.key],
  appliesTo: (own) => own(referencesIndexer)?.names.some((n) => n.kind === 'agent') ?? false,
  docs: `Claude Code registers a plugin's agents under scoped names: \`agents/reviewer.md\` in the plugin
named \`orch\` (its \`.claude-plugin/plugin.json\`) runs as \`orch:reviewer\`, and a subfolder of
\`agents/\` adds a segment (\`orch:review:security\`). \`Agent(…)\` allowlists, \`subagent_type\` and
\`@agent-\` mentions are matched against that identifier exactly (\`subagent_type\` also ignores case
and dashes, never the plugin), so the bare \`name\` finds nothing: the tool call fails with "Agent
type not found", or the allowlist allows nothing.

\`\`\`markdown
---
name: lead
tools: Agent(reviewer), Read
---
\`\`\`

In plugin \`orch\`, \`Agent(reviewer)\` is reported with \`Agent(orch:reviewer)\` as the fix. Names in
fenced examples are not checked.`,
  check(ctx) {
    // Decided on the document's own facts: one without agent names (most) builds no model here.
    const own = ownFact(ctx.workspace, ctx.doc, referencesIndexer);
    if (!own?.names.some((n) => n.kind === 'agent')) return;
    for (const ref of documentNames(ctx.doc)) {
      if (ref.kind !== 'agent' || !ref.checked || ref.form === 'prose' || ref.form === 'subsection') continue;
      const r = resolveName(ctx.workspace, ctx.files, ctx.doc.uri, ref);
      if (r.status !== 'unscoped') continue;
      ctx.report({
        start: ref.start,
        end: ref.end,
        message: `\`${ref.name}\` is a plugin agent: Claude Code runs it as \`${r.scoped}\` and matches that name exactly, so \`${ref.name}\` finds nothing. Write \`${r.scoped}\`.`,
        fixes: [ctx.fix(`Change to \`${r.scoped}\``, [{ start: ref.start, end: ref.end, newText: r.scoped }], inFrontmatter(ctx.doc, ref.start))],
      });
    }
  },
};
