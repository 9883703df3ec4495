import type { RuleMeta } from './types';

/**
 * docs/rules.md, generated from the registry so the page cannot drift from the code: every rule
 * with its id (the anchor, diagnostic code and config key), default severity, kinds, whether it
 * fixes, and its documentation. `node scripts/gen-rules-doc.mjs` writes it; a unit test fails when
 * the committed page is stale.
 */
export function renderRulesDoc(rules: readonly RuleMeta[]): string {
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from the rule registry by `node scripts/gen-rules-doc.mjs` (after `npm run build`). Do not edit by hand. -->',
    '',
    'Every diagnostic has a rule id: the `code` shown in the editor, the key under `rules` in',
    '`agent-docs.config.json` (set `"off"` or another severity), and the anchor below. Severity',
    'follows what Claude Code really does with the file, established against the pinned binary',
    '(see [conformance](conformance.md)): **error** where it refuses the file or drops what makes it',
    'work (a project agent that does not load, fields lost to a parse failure, an agent none of whose',
    'tools resolve); **warning** where it loads but something is ignored, lost or surprising;',
    '**information** is advice. Each rule says what happens and how we know. A fix marked preferred is',
    'applied by "Fix all" and `agent-docs lint --fix`.',
    '',
    '| rule | severity | kinds | fix |',
    '|---|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.kinds.join(', ')} | ${r.fixable ? 'yes' : ''} |`),
    '',
  ];
  for (const r of rules) {
    out.push(
      `## ${r.id}`,
      '',
      `${r.description}`,
      '',
      `Default severity: **${r.severity}**. Kinds: ${r.kinds.join(', ')}.${r.fixable ? ' Has a fix.' : ''}${r.dependsOn?.length ? ` Reads other files (${r.dependsOn.join(', ')}).` : ''}`,
      '',
      ...(r.consequence
        ? [`**In Claude Code:** ${r.consequence.text}`, '', `**Evidence:** ${r.consequence.evidence.join('; ')}.`.replace(/\.\.$/, '.'), '']
        : []),
      r.docs.trim(),
      '',
    );
  }
  return out.join('\n');
}
