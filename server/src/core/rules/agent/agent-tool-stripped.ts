import type { Rule } from '../types';
import { removeToolEntry } from '../../agents/toolEdit';
import { agentTools, isStripped } from '../../agents/tools';
import { TOOLS, TOOLS_STRIPPED_FROM_SUBAGENTS } from '../../spec/claudeCode';

const DOCUMENTED = TOOLS_STRIPPED_FROM_SUBAGENTS.filter((t) => Object.hasOwn(TOOLS, t)).sort();

export const agentToolStripped: Rule = {
  id: 'agent-tool-stripped',
  description: 'Some tools are always removed from subagents, even when listed in `tools`.',
  severity: 'information',
  kinds: ['agent'],
  fixable: true,
  consequence: {
    text: 'These tools are always removed from subagents, whatever `tools` says: listing them has no effect there (advice; the same file may run as a main agent).',
    evidence: ['Claude Code 2.1.332 binary: the tools denied to subagents (spec/claudeCode.ts, checked by `npm run spec:check`)'],
  },
  docs: `Claude Code removes these tools from every subagent, whatever \`tools\` says:
${DOCUMENTED.map((t) => `\`${t}\``).join(', ')} (\`ExitPlanMode\` is kept when \`permissionMode: plan\`), and
${TOOLS_STRIPPED_FROM_SUBAGENTS.length - DOCUMENTED.length} undocumented ones. Evidence: the subagent tool filter in Claude Code's own
code (read by \`npm run spec:check\`).

\`\`\`yaml
tools: Read, Grep, AskUserQuestion   # a subagent cannot ask the user: it reports back instead
\`\`\`

Information rather than a warning: the same file can also run as the main agent (\`claude --agent\`),
where these tools do work. The fix offered removes the entry.`,
  check(ctx) {
    const list = agentTools(ctx.doc).tools;
    if (!list) return;
    for (const item of list.items) {
      if ((item.cls !== 'builtin' && item.cls !== 'undocumented') || !isStripped(ctx.doc, item.name)) continue;
      ctx.report({
        start: item.start,
        end: item.end,
        message: `\`${item.name}\` is removed from every subagent${item.name === 'ExitPlanMode' ? ' unless `permissionMode` is `plan`' : ''}; it only works when this agent runs as the main session.`,
        tags: ['unnecessary'],
        ...(list.items.length > 1 ? { fixes: [ctx.fix(`Remove \`${item.name}\``, [removeToolEntry(ctx.doc, item)])] } : {}),
      });
    }
  },
};
