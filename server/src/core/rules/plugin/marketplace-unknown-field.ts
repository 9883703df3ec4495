import { get } from '../../json/model';
import { renameKey, rootObject } from '../../plugins/json';
import { unknownKeys } from '../../plugins/shapes';
import { MARKETPLACE_ENTRY_FIELDS, MARKETPLACE_FIELDS, MARKETPLACE_METADATA_FIELDS } from '../../spec/plugins';
import type { Rule } from '../types';

export const marketplaceUnknownField: Rule = {
  id: 'marketplace-unknown-field',
  description: 'A key of marketplace.json (or of a plugin entry) that Claude Code does not read is ignored.',
  severity: 'warning',
  kinds: ['marketplace'],
  fixable: true,
  consequence: {
    text: 'Claude Code ignores a key it does not read: a misspelt one has no effect.',
    evidence: ['validator (`claude plugin validate`, 2.1.332): "Unrecognized key"'],
  },
  docs: `Claude Code reads only the fields of its marketplace schema: at the top level \`name\`,
\`owner\`, \`plugins\`, \`description\`, \`version\`, \`metadata\` …; in each plugin entry \`name\`,
\`source\`, \`description\`, \`version\`, \`author\`, \`category\`, \`tags\`, \`strict\`, the component
paths …. Any other key is ignored, so a misspelt one has no effect:

\`\`\`json
{ "name": "team-tools", "owner": { "name": "Team" }, "plugins": [{ "name": "kit", "sorce": "./kit" }] }
\`\`\``,
  check(ctx) {
    const root = rootObject(ctx.doc);
    if (!root) return;
    const groups = [{ object: root, fields: MARKETPLACE_FIELDS, prefix: '' }];
    const metadata = get(root, 'metadata');
    if (metadata?.type === 'object') groups.push({ object: metadata, fields: MARKETPLACE_METADATA_FIELDS, prefix: 'metadata.' });
    const plugins = get(root, 'plugins');
    if (plugins?.type === 'array') {
      plugins.items.forEach((entry, i) => {
        if (entry.type === 'object') groups.push({ object: entry, fields: MARKETPLACE_ENTRY_FIELDS, prefix: `plugins[${i}].` });
      });
    }
    for (const { object, fields, prefix } of groups) {
      for (const unknown of unknownKeys(object, fields, prefix)) {
        const { property, suggestion } = unknown;
        const taken = suggestion !== undefined && object.properties.some((p) => p.key === suggestion);
        ctx.report({
          start: property.keyStart,
          end: property.keyEnd,
          message: unknown.message,
          ...(unknown.foreign ? { severity: 'information' as const } : {}),
          ...(suggestion && !taken ? { fixes: [ctx.fix(`Rename to \`${suggestion}\``, [renameKey(property, suggestion)])] } : {}),
        });
      }
    }
  },
};
