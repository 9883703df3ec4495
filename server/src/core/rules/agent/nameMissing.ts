import { field } from '../../document/parse';
import { deriveAgentName } from '../../text/names';
import type { Rule } from '../types';
import { pluginOf } from './plugin';

export const agentNameMissing: Rule = {
  id: 'agent-name-missing',
  description: 'An agent needs a `name`; without one Claude Code treats the file as documentation.',
  severity: 'error',
  kinds: ['agent'],
  fixable: true,
  docs: `Claude Code skips an agent file whose frontmatter has no \`name\`, silently: it treats the file
as documentation kept beside your agents. A plugin agent still loads, under its file name: that is
a warning. The fix
adds \`name\` derived from the file name, as the first field.

\`\`\`yaml
# .claude/agents/Code_Reviewer.md
description: Reviews code      # no name: skipped; the fix adds "name: code-reviewer"
\`\`\``,
  check(ctx) {
    const fm = ctx.doc.frontmatter;
    if (!fm?.yaml || !fm.yaml.isMapping || field(ctx.doc, 'name')) return;
    if (fm.yaml.errors.length) return; // yaml-syntax explains why no fields were read
    const eol = /\r\n/.test(ctx.doc.text) ? '\r\n' : '\n';
    const suggested = deriveAgentName(ctx.doc.uri);
    const plugin = pluginOf(ctx.doc.uri) !== undefined;
    ctx.report({
      start: fm.openStart,
      end: fm.openStart + 3,
      ...(plugin ? { severity: 'warning' as const } : {}),
      message: plugin
        ? `Plugin agent has no \`name\`: Claude Code loads it under its file name. Add \`name:\` to choose the name.`
        : 'Agent has no `name`: Claude Code skips this file. Add `name:` with lowercase letters and hyphens.',
      fixes: [ctx.fix(`Add \`name: ${suggested}\``, [{ start: fm.contentStart, end: fm.contentStart, newText: `name: ${suggested}${eol}` }], true)],
    });
  },
};
