import { returnCodesOf } from '../../returnCodes/extract';
import type { Declaration } from '../../returnCodes/model';
import type { Rule } from '../types';

export const returnCodeDuplicate: Rule = {
  id: 'return-code-duplicate',
  description: 'An agent declares the same return code twice.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  consequence: {
    text: 'A code declared twice with two meanings can be routed only one way.',
    evidence: ['the return-code protocol of agent flows (docs/return-codes.md)'],
  },
  docs: `A code listed twice in one agent's \`**RETURN CODES:**\` usually means two outcomes were merged
or one was renamed by hand; the orchestrator can only route one meaning. The fix removes the
repeated line, and is applied by fix-all only when both lines say the same thing.

\`\`\`markdown
**RETURN CODES:**
- \`SUCCESS_TESTED\` - All tests pass
- \`FAILURE_TESTS\` - Tests fail
- \`SUCCESS_TESTED\` - All tests pass   <!-- already declared -->
\`\`\``,
  check(ctx) {
    const first = new Map<string, Declaration>();
    const text = ctx.doc.text;
    for (const d of returnCodesOf(ctx.doc).declarations) {
      const earlier = first.get(d.code);
      if (!earlier) {
        first.set(d.code, d);
        continue;
      }
      const breakLength = text.startsWith('\r\n', d.lineEnd) ? 2 : text[d.lineEnd] === '\n' ? 1 : 0;
      const same = earlier.description.trim() === d.description.trim();
      ctx.report({
        start: d.start,
        end: d.end,
        message: `\`${d.code}\` is already declared on line ${ctx.doc.lines.positionAt(earlier.start).line + 1}.`,
        related: [{ location: { uri: ctx.doc.uri, range: ctx.doc.lines.range(earlier.start, earlier.end) }, message: 'First declaration' }],
        fixes: [ctx.fix('Remove the repeated declaration', [{ start: d.lineStart, end: d.lineEnd + breakLength, newText: '' }], same)],
      });
    }
  },
};
