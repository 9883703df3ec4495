import type { Rule } from '../types';
import { renameTool } from '../../agents/toolEdit';
import { agentTools } from '../../agents/tools';
import { TOOL_ALIASES, TOOL_ALIASES_RENAMED_ONLY } from '../../spec/claudeCode';

const table = Object.entries(TOOL_ALIASES)
  .map(([old, now]) => `| \`${old}\` | \`${now}\` | ${TOOL_ALIASES_RENAMED_ONLY.includes(old) ? 'applied by fix-all' : 'offered only'} |`)
  .join('\n');

export const agentToolAlias: Rule = {
  id: 'agent-tool-alias',
  description: 'An old tool name that Claude Code still reads as the current tool (`Task` for `Agent`).',
  severity: 'information',
  kinds: ['agent'],
  fixable: true,
  consequence: {
    text: 'An old tool name that Claude Code still maps (`Task` → `Agent`) works as the new one (advice).',
    evidence: ['Claude Code 2.1.332 binary: the old names it maps to current tools (spec/claudeCode.ts, checked by `npm run spec:check`)'],
  },
  docs: `Claude Code reads these old names as the current tool, in \`tools\`, \`disallowedTools\` and
permission rules (its own tool-name table, read by \`npm run spec:check\`), so the entry works; the
finding is information only.

| old name | read as | rename |
|---|---|---|
${table}

\`\`\`yaml
tools: Read, Task(worker)    # → Read, Agent(worker)
tools: Bash, KillShell       # works: Claude Code gives this agent TaskStop
\`\`\`

Where the current tool is the same tool renamed (\`Task\` → \`Agent\`), fix-all writes the current
name and keeps any specifier. Where it does more or something else (\`KillShell\` stopped background
shells; \`TaskStop\` stops any background task, agents included), the rename is offered but never
applied by fix-all or \`lint --fix\`: writing \`TaskStop\` states a wider grant than the author wrote.`,
  check(ctx) {
    const model = agentTools(ctx.doc);
    for (const item of [...(model.tools?.items ?? []), ...(model.disallowedTools?.items ?? [])]) {
      if (item.cls !== 'alias') continue;
      const now = item.suggestion!;
      const renamed = TOOL_ALIASES_RENAMED_ONLY.includes(item.name);
      ctx.report({
        start: item.start,
        end: item.nameEnd,
        message: renamed
          ? `\`${item.name}\` is the old name of \`${now}\`; it still works as an alias.`
          : `\`${item.name}\` is an old name: Claude Code reads it as \`${now}\`, which may grant more than the name says.`,
        tags: ['deprecated'],
        fixes: [ctx.fix(`Change to \`${now}\``, [renameTool(item, now)], renamed)],
      });
    }
  },
};
