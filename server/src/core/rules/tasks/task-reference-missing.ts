import { createFileFix, nameAfter } from '../../tasks/create';
import { LEVEL_NAMES, levelOf } from '../../tasks/ids';
import { markdownLinks } from '../../tasks/links';
import { TASK_IDS_KEY, taskRefsIndexer } from '../../workspace/indexers/tasks';
import { taskModel } from '../../tasks/model';
import { scanReferences } from '../../tasks/references';
import { taskIdLookup } from '../../tasks/tree';
import { ownFact } from '../../workspace/ownFact';
import type { Rule } from '../types';

export const taskReferenceMissing: Rule = {
  id: 'task-reference-missing',
  description: 'A task, story or epic ID is referenced but no task document has that ID.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: true,
  consequence: {
    text: 'An agent told to work on a task that has no document finds nothing to read, and the task tree shows no such task.',
    evidence: ['the task-plan conventions (docs/tasks.md)'],
  },
  dependsOn: [TASK_IDS_KEY],
  ownFacts: [taskRefsIndexer.key],
  // Only a file that mentions an ID can reference a missing one.
  appliesTo: (own) => own(taskRefsIndexer) !== undefined,
  docs: `Reports \`Task [0001.02.03]\`, \`Story 0001.02\`, \`feature/0001.02.03-x\` and similar references when no
file in the task folders has that ID. Only places where the text clearly names a task count: keywords
and brackets, branch and commit forms, and any full \`EEEE.SS.TT\` (a "Dependencies" list, a command's
argument such as \`/orchestrator:work 0003.02.01\`); bare story and epic numbers, dates
(\`2024.10.15\`), versions and IP addresses are never reported, and nothing is reported
while the workspace has no task documents at all (examples in agent prompts stay quiet). Text in
code (fenced or indented) is skipped. Reported as a warning in task documents and as information elsewhere, where
IDs are often examples. The quick fix creates the file from the template, with the right names and
links to its story and epic.

\`\`\`markdown
Branch \`feature/0001.02.09-search\`: task 0001.02.09 has no file in the task folders.
\`\`\``,
  check(ctx) {
    // The IDs the document mentions are in the index: a document that mentions none reads no
    // task file (the table is built from every one), and when each has a file, nothing is missing
    // and the document need not be read.
    const mentioned = ownFact(ctx.workspace, ctx.doc, taskRefsIndexer);
    if (!mentioned) return;
    const ids = taskIdLookup(ctx.workspace);
    if (!ids.any() || mentioned.every((id) => ids.has(id))) return;
    const model = ctx.doc.kind === 'task' ? taskModel(ctx.doc) : undefined;
    const own = model?.id;
    // The document's own heading and ID field are task-heading-mismatch's; its missing parents are
    // task-parent-missing's; link targets are task-link-broken's. One finding per mistake.
    const skipLines = new Set([model?.heading?.line, model?.idField?.line]);
    // Link targets are read only when a reference is missing (nearly never).
    let targets: (readonly [number, number])[] | undefined;
    for (const ref of scanReferences(ctx.doc).references) {
      if (!ref.strong || ref.inCode || ref.id === own || ids.has(ref.id)) continue;
      if (skipLines.has(ref.line) || (own && own.startsWith(`${ref.id}.`))) continue;
      targets ??= markdownLinks(ctx.doc).map((l) => [l.targetStart, l.targetEnd] as const);
      if (targets.some(([s, e]) => ref.start >= s && ref.end <= e)) continue;
      const what = LEVEL_NAMES[levelOf(ref.id)];
      const lineText = ctx.doc.lines.lineText(ref.line);
      const col = ref.end - ctx.doc.lines.lineStart(ref.line);
      const fix = createFileFix(ctx.workspace, ref.id, nameAfter(lineText, col), ctx.doc.uri, ctx.doc.kind === 'task');
      ctx.report({
        start: ref.start,
        end: ref.end,
        message: `${what} ${ref.id} has no document: no file in the task folders has this ID.`,
        // Outside the plan itself a reference is often an example; say so quietly there.
        ...(ctx.doc.kind === 'task' ? {} : { severity: 'information' as const }),
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  },
};
