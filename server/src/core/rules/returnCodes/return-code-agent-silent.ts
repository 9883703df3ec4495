import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { flowOfDocument } from '../../returnCodes/tables/rules';
import { RETURN_CODES_KEY } from '../../workspace/indexers/returnCodes';
import { TABLE_FLOWS_KEY } from '../../workspace/indexers/tableFlows';
import { field } from '../../document/parse';
import type { Rule } from '../types';

export const returnCodeAgentSilent: Rule = {
  id: 'return-code-agent-silent',
  description: 'An agent of a flow with a return-code table names no code it returns.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: false,
  consequence: {
    text: 'An agent that names no code it returns leaves the orchestrator to guess which branch to take.',
    evidence: ['the return-code protocol of agent flows (docs/return-codes.md)'],
  },
  dependsOn: [TABLE_FLOWS_KEY, RETURN_CODES_KEY, WORKSPACE_PLUGINS_KEY],
  docs: `In a flow whose orchestrator routes on return codes defined in a table, each agent should say
which of them it returns, under an item or heading about return codes, in its own file or in a
resource it reads:

\`\`\`markdown
- **Determine return code**
  - \`SUCCESS\` - All steps are confirmed to be successful
  - \`FAILURE\` - Critical issues requiring fixes found
\`\`\`

An agent that names none leaves the choice of code to chance, and no check can tell whether its
outcomes are routed. Reported on the agent's \`name\` (files without one are left to the agent rules).`,
  check(ctx) {
    const flow = flowOfDocument(ctx.workspace, ctx.files, ctx.doc);
    if (!flow || !flow.codes.length) return;
    const agent = flow.agents.find((a) => a.uri === ctx.doc.uri);
    if (!agent || agent.returns.length) return;
    // A file without a `name` is another rule's business (it may not be an agent at all).
    const name = field(ctx.doc, 'name');
    if (!name) return;
    ctx.report({
      start: name.keyStart,
      end: name.keyEnd,
      message: `\`${agent.name}\` names none of the flow's return codes (${flow.codes.map((c) => c.code).join(', ')}): say which it returns, in a list under "return code".`,
    });
  },
};
