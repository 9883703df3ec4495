import { isTaskId } from '../../tasks/ids';
import { taskModel } from '../../tasks/model';
import type { Rule } from '../types';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export const taskHeadingMismatch: Rule = {
  id: 'task-heading-mismatch',
  description: "A task document's heading or ID field disagrees with its file name.",
  severity: 'warning',
  kinds: ['task'],
  fixable: true,
  consequence: {
    text: 'Links and the task tree use the file name; a heading or ID field saying otherwise misleads people and agents reading the file.',
    evidence: ['the task-plan conventions (docs/tasks.md)'],
  },
  docs: `The file name (\`0001.02.03 - Epic - Story - Task.md\`) is what links and the task tree use; the
\`# Task [0001.02.03] - …\` heading and the \`**Task ID**\` field should say the same. A copied file whose
heading still names the old ID is the usual cause. The fix writes the file name's ID into the heading
or field; a differing name in the heading is reported with a fix offered, not applied.

\`\`\`markdown
<!-- 0001.02.04 - Shopping List - Items - Remove item.md -->
# Task [0001.02.04] - Shopping List - Items - Delete item   <!-- → Remove item -->
\`\`\``,
  check(ctx) {
    const m = taskModel(ctx.doc);
    const file = m.file;
    if (!file) return;
    const h = m.heading;
    if (h && isTaskId(h.idText) && h.idText !== file.id) {
      ctx.report({
        start: h.idStart,
        end: h.idEnd,
        message: `Heading says ${h.idText} but the file name says ${file.id}.`,
        fixes: [ctx.fix(`Write ${file.id} in the heading`, [{ start: h.idStart, end: h.idEnd, newText: file.id }], true)],
      });
    }
    const f = m.idField;
    if (f) {
      const idm = /[0-9]{4}(?:\.[0-9]{2}){0,2}/.exec(f.value);
      if (idm && idm[0] !== file.id && /^\[?[0-9.]+\]?$/.test(f.value.trim())) {
        const start = f.valueStart + idm.index;
        ctx.report({
          start,
          end: start + idm[0].length,
          message: `**${f.name}** says ${idm[0]} but the file name says ${file.id}.`,
          fixes: [ctx.fix(`Write ${file.id}`, [{ start, end: start + idm[0].length, newText: file.id }], true)],
        });
      }
    }
    const headingName = h?.names[h.names.length - 1];
    if (h && headingName && file.name && headingName !== file.name && norm(headingName) !== norm(file.name) && !/[[{]/.test(headingName)) {
      const start = h.start + ctx.doc.text.slice(h.start, h.end).lastIndexOf(headingName);
      ctx.report({
        start,
        end: start + headingName.length,
        message: `Heading names this "${headingName}" but the file name says "${file.name}".`,
        fixes: [ctx.fix(`Write "${file.name}" in the heading`, [{ start, end: start + headingName.length, newText: file.name }])],
      });
    }
  },
};
