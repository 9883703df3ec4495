import { lastProperty } from '../../json/model';
import { rootObject } from '../../plugins/json';
import { PLUGIN_MANIFEST_FIELDS } from '../../spec/plugins';
import type { Rule } from '../types';

const RECOMMENDED = PLUGIN_MANIFEST_FIELDS.filter((f) => f.recommended);

const WHY: Readonly<Record<string, string>> = {
  version: 'add a semantic version such as `"1.0.0"`; Claude Code compares it to tell an installed copy is out of date',
  description: 'add one: it is what people see in `/plugin` and in marketplaces',
  author: 'add `"author": { "name": … }` so people know who maintains it',
};

export const pluginManifestRecommendedField: Rule = {
  id: 'plugin-manifest-recommended-field',
  description: 'plugin.json has no `version`, `description` or `author`: the plugin loads, but people see less.',
  severity: 'information',
  kinds: ['plugin-manifest'],
  fixable: false,
  consequence: {
    text: 'The plugin loads; without `version` updates cannot be told apart, without `description` or `author` people see nothing about it (advice).',
    evidence: ['validator (`claude plugin validate`, 2.1.332): "No version specified", "No description provided", "No author information provided"'],
  },
  docs: `\`claude plugin validate\` asks for ${RECOMMENDED.map((f) => `\`${f.name}\``).join(', ')} in every
plugin.json. None is required to load the plugin, so this is information: without a \`version\`,
updates cannot be told apart; without a \`description\` or \`author\`, \`/plugin\` and marketplaces
show nothing about it.

\`\`\`json
{ "name": "review-kit" }
\`\`\``,
  check(ctx) {
    const root = rootObject(ctx.doc);
    if (!root) return;
    const missing = RECOMMENDED.filter((f) => !lastProperty(root, f.name));
    for (const f of missing) {
      ctx.report({ start: root.start, end: root.start + 1, message: `plugin.json has no \`${f.name}\`: ${WHY[f.name] ?? 'add it'}.` });
    }
  },
};
