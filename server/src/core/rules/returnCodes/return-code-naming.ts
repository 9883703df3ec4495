import { returnCodesOf } from '../../returnCodes/extract';
import { toUpperSnake, UPPER_SNAKE } from '../../returnCodes/conventions';
import type { CodeOccurrence } from '../../returnCodes/model';
import type { Rule } from '../types';
import { ALL_KINDS } from '../../returnCodes/fixes';

export const returnCodeNaming: Rule = {
  id: 'return-code-naming',
  description: 'A declared or routed return code that is not UPPER_SNAKE_CASE.',
  severity: 'information',
  kinds: ALL_KINDS,
  fixable: true,
  consequence: {
    text: 'Codes are matched exactly; one that is not UPPER_SNAKE_CASE is easy to mistype elsewhere and is not recognised as a code in prose (advice).',
    evidence: ['the return-code protocol of agent flows (docs/return-codes.md)'],
  },
  docs: `Codes are matched exactly, and every other code in the protocol is UPPER_SNAKE_CASE
(\`SUCCESS_TO_QUALITY_ASSURANCE\`); a code spelled \`success-to-qa\` is easy to mistype elsewhere and
is not recognised as a code in prose. The fix respells it in this file; use Rename Symbol to change
it everywhere.

\`\`\`markdown
**RETURN CODES:**
- \`SUCCESS_SHIPPED\` - Released
- \`success-rollback\` - Rolled back               <!-- → SUCCESS_ROLLBACK -->
- \`FailureBlocked\` - Blocked by a failing check  <!-- → FAILURE_BLOCKED -->
\`\`\``,
  check(ctx) {
    const model = returnCodesOf(ctx.doc);
    const occurrences: CodeOccurrence[] = [...model.declarations, ...model.mirrors.flatMap((m) => m.entries)];
    for (const o of occurrences) {
      if (UPPER_SNAKE.test(o.code)) continue;
      const better = toUpperSnake(o.code);
      ctx.report({
        start: o.start,
        end: o.end,
        message: `Return code \`${o.code}\` is not UPPER_SNAKE_CASE${better ? `; write \`${better}\`` : ''}.`,
        ...(better ? { fixes: [ctx.fix(`Rename to \`${better}\` here`, [{ start: o.start, end: o.end, newText: better }])] } : {}),
      });
    }
  },
};
