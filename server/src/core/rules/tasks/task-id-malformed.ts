import { scanReferences } from '../../tasks/references';
import type { Rule } from '../types';

export const taskIdMalformed: Rule = {
  id: 'task-id-malformed',
  description: 'A task ID is written without zero padding (`Task [1.2.3]` instead of `Task [0001.02.03]`).',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: true,
  consequence: {
    text: 'An ID without zero padding is not found by search, links or the task tree.',
    evidence: ['the task-plan conventions (docs/tasks.md)'],
  },
  docs: `IDs are zero-padded: epic \`EEEE\` (4 digits), story \`EEEE.SS\`, task \`EEEE.SS.TT\`. A loosely written
ID after \`Task [\`, \`Story [\` or \`Epic [\` with the matching number of parts (\`Task [1.2.3]\`) is not
found by search, links or the task tree. The fix pads it (\`0001.02.03\`). Placeholders such as
\`[EEEE.SS.TT]\` are left alone.

\`\`\`markdown
- Follows Task [1.2.3] and Story [1.2].   <!-- → Task [0001.02.03], Story [0001.02] -->
\`\`\``,
  check(ctx) {
    for (const m of scanReferences(ctx.doc).malformed) {
      ctx.report({
        start: m.start,
        end: m.end,
        message: `Task IDs are zero-padded: write \`${m.id}\`, not \`${m.written}\`.`,
        fixes: [ctx.fix(`Write \`${m.id}\``, [{ start: m.start, end: m.end, newText: m.id }], true)],
      });
    }
  },
};
