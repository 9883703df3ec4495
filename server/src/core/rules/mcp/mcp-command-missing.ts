import { dirOf } from '../../files/uris';
import { get, type JsonString } from '../../json/model';
import { mcpServers, serverConfig } from '../../plugins/mcp';
import { pluginRootOfManifest, resolveRelative, suggestionText } from '../../plugins/paths';
import { isPluginRoot } from '../../plugins/plugins';
import { WORKSPACE_FILES_KEY } from '../../files/workspaceFiles';
import type { Rule } from '../types';

const ROOT_PATH = /^\$\{CLAUDE_PLUGIN_ROOT\}\/([^\s'"`$*?[]+)$/;

export const mcpCommandMissing: Rule = {
  id: 'mcp-command-missing',
  description: "A plugin's MCP server starts a file of the plugin (`${CLAUDE_PLUGIN_ROOT}/…`) that does not exist.",
  severity: 'error',
  kinds: ['mcp', 'plugin-manifest'],
  // Reads the folder listings: a file created or deleted elsewhere changes its findings.
  dependsOn: [WORKSPACE_FILES_KEY],
  fixable: false,
  consequence: {
    text: 'The server fails to start and its tools never appear.',
    evidence: ['the process start of a stdio MCP server; the validator does not check it'],
  },
  docs: `A plugin's stdio MCP server usually runs a file shipped with the plugin:
\`"command": "\${CLAUDE_PLUGIN_ROOT}/server/index.js"\`, or an interpreter with the file in \`args\`.
When that file is not in the plugin, the server fails to start and its tools never appear;
\`claude plugin validate\` does not check it.

\`\`\`json
{ "mcpServers": { "docs": { "command": "node", "args": ["\${CLAUDE_PLUGIN_ROOT}/server/idnex.js"] } } }
\`\`\`

Checked: \`command\`, each entry of \`args\` and \`cwd\` that is a whole \`\${CLAUDE_PLUGIN_ROOT}/…\` path.
Paths inside longer strings (\`python3 -c "…"\`) are not guessed at.`,
  check(ctx) {
    const root = ctx.doc.kind === 'plugin-manifest' ? pluginRootOfManifest(ctx.doc.uri) : dirOf(ctx.doc.uri);
    // A project's .mcp.json has no plugin root to resolve against.
    if (ctx.doc.kind === 'mcp' && !isPluginRoot(ctx.files, root)) return;
    for (const server of mcpServers(ctx.doc)) {
      const config = serverConfig(server);
      if (!config) continue;
      const candidates: JsonString[] = [];
      for (const key of ['command', 'cwd']) {
        const node = get(config, key);
        if (node?.type === 'string') candidates.push(node);
      }
      const args = get(config, 'args');
      if (args?.type === 'array') for (const arg of args.items) if (arg.type === 'string') candidates.push(arg);
      for (const node of candidates) {
        const m = ROOT_PATH.exec(node.value);
        if (!m) continue;
        const resolved = resolveRelative(ctx.files, root, `./${m[1]}`);
        if (resolved.status !== 'missing') continue;
        ctx.report({
          start: node.start,
          end: node.end,
          message: `\`${m[1]}\` is not in the plugin folder: the MCP server \`${server.key}\` fails to start.${suggestionText(resolved.suggestions[0])}`,
        });
      }
    }
  },
};
