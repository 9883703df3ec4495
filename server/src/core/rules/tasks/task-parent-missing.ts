import { createFileFix } from '../../tasks/create';
import { TASK_IDS_KEY, taskFactsIndexer } from '../../workspace/indexers/tasks';
import { epicOf, parentId } from '../../tasks/ids';
import { taskModel } from '../../tasks/model';
import { ownFact } from '../../workspace/ownFact';
import { taskFileFor } from '../../tasks/tree';
import type { Fix } from '../../types';
import type { Rule } from '../types';

export const taskParentMissing: Rule = {
  id: 'task-parent-missing',
  description: 'A task has no story file, or a story or task has no epic file.',
  severity: 'warning',
  kinds: ['task'],
  fixable: true,
  consequence: {
    text: "The task tree shows the parent as missing, and the task's progress is reported nowhere a planner looks.",
    evidence: ['the task-plan conventions (docs/tasks.md)'],
  },
  dependsOn: [TASK_IDS_KEY],
  ownFacts: [taskFactsIndexer.key],
  appliesTo: (own) => (own(taskFactsIndexer)?.level ?? 1) > 1,
  docs: `Tasks belong to a story (\`0001.02\` for task \`0001.02.03\`) and stories to an epic (\`0001\`). Without
those files the task tree shows the parent as missing and the task's progress is not reported
anywhere a planner looks. The quick fix creates the missing file from the template, named after what
the task's file name says.

\`\`\`text
docs/DEVELOPMENT_PLAN_AND_PROGRESS/
  0001 - Shopping List.md
  0001.02.03 - Shopping List - Items - Add item.md   ← no 0001.02 story file
\`\`\``,
  check(ctx) {
    // Decided on the index's facts; the document is read only to report.
    const fact = ownFact(ctx.workspace, ctx.doc, taskFactsIndexer);
    if (!fact || fact.level === 1) return;
    const missing: string[] = [];
    const story = fact.level === 3 ? parentId(fact.id)! : undefined;
    if (story && !taskFileFor(ctx.workspace, story)) missing.push(story);
    if (!taskFileFor(ctx.workspace, epicOf(fact.id))) missing.push(epicOf(fact.id));
    if (missing.length === 0) return;
    const m = taskModel(ctx.doc);
    const span = m.heading ? [m.heading.idStart, m.heading.idEnd] : [ctx.doc.bodyStart, ctx.doc.bodyStart];
    const fixes: Fix[] = [];
    for (const id of missing) {
      const own = id === story ? m.file?.storyName : m.file?.epicName;
      const fix = createFileFix(ctx.workspace, id, own, ctx.doc.uri, true);
      if (fix) fixes.push(fix);
    }
    ctx.report({
      start: span[0]!,
      end: span[1]!,
      message: missing.map((id) => `${id.length === 4 ? 'Epic' : 'Story'} ${id} has no document.`).join(' '),
      fixes,
    });
  },
};
