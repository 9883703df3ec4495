import { TOOLS } from '../../spec/claudeCode';
import { didYouMean } from '../../text/similarity';
import type { Rule } from '../types';
import { renameTool } from '../../agents/toolEdit';
import { agentTools } from '../../agents/tools';

/** `Read Grep Glob`: known tools separated by spaces, the skill `allowed-tools` habit. */
function isSpaceSeparated(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length > 1 && words.every((w) => Object.hasOwn(TOOLS, w.replace(/\(.*$/, '')) && !w.includes('('));
}

/** From this many Copilot names (and at least half the list), one finding covers the list. */
const SUMMARY_MIN = 3;

export const agentToolUnknown: Rule = {
  id: 'agent-tool-unknown',
  description: 'An entry of `tools`/`disallowedTools` that names no Claude Code tool does nothing.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  consequence: {
    text: 'An entry that names no tool grants (or denies) nothing; the agent still loads with the entries that resolve.',
    evidence: ['Claude Code 2.1.332 binary: tool lists resolve names against its tool set and drop the rest', 'Claude Code docs: tools-reference.md'],
  },
  docs: `Every entry of \`tools\` and \`disallowedTools\` should name a Claude Code tool (\`Read\`, \`Edit\`,
\`Bash(git add:*)\`, ...) or an MCP tool (\`mcp__github__create_issue\`). An entry that names nothing
is dropped silently; if every entry of \`tools\` is like that, the agent fails to launch (see
\`agent-tools-none-resolve\`).

\`\`\`yaml
tools: read, Grpe, runCommands, edit/editFiles
#      ^ Read  ^ Grep  ^ a VS Code (Copilot) tool: Bash does that here
\`\`\`

Tool names are case-sensitive; the preferred fix corrects the case. Tools separated by spaces
(\`Read Grep Glob\`, the skill habit) read as one name; the preferred fix inserts commas. A close
misspelling gets a suggestion (offered, not applied, because a genuinely new tool may look like an
old one). Names from GitHub Copilot's vocabulary in VS Code (\`codebase\`, \`runCommands\`,
\`edit/editFiles\`), common in agent collections, are explained as such, with the Claude Code tool
that does the same job where there is one; a list written mostly in that vocabulary gets one
finding for the whole list. Names such as \`azure_get_schema\` look like MCP tools written without
their \`mcp__<server>__\` prefix, and \`microsoft.docs.mcp\` like an MCP server's name. Unknown names are warnings: the tool list grows with every release.`,
  check(ctx) {
    const model = agentTools(ctx.doc);
    for (const list of [model.tools, model.disallowedTools]) {
      const items = list?.items ?? [];
      const vscode = items.filter((i) => i.cls === 'vscode');
      // A list written mostly in Copilot's vocabulary is one problem, not one per entry.
      const summarise = vscode.length >= SUMMARY_MIN && vscode.length * 2 >= items.length;
      if (summarise && list) {
        const shown = vscode
          .slice(0, 4)
          .map((i) => `\`${i.name}\``)
          .join(', ');
        ctx.report({
          start: list.entry.valueStart,
          end: list.entry.valueEnd,
          message: `\`${list.entry.key}\` uses GitHub Copilot (VS Code) tool names (${shown}${vscode.length > 4 ? `, and ${vscode.length - 4} more` : ''}), which Claude Code does not know. Use Claude Code tools (Read, Grep, Glob, Edit, Write, Bash, WebFetch, ...).`,
        });
      }
      for (const item of items) {
        if (summarise && item.cls === 'vscode') continue;
        if (item.cls === 'case') {
          ctx.report({
            start: item.start,
            end: item.nameEnd,
            message: `Unknown tool \`${item.name}\`: tool names are case-sensitive; did you mean \`${item.suggestion}\`?`,
            fixes: [ctx.fix(`Change to \`${item.suggestion}\``, [renameTool(item, item.suggestion!)], true)],
          });
        } else if (item.cls === 'vscode') {
          ctx.report({
            start: item.start,
            end: item.nameEnd,
            message: item.name.endsWith('/*')
              ? `\`${item.name}\` is GitHub Copilot's (VS Code) way to name an MCP server's tools; Claude Code writes \`mcp__<server>\`.`
              : `\`${item.name}\` is a GitHub Copilot (VS Code) tool name, not a Claude Code tool${item.suggestion ? `; in Claude Code, \`${item.suggestion}\` does this` : ''}.`,
            ...(item.suggestion ? { fixes: [ctx.fix(`Change to \`${item.suggestion}\``, [renameTool(item, item.suggestion)])] } : {}),
          });
        } else if (item.cls === 'unknown' && isSpaceSeparated(item.text)) {
          const words = item.text.split(/\s+/);
          ctx.report({
            start: item.start,
            end: item.end,
            message: `\`${item.text}\` reads as one tool name: separate the tools with commas.`,
            fixes: [ctx.fix('Separate with commas', [{ start: item.start, end: item.end, newText: words.join(', ') }], true)],
          });
        } else if (item.cls === 'unknown') {
          const guess = didYouMean(item.name, Object.keys(TOOLS));
          // `microsoft.docs.mcp`, `figma-dev-mode-mcp-server`: an MCP server named the VS Code way.
          const serverLike = !guess && /(?:^|[._-])mcp(?:$|[._-])/i.test(item.name);
          const mcpLike = !guess && !serverLike && /^[a-z0-9]+(?:[_.-][a-z0-9]+)+$/i.test(item.name) && /[_.]/.test(item.name);
          ctx.report({
            start: item.start,
            end: item.nameEnd,
            message: guess
              ? `Unknown tool \`${item.name}\`: did you mean \`${guess}\`?`
              : serverLike
                ? `Unknown tool \`${item.name}\`: this looks like an MCP server; Claude Code names a server's tools \`mcp__<server>\` or \`mcp__<server>__<tool>\`.`
                : mcpLike
                  ? `Unknown tool \`${item.name}\`: an MCP tool is written \`mcp__<server>__${item.name}\`.`
                  : `Unknown tool \`${item.name}\`: Claude Code has no tool by this name.`,
            ...(guess ? { fixes: [ctx.fix(`Change to \`${guess}\``, [renameTool(item, guess)])] } : {}),
          });
        }
      }
    }
  },
};
