import type { Rule } from '../types';
import { removeToolEntry, renameTool } from '../../agents/toolEdit';
import { agentTools, isStripped } from '../../agents/tools';

export const agentToolRemoved: Rule = {
  id: 'agent-tool-removed',
  description: 'A tool that Claude Code no longer has (`MultiEdit`, `NotebookRead`, `BashOutput`, `KillShell`, `LS`).',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  docs: `Some tools were removed from Claude Code; listing them grants nothing. Their work moved to
other tools:

| removed | use |
|---|---|
| \`MultiEdit\` | \`Edit\` |
| \`NotebookRead\` | \`Read\` |
| \`BashOutput\` | \`TaskOutput\` (but subagents never get it: just drop it) |
| \`KillShell\` | \`TaskStop\` |
| \`LS\` | \`Glob\` |

\`\`\`yaml
tools: Read, Edit, MultiEdit   # → Read, Edit
\`\`\`

The preferred fix replaces the entry with its successor, or drops it when the successor is already
listed or would be stripped from a subagent anyway (it is never left empty).`,
  check(ctx) {
    const model = agentTools(ctx.doc);
    for (const list of [model.tools, model.disallowedTools]) {
      const items = list?.items ?? [];
      const names = new Set(items.map((i) => i.name));
      for (const item of items) {
        if (item.cls !== 'removed') continue;
        const successor = item.suggestion;
        const usable = successor && !(item.field === 'tools' && isStripped(ctx.doc, successor));
        const drop = !usable || names.has(successor);
        const canDrop = items.length > 1;
        const fix = drop
          ? canDrop
            ? ctx.fix(`Remove \`${item.name}\``, [removeToolEntry(ctx.doc, item)], true)
            : undefined
          : ctx.fix(`Change to \`${successor}\``, [renameTool(item, successor)], true);
        ctx.report({
          start: item.start,
          end: item.end,
          message: `\`${item.name}\` no longer exists in Claude Code${successor ? `; \`${successor}\` took over its work${usable ? '' : ', but subagents never get it'}` : ''}.`,
          tags: ['deprecated'],
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
    }
  },
};
