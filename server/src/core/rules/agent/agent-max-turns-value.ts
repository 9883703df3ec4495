import { field } from '../../document/parse';
import { isScalar } from '../../document/yamlFields';
import type { Rule } from '../types';
import { valueSpan } from '../../fields/spans';

export const agentMaxTurnsValue: Rule = {
  id: 'agent-max-turns-value',
  description: '`maxTurns` must be a positive whole number.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: false,
  consequence: {
    text: 'A `maxTurns` that is not a positive whole number (also quoted, as `"20"`) is ignored with a debug-log line: the subagent runs without a turn limit.',
    evidence: ['Claude Code 2.1.332 binary, agent loaders: "has invalid maxTurns … Must be a positive integer." (a string is parsed as a number first)'],
  },
  docs: `\`maxTurns\` caps the agentic turns before the subagent stops. It must be a positive whole number;
Claude Code also reads a quoted one:

\`\`\`yaml
maxTurns: 20      # fine
maxTurns: "20"    # fine too
maxTurns: 0       # not positive: ignored, no limit
maxTurns: 2.5     # not whole: ignored
\`\`\`

There is no automatic fix: the limit you meant is yours to write.`,
  check(ctx) {
    const entry = field(ctx.doc, 'maxTurns');
    if (!entry?.value) return;
    const node = entry.value;
    const v = isScalar(node) ? node.value : undefined;
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) return;
    // Claude Code also reads a quoted whole number ("20") as that number.
    if (typeof v === 'string' && /^\s*[1-9]\d*\s*$/.test(v)) return;
    const why =
      typeof v === 'number'
        ? Number.isInteger(v)
          ? 'is not positive'
          : 'is not a whole number'
        : typeof v === 'string'
          ? 'is not a number'
          : 'is not a number';
    ctx.report({
      ...valueSpan(entry),
      message: `\`maxTurns\` must be a positive integer; this value ${why}, so Claude Code ignores it and sets no turn limit.`,
    });
  },
};
