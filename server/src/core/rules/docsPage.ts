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
    '`agent-docs.config.json` (set `"off"` or another severity), and the anchor below. Severities:',
    '**error** means Claude Code skips the file or fails to launch it; **warning** means it loads but',
    'something is ignored or wrong; **information** is advice. A fix marked preferred is applied by',
    '"Fix all" and `agent-docs lint --fix`.',
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
      r.docs.trim(),
      '',
    );
  }
  return out.join('\n');
}
