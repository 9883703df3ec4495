import { TASK_IDS_KEY, taskFactsIndexer } from '../../workspace/indexers/tasks';
import { epicOf, parentId } from '../../tasks/ids';
import { legacyFileName, parseTaskFileName } from '../../tasks/fileName';
import { ownFact } from '../../workspace/ownFact';
import { taskModel } from '../../tasks/model';
import { taskFileFor } from '../../tasks/tree';
import type { Rule } from '../types';

export const taskNameMismatch: Rule = {
  id: 'task-name-mismatch',
  description: "A task or story file name spells its story's or epic's name differently from their files.",
  severity: 'warning',
  kinds: ['task'],
  fixable: true,
  consequence: {
    text: 'Searches by name miss the files whose names went stale when their story or epic was renamed.',
    evidence: ['the task-plan conventions (docs/tasks.md)'],
  },
  dependsOn: [TASK_IDS_KEY],
  ownFacts: [taskFactsIndexer.key],
  appliesTo: (own) => (own(taskFactsIndexer)?.level ?? 1) > 1,
  docs: `In the legacy layout a task file repeats its epic's and story's names
(\`0001.02.03 - Shopping List - Items - Add item.md\`). When the story or epic is renamed, the names in
its children's file names go stale and searches by name miss them. The fix (offered, not applied)
renames the file to the names its parents use.

\`\`\`text
0001 - Shopping List.md
0001.02.05 - Shopping - Items - Edit item.md   → 0001.02.05 - Shopping List - Items - Edit item.md
\`\`\``,
  check(ctx) {
    // Decided on the index's facts; the document is read only to report. The fact's parents' names
    // are the file name's (`taskModel` reads them from it): a fact without them has nothing to check.
    const fact = ownFact(ctx.workspace, ctx.doc, taskFactsIndexer);
    if (!fact || fact.level === 1 || (fact.epicName === undefined && fact.storyName === undefined)) return;
    const m = { id: fact.id, level: fact.level };
    const epic = taskFileFor(ctx.workspace, epicOf(m.id))?.fact;
    const story = m.level === 3 ? taskFileFor(ctx.workspace, parentId(m.id)!)?.fact : undefined;
    const problems: string[] = [];
    if (fact.epicName !== undefined && epic?.name && epic.name !== fact.epicName) problems.push(`epic ${epic.id} is "${epic.name}", not "${fact.epicName}"`);
    if (fact.storyName !== undefined && story?.name && story.name !== fact.storyName)
      problems.push(`story ${story.id} is "${story.name}", not "${fact.storyName}"`);
    if (problems.length === 0) return;
    const file = parseTaskFileName(ctx.doc.uri);
    if (!file) return;
    const newName = legacyFileName(m.id, { epic: epic?.name || file.epicName, story: story?.name || file.storyName, name: file.name });
    const newUri = ctx.doc.uri.slice(0, ctx.doc.uri.lastIndexOf('/') + 1) + encodeURIComponent(newName);
    const heading = taskModel(ctx.doc).heading;
    const span = heading ? [heading.start, heading.end] : [ctx.doc.bodyStart, ctx.doc.bodyStart];
    ctx.report({
      start: span[0]!,
      end: span[1]!,
      message: `File name disagrees with its parents: ${problems.join('; ')}.`,
      fixes: [{ title: `Rename to "${newName}"`, edit: { changes: {}, renames: [{ oldUri: ctx.doc.uri, newUri }] } }],
    });
  },
};
