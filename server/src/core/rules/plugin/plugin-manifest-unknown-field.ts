import { rootObject, renameKey } from '../../plugins/json';
import { unknownKeys } from '../../plugins/shapes';
import { MARKETPLACE_ENTRY_ONLY_FIELDS, PLUGIN_MANIFEST_FIELDS } from '../../spec/plugins';
import type { Rule } from '../types';

export const pluginManifestUnknownField: Rule = {
  id: 'plugin-manifest-unknown-field',
  description: 'A key of plugin.json that Claude Code does not read is ignored.',
  severity: 'warning',
  kinds: ['plugin-manifest'],
  fixable: true,
  consequence: {
    text: 'Claude Code ignores a key it does not read: a misspelt component path silently drops that component.',
    evidence: ['validator (`claude plugin validate`, 2.1.332): "Unrecognized key"', 'Claude Code docs: plugins-reference.md'],
  },
  docs: `Claude Code reads only the fields of its plugin manifest schema (\`name\`, \`version\`,
\`description\`, \`author\`, \`homepage\`, \`repository\`, \`license\`, \`keywords\`, the component paths
\`commands\`, \`agents\`, \`skills\`, \`hooks\`, \`mcpServers\`, \`lspServers\`, \`outputStyles\` …) and
ignores any other key, so a misspelt one silently drops a component:

\`\`\`json
{ "name": "review-kit", "agnets": ["./extra/reviewer.md"] }
\`\`\`

A likely misspelling gets a fix that renames it (offered, not applied by fix-all: it changes what
loads). Keys that belong in the marketplace entry (\`category\`, \`tags\`, \`source\`, \`strict\` …) and
keys copied from other manifests (\`main\`, \`publisher\` …) are harmless and reported as information.
Same judgement as \`claude plugin validate\`.`,
  check(ctx) {
    const root = rootObject(ctx.doc);
    if (!root) return;
    const elsewhere = { keys: MARKETPLACE_ENTRY_ONLY_FIELDS, where: "the plugin's entry in marketplace.json" };
    for (const unknown of unknownKeys(root, PLUGIN_MANIFEST_FIELDS, '', elsewhere)) {
      const { property, suggestion } = unknown;
      const taken = suggestion !== undefined && root.properties.some((p) => p.key === suggestion);
      ctx.report({
        start: property.keyStart,
        end: property.keyEnd,
        message: unknown.message,
        ...(unknown.foreign ? { severity: 'information' as const } : {}),
        ...(suggestion && !taken ? { fixes: [ctx.fix(`Rename to \`${suggestion}\``, [renameKey(property, suggestion)])] } : {}),
      });
    }
  },
};
