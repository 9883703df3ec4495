import { TASK_IDS_KEY, taskFactsIndexer } from '../../workspace/indexers/tasks';
import { LEVEL_NAMES, levelOf } from '../../tasks/ids';
import { taskModel } from '../../tasks/model';
import { ownFact } from '../../workspace/ownFact';
import { taskIdTable } from '../../tasks/tree';
import { basename } from '../../text/names';
import type { Rule } from '../types';

const FIRST_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export const taskIdDuplicate: Rule = {
  id: 'task-id-duplicate',
  description: 'Two task documents have the same ID.',
  severity: 'warning',
  kinds: ['task'],
  fixable: false,
  consequence: {
    text: 'Links, references and the task tree pick one of the two files arbitrarily.',
    evidence: ['the task-plan conventions (docs/tasks.md)'],
  },
  dependsOn: [TASK_IDS_KEY],
  ownFacts: [taskFactsIndexer.key],
  appliesTo: (own) => own(taskFactsIndexer) !== undefined,
  docs: `Every epic, story and task ID names one file. With two files for \`0001.02.03\` (often a renamed task
whose old copy stayed), links, references and the task tree pick one of them arbitrarily. Rename or
delete one; the finding lists the other files.

\`\`\`text
docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.02.03 - Shopping List - Items - Add item.md
docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.02.03 - Shopping List - Items - Add an item.md
\`\`\``,
  check(ctx) {
    // Decided on the index's facts; the document is read only to report.
    const id = ownFact(ctx.workspace, ctx.doc, taskFactsIndexer)?.id;
    if (!id) return;
    const entries = taskIdTable(ctx.workspace).byId.get(id) ?? [];
    const others = entries.filter((e) => e.uri !== ctx.doc.uri);
    if (others.length === 0) return;
    const m = taskModel(ctx.doc);
    const span = m.heading ? [m.heading.idStart, m.heading.idEnd] : [ctx.doc.bodyStart, ctx.doc.bodyStart];
    ctx.report({
      start: span[0]!,
      end: span[1]!,
      message: `${LEVEL_NAMES[levelOf(id)]} ${id} is also the ID of ${others.map((o) => `"${basename(o.uri)}"`).join(', ')}.`,
      related: others.map((o) => ({ location: { uri: o.uri, range: FIRST_LINE }, message: `Also ${id}` })),
    });
  },
};
