import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { flowOfDocument, offsets } from '../../returnCodes/tables/rules';
import { RETURN_CODES_KEY } from '../../workspace/indexers/returnCodes';
import { TABLE_FLOWS_KEY } from '../../workspace/indexers/tableFlows';
import { ALL_KINDS } from '../../returnCodes/fixes';
import type { Rule } from '../types';

export const returnCodeStateUnrouted: Rule = {
  id: 'return-code-state-unrouted',
  description: 'An agent that works in a state can return a code that no transition of that state routes.',
  severity: 'warning',
  kinds: ALL_KINDS,
  fixable: false,
  consequence: {
    text: "A code the state's agent can return but no transition of that state routes leaves the orchestrator without a next step.",
    evidence: ['the return-code protocol of agent flows (docs/return-codes.md)'],
  },
  dependsOn: [TABLE_FLOWS_KEY, RETURN_CODES_KEY, WORKSPACE_PLUGINS_KEY],
  docs: `When a state's document names the agent that does its work (\`STATE/TEST.md\`: "delegate to
\`quality-assurance\`"), every code that agent says it returns needs a row for that state in the
transitions table. Otherwise the orchestrator has no next step when the code comes back.

\`\`\`markdown
<!-- quality-assurance returns SUCCESS, FAILURE, PARTIAL, MISSING; TEST routes only three -->
| TEST | SUCCESS | Proceed to DONE |
| TEST | FAILURE | Return to WORK with feedback |
| TEST | PARTIAL | Continue TEST |
\`\`\`

Reported on the code in the agent's list of codes.`,
  check(ctx) {
    const flow = flowOfDocument(ctx.workspace, ctx.files, ctx.doc);
    if (!flow) return;
    const defined = new Set(flow.codes.map((c) => c.code));
    for (const agent of flow.agents) {
      for (const r of agent.returns) {
        if (r.uri !== ctx.doc.uri || !defined.has(r.code)) continue;
        const missing = agent.states.filter((s) => !flow.transitions.some((t) => t.state.text === s && t.code.text === r.code));
        if (!missing.length) continue;
        ctx.report({
          ...offsets(ctx.doc, r.range),
          message: `\`${agent.name}\` works in ${missing.join(', ')}, where no transition routes \`${r.code}\`: the orchestrator has no next step when it comes back.`,
        });
      }
    }
  },
};
