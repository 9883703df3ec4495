import { at } from '../../json/model';
import { replaceString } from '../../mpm/templateEdits';
import { removeItem } from '../../plugins/json';
import { REMOVED_TOOLS } from '../../spec/claudeCode';
import type { Rule } from '../types';

export const mpmTemplateToolRemoved: Rule = {
  id: 'mpm-template-tool-removed',
  description: 'A claude-mpm template lists a tool Claude Code no longer has (`MultiEdit`, `LS`, `NotebookRead` …).',
  severity: 'warning',
  kinds: ['mpm-agent-template'],
  fixable: true,
  docs: `claude-mpm's template schema (v4.21.0) still lists \`MultiEdit\`, \`LS\` and \`NotebookRead\` among
the tools of \`capabilities.tools\`, but Claude Code removed them: an agent deployed with these tools
(claude-mpm's asynchronous deployment writes them as \`tools:\`) gets nothing from them, and its
default deployment, which writes no \`tools:\` at all, gives the agent every current tool instead.
The same check as \`agent-tool-removed\`, on the template.

\`\`\`json
"tools": ["Read", "Edit", "MultiEdit", "LS"]
\`\`\`

The preferred fix drops the entry when its successor (\`Edit\`, \`Glob\`, \`Read\`) is already listed,
and renames it otherwise; both keep the template valid for claude-mpm's schema.`,
  check(ctx) {
    const tools = at(ctx.doc.json?.root, ['capabilities', 'tools']);
    if (tools?.type !== 'array') return;
    const names = new Set(tools.items.flatMap((i) => (i.type === 'string' ? [i.value] : [])));
    tools.items.forEach((item, index) => {
      if (item.type !== 'string' || !(item.value in REMOVED_TOOLS)) return;
      const successor = REMOVED_TOOLS[item.value];
      const drop = !successor || names.has(successor);
      const fix = drop
        ? tools.items.length > 1
          ? ctx.fix(`Remove \`${item.value}\``, [removeItem(tools, index)], true)
          : undefined
        : ctx.fix(`Change to \`${successor}\``, [replaceString(item, successor)], true);
      ctx.report({
        start: item.start,
        end: item.end,
        message: `\`${item.value}\` no longer exists in Claude Code${successor ? ` (\`${successor}\` took over its work)` : ''}, so an agent deployed with these tools gets nothing from it.`,
        tags: ['deprecated'],
        ...(fix ? { fixes: [fix] } : {}),
      });
    });
  },
};
