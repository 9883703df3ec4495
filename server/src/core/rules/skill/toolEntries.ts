import { fieldsOf } from '../../document/parse';
import { MCP_TOOL_PATTERN, REMOVED_TOOLS, TOOL_ALIASES, TOOLS } from '../../spec/claudeCode';
import { closest } from '../../text/similarity';
import type { Fix } from '../../types';
import type { Rule } from '../types';
import { hasCleanFrontmatter, listEntries } from './shared';

const TOOL_FIELDS = new Set(['allowed-tools', 'disallowed-tools']);

export const skillToolEntry: Rule = {
  id: 'skill-tool-unknown',
  description: 'Entries of a skill or command `allowed-tools` / `disallowed-tools` that name no Claude Code tool.',
  severity: 'warning',
  kinds: ['skill', 'command'],
  fixable: true,
  docs: `\`allowed-tools\` and \`disallowed-tools\` take tool names, optionally with a rule in parentheses
(\`Bash(git add:*)\`), separated by spaces or commas, or as a YAML list. An entry that names no tool
grants or removes nothing. Reported: unknown names (with the closest tool as a fix), removed tools
(\`MultiEdit\` → \`Edit\`), and lowercase spellings. MCP tools (\`mcp__server__tool\`) and \`Task\`
(the old name of \`Agent\`) are accepted.`,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    for (const f of fieldsOf(ctx.doc)) {
      if (!TOOL_FIELDS.has(f.key)) continue;
      for (const entry of listEntries(ctx.doc, f, { spaceSeparated: true })) {
        const name = entry.name;
        if (TOOLS[name] !== undefined || TOOL_ALIASES[name] || MCP_TOOL_PATTERN.test(name)) continue;
        if (/^\$\{|^\*$/.test(name)) continue;
        const replace = (to: string, preferred: boolean): Fix => ctx.fix(`Change to \`${to}\``, [{ start: entry.start, end: entry.nameEnd, newText: to }], preferred);
        if (name in REMOVED_TOOLS) {
          const to = REMOVED_TOOLS[name];
          ctx.report({ start: entry.start, end: entry.nameEnd, message: `\`${name}\` no longer exists in Claude Code${to ? `; use \`${to}\`` : ''}.`, tags: ['deprecated'], ...(to ? { fixes: [replace(to, false)] } : {}) });
          continue;
        }
        const caseOnly = Object.keys(TOOLS).find((t) => t.toLowerCase() === name.toLowerCase());
        const suggestion = caseOnly ?? closest(name, Object.keys(TOOLS));
        ctx.report({
          start: entry.start,
          end: entry.nameEnd,
          message: caseOnly
            ? `Tool names are case-sensitive: \`${name}\` should be \`${caseOnly}\`.`
            : `Unknown tool \`${name}\` in \`${f.key}\`: it matches no Claude Code tool.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
          ...(suggestion ? { fixes: [replace(suggestion, !!caseOnly)] } : {}),
        });
      }
    }
  },
};
