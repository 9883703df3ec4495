import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { field, fieldsOf } from '../../document/parse';
import { isMap } from '../../document/yamlFields';
import { fileStem, loadAgent } from '../../agents/loading';
import { deriveAgentName } from '../../text/names';
import type { Rule } from '../types';
import { suggestAgentField } from '../../fields/suggest';
import { eolOf } from '../../text/eol';

export const agentNameMissing: Rule = {
  id: 'agent-name-missing',
  description: 'An agent needs a `name`; without one a project or user agent is taken for documentation and does not load.',
  severity: 'error',
  kinds: ['agent'],
  // Which plugin the file belongs to decides what a lost frontmatter costs.
  dependsOn: [WORKSPACE_PLUGINS_KEY],
  fixable: true,
  consequence: {
    text: 'A project or user agent whose frontmatter has no `name` (or an empty one) is treated as a reference document kept beside the agents and is skipped without a word. A plugin agent loads under its file name (information).',
    evidence: [
      'Claude Code 2.1.332 binary: the project agent loader returns nothing for a file without a string `name`, before any log line',
      'validator (`claude plugin validate`, 2.1.332), project mode: "with no frontmatter name it is treated as a co-located reference document and skipped"',
      'Claude Code 2.1.332 binary: the plugin agent loader names an agent by its `name`, else its file name',
    ],
  },
  docs: `Claude Code skips a project or user agent file whose frontmatter has no \`name\`, silently: it
treats the file as documentation kept beside your agents. A plugin agent loads under its file name
(information). The fix adds \`name\` as the first field: derived from the file name for a project agent,
the file name itself for a plugin agent (so the name it runs under does not change). When a misspelt
key such as \`Name:\` is there instead, the message points at it and \`agent-unknown-field\` renames
it (no second name is added).

\`\`\`yaml
# .claude/agents/Code_Reviewer.md
description: Reviews code      # no name: skipped; the fix adds "name: code-reviewer"
\`\`\``,
  check(ctx) {
    const fm = ctx.doc.frontmatter;
    if (!fm?.yaml || !fm.yaml.isMapping || fm.yaml.errors.length) return; // yaml-syntax explains why no fields were read
    if (field(ctx.doc, 'name')) return; // an empty or odd name: agent-name-invalid
    const loaded = loadAgent(ctx.doc, ctx.files);
    const plugin = loaded.place.scope === 'plugin';
    const eol = eolOf(ctx.doc.text);
    const suggested = plugin ? fileStem(ctx.doc.uri) : deriveAgentName(ctx.doc.uri);
    const severity = plugin ? ('information' as const) : ('error' as const);
    const cost = plugin
      ? `Claude Code loads it under its file name, \`${fileStem(ctx.doc.uri)}\``
      : loaded.place.scope === 'project'
        ? 'Claude Code takes it for a reference document and does not load it'
        : 'as a project or user agent Claude Code takes it for a reference document and does not load it';
    const misspelt = fieldsOf(ctx.doc).find((f) => suggestAgentField(f.key) === 'name');
    if (misspelt) {
      ctx.report({
        start: misspelt.keyStart,
        end: misspelt.keyEnd,
        severity,
        message: `Agent has no \`name\`: \`${misspelt.key}\` is not read as one${misspelt.key.toLowerCase() === 'name' ? ' (keys are case-sensitive)' : ''}, so ${cost}.`,
      });
      return;
    }
    // The new line must sit at the mapping's own indentation, and a flow mapping (`{a: 1}`) cannot
    // take a block line at all: no fix there rather than one that breaks the YAML.
    const first = fieldsOf(ctx.doc)[0];
    const lineStart = first ? ctx.doc.lines.lineStart(ctx.doc.lines.positionAt(first.keyStart).line) : fm.contentStart;
    const indent = first ? ctx.doc.text.slice(lineStart, first.keyStart) : '';
    const flow = isMap(fm.yaml.doc.contents) && fm.yaml.doc.contents.flow === true;
    const fixable = !flow && /^[ ]*$/.test(indent) && /^[^\s:#'"[\]{}*&!|>%@`,-][^:#\r\n]*$/.test(suggested);
    ctx.report({
      start: fm.openStart,
      end: fm.openStart + 3,
      severity,
      message: plugin
        ? `Plugin agent has no \`name\`: ${cost}. Add \`name:\` to choose the name.`
        : `Agent has no \`name\`: ${cost}. Add \`name:\` with lowercase letters and hyphens.`,
      ...(fixable
        ? {
            fixes: [
              ctx.fix(`Add \`name: ${suggested}\``, [{ start: fm.contentStart, end: fm.contentStart, newText: `${indent}name: ${suggested}${eol}` }], true),
            ],
          }
        : {}),
    });
  },
};
