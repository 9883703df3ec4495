import { field } from '../../document/parse';
import type { Node } from 'yaml';
import { isMap, isScalar } from '../../document/yamlFields';
import type { Rule } from '../types';
import { hasCleanFrontmatter } from '../../fields/health';
import { trimmedEnd } from '../../fields/spans';
import { isPortable } from '../../skills/target';

export const skillMetadata: Rule = {
  id: 'skill-metadata-type',
  description: '`metadata` must be a map (of strings, for the Agent Skills specification).',
  severity: 'warning',
  kinds: ['skill'],
  fixable: true,
  consequence: {
    text: 'A `metadata` that is not a map is dropped when the skill loads.',
    evidence: ['validator (`claude plugin validate`, 2.1.332): "\'metadata\' must be a mapping (key: value pairs); got … It is dropped at load time."'],
  },
  docs: `Claude Code drops a \`metadata\` value that is not a map (warning). The Agent Skills
specification requires a map from strings to strings; with \`skills.target: agent-skills\` any other
value is an error, and a number or boolean value gets a fix that quotes it.

\`\`\`yaml
metadata:       # a list: Claude Code drops it
  - author
metadata:       # a map of strings: kept
  author: jane
\`\`\``,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const f = field(ctx.doc, 'metadata');
    if (!f || !f.value) return;
    const portable = isPortable(ctx);
    if (!isMap(f.value)) {
      ctx.report({
        start: f.valueStart,
        end: trimmedEnd(ctx.doc, f.valueStart, f.valueEnd),
        severity: portable ? 'error' : 'warning',
        message: '`metadata` must be a map of keys to values; Claude Code drops any other value.',
      });
      return;
    }
    if (!portable) return;
    const offset = ctx.doc.frontmatter!.contentStart;
    for (const pair of f.value.items) {
      const value = pair.value as Node | null;
      if (!value?.range) continue;
      const [s, e] = [offset + value.range[0], offset + value.range[1]];
      if (isScalar(value) && typeof value.value === 'string') continue;
      const fixes =
        isScalar(value) && value.value !== null
          ? [ctx.fix('Quote the value', [{ start: s, end: e, newText: JSON.stringify(ctx.doc.text.slice(s, e)) }], true)]
          : [];
      ctx.report({
        start: s,
        end: Math.max(e, s + 1),
        severity: 'error',
        message: 'The Agent Skills specification requires `metadata` values to be strings.',
        fixes,
      });
    }
  },
};
