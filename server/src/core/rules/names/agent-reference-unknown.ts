import { referencesIndexer } from '../../workspace/indexers/references';
import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { AGENT_NAME_KEYS } from '../../names/agents';
import { documentNames } from '../../references/names';
import { resolveName } from '../../references/resolveNames';
import type { NameForm } from '../../references/types';
import { inFrontmatter } from '../../references/fixes';
import { ownFact } from '../../workspace/ownFact';
import type { Rule } from '../types';

/** What a wrong name costs, by where it is written. */
const CONSEQUENCE: Record<NameForm, string> = {
  tools: 'when this agent runs as the main thread (`claude --agent`), the allowlist lets it spawn nothing by that name',
  'disallowed-tools': 'the rule denies nothing',
  'subagent-type': 'the Agent tool call fails with "Agent type not found"',
  'at-mention': 'Claude Code does not treat it as a mention of an agent',
  prose: 'Claude looks for an agent that does not exist',
  subsection: 'the routing written here belongs to no agent',
  'skills-field': '',
  slash: '',
};

export const agentReferenceUnknown: Rule = {
  id: 'agent-reference-unknown',
  description: 'A name in `Agent(…)`, `subagent_type`, `@agent-…` or "the `x` agent" matches no agent of the workspace and no built-in one.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: true,
  consequence: {
    text: '`subagent_type`: the Agent tool call fails with "Agent type \u2026 not found"; `Agent(\u2026)`: the allowlist admits nothing by that name; `@agent-\u2026`: no agent is mentioned.',
    evidence: [
      'Claude Code 2.1.332 binary: subagent_type is looked up exactly, then ignoring case, spaces, dashes and underscores when exactly one agent matches; Agent(\u2026) allowlists filter with includes(agentType); @agent- mentions match agentType exactly',
    ],
  },
  dependsOn: [...AGENT_NAME_KEYS, WORKSPACE_PLUGINS_KEY],
  ownFacts: [referencesIndexer.key],
  appliesTo: (own) => own(referencesIndexer)?.names.some((n) => n.kind === 'agent') ?? false,
  docs: `Claude Code finds an agent by its type, exactly: the \`name\` of a project or user agent, the
scoped \`plugin:name\` of a plugin agent, or a built-in type (\`general-purpose\`, \`Explore\`, \`Plan\`,
…). \`subagent_type\` also accepts a name that differs only in letter case or dashes when exactly
one agent matches; an \`Agent(…)\` allowlist and an \`@agent-\` mention do not.

\`\`\`markdown
---
tools: Agent(code-reviwer), Read
---
Use the \`test-runer\` subagent after each change.
\`\`\`

Both names match no agent: reported, with the nearest name (\`code-reviewer\`, \`test-runner\`) as the
fix. A name with no near match is reported as information, since it may be a personal agent
(\`~/.claude/agents\`) that no workspace shows. Names in fenced examples are not checked; prose
mentions are reported only when a near name exists; scoped names of plugins that are not in the workspace (\`other-plugin:x\`) and workspaces
without any agent stay silent. A plugin agent named without its plugin is
\`agent-reference-unscoped\`'s finding.`,
  check(ctx) {
    // Decided on the document's own facts: one without agent names (most) builds no model here.
    const own = ownFact(ctx.workspace, ctx.doc, referencesIndexer);
    if (!own?.names.some((n) => n.kind === 'agent')) return;
    for (const ref of documentNames(ctx.doc)) {
      if (ref.kind !== 'agent' || !ref.checked) continue;
      const r = resolveName(ctx.workspace, ctx.files, ctx.doc.uri, ref);
      if (r.status === 'loose') {
        // `subagent_type` finds it anyway; the exact comparisons do not.
        if (ref.form === 'subagent-type' || ref.form === 'prose' || ref.form === 'subsection') continue;
        ctx.report({
          start: ref.start,
          end: ref.end,
          message: `No agent is named exactly \`${ref.name}\`; Claude Code compares these names exactly, so ${CONSEQUENCE[ref.form]}. The agent is \`${r.exact}\`.`,
          fixes: [ctx.fix(`Change to \`${r.exact}\``, [{ start: ref.start, end: ref.end, newText: r.exact }], inFrontmatter(ctx.doc, ref.start))],
        });
        continue;
      }
      if (r.status !== 'missing') continue;
      if (ref.form === 'prose' && !r.suggestion) continue;
      ctx.report({
        start: ref.start,
        end: ref.end,
        // Without a near name it may be a personal agent (~/.claude/agents), which no workspace shows.
        ...(r.suggestion ? {} : { severity: 'information' as const }),
        message: r.suggestion
          ? `No agent named \`${ref.name}\` in this workspace or built into Claude Code: ${CONSEQUENCE[ref.form]}. Did you mean \`${r.suggestion}\`?`
          : `No agent named \`${ref.name}\` in this workspace or built into Claude Code (a personal agent in ~/.claude/agents is not visible here); if there is none, ${CONSEQUENCE[ref.form]}.`,
        ...(r.suggestion ? { fixes: [ctx.fix(`Change to \`${r.suggestion}\``, [{ start: ref.start, end: ref.end, newText: r.suggestion }])] } : {}),
      });
    }
  },
};
