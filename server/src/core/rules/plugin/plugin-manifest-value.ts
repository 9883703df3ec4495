import { rootObject, spanOf } from '../../plugins/json';
import { checkField, type ShapeProblem } from '../../plugins/shapes';
import { PLUGIN_DISPLAY_FIELDS, PLUGIN_MANIFEST_FIELDS } from '../../spec/plugins';
import { pathOf } from '../../json/model';
import { describeType, lastProperty } from '../../json/model';
import type { Rule } from '../types';

export const pluginManifestValue: Rule = {
  id: 'plugin-manifest-value',
  description: 'A plugin.json field with the wrong type or form: the plugin does not load (a descriptive field is dropped).',
  severity: 'error',
  kinds: ['plugin-manifest'],
  fixable: false,
  consequence: {
    text: "A plugin whose manifest fails Claude Code's schema does not load at all; a descriptive field of the wrong type is dropped.",
    evidence: ['validator (`claude plugin validate`, 2.1.332): manifest errors (plugin.json schema)'],
  },
  docs: `Claude Code checks plugin.json against its manifest schema before it loads anything, and a
plugin whose manifest fails does not load at all. What it requires:

- \`name\`: a non-empty string without spaces (kebab-case is safest, see \`plugin-name-format\`);
- \`version\`, \`description\`, \`repository\`, \`license\`: strings (\`repository\` is a URL string, not
  npm's \`{ "type": "git", "url": … }\` object); \`homepage\`: an absolute URL;
- \`author\`: an object with a \`name\` (not a string);
- \`keywords\`: an array of strings;
- component paths (\`commands\`, \`agents\`, \`skills\`, \`hooks\`, \`mcpServers\`, \`outputStyles\` …): a
  path or a list of paths, each starting with \`./\` and never containing \`..\`; \`agents\` entries name
  \`.md\` files, \`hooks\` and \`mcpServers\` paths name \`.json\` files (or the value is the inline object).

\`\`\`json
{ "name": "review kit", "author": "me", "agents": "agents/" }
\`\`\`

A wrong \`description\`, \`author\`, \`homepage\`, \`repository\`, \`license\`, \`keywords\`,
\`displayName\` or \`$schema\` is only dropped (the plugin still loads): those are warnings. Same
checks as \`claude plugin validate\`; whether the paths exist is \`plugin-path-missing\`.`,
  check(ctx) {
    const root = ctx.doc.json?.root;
    if (!root) return;
    const object = rootObject(ctx.doc);
    if (!object) {
      ctx.report({ ...spanOf(root), message: `plugin.json must hold an object, not ${describeType(root)}.` });
      return;
    }
    const problems: ShapeProblem[] = [];
    for (const field of PLUGIN_MANIFEST_FIELDS) checkField(field, object, '', problems);
    const name = lastProperty(object, 'name')?.value;
    if (name?.type === 'string') {
      if (!name.value.trim()) problems.push({ node: name, message: 'The plugin `name` cannot be empty.' });
      else if (/\s/.test(name.value))
        problems.push({
          node: name,
          message: `The plugin name "${name.value}" contains spaces: use kebab-case (\`${name.value.trim().toLowerCase().replace(/\s+/g, '-')}\`).`,
        });
    }
    for (const p of problems) {
      const field = p.node === object ? undefined : pathOf(p.node)[0];
      const display = typeof field === 'string' && PLUGIN_DISPLAY_FIELDS.includes(field);
      ctx.report({
        ...spanOf(p.node),
        message: display
          ? `${p.message} Claude Code drops \`${field}\` and still loads the plugin.`
          : `${p.message} Claude Code refuses the manifest, so the plugin does not load.`,
        ...(display ? { severity: 'warning' as const } : {}),
      });
    }
  },
};
