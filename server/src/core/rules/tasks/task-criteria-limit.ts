import { taskModel } from '../../tasks/model';
import type { Rule } from '../types';

const MAX_CRITERIA = 8;

export const taskCriteriaLimit: Rule = {
  id: 'task-criteria-limit',
  description: 'A task has more than 8 success criteria; split it.',
  severity: 'information',
  kinds: ['task'],
  fixable: false,
  consequence: {
    text: 'Over eight success criteria, the scoping guidelines say to split the task (advice).',
    evidence: ['the task-plan conventions (docs/tasks.md)'],
  },
  docs: `The task template limits **Success Criteria** to at most 8 checklist items across all its
sub-sections, and the scoping guidelines say a task with more should be split into sequential tasks.
Reported on the ninth item.

\`\`\`markdown
## Success Criteria

- [ ] Criterion 1
…
- [ ] Criterion 9   <!-- the ninth: split the task -->
\`\`\``,
  check(ctx) {
    const m = taskModel(ctx.doc);
    if (m.level !== 3) return;
    const criteria = m.items.filter((i) => /^success criteria$/i.test(i.section.trim()));
    const extra = criteria[MAX_CRITERIA];
    if (!extra) return;
    ctx.report({
      start: extra.markerStart,
      end: ctx.doc.lines.lineEnd(extra.line),
      message: `${criteria.length} success criteria; a task has at most ${MAX_CRITERIA}. Split it into sequential tasks.`,
    });
  },
};
