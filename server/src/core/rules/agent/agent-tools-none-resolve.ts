import type { Rule } from '../types';
import { agentTools, isStripped, type ClassifiedTool } from '../../agents/tools';

/** Entries that can give the agent a tool. A miscased name is given the benefit of the doubt. */
function mayResolve(doc: Parameters<typeof isStripped>[0], item: ClassifiedTool, denied: ReadonlySet<string>): boolean {
  if (denied.has(item.name)) return false;
  switch (item.cls) {
    case 'builtin':
    case 'undocumented':
      return !isStripped(doc, item.name);
    case 'alias':
    case 'mcp':
    case 'case':
      return true;
    default:
      return false;
  }
}

export const agentToolsNoneResolve: Rule = {
  id: 'agent-tools-none-resolve',
  description: 'When no entry of `tools` resolves to a tool, the agent fails to launch.',
  severity: 'error',
  kinds: ['agent'],
  fixable: false,
  consequence: {
    text: 'The agent loads, but spawning it fails: Claude Code refuses a subagent whose tools list resolves to nothing.',
    evidence: [
      'Claude Code 2.1.332 binary: "Agent \'…\' would be spawned with zero tools — refusing. Its tools list resolved to nothing"',
      'anthropics/claude-code#52004, #80526 (native builds search through Bash, without Glob and Grep)',
    ],
  },
  docs: `If nothing in \`tools\` names a tool the subagent can have (every entry misspelt, removed, from
another product, stripped from subagents, or denied by \`disallowedTools\`), Claude Code refuses to
launch the agent ("Agent would be spawned with zero tools"); before v2.1.208 it launched with no tools.

\`\`\`yaml
tools: ['codebase', 'search', 'runCommands']   # VS Code names: nothing resolves
\`\`\`

Fix the entries (see \`agent-tool-unknown\`), or remove \`tools\` to inherit every tool. MCP entries
count as resolving, since the servers are configured elsewhere.`,
  check(ctx) {
    const { tools, disallowedTools } = agentTools(ctx.doc);
    if (!tools || tools.items.length === 0) return;
    if (tools.items.some((i) => i.cls === 'wildcard')) return; // tools-wildcard explains it
    const denied = new Set((disallowedTools?.items ?? []).filter((d) => !d.specifier).map((d) => d.name));
    if (tools.items.some((i) => mayResolve(ctx.doc, i, denied))) return;
    ctx.report({
      start: tools.entry.valueStart,
      end: tools.entry.valueEnd,
      message:
        'No entry of `tools` resolves to a tool this subagent can have: Claude Code will refuse to launch it. Fix the entries or remove `tools` to inherit all tools.',
    });
  },
};
