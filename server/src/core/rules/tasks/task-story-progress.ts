import { TASK_COMPLETION_KEY, TASK_IDS_KEY, taskFactsIndexer } from '../../workspace/indexers/tasks';
import { taskModel } from '../../tasks/model';
import { findTaskNode, taskTree } from '../../tasks/tree';
import { ownFact } from '../../workspace/ownFact';
import type { OffsetEdit, Rule } from '../types';

export const taskStoryProgress: Rule = {
  id: 'task-story-progress',
  description: "A story's `**X% COMPLETE**` line disagrees with its tasks.",
  severity: 'warning',
  kinds: ['task'],
  fixable: true,
  consequence: {
    text: "The story's progress line disagrees with its tasks, so whoever reads it plans on a wrong figure.",
    evidence: ['the task-plan conventions (docs/tasks.md)'],
  },
  dependsOn: [TASK_IDS_KEY, TASK_COMPLETION_KEY],
  ownFacts: [taskFactsIndexer.key],
  appliesTo: (own) => own(taskFactsIndexer)?.level === 2,
  docs: `Story files carry \`**Current Progress**: **40% COMPLETE** (2 of 5 tasks completed)\`. The numbers are
computed here from the story's tasks (the plugin layout's \`**Progress**: 2/5 tasks completed\` too): a task counts as completed when its Development Status is
COMPLETED (or, without a status, when every checklist item is done), and tasks listed in the
breakdown without a file count as not completed. The fix writes the computed numbers.

\`\`\`markdown
**Progress**: 0/2 tasks completed   <!-- → 1/2 -->

| ID | Development Status |
|----|--------------------|
| [0002.01.01](<./0002.01.01 - TOKENISE.md>) | COMPLETED |
| [0002.01.02](<./0002.01.02 - STEM.md>) | IN_PROGRESS |
\`\`\``,
  check(ctx) {
    // Decided on the story's fact (its progress line as written); the document is read only to report.
    const fact = ownFact(ctx.workspace, ctx.doc, taskFactsIndexer);
    if (fact?.level !== 2 || !fact.progress) return;
    const story = findTaskNode(taskTree(ctx.workspace), fact.id);
    if (!story || story.tasksTotal === 0) return;
    const pct = Math.round((story.tasksCompleted / story.tasksTotal) * 100);
    const written = fact.progress;
    const countsWrong = written.done !== undefined && (written.done !== story.tasksCompleted || written.total !== story.tasksTotal);
    if (written.percent === pct && !countsWrong) return;
    const p = taskModel(ctx.doc).percent!;
    const edits: OffsetEdit[] = p.fraction
      ? [{ start: p.start, end: p.end, newText: `${story.tasksCompleted}/${story.tasksTotal}` }]
      : [{ start: p.start, end: p.end, newText: String(pct) }];
    if (p.counts && !p.fraction)
      edits.push({ start: p.counts.start, end: p.counts.end, newText: `${story.tasksCompleted} of ${story.tasksTotal} tasks completed` });
    ctx.report({
      start: p.start,
      end: p.counts ? p.counts.end : p.end,
      message: `Story progress says ${p.fraction ? `${p.counts!.done}/${p.counts!.total}` : `${p.percent}%${p.counts ? ` (${p.counts.done} of ${p.counts.total})` : ''}`} but ${story.tasksCompleted} of ${story.tasksTotal} tasks are completed (${pct}%).`,
      fixes: [
        ctx.fix(
          p.fraction ? `Write ${story.tasksCompleted}/${story.tasksTotal}` : `Write ${pct}% (${story.tasksCompleted} of ${story.tasksTotal})`,
          edits,
          true,
        ),
      ],
    });
  },
};
