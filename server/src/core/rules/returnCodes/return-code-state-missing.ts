import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { dirOf } from '../../files/uris';
import { flowOfDocument, offsets, TERMINAL_STATES } from '../../returnCodes/tables/rules';
import { didYouMean } from '../../text/similarity';
import { RETURN_CODES_KEY } from '../../workspace/indexers/returnCodes';
import { TABLE_FLOWS_KEY } from '../../workspace/indexers/tableFlows';
import type { Rule } from '../types';

export const returnCodeStateMissing: Rule = {
  id: 'return-code-state-missing',
  description: 'A transition row names a state that has no state document.',
  severity: 'warning',
  kinds: ['markdown', 'command', 'agent', 'skill', 'task'],
  fixable: false,
  consequence: {
    text: "The orchestrator reads a state's document to run it; a transition to a state without one sends it where it has no instructions.",
    evidence: ['the return-code protocol of agent flows (docs/return-codes.md)'],
  },
  dependsOn: [TABLE_FLOWS_KEY, RETURN_CODES_KEY, WORKSPACE_PLUGINS_KEY],
  docs: `Where a flow documents each state in its own file (\`STATE/WORK.md\`, \`STATE/TEST.md\` … beside
the return-code definition), the orchestrator reads that file to run the state. A transition from or
to a state without one sends the orchestrator somewhere it has no instructions for.

\`\`\`markdown
| WORK | SUCCESS | Proceed to REVIEW |     <!-- no STATE/REVIEW.md -->
\`\`\`

Checked only when the flow has state documents at all; \`EXIT\`, \`END\` and the like need none.`,
  check(ctx) {
    const flow = flowOfDocument(ctx.workspace, ctx.files, ctx.doc);
    if (!flow || flow.uri !== ctx.doc.uri) return;
    const documented = [...flow.states.values()].filter((s) => s.uri);
    if (!documented.length) return;
    const folder = dirOf(documented[0]!.uri!).replace(/^.*\//, '');
    const names = documented.map((s) => s.name);
    const report = (name: string, range: Parameters<typeof offsets>[1]) => {
      if (flow.states.get(name)?.uri || TERMINAL_STATES.has(name)) return;
      const suggestion = didYouMean(name, names);
      ctx.report({
        ...offsets(ctx.doc, range),
        message: `The state \`${name}\` has no document in \`${folder}/\`: the orchestrator has no instructions for it.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
      });
    };
    for (const t of flow.transitions) {
      report(t.state.text, t.state.range);
      for (const target of t.targets) report(target.name, target.range);
    }
  },
};
