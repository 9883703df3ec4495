import { returnCodesOf } from '../../returnCodes/extract';
import { RETURN_CODES_KEY, returnCodesIndexer } from '../../workspace/indexers/returnCodes';
import { flowRoot } from '../../returnCodes/scope';
import { agentsFor, catalogFor } from '../../returnCodes/workspace';
import type { Fix } from '../../types';
import { ownFact } from '../../workspace/ownFact';
import type { Rule } from '../types';
import { ALL_KINDS, declareFix, listNames } from '../../returnCodes/fixes';

export const returnCodeNotDeclared: Rule = {
  id: 'return-code-not-declared',
  description: 'An orchestrator routes a return code that the agent it names does not declare.',
  severity: 'warning',
  kinds: ALL_KINDS,
  fixable: true,
  consequence: {
    text: "A route for a code the agent never returns is dead, or the agent's list is out of date.",
    evidence: ['the return-code protocol of agent flows (docs/return-codes.md)'],
  },
  dependsOn: [RETURN_CODES_KEY],
  ownFacts: [returnCodesIndexer.key],
  appliesTo: (own) => (own(returnCodesIndexer)?.mirrors.length ?? 0) > 0,
  docs: `An entry under an orchestrator's \`### <agent>:\` subsection promises that the agent can return
that code; if the agent's \`**RETURN CODES:**\` list does not have it, the agent never returns it
and the route is dead, or the agent's list is out of date. For a glob subsection (\`developer-*\`)
every matching agent that declares codes is checked; agents that declare none are skipped, and a
subsection naming no agent in the workspace is not checked. The fix declares the code in the agent.

\`\`\`markdown
<!-- .claude/commands/build.md -->
## Return Codes

### builder:
- \`SUCCESS_BUILT\` - Build succeeded
- \`TIMEOUT_BUILD\` - Build took too long   <!-- builder.md does not declare it -->
\`\`\``,
  check(ctx) {
    // Decided on the document's own facts: a file without orchestrator subsections builds no model here.
    if (!ownFact(ctx.workspace, ctx.doc, returnCodesIndexer)?.mirrors.length) return;
    const model = returnCodesOf(ctx.doc);
    if (!model.mirrors.length) return;
    const catalog = catalogFor(ctx.workspace, ctx.doc.uri);
    const root = flowRoot(ctx.doc.uri);
    for (const mirror of model.mirrors) {
      const glob = /[*?]/.test(mirror.pattern);
      const agents = agentsFor(catalog, { root, pattern: mirror.pattern }).filter((a) => !glob || a.facts.declarations.length > 0);
      if (!agents.length) continue;
      for (const entry of mirror.entries) {
        const lacking = agents.filter((a) => !a.facts.declarations.some((d) => d.code === entry.code));
        if (!lacking.length) continue;
        const names = lacking.map((a) => a.agent);
        ctx.report({
          start: entry.start,
          end: entry.end,
          message: `\`${entry.code}\` is routed for ${mirror.pattern}, but ${listNames(names)} ${names.length > 1 ? 'do' : 'does'} not declare it.`,
          related: lacking.map((a) => ({
            location: { uri: a.uri, range: a.facts.declarations[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
            message: `Return codes of ${a.agent}`,
          })),
          fixes: lacking.map((a) => declareFix(a, entry.code, entry.description)).filter((f): f is Fix => f !== undefined),
        });
      }
    }
  },
};
