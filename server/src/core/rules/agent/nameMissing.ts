import { field, fieldsOf } from '../../document/parse';
import { isMap } from '../../document/yamlFields';
import { deriveAgentName } from '../../text/names';
import type { Rule } from '../types';

export const agentNameMissing: Rule = {
  id: 'agent-name-missing',
  description: 'An agent needs a `name`; without one Claude Code treats the file as documentation.',
  severity: 'error',
  kinds: ['agent'],
  fixable: true,
  docs: `Claude Code skips an agent file whose frontmatter has no \`name\`, silently: it treats the file
as documentation kept beside your agents. (A plugin agent still loads, under its file name.) The fix
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
    // The new line must sit at the mapping's own indentation, and a flow mapping (`{a: 1}`) cannot
    // take a block line at all: no fix there rather than one that breaks the YAML.
    const first = fieldsOf(ctx.doc)[0];
    const lineStart = first ? ctx.doc.lines.lineStart(ctx.doc.lines.positionAt(first.keyStart).line) : fm.contentStart;
    const indent = first ? ctx.doc.text.slice(lineStart, first.keyStart) : '';
    const flow = isMap(fm.yaml.doc.contents) && fm.yaml.doc.contents.flow === true;
    const fixable = !flow && /^[ ]*$/.test(indent);
    ctx.report({
      start: fm.openStart,
      end: fm.openStart + 3,
      message: 'Agent has no `name`: Claude Code skips this file. Add `name:` with lowercase letters and hyphens.',
      ...(fixable ? { fixes: [ctx.fix(`Add \`name: ${suggested}\``, [{ start: fm.contentStart, end: fm.contentStart, newText: `${indent}name: ${suggested}${eol}` }], true)] } : {}),
    });
  },
};
