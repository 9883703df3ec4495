import type { Rule } from '../types';
import { removeToolEntry } from '../../agents/toolEdit';
import { agentTools, isStripped } from '../../agents/tools';

export const agentToolStripped: Rule = {
  id: 'agent-tool-stripped',
  description: 'Some tools are always removed from subagents, even when listed in `tools`.',
  severity: 'information',
  kinds: ['agent'],
  fixable: true,
  docs: `Claude Code removes these tools from every subagent, whatever \`tools\` says: \`AskUserQuestion\`,
\`EndConversation\`, \`EnterPlanMode\`, \`ExitPlanMode\` (kept when \`permissionMode: plan\`),
\`ScheduleWakeup\`, \`TaskOutput\`, \`WaitForMcpServers\`, \`Workflow\`.

\`\`\`yaml
tools: Read, Grep, AskUserQuestion   # a subagent cannot ask the user: it reports back instead
\`\`\`

Information rather than a warning: the same file can also run as the main agent (\`claude --agent\`),
where these tools do work. The fix offered removes the entry.`,
  check(ctx) {
    const list = agentTools(ctx.doc).tools;
    if (!list) return;
    for (const item of list.items) {
      if (item.cls !== 'builtin' || !isStripped(ctx.doc, item.name)) continue;
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
