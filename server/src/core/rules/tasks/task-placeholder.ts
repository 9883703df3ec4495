import { taskBlocks, type TaskBlocks } from '../../tasks/blocks';
import { taskModel } from '../../tasks/model';
import type { Rule } from '../types';

/**
 * Template placeholders: bracketed or braced IDs (`[EEEE.SS.TT]`, `{XXXX.YY}`), braced UPPER_SNAKE
 * slots (`{TASK_NAME}`), bracketed option lists (`[LOW | MEDIUM | HIGH]`) and the template's
 * bracketed names and prompts. A `[...]` directly followed by `(` is link text, not a placeholder.
 */
const PLACEHOLDER =
  /\[(?:(?:EEEE|XXXX)(?:\.[A-Z0-9]{2}){0,2}|(?:Epic|Story|Task) Name|STATUS|X|Y|Name|YYYY-MM-DD[^\]\n]*|[^\]\n]*[ \t]\|[ \t][^\]\n]*|(?:Specific|Qualitative|Brief|Additional|Performance|Integration|Testing|User-facing|Error handling|List|External|Team members|If applicable|Single, clear)[^\]\n]*)\](?!\()|\{(?:EEEE|XXXX)(?:\.[A-Z0-9]{2}){0,2}\}|\{[A-Z][A-Z0-9_]{2,}\}/g;

export const taskPlaceholder: Rule = {
  id: 'task-placeholder',
  description: 'A template placeholder (`[EEEE.SS.TT]`, `[Task Name]`, `{TASK_NAME}`) is left in a real task document.',
  severity: 'warning',
  kinds: ['task'],
  fixable: false,
  consequence: {
    text: 'A template placeholder left in a real task is read by agents as if it were the content.',
    evidence: ['the task-plan conventions (docs/tasks.md)'],
  },
  docs: `The epic, story and task templates mark what to fill in with bracketed or braced placeholders:
\`[EEEE.SS.TT]\`, \`[Epic Name]\`, \`[STATUS]\`, \`[LOW | MEDIUM | HIGH]\`, \`{TASK_NAME}\`. In a document whose
file name carries a real ID they are leftovers. Template files themselves (no ID in the file name) are
not checked, nor is code (fenced or inline).

\`\`\`markdown
- [ ] [Specific, measurable outcome 2]
**Technical Risk Level**: [LOW | MEDIUM | HIGH]
**Owner**: {DEVELOPER_NAME}
\`\`\``,
  check(ctx) {
    const m = taskModel(ctx.doc);
    if (!m.file) return;
    const { doc } = ctx;
    // The blocks are read once a placeholder is found (most documents have none).
    let md: TaskBlocks | undefined;
    // A ticked box `- [X] done` is a task marker, not the template's `[X]`.
    const boxes = new Set<number>();
    PLACEHOLDER.lastIndex = doc.bodyStart;
    for (let p = PLACEHOLDER.exec(doc.text); p; p = PLACEHOLDER.exec(doc.text)) {
      const start = p.index;
      if (!md) {
        md = taskBlocks(doc);
        for (const item of md.listItems) if (item.task?.style === 'gfm') boxes.add(item.task.start);
      }
      // Code (blocks and inline spans: `{API_KEY}`, `${HOME}`) is code, not a slot to fill in.
      if (boxes.has(start) || !md.isTextLine(doc.lines.positionAt(start).line) || md.codeSpanAt(start)) continue;
      ctx.report({ start, end: start + p[0].length, message: `Template placeholder ${p[0]} left in a task document: fill it in.` });
    }
  },
};
