import { removalEdit } from '../../fields/edits';
import { fieldsOf } from '../../document/parse';
import type { FieldEntry } from '../../document/yamlFields';
import type { Rule } from '../types';
import { yamlBroken } from '../../fields/health';

export const duplicateKey: Rule = {
  id: 'duplicate-key',
  description: 'A frontmatter key written twice makes strict YAML, and Claude Code, reject the block.',
  severity: 'error',
  kinds: ['agent', 'skill', 'command', 'task'],
  fixable: true,
  docs: `YAML forbids a mapping key twice. Lenient parsers keep the last value, but Claude Code's parser
rejects the frontmatter, and then it reads no fields and skips the file.

\`\`\`yaml
skills: [testing]
model: sonnet
skills: [review]     # duplicate: reported here, pointing back at the first
\`\`\`

The finding sits on the second key and links to the first. The preferred fix deletes the later pair,
whole lines including its continuation lines and list items; merge the values by hand first if both
matter.`,
  check(ctx) {
    if (yamlBroken(ctx.doc)) return;
    const first = new Map<string, FieldEntry>();
    for (const f of fieldsOf(ctx.doc)) {
      const earlier = first.get(f.key);
      if (!earlier) {
        first.set(f.key, f);
        continue;
      }
      const line = ctx.doc.lines.positionAt(earlier.keyStart).line + 1;
      ctx.report({
        start: f.keyStart,
        end: f.keyEnd,
        message: `Duplicate key \`${f.key}\` (first on line ${line}): strict YAML rejects this and Claude Code skips the file.`,
        related: [{ location: { uri: ctx.doc.uri, range: ctx.doc.lines.range(earlier.keyStart, earlier.keyEnd) }, message: `First \`${f.key}\`` }],
        fixes: [ctx.fix(`Remove the duplicate \`${f.key}\``, [removalEdit(ctx.doc, f)], true)],
      });
    }
  },
};
