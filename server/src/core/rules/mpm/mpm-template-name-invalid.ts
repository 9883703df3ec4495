import { MPM_DEPLOYED_NAME, mpmDeployedAgentName } from '../../spec/claudeMpm';
import { basename } from '../../text/names';
import type { Rule } from '../types';

export const mpmTemplateNameInvalid: Rule = {
  id: 'mpm-template-name-invalid',
  description: 'claude-mpm cannot deploy a template whose file name makes no valid Claude Code agent name.',
  severity: 'error',
  kinds: ['mpm-agent-template'],
  fixable: false,
  consequence: {
    text: "claude-mpm's agent builder refuses a name that is not lowercase letters and digits joined by hyphens: the agent is not deployed.",
    evidence: [
      'claude-mpm v4.21.0 (its template schema, agent builder and skill services; corpus: bobmatnyc__claude-mpm__v4.21.0): "does not meet Claude Code requirements"',
    ],
  },
  docs: `claude-mpm names the agent it deploys after the template's file, not after \`agent_id\` or
\`metadata.name\`: \`python_engineer.json\` becomes \`.claude/agents/python_engineer.md\` with
\`name: python-engineer\` (lowercased, \`_\` as \`-\`). Its builder refuses a name that is not lowercase
letters and digits in groups joined by single hyphens ("does not meet Claude Code requirements"),
and the agent is not deployed. Rename the file (\`Data Engineer.json\` → \`data_engineer.json\`).

\`\`\`text
agents/templates/Data Engineer.json   # reported: "data engineer" is no agent name
agents/templates/data_engineer.json   # fine: deployed as data-engineer
\`\`\``,
  check(ctx) {
    const stem = basename(ctx.doc.uri).replace(/\.json$/i, '');
    const name = mpmDeployedAgentName(stem);
    if (MPM_DEPLOYED_NAME.test(name)) return;
    const root = ctx.doc.json?.root;
    ctx.report({
      start: root?.start ?? 0,
      end: (root?.start ?? 0) + 1,
      message: `claude-mpm refuses to deploy this template: the agent name it makes of the file name, \`${name}\`, is not lowercase letters and digits joined by single hyphens. Rename the file.`,
    });
  },
};
