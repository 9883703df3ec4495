import { fieldSpan } from '../../fields/spans';
import { field, fieldsOf } from '../../document/parse';
import { isScalar, scalarString } from '../../document/yamlFields';
import { eolOf } from '../../text/eol';
import type { Rule } from '../types';
import { doubleQuote } from '../../fields/repair';
import { firstParagraph } from '../../agents/bodySummary';
import { suggestAgentField } from '../../fields/suggest';

export const agentDescriptionMissing: Rule = {
  id: 'agent-description-missing',
  description: 'An agent with a `name` but no `description` is skipped by Claude Code.',
  severity: 'error',
  kinds: ['agent'],
  fixable: true,
  docs: `\`description\` tells Claude when to delegate to the agent, and it is required: Claude Code skips
a file that has a \`name\` but no (or an empty) \`description\`, writing the reason only to its debug
log.

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
    if (!yaml || yaml.errors.length || !name) return;
    const entry = field(doc, 'description');
    if (entry && (scalarString(entry.value)?.trim() ?? '') !== '') return;
    const notText = entry?.value != null && !isScalar(entry.value);
    const summary = firstParagraph(doc);
    const eol = eolOf(doc.text);
    let fix;
    if (summary) {
      const value = doubleQuote(summary);
      const title = 'Use the first paragraph of the body as the description';
      if (entry) {
        const span = fieldSpan(doc, entry);
        fix = ctx.fix(title, [{ start: span.keyLineStart, end: span.contentEnd, newText: `description: ${value}${eol}` }]);
      } else {
        const at = fieldSpan(doc, name).contentEnd;
        fix = ctx.fix(title, [{ start: at, end: at, newText: `description: ${value}${eol}` }]);
      }
    }
    const target = entry ?? name;
    const misspelt = entry ? undefined : fieldsOf(doc).find((f) => f.key !== 'description' && suggestAgentField(f.key) === 'description');
    const hint = misspelt ? ` (\`${misspelt.key}\` on line ${doc.lines.positionAt(misspelt.keyStart).line + 1} is not read as one)` : '';
    ctx.report({
      start: target.keyStart,
      end: entry ? entry.keyEnd : name.valueEnd,
      message: notText
        ? 'Agent `description` must be text (not a list or map): Claude Code skips this file.'
        : entry
        ? 'Agent `description` is empty: Claude Code skips this file. Say when Claude should delegate to this agent.'
        : `Agent has a \`name\` but no \`description\`${hint}: Claude Code skips this file. Add \`description:\` saying when to delegate to it.`,
      ...(fix ? { fixes: [fix] } : {}),
    });
  },
};
