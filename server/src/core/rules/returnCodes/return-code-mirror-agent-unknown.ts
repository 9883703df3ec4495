import { returnCodesOf } from '../../returnCodes/extract';
import { RETURN_CODES_KEY, returnCodesIndexer } from '../../workspace/indexers/returnCodes';
import { flowRoot, sameFlow } from '../../returnCodes/scope';
import { agentsFor, catalogFor } from '../../returnCodes/workspace';
import { didYouMean } from '../../text/similarity';
import { ownFact } from '../../workspace/ownFact';
import type { Rule } from '../types';
import { ALL_KINDS } from '../../returnCodes/fixes';

export const returnCodeMirrorAgentUnknown: Rule = {
  id: 'return-code-mirror-agent-unknown',
  description: "An orchestrator's `### <agent>:` subsection names no agent of its flow.",
  severity: 'warning',
  kinds: ALL_KINDS,
  fixable: true,
  consequence: {
    text: 'A subsection naming no agent of the flow routes nothing: every route in it is dead.',
    evidence: ['the return-code protocol of agent flows (docs/return-codes.md)'],
  },
  dependsOn: [RETURN_CODES_KEY],
  ownFacts: [returnCodesIndexer.key],
  appliesTo: (own) => (own(returnCodesIndexer)?.mirrors.length ?? 0) > 0,
  docs: `Under an orchestrator's \`Return Codes\` heading, each \`### <agent-name>:\` subsection routes the
codes of the agents it names. When no agent of the flow has that name (a typo, or an agent renamed
or removed since), every route in the subsection is dead.
Reported on the name, with the closest agent name as a fix when there is one. A glob (\`developer-*\`)
is reported only when it matches no agent at all; a flow with no agent files in the workspace is not
checked (the agents may live elsewhere).

\`\`\`markdown
## Return Codes:

### quality-assurence:        <- no agent is named quality-assurence: did you mean quality-assurance?
- \`SUCCESS_TO_FL_FINAL\` - Hand over to the feature lead
\`\`\``,
  check(ctx) {
    // Decided on the document's own facts: a file without orchestrator subsections builds no model here.
    if (!ownFact(ctx.workspace, ctx.doc, returnCodesIndexer)?.mirrors.length) return;
    const model = returnCodesOf(ctx.doc);
    if (!model.mirrors.length) return;
    const catalog = catalogFor(ctx.workspace, ctx.doc.uri);
    const root = flowRoot(ctx.doc.uri);
    const names = catalog.agents.filter((a) => sameFlow(a.root, root)).map((a) => a.agent);
    if (!names.length) return;
    for (const mirror of model.mirrors) {
      if (agentsFor(catalog, { root, pattern: mirror.pattern }).length) continue;
      const glob = /[*?]/.test(mirror.pattern);
      const suggestion = glob ? undefined : didYouMean(mirror.pattern, names);
      ctx.report({
        start: mirror.nameStart,
        end: mirror.nameEnd,
        message: `No agent of this flow is named \`${mirror.pattern}\`, so the codes routed here never arrive.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        ...(suggestion ? { fixes: [ctx.fix(`Change to \`${suggestion}\``, [{ start: mirror.nameStart, end: mirror.nameEnd, newText: suggestion }])] } : {}),
      });
    }
  },
};
