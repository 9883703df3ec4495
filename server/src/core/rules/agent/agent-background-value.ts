import { field } from '../../document/parse';
import { isScalar } from '../../document/yamlFields';
import type { Rule } from '../types';
import { replaceValue } from '../../fields/edits';
import { valueSpan } from '../../fields/spans';

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'off', '0']);

export const agentBackgroundValue: Rule = {
  id: 'agent-background-value',
  description: '`background` must be a YAML boolean: `true` or `false`.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  docs: `\`background: true\` keeps the subagent in the background. The value must be a boolean. YAML 1.2,
which Claude Code's parser follows, reads \`yes\`, \`no\`, \`on\` and \`off\` as *strings*, and a quoted
\`"true"\` is a string too:

\`\`\`yaml
background: yes      # the string "yes" → true
background: "false"  # the string "false" → false
\`\`\`

The preferred fix writes the boolean the word stands for. (Skills are different: their booleans also
accept yes/no/on/off.)`,
  check(ctx) {
    const entry = field(ctx.doc, 'background');
    if (!entry?.value) return;
    const node = entry.value;
    if (isScalar(node) && typeof node.value === 'boolean') return;
    const raw = isScalar(node) ? String(node.value).trim().toLowerCase() : '';
    const meant = TRUE_WORDS.has(raw) ? 'true' : FALSE_WORDS.has(raw) ? 'false' : undefined;
    ctx.report({
      ...valueSpan(entry),
      message: `\`background\` must be \`true\` or \`false\`${meant ? `; YAML reads this as a string, not the boolean ${meant}` : ''}.`,
      ...(meant ? { fixes: [replaceValue(ctx, entry, meant, true)] } : {}),
    });
  },
};
