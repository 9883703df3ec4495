import { field } from '../../document/parse';
import { isSeq } from '../../document/yamlFields';
import type { Rule } from '../types';
import { hasCleanFrontmatter } from '../../fields/health';

export const argumentHintList: Rule = {
  id: 'argument-hint-list',
  description: 'An unquoted `argument-hint: [issue]` is read as a YAML list, not as the text `[issue]`.',
  severity: 'information',
  kinds: ['skill', 'command'],
  fixable: true,
  consequence: {
    text: 'An unquoted `argument-hint: [issue]` is a one-item list, so the hint shown while typing loses its brackets (advice).',
    evidence: ['YAML 1.2: `[a]` is a flow sequence', 'Claude Code 2.1.332 binary: frontmatter parsed with Bun.YAML'],
  },
  docs: `\`argument-hint\` is text shown while typing the command, such as \`[issue-number]\`. Unquoted,
\`[issue-number]\` is YAML for a one-item list, so the brackets are lost on the way. The preferred
fix quotes the value exactly as written. (\`[a] [b]\`, which is not valid YAML at all, is reported
by \`yaml-syntax\` with the same fix.)

\`\`\`yaml
argument-hint: [bug-id, severity]     # a YAML list
argument-hint: "[bug-id, severity]"   # the text shown
\`\`\``,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const f = field(ctx.doc, 'argument-hint');
    if (!f?.value || !isSeq(f.value) || !f.value.flow) return;
    const raw = ctx.doc.text.slice(f.valueStart, f.valueEnd);
    if (raw.includes('\n')) return;
    ctx.report({
      start: f.valueStart,
      end: f.valueEnd,
      message: `\`argument-hint: ${raw}\` is read as a YAML list, not the text \`${raw}\`: quote it.`,
      fixes: [ctx.fix(`Quote as \`"${raw}"\``, [{ start: f.valueStart, end: f.valueEnd, newText: JSON.stringify(raw) }], true)],
    });
  },
};
