import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { flowOfDocument, offsets } from '../../returnCodes/tables/rules';
import { didYouMean, editDistance } from '../../text/similarity';
import { RETURN_CODES_KEY } from '../../workspace/indexers/returnCodes';
import { TABLE_FLOWS_KEY } from '../../workspace/indexers/tableFlows';
import { ALL_KINDS } from '../../returnCodes/fixes';
import type { Rule } from '../types';

export const returnCodeUndefined: Rule = {
  id: 'return-code-undefined',
  description: "A transition row or an agent uses a code the flow's standard table does not define.",
  severity: 'warning',
  kinds: ALL_KINDS,
  fixable: true,
  consequence: {
    text: "A code outside the flow's table is handled by no transition: when it comes back the orchestrator has no next step.",
    evidence: [
      'the return-code protocol of agent flows (docs/return-codes.md)',
      'corpus: suxxes__resin.ai orchestrator/resources/STATE-MACHINE/RETURN-CODES.md',
    ],
  },
  dependsOn: [TABLE_FLOWS_KEY, RETURN_CODES_KEY, WORKSPACE_PLUGINS_KEY],
  docs: `In a flow that defines its return codes in a table (\`RETURN-CODES.md\`: \`| Code | Description |\`),
every transition row and every code an agent says it returns must be one of those codes. Anything
else is a typo or a code the orchestrator was never told about: no transition handles it.

\`\`\`markdown
| Current State | Return Code | Next State Action |
|---------------|-------------|-------------------|
| WORK          | SUCCES      | Proceed to TEST   |
\`\`\`

The fix replaces a near miss with the defined code (applied by fix-all only for a one-character slip).`,
  check(ctx) {
    const flow = flowOfDocument(ctx.workspace, ctx.files, ctx.doc);
    if (!flow || !flow.codes.length) return;
    const defined = new Set(flow.codes.map((c) => c.code));
    const uses = [
      ...flow.transitions
        .filter((t) => t.uri === ctx.doc.uri)
        .map((t) => ({ code: t.code.text, range: t.code.range, where: `the transition from ${t.state.text}` })),
      ...flow.agents.flatMap((a) => a.returns.filter((r) => r.uri === ctx.doc.uri).map((r) => ({ code: r.code, range: r.range, where: `\`${a.name}\`` }))),
    ];
    for (const use of uses) {
      if (defined.has(use.code)) continue;
      const { start, end } = offsets(ctx.doc, use.range);
      const suggestion = didYouMean(use.code, defined);
      ctx.report({
        start,
        end,
        message: `\`${use.code}\` (${use.where}) is not one of the flow's return codes (${[...defined].join(', ')}).${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        ...(suggestion
          ? { fixes: [ctx.fix(`Replace with \`${suggestion}\``, [{ start, end, newText: suggestion }], editDistance(use.code, suggestion) <= 1)] }
          : {}),
      });
    }
  },
};
