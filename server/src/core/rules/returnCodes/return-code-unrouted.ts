import { returnCodesOf } from '../../returnCodes/extract';
import { RETURN_CODES_KEY, returnCodesIndexer } from '../../workspace/indexers/returnCodes';
import { flowRoot } from '../../returnCodes/scope';
import { catalogFor, mirrorsFor } from '../../returnCodes/workspace';
import { basename } from '../../text/names';
import { ownFact } from '../../workspace/ownFact';
import type { Rule } from '../types';
import { insertionFix, itemText } from '../../returnCodes/fixes';

export const returnCodeUnrouted: Rule = {
  id: 'return-code-unrouted',
  description: 'An agent declares a return code that its orchestrator does not route.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  consequence: {
    text: 'An outcome the orchestrator does not list has no route: when the agent returns it, the flow stalls or guesses.',
    evidence: ['the return-code protocol of agent flows (docs/return-codes.md)', 'corpus: suxxes__resin.ai__legacy-4657b17 (MISSING_TASK_FILES unrouted)'],
  },
  dependsOn: [RETURN_CODES_KEY],
  ownFacts: [returnCodesIndexer.key],
  appliesTo: (own) => (own(returnCodesIndexer)?.declarations.length ?? 0) > 0,
  docs: `When an orchestrator lists an agent's codes under its \`Return Codes\` heading
(\`### quality-assurance:\`, or a glob such as \`### developer-*:\`), every code the agent declares
should be there: an outcome the orchestrator does not list has no route, and the flow stalls or
guesses. Agents that no orchestrator names are not checked. The fix adds the missing entry, with
the agent's description, to the orchestrator's subsection.

\`\`\`markdown
<!-- .claude/agents/developer-web.md -->
**RETURN CODES:**
- \`SUCCESS_TO_QUALITY_ASSURANCE\` - Implementation complete
- \`PARTIAL_SUCCESS\` - Some tasks done   <!-- not under ### developer-* in develop.md -->
\`\`\``,
  check(ctx) {
    // Decided on the document's own facts: a file that declares no codes builds no model here.
    const own = ownFact(ctx.workspace, ctx.doc, returnCodesIndexer);
    if (own?.agent === undefined || !own.declarations.length) return;
    const model = returnCodesOf(ctx.doc);
    if (!model.agent || !model.declarations.length) return;
    const mirrors = mirrorsFor(catalogFor(ctx.workspace, ctx.doc.uri), { root: flowRoot(ctx.doc.uri), agent: model.agent });
    if (!mirrors.length) return;
    for (const d of model.declarations) {
      const missing = mirrors.filter((m) => !m.mirror.entries.some((e) => e.code === d.code));
      if (!missing.length) continue;
      const where = missing.map((m) => `${basename(m.uri)} (\`### ${m.mirror.pattern}\`)`).join(', ');
      ctx.report({
        start: d.start,
        end: d.end,
        message: `\`${d.code}\` is declared by ${model.agent} but not routed by its orchestrator: ${where}.`,
        related: missing.map((m) => ({ location: { uri: m.uri, range: m.mirror.nameRange }, message: `Codes routed for ${m.mirror.pattern}` })),
        fixes: missing.map((m) =>
          insertionFix(`Add \`${d.code}\` to ${basename(m.uri)} (${m.mirror.pattern})`, m.uri, m.mirror.insert, `${m.eol}${itemText(d.code, d.description)}`),
        ),
      });
    }
  },
};
