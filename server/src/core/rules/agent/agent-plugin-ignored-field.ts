import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { fieldsOf } from '../../document/parse';
import { AGENT_FIELDS } from '../../spec/claudeCode';
import type { Rule } from '../types';
import { pluginOf } from '../../agents/plugin';
import { removeField } from '../../fields/edits';

const IGNORED = new Set(AGENT_FIELDS.filter((f) => f.ignoredForPlugins).map((f) => f.name));

export const agentPluginIgnoredField: Rule = {
  id: 'agent-plugin-ignored-field',
  description: 'Plugin agents ignore `permissionMode`, `hooks` and `mcpServers`.',
  severity: 'information',
  kinds: ['agent'],
  // Which plugin the file belongs to decides what a lost frontmatter costs.
  dependsOn: [WORKSPACE_PLUGINS_KEY],
  fixable: true,
  docs: `For agents shipped in a plugin (\`plugins/<plugin>/agents/*.md\`), Claude Code ignores
${[...IGNORED].map((n) => `\`${n}\``).join(', ')}: a plugin cannot raise its own permissions or bring
hooks and servers through an agent file.

\`\`\`yaml
# plugins/review-kit/agents/reviewer.md
permissionMode: bypassPermissions   # ignored here
\`\`\`

Configure those in the plugin itself (its hooks and MCP configuration) or leave them to the user. The
fix offered removes the field. A plugin is a folder with \`.claude-plugin/plugin.json\`, wherever it sits
(or, without one at hand, a \`plugins/<name>/agents/\` path).`,
  check(ctx) {
    if (!pluginOf(ctx.doc.uri, ctx.files)) return;
    for (const f of fieldsOf(ctx.doc)) {
      if (!IGNORED.has(f.key)) continue;
      ctx.report({
        start: f.keyStart,
        end: f.keyEnd,
        message: `\`${f.key}\` is ignored for plugin agents.`,
        tags: ['unnecessary'],
        fixes: [removeField(ctx, f)],
      });
    }
  },
};
