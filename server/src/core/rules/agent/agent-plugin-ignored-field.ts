import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { field, fieldsOf } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import { AGENT_FIELDS, ISOLATION_MODES, PLUGIN_AGENT_ISOLATION_MODES } from '../../spec/claudeCode';
import type { Rule } from '../types';
import { pluginOf } from '../../agents/plugin';
import { removeField } from '../../fields/edits';

const IGNORED = new Set(AGENT_FIELDS.filter((f) => f.ignoredForPlugins).map((f) => f.name));
/** The fields whose warning in Claude Code says "Use .claude/agents/ for this level of control" (the others name the field). */
const CONTROL = new Set(['permissionMode', 'hooks', 'mcpServers']);

export const agentPluginIgnoredField: Rule = {
  id: 'agent-plugin-ignored-field',
  description: 'A field Claude Code ignores in plugin agents (`permissionMode`, `hooks`, `mcpServers`, `initialPrompt` …, `isolation: remote`).',
  severity: 'warning',
  kinds: ['agent'],
  // Which plugin the file belongs to decides what a lost frontmatter costs.
  dependsOn: [WORKSPACE_PLUGINS_KEY],
  fixable: true,
  consequence: {
    text: 'In a plugin agent, Claude Code ignores `permissionMode`, `hooks`, `mcpServers`, `initialPrompt` and the observer fields (with a log line): a plugin cannot raise its own permissions or bring hooks and servers through an agent file. It keeps `isolation` only when it is `worktree`: with `remote` the agent runs in place, without a word.',
    evidence: [
      'Claude Code 2.1.332 binary, plugin agent loader: "sets permissionMode, which is ignored for plugin agents. Use .claude/agents/ for this level of control."',
      'Claude Code 2.1.332 binary, plugin agent loader: `isolation` is kept only when it equals "worktree" (the project loader also keeps "remote")',
      'Claude Code docs: plugins-reference.md',
    ],
  },
  docs: `For agents shipped in a plugin (\`plugins/<plugin>/agents/*.md\`), Claude Code ignores
${[...IGNORED].map((n) => `\`${n}\``).join(', ')}: a plugin cannot raise its own permissions or bring
hooks and servers through an agent file, and a plugin agent is never the main session's agent.
Claude Code 2.1.332 logs a warning when it loads such an agent ("sets permissionMode, which is
ignored for plugin agents") and goes on without the field, so what the field asks for does not
happen: a warning here too. Tools of servers the agent declares in its own \`mcpServers\` do not
exist for it either. \`isolation\` is kept only when it is \`worktree\`: a plugin agent with
\`isolation: ${ISOLATION_MODES.filter((m) => !(PLUGIN_AGENT_ISOLATION_MODES as readonly string[]).includes(m)).join('`, `')}\` runs in place, and Claude Code says nothing.

\`\`\`yaml
# plugins/review-kit/agents/reviewer.md
permissionMode: bypassPermissions   # ignored here
\`\`\`

Configure those in the plugin itself (its hooks and MCP configuration) or leave them to the user. The
fix offered removes the field. A plugin is a folder with \`.claude-plugin/plugin.json\`, wherever it sits
(or, without one at hand, a \`plugins/<name>/agents/\` path).`,
  check(ctx) {
    if (!pluginOf(ctx.doc.uri, ctx.files)) return;
    // An isolation a project agent may ask for but a plugin agent may not (unknown values are
    // agent-enum-value's).
    const isolation = field(ctx.doc, 'isolation');
    const mode = isolation?.value ? scalarString(isolation.value)?.trim() : undefined;
    if (isolation && mode && (ISOLATION_MODES as readonly string[]).includes(mode) && !(PLUGIN_AGENT_ISOLATION_MODES as readonly string[]).includes(mode)) {
      ctx.report({
        start: isolation.keyStart,
        end: isolation.valueEnd,
        message: `\`isolation: ${mode}\` is ignored for plugin agents: they keep only \`${PLUGIN_AGENT_ISOLATION_MODES.join('`, `')}\`, so this agent runs in place.`,
        tags: ['unnecessary'],
        fixes: [removeField(ctx, isolation)],
      });
    }
    for (const f of fieldsOf(ctx.doc)) {
      if (!IGNORED.has(f.key)) continue;
      ctx.report({
        start: f.keyStart,
        end: f.keyEnd,
        message: `\`${f.key}\` is ignored for plugin agents: ${CONTROL.has(f.key) ? 'use `.claude/agents/` for this level of control' : `define the agent in \`.claude/agents/\` to use \`${f.key}\``}.`,
        tags: ['unnecessary'],
        fixes: [removeField(ctx, f)],
      });
    }
  },
};
