import { returnCodesOf } from '../../returnCodes/extract';
import { catalogOf, countsAsCode } from '../../returnCodes/workspace';
import { RETURN_CODES_KEY } from '../../returnCodes/facts';
import { closest } from '../../text/similarity';
import type { Rule } from '../types';
import { ALL_KINDS } from './shared';

export const returnCodeUnknown: Rule = {
  id: 'return-code-unknown',
  description: 'A return code that no agent in the workspace declares.',
  severity: 'warning',
  kinds: ALL_KINDS,
  fixable: true,
  dependsOn: [RETURN_CODES_KEY],
  docs: `An orchestrator routes on the exact code an agent returns; a code that no agent declares is
either a typo or a leftover from an older protocol, and the branch that handles it never runs.
Checked only in workspaces where agents declare codes, and only for tokens that are codes: declared
ones, the families (\`SUCCESS_*\`, \`FAILURE_*\`, \`PARTIAL_*\`, \`TIMEOUT_*\`, \`MISSING_*\`,
\`CRITICAL_FAILURE\`, \`ENHANCEMENT_REQUIRED\`), and code-shaped tokens after "return", in a
\`**Return Codes**:\` line or on a Mermaid edge. The fix replaces a near miss with the declared code.`,
  check(ctx) {
    const catalog = catalogOf(ctx.workspace);
    if (!catalog.hasDeclarations) return;
    for (const ref of returnCodesOf(ctx.doc).references) {
      if (catalog.declared.has(ref.code) || !countsAsCode(catalog, ref.code, ref.context)) continue;
      const suggestion = closest(ref.code, catalog.declared.keys());
      ctx.report({
        start: ref.start,
        end: ref.end,
        message: `No agent declares the return code \`${ref.code}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        ...(suggestion ? { fixes: [ctx.fix(`Replace with \`${suggestion}\``, [{ start: ref.start, end: ref.end, newText: suggestion }], true)] } : {}),
      });
    }
  },
};
