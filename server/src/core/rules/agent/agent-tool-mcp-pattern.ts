import type { Rule } from '../types';
import { agentTools } from '../../agents/tools';

export const agentToolMcpPattern: Rule = {
  id: 'agent-tool-mcp-pattern',
  description: 'MCP entries must be `mcp__<server>`, `mcp__<server>__<tool>` or `mcp__<server>__*`; `mcp__*` only denies.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: false,
  consequence: {
    text: 'A malformed MCP entry matches no tool, and `mcp__*` in `tools` grants nothing: the agent lacks those tools.',
    evidence: ['Claude Code docs: sub-agents.md and mcp.md (tool names `mcp__<server>__<tool>`)'],
  },
  docs: `MCP tools are named \`mcp__<server>__<tool>\`. Both tool lists also accept \`mcp__<server>\` and
\`mcp__<server>__*\` for every tool of one server; \`mcp__*\` (every MCP tool of every server) works
only in \`disallowedTools\`.

\`\`\`yaml
tools: mcp__github__create_issue, mcp__slack   # fine
tools: mcp__*                                  # only disallowedTools takes this
tools: mcp__github__issues__*                  # malformed
\`\`\`

To give an agent every MCP tool, omit \`tools\` (it then inherits everything) and deny what it must
not use.`,
  check(ctx) {
    const model = agentTools(ctx.doc);
    for (const item of [...(model.tools?.items ?? []), ...(model.disallowedTools?.items ?? [])]) {
      if (item.cls !== 'mcpBadPattern') continue;
      ctx.report({
        start: item.start,
        end: item.end,
        message:
          item.name === 'mcp__*'
            ? '`mcp__*` works only in `disallowedTools`; to allow every MCP tool, omit `tools` or name the servers (`mcp__<server>`).'
            : `Malformed MCP tool \`${item.name}\`: use \`mcp__<server>\`, \`mcp__<server>__<tool>\` or \`mcp__<server>__*\`.`,
      });
    }
  },
};
