import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { fieldSpan } from '../../fields/spans';
import { field, fieldsOf } from '../../document/parse';
import { loadAgent, plainValue } from '../../agents/loading';
import { eolOf } from '../../text/eol';
import type { Rule } from '../types';
import { doubleQuote } from '../../fields/repair';
import { firstParagraph } from '../../agents/bodySummary';
import { suggestAgentField } from '../../fields/suggest';

export const agentDescriptionMissing: Rule = {
  id: 'agent-description-missing',
  description: 'An agent without a text `description`: a project or user agent does not load; a plugin agent gets a placeholder.',
  severity: 'error',
  kinds: ['agent'],
  // Which plugin the file belongs to decides what a lost frontmatter costs.
  dependsOn: [WORKSPACE_PLUGINS_KEY],
  fixable: true,
  consequence: {
    text: 'A project or user agent with a `name` but no `description` (missing, empty, or not text) is refused, with only a debug-log line. A plugin agent loads, described as "Agent from <plugin> plugin" (warning), or with a list or map `description` dropped (error, as the validator says), so Claude cannot tell when to delegate to it.',
    evidence: [
      'Claude Code 2.1.332 binary, project agent loader: "Missing required \\"description\\" field in frontmatter" refuses the agent (the validator only warns: "No description in frontmatter")',
      'validator (`claude plugin validate`, 2.1.332): "description must be a string, got array. At runtime this value is dropped."',
      'Claude Code 2.1.332 binary, plugin agent loader: description, else `when_to_use`, else "Agent from <plugin> plugin"',
    ],
  },
  docs: `\`description\` tells Claude when to delegate to the agent. For a project or user agent it is
required: Claude Code refuses a file that has a \`name\` but no (or an empty, or a non-text)
\`description\`, writing the reason only to its debug log. (\`claude plugin validate\` calls it a
warning; the loader is stricter.) A plugin agent still loads, described as "Agent from
<plugin> plugin" (a warning), unless \`when_to_use\` gives it a description.

\`\`\`yaml
name: code-reviewer
description: Reviews code for quality and best practices. Use after every change.
\`\`\`

When the body opens with a prose paragraph, a fix offers it as the description (review it: a good
description says *when* to use the agent). There is no placeholder fix: with nothing to derive it
from, the description is yours to write. When \`name\` is missing too, \`agent-name-missing\` reports
the file instead.`,
  check(ctx) {
    const { doc } = ctx;
    const yaml = doc.frontmatter?.yaml;
    const name = field(doc, 'name');
    if (!yaml || yaml.errors.length || !yaml.isMapping) return;
    const loaded = loadAgent(doc, ctx.files);
    const plugin = loaded.place.scope === 'plugin';
    const entry = field(doc, 'description');
    const value = plainValue(doc, 'description');
    const notText = value !== undefined && value !== null && typeof value === 'object';
    const blank = typeof value === 'string' && value !== '' && value.trim() === '';
    if (plugin) {
      const usable = !notText && !blank && value !== undefined && value !== null && value !== '';
      const fallback = typeof plainValue(doc, 'when_to_use') === 'string' || typeof plainValue(doc, 'when-to-use') === 'string';
      if (usable || (fallback && !notText && !blank)) return;
    } else if (loaded.loads) {
      if (!blank) return;
    } else if (loaded.refusal !== 'no-description' && loaded.refusal !== 'description-not-text') {
      return; // no usable name: the name rules report the file, which is not an agent yet
    }
    const summary = firstParagraph(doc);
    const eol = eolOf(doc.text);
    let fix;
    if (summary) {
      const quoted = doubleQuote(summary);
      const title = 'Use the first paragraph of the body as the description';
      if (entry) {
        const span = fieldSpan(doc, entry);
        fix = ctx.fix(title, [{ start: span.keyLineStart, end: span.contentEnd, newText: `description: ${quoted}${eol}` }]);
      } else {
        const at = name ? fieldSpan(doc, name).contentEnd : doc.frontmatter!.contentStart;
        fix = ctx.fix(title, [{ start: at, end: at, newText: `description: ${quoted}${eol}` }]);
      }
    }
    const target = entry ?? name;
    const misspelt = entry ? undefined : fieldsOf(doc).find((f) => f.key !== 'description' && suggestAgentField(f.key) === 'description');
    const hint = misspelt ? ` (\`${misspelt.key}\` on line ${doc.lines.positionAt(misspelt.keyStart).line + 1} is not read as one)` : '';
    const placeholder = `"Agent from ${loaded.place.pluginName ?? 'its'} plugin"`;
    const scalarNotText = !plugin && (typeof value === 'number' || typeof value === 'boolean');
    const what =
      notText || scalarNotText
        ? `Agent \`description\` is ${Array.isArray(value) ? 'a list' : notText ? 'a map' : `a ${typeof value}`}, not text`
        : blank
          ? 'Agent `description` is blank'
          : entry
            ? 'Agent `description` is empty'
            : `Agent has ${name ? 'a `name` but ' : ''}no \`description\`${hint}`;
    const cost = blank
      ? 'Claude Code loads it, but Claude cannot tell when to delegate to it'
      : plugin
        ? `as a plugin agent it loads described only as ${placeholder}${notText ? ' (the value is dropped)' : ''}, so Claude cannot tell when to delegate to it`
        : loaded.place.scope === 'project'
          ? 'Claude Code does not load this agent'
          : 'as a project or user agent Claude Code does not load it';
    const range = target
      ? { start: target.keyStart, end: entry ? entry.keyEnd : target.valueEnd }
      : { start: doc.frontmatter!.openStart, end: doc.frontmatter!.openStart + 3 };
    ctx.report({
      ...range,
      severity: blank || (plugin && !notText) ? 'warning' : 'error',
      message: `${what}: ${cost}. ${blank || !entry ? 'Say when Claude should delegate to this agent.' : ''}`.trim(),
      ...(fix ? { fixes: [fix] } : {}),
    });
  },
};
