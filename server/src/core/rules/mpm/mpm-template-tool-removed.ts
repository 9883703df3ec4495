import { at } from '../../json/model';
import { replaceString } from '../../mpm/templateEdits';
import { removeItem } from '../../plugins/json';
import { REMOVED_TOOLS } from '../../spec/claudeCode';
import { MPM_TEMPLATE_TOOLS } from '../../spec/claudeMpmTemplate';
import type { Rule } from '../types';

export const mpmTemplateToolRemoved: Rule = {
  id: 'mpm-template-tool-removed',
  description: 'A claude-mpm template lists a tool Claude Code no longer has (`MultiEdit`, `LS`, `NotebookRead` …).',
  severity: 'warning',
  kinds: ['mpm-agent-template'],
  fixable: true,
  consequence: {
    text: "A removed tool written into the deployed agent's `tools` grants nothing there.",
    evidence: [
      'claude-mpm v4.21.0 (its template schema, agent builder and skill services; corpus: bobmatnyc__claude-mpm__v4.21.0)',
      'Claude Code 2.1.332 binary: not among its tools (spec/claudeCode.ts)',
    ],
  },
  docs: `claude-mpm's template schema (v4.21.0) still lists \`MultiEdit\`, \`LS\` and \`NotebookRead\` among
the tools of \`capabilities.tools\`, but Claude Code removed them: an agent deployed with these tools
(claude-mpm's asynchronous deployment writes them as \`tools:\`) gets nothing from them, and its
default deployment, which writes no \`tools:\` at all, gives the agent every current tool instead.
The same check as \`agent-tool-removed\`, on the template.

\`\`\`json
"tools": ["Read", "Edit", "MultiEdit", "LS"]
\`\`\`

The preferred fix drops the entry when its successor (\`Edit\`, \`Glob\`, \`Read\`) is already listed,
and renames it when the successor grants the same (\`MultiEdit\` → \`Edit\`); a successor that grants
more (\`LS\` → \`Glob\`) is offered, not applied. Either keeps the template valid for claude-mpm's schema.`,
  check(ctx) {
    // A template claude-mpm cannot parse deploys nothing (json-syntax says so).
    if (ctx.doc.json?.errors.length) return;
    const tools = at(ctx.doc.json?.root, ['capabilities', 'tools']);
    if (tools?.type !== 'array') return;
    const names = new Set(tools.items.flatMap((i) => (i.type === 'string' ? [i.value] : [])));
    tools.items.forEach((item, index) => {
      if (item.type !== 'string') return;
      const info = REMOVED_TOOLS[item.value];
      if (!info) return;
      const successor = info.replacement;
      // A rename must keep the template valid for claude-mpm's own schema.
      const usable = successor !== undefined && (MPM_TEMPLATE_TOOLS as readonly string[]).includes(successor);
      const listed = successor !== undefined && names.has(successor);
      const fixes = [];
      if (usable && !listed) fixes.push(ctx.fix(`Change to \`${successor}\``, [replaceString(item, successor)], info.sameCapability));
      if (tools.items.length > 1) fixes.push(ctx.fix(`Remove \`${item.value}\``, [removeItem(tools, index)], !successor || listed));
      const job = successor
        ? ` (\`${successor}\` does this job now${listed ? ' and is already listed' : info.sameCapability ? '' : `, but grants more than \`${item.value}\` did`})`
        : '';
      ctx.report({
        start: item.start,
        end: item.end,
        message: `\`${item.value}\` no longer exists in Claude Code${job}, so an agent deployed with these tools gets nothing from it.`,
        tags: ['deprecated'],
        ...(fixes.length ? { fixes } : {}),
      });
    });
  },
};
