import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { waysOut } from '../../returnCodes/tables/flow';
import { flowOfDocument, offsets, TERMINAL_STATES } from '../../returnCodes/tables/rules';
import { RETURN_CODES_KEY } from '../../workspace/indexers/returnCodes';
import { TABLE_FLOWS_KEY } from '../../workspace/indexers/tableFlows';
import type { Rule } from '../types';

export const returnCodeStateDeadEnd: Rule = {
  id: 'return-code-state-dead-end',
  description: 'A state of a table flow with no way out: no transition leaves it.',
  severity: 'warning',
  kinds: ['markdown', 'command', 'agent', 'skill', 'task'],
  fixable: false,
  consequence: {
    text: 'A reachable state with no transition out leaves the orchestrator stuck once it gets there.',
    evidence: ['the return-code protocol of agent flows (docs/return-codes.md)'],
  },
  dependsOn: [TABLE_FLOWS_KEY, RETURN_CODES_KEY, WORKSPACE_PLUGINS_KEY],
  docs: `Every state the orchestrator can reach needs a way out: a row of the transitions table from
it (\`| TEST | SUCCESS | Proceed to DONE |\`), or a row of an orchestration level's table from one of
its instances (\`| TASK_LOOP | TASK_INIT | … |\` for \`LOOP\`). A state with neither leaves the
orchestrator stuck once it gets there.

\`\`\`markdown
| Current State | Return Code | Next State Action |
|---------------|-------------|-------------------|
| WORK          | SUCCESS     | Proceed to TEST   |
<!-- STATE/TEST.md exists, but no row starts from TEST -->
\`\`\`

Reported on the state's document (its first heading), or, for a state with no document, where a
transition leads to it. \`EXIT\`, \`END\`, \`COMPLETE\` and the like are ends, not dead ends.`,
  check(ctx) {
    const flow = flowOfDocument(ctx.workspace, ctx.files, ctx.doc);
    if (!flow) return;
    // Where states have documents, a state without one is \`return-code-state-missing\`'s to report.
    const documented = [...flow.states.values()].some((s) => s.uri);
    for (const state of flow.states.values()) {
      if (TERMINAL_STATES.has(state.name) || waysOut(flow, state.name) > 0 || (documented && !state.uri)) continue;
      const message = `No transition leaves the state \`${state.name}\`: the flow gets stuck there. Add a row for it to the transitions table of ${flow.uri.replace(/^.*\//, '')}.`;
      if (state.uri === ctx.doc.uri) {
        const heading = ctx.doc.text.slice(ctx.doc.bodyStart).search(/^#{1,6}\s/m);
        const at = heading < 0 ? ctx.doc.bodyStart : ctx.doc.bodyStart + heading;
        const end = ctx.doc.text.indexOf('\n', at);
        ctx.report({ start: at, end: end < 0 ? ctx.doc.text.length : end, message });
      } else if (!state.uri && flow.uri === ctx.doc.uri) {
        const target = flow.transitions.flatMap((t) => t.targets).find((t) => t.name === state.name);
        if (target) ctx.report({ ...offsets(ctx.doc, target.range), message });
      }
    }
  },
};
