import { field } from '../../document/parse';
import { isScalar, scalarString } from '../../document/yamlFields';
import { deriveAgentName, toKebabName } from '../../text/names';
import { yamlBroken } from '../../fields/health';
import type { Rule } from '../types';

export const agentNameInvalid: Rule = {
  id: 'agent-name-invalid',
  description: 'An agent `name` that is empty, starts with `-` or contains `:` makes Claude Code skip the file.',
  severity: 'error',
  kinds: ['agent'],
  fixable: true,
  docs: `Claude Code does not load an agent whose \`name\` starts with \`-\` or contains \`:\` (the colon is
reserved for plugin-scoped identifiers such as \`my-plugin:reviewer\`, and Claude Code v2.1.218 and
later reject it); it only writes an error to its debug log. An empty \`name:\` is as good as none.

\`\`\`yaml
name: my-plugin:reviewer   # skipped
name: reviewer             # loads; inside the plugin it is my-plugin:reviewer
\`\`\`

The preferred fix keeps the part after the last colon (or drops the leading hyphens), in lowercase
letters, digits and hyphens; an empty name gets one derived from the file name.`,
  check(ctx) {
    if (yamlBroken(ctx.doc)) return; // yaml-syntax explains; a broken value's range is not reliable
    const entry = field(ctx.doc, 'name');
    if (!entry) return;
    const value = scalarString(entry.value)?.trim() ?? '';
    let problem: string;
    let suggested: string;
    if (entry.value && !isScalar(entry.value)) {
      problem = 'is not text';
      suggested = deriveAgentName(ctx.doc.uri);
    } else if (value === '') {
      problem = 'is empty';
      suggested = deriveAgentName(ctx.doc.uri);
    } else if (value.includes(':')) {
      problem = 'contains `:`, which is reserved for plugin-scoped names';
      suggested = toKebabName(value.slice(value.lastIndexOf(':') + 1)) || deriveAgentName(ctx.doc.uri);
    } else if (value.startsWith('-')) {
      problem = 'starts with `-`';
      suggested = toKebabName(value) || deriveAgentName(ctx.doc.uri);
    } else return;
    const hasValue = entry.valueEnd > entry.valueStart;
    ctx.report({
      start: hasValue ? entry.valueStart : entry.keyStart,
      end: hasValue ? entry.valueEnd : entry.keyEnd,
      message: `Agent \`name\` ${problem}: Claude Code skips this file.`,
      fixes: [
        ctx.fix(
          `Change the name to \`${suggested}\``,
          [hasValue ? { start: entry.valueStart, end: entry.valueEnd, newText: suggested } : { start: entry.keyEnd + 1, end: entry.keyEnd + 1, newText: ` ${suggested}` }],
          true,
        ),
      ],
    });
  },
};
