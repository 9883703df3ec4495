import { field } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import { COLORS } from '../../spec/claudeCode';
import type { Rule } from '../types';
import { nearestColor } from '../../agents/color';
import { removeField, replaceValue } from '../../fields/edits';
import { valueSpan } from '../../fields/spans';

export const agentColorValue: Rule = {
  id: 'agent-color-value',
  description: '`color` must be one of the eight colours Claude Code supports.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  consequence: {
    text: "A project or user agent's `color` outside Claude Code's list is dropped: the agent shows in the default colour. (A plugin agent keeps the value, which the terminal cannot show either.)",
    evidence: ['Claude Code 2.1.332 binary, project agent loader: `color` kept only when it is one of its named colours', 'Claude Code docs: sub-agents.md'],
  },
  docs: `An agent's \`color\` accepts \`red\`, \`blue\`, \`green\`, \`yellow\`, \`purple\`, \`orange\`, \`pink\` or
\`cyan\`. Real files also use \`magenta\`, \`indigo\`, \`gray\`, \`teal\`, \`gold\` and hex values, which
Claude Code does not display.

\`\`\`yaml
color: magenta    # → pink
color: "#10B981"  # → green (nearest hue)
color: gray       # no supported grey: remove it or pick a colour
\`\`\`

The preferred fix picks the nearest supported colour (by name, or by hue for a hex value); for greys,
black and white there is none, and the fix offered removes the field.`,
  check(ctx) {
    const entry = field(ctx.doc, 'color');
    if (!entry?.value) return; // `color:` with nothing is the default colour
    const value = scalarString(entry.value)?.trim() ?? '';
    if ((COLORS as readonly string[]).includes(value)) return;
    const nearest = value ? nearestColor(value) : undefined;
    const span = valueSpan(entry);
    ctx.report({
      ...span,
      message: `Unsupported color \`${value}\`: Claude Code accepts ${COLORS.join(', ')}${nearest ? `; the nearest is \`${nearest}\`` : ''}.`,
      fixes: nearest ? [replaceValue(ctx, entry, nearest, true)] : [removeField(ctx, entry)],
    });
  },
};
