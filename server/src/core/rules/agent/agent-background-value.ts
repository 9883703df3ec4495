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
  consequence: {
    text: 'Claude Code reads `background` as true only for `true` or the string "true"; any other value (`yes`, `on`, `1`) is ignored with a debug-log line, and the agent runs in the foreground.',
    evidence: [
      'Claude Code 2.1.332 binary, agent loaders: `background === "true" || background === true`, else "has invalid background value … Must be \'true\', \'false\', or omitted."',
    ],
  },
  docs: `\`background: true\` keeps the subagent in the background. Claude Code accepts \`true\` and \`false\`
(also quoted); YAML 1.2, which its parser follows, reads \`yes\`, \`no\`, \`on\` and \`off\` as
*strings*, which Claude Code ignores:

\`\`\`yaml
background: yes      # ignored: the agent runs in the foreground; the fix writes true
background: "true"   # fine
\`\`\`

The preferred fix writes the boolean the word stands for. (Skills are different: their booleans also
accept yes/no/on/off.)`,
  check(ctx) {
    const entry = field(ctx.doc, 'background');
    if (!entry?.value) return;
    const node = entry.value;
    // Claude Code takes `true`, `false` and the strings "true" and "false" as written.
    if (isScalar(node) && (typeof node.value === 'boolean' || node.value === 'true' || node.value === 'false')) return;
    const raw = isScalar(node) ? String(node.value).trim().toLowerCase() : '';
    const meant = TRUE_WORDS.has(raw) ? 'true' : FALSE_WORDS.has(raw) ? 'false' : undefined;
    ctx.report({
      ...valueSpan(entry),
      message: `\`background\` must be \`true\` or \`false\`: Claude Code ignores this value${meant === 'true' ? ', so the agent does not run in the background' : ''}.`,
      ...(meant ? { fixes: [replaceValue(ctx, entry, meant, true)] } : {}),
    });
  },
};
