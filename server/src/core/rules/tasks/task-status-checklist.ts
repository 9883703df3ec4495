import { statusState, statusWord } from '../../tasks/plan';
import { taskModel } from '../../tasks/model';
import type { Rule } from '../types';

/** The status a checklist supports: none ticked → NOT_STARTED, all → COMPLETED, else IN_PROGRESS. */
function statusFor(c: { done: number; inProgress: number; total: number }): string {
  if (c.done === c.total) return 'COMPLETED';
  return c.done === 0 && c.inProgress === 0 ? 'NOT_STARTED (PENDING)' : 'IN_PROGRESS';
}

export const taskStatusChecklist: Rule = {
  id: 'task-status-checklist',
  description: 'A task is COMPLETED with unticked items, or NOT_STARTED with ticked ones.',
  severity: 'warning',
  kinds: ['task'],
  fixable: true,
  consequence: {
    text: "The status and the checklist tell different stories, so the task tree's progress is wrong.",
    evidence: ['the task-plan conventions (docs/tasks.md)'],
  },
  docs: `A task's **Development Status** and its checklist (\`- [x]\` boxes or ✅/🔄/⬜ items) should tell the
same story: COMPLETED means every item is done; NOT_STARTED means none is ticked or in progress. The
fix sets every Development Status field (header and footer) to what the checklist shows.

\`\`\`markdown
**Development Status**: NOT_STARTED (PENDING)   <!-- one item is already ticked -->

## Success Criteria

- [x] Remove button
- [ ] Undo
\`\`\``,
  check(ctx) {
    const m = taskModel(ctx.doc);
    if (m.level !== 3 || m.counts.total === 0) return;
    const c = m.counts;
    const header = m.statusFields.find((f) => !f.inFooter) ?? m.statusFields[0];
    if (!header) return;
    const word = statusWord(header.value);
    let problem: string | undefined;
    if (statusState(header.value) === 'done' && c.done < c.total)
      problem = `Status is ${word} but ${c.total - c.done} of ${c.total} checklist items are not done.`;
    else if ((word === 'NOT_STARTED' || word === 'PENDING') && c.done + c.inProgress > 0)
      problem = `Status is ${word} but ${c.done + c.inProgress} of ${c.total} checklist items are ticked or in progress.`;
    if (!problem) return;
    const want = statusFor(c);
    // Only the status words change; a trailing "- progress description" stays.
    const edits = m.statusFields
      .filter((f) => statusWord(f.value) === word)
      .map((f) => {
        const s = /[A-Z][A-Z_]*(?:\s*\([A-Z_ ]+\))?/.exec(f.value)!;
        return { start: f.valueStart + s.index, end: f.valueStart + s.index + s[0].length, newText: want };
      });
    ctx.report({ start: header.valueStart, end: header.valueEnd, message: problem, fixes: [ctx.fix(`Set the status to ${want}`, edits, true)] });
  },
};
