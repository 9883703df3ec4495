import { fieldsOf } from '../../document/parse';
import { removalEdit } from '../../fields/edits';
import { rawValue } from '../../fields/spans';
import type { Rule } from '../types';
import { unreadableFrontmatterSeverity } from '../../fields/health';

const TOOL_KEYS = new Set(['tools', 'disallowedTools', 'allowed-tools', 'disallowed-tools']);

export const toolsWildcard: Rule = {
  id: 'tools-wildcard',
  description: '`tools: *` is a YAML alias error, not "all tools".',
  severity: 'error',
  kinds: ['agent', 'skill', 'command'],
  fixable: true,
  docs: `In YAML a value starting with \`*\` is an alias (a reference to an anchor), so \`tools: *\` does
not parse, and Claude Code reads none of the frontmatter. Quoted (\`"*"\`), it is a tool called \`*\`, which
does not exist. To give an agent every tool, leave \`tools\` out: it then inherits all tools.

\`\`\`yaml
tools: *      # YAML error: the file is skipped
\`\`\`

An error for project and user agents (skipped, or with a quoted \`"*"\` unable to launch); a warning
for plugin agents, skills and commands, which still load without their settings.

For \`tools\` and \`allowed-tools\` the preferred fix removes the line, which means "all tools". For
the deny lists no fix is offered: removing a deny-all changes what the file means.`,
  check(ctx) {
    for (const f of fieldsOf(ctx.doc)) {
      if (!TOOL_KEYS.has(f.key)) continue;
      const raw = rawValue(ctx.doc, f).trim();
      if (raw !== '*' && raw !== '"*"' && raw !== "'*'") continue;
      const isDeny = f.key.startsWith('disallowed');
      // Unquoted, the YAML breaks (skipped agent); quoted, an agent's `tools` resolves to nothing.
      const severity = raw === '*' ? unreadableFrontmatterSeverity(ctx.doc) : ctx.doc.kind === 'agent' && f.key === 'tools' ? 'error' : 'warning';
      ctx.report({
        severity,
        start: f.keyStart,
        end: f.valueEnd,
        message: raw === '*'
          ? `\`${f.key}: *\` is a YAML alias error, so Claude Code ${severity === 'error' ? 'skips this file' : 'reads none of this frontmatter'}. ${isDeny ? 'List the tools to deny.' : `Remove \`${f.key}\` to allow all tools.`}`
          : `There is no tool called \`*\`. ${isDeny ? 'List the tools to deny.' : `Remove \`${f.key}\` to allow all tools.`}`,
        ...(isDeny ? {} : { fixes: [ctx.fix(`Remove \`${f.key}\` (inherit all tools)`, [removalEdit(ctx.doc, f)], true)] }),
      });
    }
  },
};
