import { returnCodesOf } from '../../returnCodes/extract';
import { catalogFor, countsAsCode } from '../../returnCodes/workspace';
import { RETURN_CODES_KEY, returnCodeReferencesIndexer } from '../../workspace/indexers/returnCodes';
import { didYouMean, editDistance } from '../../text/similarity';
import { ownFact } from '../../workspace/ownFact';
import type { Rule } from '../types';
import { ALL_KINDS } from '../../returnCodes/fixes';

export const returnCodeUnknown: Rule = {
  id: 'return-code-unknown',
  description: 'A return code that no agent in the workspace declares.',
  severity: 'warning',
  kinds: ALL_KINDS,
  fixable: true,
  consequence: {
    text: 'The orchestrator routes on exact codes: a code no agent declares is never returned, so the branch that handles it never runs.',
    evidence: ['the return-code protocol of agent flows (docs/return-codes.md)'],
  },
  dependsOn: [RETURN_CODES_KEY],
  ownFacts: [returnCodeReferencesIndexer.key],
  // Only a file with code-shaped tokens can name an unknown code.
  appliesTo: (own) => own(returnCodeReferencesIndexer) !== undefined,
  docs: `An orchestrator routes on the exact code an agent returns; a code that no agent declares is
either a typo or a leftover from an older protocol, and the branch that handles it never runs.
Checked only in workspaces where agents declare codes, and only for tokens that are codes: declared
ones, the families (\`SUCCESS_*\`, \`FAILURE_*\`, \`PARTIAL_*\`, \`TIMEOUT_*\`, \`MISSING_*\`,
\`CRITICAL_FAILURE\`, \`ENHANCEMENT_REQUIRED\`), and code-shaped tokens after "return", in a
\`**Return Codes**:\` line or on a Mermaid edge. The fix replaces a near miss with the declared code;
fix-all applies it only for a one-character slip (\`SUCCES_REVIEWED\`), since a code two edits from a
declared one may be new on purpose.

\`\`\`markdown
Return \`SUCCES_REVIEWED\` when the change is approved.   <!-- did you mean SUCCESS_REVIEWED? -->

**RETURN CODES:**
- \`SUCCESS_REVIEWED\` - Change approved
\`\`\``,
  check(ctx) {
    // The document's own references first (from the index when it holds this version): most files
    // have none, and then neither their model nor the workspace's catalog need be read.
    if (!ownFact(ctx.workspace, ctx.doc, returnCodeReferencesIndexer)) return;
    const catalog = catalogFor(ctx.workspace, ctx.doc.uri);
    if (!catalog.hasDeclarations) return;
    for (const ref of returnCodesOf(ctx.doc).references) {
      if (catalog.declared.has(ref.code) || !countsAsCode(catalog, ref.code, ref.context)) continue;
      const suggestion = didYouMean(ref.code, catalog.declared.keys());
      ctx.report({
        start: ref.start,
        end: ref.end,
        message: `No agent declares the return code \`${ref.code}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        // Only a one-edit slip is fixed unattended: `FAILURE_TO_QA` two edits from a declared
        // `FAILURE_TO_PM` may be a new code on purpose, so that replacement is only offered.
        ...(suggestion
          ? {
              fixes: [
                ctx.fix(`Replace with \`${suggestion}\``, [{ start: ref.start, end: ref.end, newText: suggestion }], editDistance(ref.code, suggestion) <= 1),
              ],
            }
          : {}),
      });
    }
  },
};
