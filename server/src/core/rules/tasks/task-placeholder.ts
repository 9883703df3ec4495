import { taskModel } from '../../tasks/model';
import { bodyLines } from '../../tasks/lines';
import type { Rule } from '../types';

/**
 * Template placeholders: bracketed or braced IDs (`[EEEE.SS.TT]`, `{XXXX.YY}`), braced UPPER_SNAKE
 * slots (`{TASK_NAME}`), bracketed option lists (`[LOW | MEDIUM | HIGH]`) and the template's
 * bracketed names and prompts. A `[...]` directly followed by `(` is link text, not a placeholder.
 */
const PLACEHOLDER = /\[(?:(?:EEEE|XXXX)(?:\.[A-Z0-9]{2}){0,2}|(?:Epic|Story|Task) Name|STATUS|X|Y|Name|YYYY-MM-DD[^\]]*|[^\]\n]*\s\|\s[^\]\n]*|(?:Specific|Qualitative|Brief|Additional|Performance|Integration|Testing|User-facing|Error handling|List|External|Team members|If applicable|Single, clear)[^\]\n]*)\](?!\()|\{(?:EEEE|XXXX)(?:\.[A-Z0-9]{2}){0,2}\}|\{[A-Z][A-Z0-9_]{2,}\}/g;

export const taskPlaceholder: Rule = {
  id: 'task-placeholder',
  description: 'A template placeholder (`[EEEE.SS.TT]`, `[Task Name]`, `{TASK_NAME}`) is left in a real task document.',
  severity: 'warning',
  kinds: ['task'],
  fixable: false,
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
    for (const l of bodyLines(ctx.doc)) {
      if (l.inFence || !/[[{]/.test(l.text)) continue;
      // Inline code (`{API_KEY}`, `${HOME}`) is code, not a slot to fill in: masked, offsets kept.
      const text = l.text.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length));
      for (const p of text.matchAll(PLACEHOLDER)) {
        // `- [X] done` is a ticked box, not the template's `[X]`.
        if (p[0] === '[X]' && /^\s*(?:[-*+]|\d+[.)])\s+$/.test(text.slice(0, p.index))) continue;
        const start = l.start + p.index;
        ctx.report({ start, end: start + p[0].length, message: `Template placeholder ${p[0]} left in a task document: fill it in.` });
      }
    }
  },
};
