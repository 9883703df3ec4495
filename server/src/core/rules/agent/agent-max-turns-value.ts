import { field } from '../../document/parse';
import { isScalar } from '../../document/yamlFields';
import type { Rule } from '../types';
import { replaceValue } from '../../fields/edits';
import { valueSpan } from '../../fields/spans';

export const agentMaxTurnsValue: Rule = {
  id: 'agent-max-turns-value',
  description: '`maxTurns` must be a positive whole number.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  docs: `\`maxTurns\` caps the agentic turns before the subagent stops. It must be a positive integer:

\`\`\`yaml
maxTurns: 20      # fine
maxTurns: "20"    # a string: the fix writes 20
maxTurns: 0       # not positive
maxTurns: 2.5     # not whole
\`\`\`

The preferred fix unquotes a quoted whole number; other values need your decision.`,
  check(ctx) {
    const entry = field(ctx.doc, 'maxTurns');
    if (!entry?.value) return;
    const node = entry.value;
    const v = isScalar(node) ? node.value : undefined;
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) return;
    const quoted = typeof v === 'string' && /^\s*[1-9]\d*\s*$/.test(v) ? v.trim() : undefined;
    const why = typeof v === 'number' ? (Number.isInteger(v) ? 'is not positive' : 'is not a whole number') : typeof v === 'string' ? 'is a string' : 'is not a number';
    ctx.report({
      ...valueSpan(entry),
      message: `\`maxTurns\` must be a positive integer; this value ${why}.`,
      ...(quoted ? { fixes: [replaceValue(ctx, entry, quoted, true)] } : {}),
    });
  },
};
