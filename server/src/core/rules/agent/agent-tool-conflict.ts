import type { Rule } from '../types';
import { agentTools } from '../../agents/tools';

export const agentToolConflict: Rule = {
  id: 'agent-tool-conflict',
  description: 'A tool in both `tools` and `disallowedTools` is removed: the allowance has no effect.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: false,
  consequence: {
    text: 'Claude Code applies `disallowedTools` first: a tool in both lists is denied, the allowance has no effect.',
    evidence: ['Claude Code docs: sub-agents.md ("disallowedTools … removed from the inherited or specified list")'],
  },
  docs: `Claude Code applies \`disallowedTools\` first and then resolves \`tools\` against what is left, so a
tool listed in both is denied. Usually one of the two entries is a mistake.

\`\`\`yaml
tools: Read, Edit, Bash
disallowedTools: Bash     # Bash above grants nothing
\`\`\`

Reported on the \`tools\` entry, with a link to the denying entry. A deny entry without a specifier
(\`Bash\`) covers every \`Bash(...)\` allowance too.`,
  check(ctx) {
    const { tools, disallowedTools } = agentTools(ctx.doc);
    if (!tools || !disallowedTools) return;
    for (const item of tools.items) {
      const deny = disallowedTools.items.find((d) => d.name === item.name && (!d.specifier || d.text === item.text));
      if (!deny || item.cls === 'wildcard') continue;
      ctx.report({
        start: item.start,
        end: item.end,
        message: `\`${item.text}\` is also in \`disallowedTools\`, which wins: this agent does not get it.`,
        related: [{ location: { uri: ctx.doc.uri, range: ctx.doc.lines.range(deny.start, deny.end) }, message: `\`${deny.text}\` denied here` }],
      });
    }
  },
};
