import { nearestColor } from '../../agents/color';
import { at, lastProperty } from '../../json/model';
import { removeProperty, replaceString } from '../../mpm/templateEdits';
import { COLORS } from '../../spec/claudeCode';
import type { Rule } from '../types';

export const mpmTemplateColorValue: Rule = {
  id: 'mpm-template-color-value',
  description: "A claude-mpm template's `metadata.color` is not a colour Claude Code supports.",
  severity: 'warning',
  kinds: ['mpm-agent-template'],
  fixable: true,
  consequence: {
    text: "The deployed agent's `color` is written as is; Claude Code drops a colour outside its list, so the agent shows in the default colour.",
    evidence: [
      'claude-mpm v4.21.0 (its template schema, agent builder and skill services; corpus: bobmatnyc__claude-mpm__v4.21.0)',
      'Claude Code 2.1.332 binary, project agent loader: `color` kept only when it is one of its named colours',
    ],
  },
  docs: `claude-mpm writes a template's \`metadata.color\` as it is into the \`color\` of the agent it
deploys to \`.claude/agents/\`, and Claude Code supports only \`red\`, \`blue\`, \`green\`, \`yellow\`,
\`purple\`, \`orange\`, \`pink\` and \`cyan\` (the same check as \`agent-color-value\`). claude-mpm's own
schema also allows \`indigo\`, \`gray\`, \`black\` and \`white\`, so its validator does not notice.

\`\`\`json
"metadata": { "name": "Agent Manager", "color": "indigo" }
\`\`\`

The preferred fix writes the nearest supported colour (\`indigo\` → \`purple\`); for greys, black and
white there is none, and the fix offered removes the key (claude-mpm then writes no colour).`,
  check(ctx) {
    // A template claude-mpm cannot parse deploys nothing (json-syntax says so).
    if (ctx.doc.json?.errors.length) return;
    const root = ctx.doc.json?.root;
    const metadata = at(root, ['metadata']);
    const property = lastProperty(metadata, 'color');
    const node = property?.value;
    if (!property || node?.type !== 'string' || (COLORS as readonly string[]).includes(node.value)) return;
    const nearest = nearestColor(node.value);
    ctx.report({
      start: node.start,
      end: node.end,
      message: `Claude Code does not support the colour \`${node.value}\`: claude-mpm writes \`color: ${node.value}\` into the agent it deploys, and Claude Code accepts ${COLORS.join(', ')}${nearest ? `; the nearest is \`${nearest}\`` : ''}.`,
      fixes: nearest
        ? [ctx.fix(`Change to \`${nearest}\``, [replaceString(node, nearest)], true)]
        : [ctx.fix('Remove `color`', [removeProperty(property, ctx.doc.text)])],
    });
  },
};
