import { field, fieldsOf } from '../../document/parse';
import { isMap } from '../../document/yamlFields';
import { eolOf } from '../../text/eol';
import { deriveAgentName } from '../../text/names';
import type { Rule } from '../types';
import { pluginOf } from '../../agents/plugin';
import { suggestAgentField } from '../../fields/suggest';

export const agentNameMissing: Rule = {
  id: 'agent-name-missing',
  description: 'An agent needs a `name`; without one Claude Code treats the file as documentation.',
  severity: 'error',
  kinds: ['agent'],
  fixable: true,
  docs: `Claude Code skips an agent file whose frontmatter has no \`name\`, silently: it treats the file
as documentation kept beside your agents. A plugin agent still loads, under its file name: that is
a warning. The fix adds \`name\` derived from the file name, as the first field. When a misspelt
key such as \`Name:\` is there instead, the message points at it and \`agent-unknown-field\` renames
it (no second name is added).

\`\`\`yaml
# .claude/agents/Code_Reviewer.md
description: Reviews code      # no name: skipped; the fix adds "name: code-reviewer"
\`\`\``,
  check(ctx) {
    const fm = ctx.doc.frontmatter;
    if (!fm?.yaml || !fm.yaml.isMapping || field(ctx.doc, 'name')) return;
    if (fm.yaml.errors.length) return; // yaml-syntax explains why no fields were read
    const eol = eolOf(ctx.doc.text);
    const suggested = deriveAgentName(ctx.doc.uri);
    const plugin = pluginOf(ctx.doc.uri) !== undefined;
    const misspelt = fieldsOf(ctx.doc).find((f) => suggestAgentField(f.key) === 'name');
    if (misspelt) {
      ctx.report({
        start: misspelt.keyStart,
        end: misspelt.keyEnd,
        ...(plugin ? { severity: 'warning' as const } : {}),
        message: `Agent has no \`name\`: \`${misspelt.key}\` is not read as one${misspelt.key.toLowerCase() === 'name' ? ' (keys are case-sensitive)' : ''}${plugin ? '' : ', so Claude Code skips this file'}.`,
      });
      return;
    }
    // The new line must sit at the mapping's own indentation, and a flow mapping (`{a: 1}`) cannot
    // take a block line at all: no fix there rather than one that breaks the YAML.
    const first = fieldsOf(ctx.doc)[0];
    const lineStart = first ? ctx.doc.lines.lineStart(ctx.doc.lines.positionAt(first.keyStart).line) : fm.contentStart;
    const indent = first ? ctx.doc.text.slice(lineStart, first.keyStart) : '';
    const flow = isMap(fm.yaml.doc.contents) && fm.yaml.doc.contents.flow === true;
    const fixable = !flow && /^[ ]*$/.test(indent);
    // A plugin agent without `name` loads under its file name; with a `name` but no `description`
    // it would be skipped, so fix-all adds the name only when a description is there too.
    ctx.report({
      start: fm.openStart,
      end: fm.openStart + 3,
      ...(plugin ? { severity: 'warning' as const } : {}),
      message: plugin
        ? `Plugin agent has no \`name\`: Claude Code loads it under its file name. Add \`name:\` to choose the name.`
        : 'Agent has no `name`: Claude Code skips this file. Add `name:` with lowercase letters and hyphens.',
      ...(fixable ? { fixes: [ctx.fix(`Add \`name: ${suggested}\``, [{ start: fm.contentStart, end: fm.contentStart, newText: `${indent}name: ${suggested}${eol}` }], !plugin || field(ctx.doc, 'description') !== undefined)] } : {}),
    });
  },
};
