import { describeType, get } from '../../json/model';
import { spanOf } from '../../plugins/json';
import { mcpServers } from '../../plugins/mcp';
import { checkField, type ShapeProblem } from '../../plugins/shapes';
import { MCP_SERVER_FIELDS, MCP_SERVER_TYPES } from '../../spec/plugins';
import type { Rule } from '../types';

const REMOTE = ['http', 'sse', 'ws'];

export const mcpServerInvalid: Rule = {
  id: 'mcp-server-invalid',
  description: 'An MCP server entry Claude Code cannot use: it is dropped or never connects.',
  severity: 'error',
  kinds: ['mcp', 'plugin-manifest'],
  fixable: false,
  consequence: {
    text: 'Claude Code drops a server entry that does not fit, or marks it invalid so it never connects: its tools never appear.',
    evidence: ['validator (`claude plugin validate`, 2.1.332): MCP configuration checks', 'Claude Code docs: mcp.md'],
  },
  docs: `Each server of \`.mcp.json\` (or of a plugin.json's inline \`mcpServers\`) is an object: a
\`stdio\` server (the default \`type\`) needs a \`command\` string and optional \`args\` strings, \`env\`
and \`cwd\`; an \`http\`, \`sse\` or \`ws\` server needs an absolute \`url\`. Claude Code silently drops
a server whose entry does not fit, or marks it invalid so it never connects.

\`\`\`json
{ "mcpServers": { "docs": { "type": "http" }, "db": { "command": ["node", "db.js"] } } }
\`\`\``,
  check(ctx) {
    for (const server of mcpServers(ctx.doc)) {
      const config = server.value;
      if (!config) continue;
      const problems: ShapeProblem[] = [];
      if (config.type !== 'object') {
        problems.push({ node: config, message: `The server \`${server.key}\` must be an object, not ${describeType(config)}.` });
      } else {
        for (const field of MCP_SERVER_FIELDS) checkField(field, config, '', problems);
        const typeNode = get(config, 'type');
        const type = typeNode?.type === 'string' ? typeNode.value : 'stdio';
        if (typeNode?.type === 'string' && !MCP_SERVER_TYPES.includes(type))
          problems.push({
            node: typeNode,
            message: `\`${type}\` is not an MCP transport (${MCP_SERVER_TYPES.filter((t) => t !== 'sdk')
              .map((t) => `\`${t}\``)
              .join(', ')}).`,
          });
        else if (REMOTE.includes(type)) {
          const url = get(config, 'url');
          if (!url) problems.push({ node: typeNode ?? config, message: `The ${type} server \`${server.key}\` needs a \`url\`.` });
          else if (url.type === 'string' && !/^(?:https?|wss?):\/\/[^/\s]/i.test(url.value) && !url.value.includes('${'))
            problems.push({ node: url, message: '`url` must be an absolute URL (`https://host/path`).' });
        } else if (type === 'stdio' && !get(config, 'command'))
          problems.push({ node: config, message: `The stdio server \`${server.key}\` needs a \`command\`.` });
      }
      for (const p of problems) ctx.report({ ...spanOf(p.node === config ? server : p.node), message: `${p.message} Claude Code does not start this server.` });
    }
  },
};
