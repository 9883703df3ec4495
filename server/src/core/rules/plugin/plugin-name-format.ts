import { get, lastProperty, type JsonString } from '../../json/model';
import { rootObject } from '../../plugins/json';
import { INSTALLABLE_NAME, KEBAB_CASE } from '../../spec/plugins';
import type { Rule } from '../types';

/** What a plugin name that is not kebab-case costs, as Claude Code 2.1.332's validator says. */
function consequence(name: string): string {
  if (!INSTALLABLE_NAME.test(name))
    return 'Claude Code cannot install it from a marketplace that lists it under this name, and refuses it when loaded by path if it holds `@`, `/` or `:`';
  return 'Claude Code accepts it, but the Claude.ai marketplace sync requires kebab-case';
}

export const pluginNameFormat: Rule = {
  id: 'plugin-name-format',
  description: 'A plugin name that is not kebab-case: marketplaces may not accept or install it.',
  severity: 'warning',
  kinds: ['plugin-manifest', 'marketplace'],
  fixable: true,
  consequence: {
    text: 'Claude Code accepts the name, but the Claude.ai marketplace sync accepts only kebab-case, so the plugin may not install there.',
    evidence: ['validator (`claude plugin validate`, 2.1.332): plugin name checks', 'Claude Code docs: plugin-marketplaces.md'],
  },
  docs: `Plugin names scope everything the plugin brings (\`review-kit:reviewer\`) and are how
marketplaces install it (\`review-kit@team-tools\`). Claude Code accepts letters, digits, \`.\`, \`_\` and
\`-\` starting with a letter or digit; the Claude.ai marketplace sync accepts only kebab-case
(lowercase letters, digits and hyphens). A name with spaces is an error (\`plugin-manifest-value\`).

\`\`\`json
{ "name": "Review_Kit" }
\`\`\`

The fix offered writes the kebab-case form; it changes how the plugin's agents and commands are
named, so it is never applied by fix-all.`,
  check(ctx) {
    const root = rootObject(ctx.doc);
    if (!root) return;
    const names: JsonString[] = [];
    const own = get(root, 'name');
    if (ctx.doc.kind === 'plugin-manifest' && own?.type === 'string') names.push(own);
    const plugins = get(root, 'plugins');
    if (ctx.doc.kind === 'marketplace' && plugins?.type === 'array') {
      for (const entry of plugins.items) {
        const name = lastProperty(entry, 'name')?.value;
        if (name?.type === 'string') names.push(name);
      }
    }
    for (const node of names) {
      const name = node.value;
      // Empty names and names with spaces are refused outright: another rule says so.
      if (!name.trim() || /\s/.test(name) || KEBAB_CASE.test(name)) continue;
      const kebab = name
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
      ctx.report({
        start: node.start,
        end: node.end,
        message: `The plugin name "${name}" is not kebab-case: ${consequence(name)}.`,
        ...(kebab ? { fixes: [ctx.fix(`Rename to "${kebab}"`, [{ start: node.start, end: node.end, newText: JSON.stringify(kebab) }])] } : {}),
      });
    }
  },
};
