import type { Rule } from '../types';
import { removeToolEntry, renameTool } from '../../agents/toolEdit';
import { agentTools, isStripped } from '../../agents/tools';
import { REMOVED_TOOLS } from '../../spec/claudeCode';

const table = Object.entries(REMOVED_TOOLS)
  .map(
    ([name, t]) =>
      `| \`${name}\` | ${t.removedIn ?? 'before 2.1.332'} | ${t.replacement ? `\`${t.replacement}\`` : '—'}${t.replacement && !t.sameCapability ? ' (grants something else)' : ''} |`,
  )
  .join('\n');

export const agentToolRemoved: Rule = {
  id: 'agent-tool-removed',
  description: 'A tool that Claude Code no longer has: the entry grants nothing.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  consequence: {
    text: 'A tool Claude Code no longer has grants nothing: that capability is missing from the agent.',
    evidence: ['Claude Code 2.1.332 binary: not among its tools (spec/claudeCode.ts, with the release that removed each)', 'Claude Code changelog'],
  },
  docs: `These tools are gone from Claude Code: an entry naming one grants nothing, and Claude Code drops it
without a word (an agent none of whose entries resolves does not start: \`agent-tools-none-resolve\`).

| removed | first release without it | does this job now |
|---|---|---|
${table}

Evidence: Claude Code 2.1.332 has no tool by these names and does not map them to another tool (its
own tool-name table, read by \`npm run spec:check\`); its list of retired tools names \`TaskOutput\`,
\`BashOutput\`, \`AgentOutput\` and their \`…Tool\` spellings; 2.1.276 still defines \`TaskOutput\`.

\`\`\`yaml
tools: Read, Edit, MultiEdit   # → Read, Edit
\`\`\`

A fix never changes what the agent can do without asking. Applied by fix-all and \`lint --fix\`:
removing the entry when its successor is already listed (or is one a subagent never gets), and
\`MultiEdit\` → \`Edit\`, which grants the same. Only offered: a successor that grants something
else (\`TaskOutput\` → \`Read\`, \`LS\` → \`Glob\`), and removing an entry whose successor is not
listed. An entry is never removed when it is the only one.`,
  check(ctx) {
    const model = agentTools(ctx.doc);
    for (const list of [model.tools, model.disallowedTools]) {
      const items = list?.items ?? [];
      const names = new Set(items.map((i) => i.name));
      for (const item of items) {
        if (item.cls !== 'removed') continue;
        const info = REMOVED_TOOLS[item.name]!;
        const successor = info.replacement;
        const usable = successor !== undefined && !(item.field === 'tools' && isStripped(ctx.doc, successor));
        const redundant = !usable || names.has(successor);
        const canDrop = items.length > 1;
        const fixes = [];
        if (usable && !names.has(successor)) fixes.push(ctx.fix(`Change to \`${successor}\``, [renameTool(item, successor)], info.sameCapability));
        if (canDrop) fixes.push(ctx.fix(`Remove \`${item.name}\``, [removeToolEntry(ctx.doc, item)], redundant));
        const when = info.removedIn ? ` (removed in ${info.removedIn})` : '';
        const job = successor
          ? usable
            ? `; \`${successor}\` does this job now${names.has(successor) ? ' and is already listed' : info.sameCapability ? '' : `, but grants more than \`${item.name}\` did`}`
            : `; \`${successor}\` took over its work, but subagents never get it`
          : '';
        ctx.report({
          start: item.start,
          end: item.end,
          message: `\`${item.name}\` no longer exists in Claude Code${when}: this entry grants nothing${job}.`,
          tags: ['deprecated'],
          ...(fixes.length ? { fixes } : {}),
        });
      }
    }
  },
};
