import { statusValue } from '../../tasks/plan';
import { taskModel } from '../../tasks/model';
import type { Rule } from '../types';

export const taskStatusConflict: Rule = {
  id: 'task-status-conflict',
  description: "A task's header and footer give different Development or QA Validation statuses.",
  severity: 'warning',
  kinds: ['task'],
  fixable: true,
  consequence: {
    text: 'Readers see two statuses for one task, and agents update one and trust the other.',
    evidence: ['the task-plan conventions (docs/tasks.md)'],
  },
  docs: `The task template writes \`**Development Status**\` and \`**QA Validation Status**\` twice: in the header
and again in the footer after the closing \`---\`. Agents update one and forget the other, and readers
then see two answers. The fix (offered, not applied, as either may be the current one) copies the
header's status into the footer.

\`\`\`markdown
**Development Status**: IN_PROGRESS
…
---

**Development Status**: COMPLETED   <!-- the header says IN_PROGRESS -->
\`\`\``,
  check(ctx) {
    const m = taskModel(ctx.doc);
    if (m.level !== 3) return;
    for (const fields of [m.statusFields, m.qaFields]) {
      const header = fields.find((f) => !f.inFooter);
      if (!header) continue;
      const want = statusValue(header.value);
      for (const f of fields) {
        if (f === header || !f.inFooter || statusValue(f.value) === want) continue;
        ctx.report({
          start: f.valueStart,
          end: f.valueEnd,
          message: `**${f.name}** here says ${statusValue(f.value)} but the header says ${want}.`,
          related: [{ location: { uri: ctx.doc.uri, range: ctx.doc.lines.range(header.valueStart, header.valueEnd) }, message: 'Header status' }],
          fixes: [ctx.fix(`Write ${header.value} here`, [{ start: f.valueStart, end: f.valueEnd, newText: header.value }])],
        });
      }
    }
  },
};
