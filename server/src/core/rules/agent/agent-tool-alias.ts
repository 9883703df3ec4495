import type { Rule } from '../types';
import { renameTool } from '../../agents/toolEdit';
import { agentTools } from '../../agents/tools';

export const agentToolAlias: Rule = {
  id: 'agent-tool-alias',
  description: '`Task` is the old name of the `Agent` tool; it still works.',
  severity: 'information',
  kinds: ['agent'],
  fixable: true,
  docs: `Claude Code v2.1.63 renamed the \`Task\` tool to \`Agent\`. \`Task\` and \`Task(worker)\` still work as
aliases, so this is information only.

\`\`\`yaml
tools: Read, Task(worker)    # → Read, Agent(worker)
\`\`\`

The preferred fix writes the current name and keeps any specifier.`,
  check(ctx) {
    const model = agentTools(ctx.doc);
    for (const item of [...(model.tools?.items ?? []), ...(model.disallowedTools?.items ?? [])]) {
      if (item.cls !== 'alias') continue;
      ctx.report({
        start: item.start,
        end: item.nameEnd,
        message: `\`${item.name}\` is the old name of \`${item.suggestion}\`; it still works as an alias.`,
        tags: ['deprecated'],
        fixes: [ctx.fix(`Change to \`${item.suggestion}\``, [renameTool(item, item.suggestion!)], true)],
      });
    }
  },
};
