import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { renameTool } from '../../agents/toolEdit';
import { agentTools } from '../../agents/tools';
import { pluginOfFile, pluginServerNames, pluginServerToolPrefix } from '../../plugins/plugins';
import type { Rule } from '../types';

export const agentToolPluginMcpUnscoped: Rule = {
  id: 'agent-tool-plugin-mcp-unscoped',
  description: "A plugin agent names a tool of its own plugin's MCP server as `mcp__<server>__…`; Claude Code names it `mcp__plugin_<plugin>_<server>__…`.",
  severity: 'warning',
  kinds: ['agent'],
  dependsOn: [WORKSPACE_PLUGINS_KEY],
  fixable: true,
  consequence: {
    text: "Claude Code keys a plugin's MCP server `plugin:<plugin>:<server>`, so its tools are `mcp__plugin_<plugin>_<server>__<tool>`: `mcp__<server>__<tool>` in `tools` grants nothing from the plugin's server, and the agent runs without the tool (unless the user has a server of that name of their own).",
    evidence: [
      'Claude Code 2.1.332 binary: "plugin servers keyed `plugin:<plugin>:<server>` appear as `mcp__plugin_<plugin>_<server>__`"; names outside `[a-zA-Z0-9_-]` become `_`',
      'Claude Code 2.1.332 binary, plugin agent loader: `tools` is read as for any agent (no plugin prefix is added)',
    ],
  },
  docs: `A plugin brings MCP servers in its \`.mcp.json\` (or the manifest's \`mcpServers\`). Claude Code
registers each as \`plugin:<plugin>:<server>\`, and its tools as \`mcp__plugin_<plugin>_<server>__<tool>\`
(every character outside \`[A-Za-z0-9_-]\` written \`_\`). An agent of the same plugin that lists the
tool under the server's bare name asks for a server the plugin does not provide:

\`\`\`yaml
# orchestrator/agents/developer.md, with "resources" in orchestrator/.mcp.json
tools: Read, mcp__resources__read_resource          # grants nothing from the plugin's server
tools: Read, mcp__plugin_orchestrator_resources__read_resource
\`\`\`

The fix writes the scoped name (offered, not applied by fix-all: a server of the user's own may
bear the bare name). Entries that already start with \`mcp__plugin_\`, and servers the
plugin does not bring, are left alone (a server of the user's own may have that name).`,
  check(ctx) {
    const plugin = pluginOfFile(ctx.files, ctx.doc.uri);
    if (!plugin) return;
    const servers = pluginServerNames(ctx.files, plugin);
    if (!servers.length) return;
    const model = agentTools(ctx.doc);
    for (const item of [...(model.tools?.items ?? []), ...(model.disallowedTools?.items ?? [])]) {
      if (item.cls !== 'mcp' || item.name.startsWith('mcp__plugin_')) continue;
      const rest = item.name.slice('mcp__'.length);
      // The server part is what comes before the first `__` (or the whole entry: `mcp__<server>`).
      const cut = rest.indexOf('__');
      const server = cut < 0 ? rest : rest.slice(0, cut);
      const own = servers.find((s) => s === server || s.replace(/[^A-Za-z0-9_-]/g, '_') === server);
      if (!own) continue;
      const scoped = pluginServerToolPrefix(plugin.name, own) + (cut < 0 ? '' : rest.slice(cut));
      ctx.report({
        start: item.start,
        end: item.nameEnd,
        message: `\`${item.name}\` names this plugin's MCP server \`${own}\` without its plugin: Claude Code runs the server as \`plugin:${plugin.name}:${own}\`, so its tools are \`${scoped}${cut < 0 ? '__…' : ''}\` and this entry matches none of them.`,
        fixes: [ctx.fix(`Change to \`${scoped}\``, [renameTool(item, scoped)], false)],
      });
    }
  },
};
