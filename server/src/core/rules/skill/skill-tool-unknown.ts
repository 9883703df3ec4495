import { fieldsOf } from '../../document/parse';
import { classifyTool } from '../../agents/tools';
import { didYouMean } from '../../text/similarity';
import { TOOLS } from '../../spec/claudeCode';
import type { Rule } from '../types';
import { hasCleanFrontmatter } from '../../fields/health';
import { listEntries } from '../../fields/lists';

/** A skill's tool fields, and the agent field whose rules they follow. */
const TOOL_FIELDS: Readonly<Record<string, 'tools' | 'disallowedTools'>> = {
  'allowed-tools': 'tools',
  'disallowed-tools': 'disallowedTools',
};

/** From this many Copilot names (and at least half the list), one finding covers the list. */
const SUMMARY_MIN = 3;

export const skillToolEntry: Rule = {
  id: 'skill-tool-unknown',
  description: 'Entries of a skill or command `allowed-tools` / `disallowed-tools` that name no Claude Code tool.',
  severity: 'warning',
  kinds: ['skill', 'command'],
  fixable: true,
  consequence: {
    text: 'An entry of `allowed-tools` / `disallowed-tools` that names no tool grants or removes nothing.',
    evidence: ['Claude Code docs: skills.md, tools-reference.md'],
  },
  docs: `\`allowed-tools\` and \`disallowed-tools\` take tool names, optionally with a rule in parentheses
(\`Bash(git add:*)\`), separated by spaces or commas, or as a YAML list. An entry that names no tool
grants or removes nothing. Reported, as for an agent's \`tools\`: wrong case (preferred fix), removed
tools (\`MultiEdit\` → \`Edit\`), GitHub Copilot (VS Code) tool names (one finding when they make up
the list), and other unknown names with the closest tool as a suggestion. MCP tools
(\`mcp__server__tool\`) and \`Task\` (the old name of \`Agent\`) are accepted.

\`\`\`yaml
allowed-tools: Read Grep bash(git diff:*) MultiEdit WebFetsh
#                        ^ Bash          ^ Edit    ^ WebFetch
disallowed-tools:
  - editFiles     # a GitHub Copilot tool: Edit in Claude Code
\`\`\``,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    for (const f of fieldsOf(ctx.doc)) {
      const as = TOOL_FIELDS[f.key];
      if (!as) continue;
      const items = listEntries(ctx.doc, f, { spaceSeparated: true })
        .filter((e) => !/^\$\{/.test(e.name))
        .map((e) => ({ ...e, ...classifyTool(e.name, as) }));
      const vscode = items.filter((i) => i.cls === 'vscode');
      const summarise = vscode.length >= SUMMARY_MIN && vscode.length * 2 >= items.length;
      if (summarise) {
        const shown = vscode
          .slice(0, 4)
          .map((i) => `\`${i.name}\``)
          .join(', ');
        ctx.report({
          start: f.valueStart,
          end: f.valueEnd,
          message: `\`${f.key}\` uses GitHub Copilot (VS Code) tool names (${shown}${vscode.length > 4 ? `, and ${vscode.length - 4} more` : ''}), which Claude Code does not know.`,
        });
      }
      for (const item of items) {
        const change = (to: string, preferred: boolean) => [ctx.fix(`Change to \`${to}\``, [{ start: item.start, end: item.nameEnd, newText: to }], preferred)];
        const at = { start: item.start, end: item.nameEnd };
        if (item.cls === 'case') {
          ctx.report({
            ...at,
            message: `Tool names are case-sensitive: \`${item.name}\` should be \`${item.suggestion}\`.`,
            fixes: change(item.suggestion!, true),
          });
        } else if (item.cls === 'removed') {
          ctx.report({
            ...at,
            tags: ['deprecated'],
            message: `\`${item.name}\` no longer exists in Claude Code${item.suggestion ? `; use \`${item.suggestion}\`` : ''}.`,
            ...(item.suggestion ? { fixes: change(item.suggestion, false) } : {}),
          });
        } else if (item.cls === 'vscode' && !summarise) {
          ctx.report({
            ...at,
            message: `\`${item.name}\` is a GitHub Copilot (VS Code) tool name, not a Claude Code tool${item.suggestion ? `; in Claude Code, \`${item.suggestion}\` does this` : ''}.`,
            ...(item.suggestion ? { fixes: change(item.suggestion, false) } : {}),
          });
        } else if (item.cls === 'unknown' && !summarise) {
          // In a summarised list, unknown words are usually pieces of Copilot names split at spaces (`Azure MCP/x`).
          const guess = didYouMean(item.name, Object.keys(TOOLS));
          ctx.report({
            ...at,
            message: `Unknown tool \`${item.name}\` in \`${f.key}\`: Claude Code has no tool by this name.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
            ...(guess ? { fixes: change(guess, false) } : {}),
          });
        }
      }
    }
  },
};
