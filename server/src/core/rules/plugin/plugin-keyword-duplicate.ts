import { get } from '../../json/model';
import { removeItem, rootObject } from '../../plugins/json';
import type { Rule } from '../types';

export const pluginKeywordDuplicate: Rule = {
  id: 'plugin-keyword-duplicate',
  description: 'A keyword listed twice in plugin.json.',
  severity: 'information',
  kinds: ['plugin-manifest'],
  fixable: true,
  consequence: {
    text: 'A repeated keyword adds nothing to marketplace search (advice).',
    evidence: ['Claude Code docs: plugins-reference.md (`keywords`)'],
  },
  docs: `Each keyword of a plugin counts once in marketplace search; a repeated one adds nothing and
usually hides a slip (a keyword meant to be another). Claude Code's own validator does not notice.

\`\`\`json
"keywords": ["workflow", "agents", "agents", "architecture"]
\`\`\`

The preferred fix removes the repeat. Keywords are compared ignoring case.`,
  check(ctx) {
    const keywords = get(rootObject(ctx.doc), 'keywords');
    if (keywords?.type !== 'array') return;
    const seen = new Map<string, number>();
    keywords.items.forEach((item, index) => {
      if (item.type !== 'string') return;
      const key = item.value.trim().toLowerCase();
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        return;
      }
      ctx.report({
        start: item.start,
        end: item.end,
        message: `The keyword "${item.value}" is already listed (entry ${first + 1}).`,
        tags: ['unnecessary'],
        fixes: [ctx.fix('Remove the repeated keyword', [removeItem(keywords, index)], true)],
      });
    });
  },
};
