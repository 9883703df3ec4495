import { describeType, get, lastProperty, type JsonString } from '../../json/model';
import { rootObject, spanOf } from '../../plugins/json';
import { checkField, type ShapeProblem } from '../../plugins/shapes';
import { INSTALLABLE_NAME, MARKETPLACE_FIELDS, MARKETPLACE_PLUGIN_FIELDS } from '../../spec/plugins';
import type { Rule } from '../types';

export const marketplaceValue: Rule = {
  id: 'marketplace-value',
  description: 'A marketplace.json field with the wrong type, a plugin entry without name or source, a duplicate or uninstallable plugin name.',
  severity: 'error',
  kinds: ['marketplace'],
  fixable: false,
  consequence: {
    text: 'Claude Code refuses a marketplace.json that fails its schema when the marketplace is added or updated: none of its plugins can be installed.',
    evidence: ['validator (`claude plugin validate`, 2.1.332): marketplace schema errors'],
  },
  docs: `Claude Code checks marketplace.json against its schema when the marketplace is added or
updated, and refuses one that fails. It needs a \`name\`, an \`owner\` object with a \`name\`, and a
\`plugins\` array whose entries each have a \`name\` and a \`source\`. Plugin names must be unique in
the marketplace and installable (\`plugin@marketplace\`: letters, digits, \`.\`, \`_\`, \`-\`, starting
with a letter or digit).

\`\`\`json
{ "name": "team-tools", "owner": "Team", "plugins": [{ "name": "Review Kit", "source": "./kit" }] }
\`\`\`

An empty \`plugins\` array is only a warning: the marketplace offers nothing.`,
  check(ctx) {
    const root = ctx.doc.json?.root;
    if (!root) return;
    const object = rootObject(ctx.doc);
    if (!object) {
      ctx.report({ ...spanOf(root), message: `marketplace.json must hold an object, not ${describeType(root)}.` });
      return;
    }
    const problems: ShapeProblem[] = [];
    for (const field of MARKETPLACE_FIELDS) checkField(field, object, '', problems);
    const plugins = get(object, 'plugins');
    const names = new Map<string, JsonString[]>();
    if (plugins?.type === 'array') {
      if (plugins.items.length === 0)
        ctx.report({ ...spanOf(plugins), severity: 'warning', message: 'The marketplace lists no plugins: it offers nothing to install.' });
      plugins.items.forEach((entry, i) => {
        if (entry.type !== 'object') {
          problems.push({ node: entry, message: `\`plugins[${i}]\` must be an object with \`name\` and \`source\`, not ${describeType(entry)}.` });
          return;
        }
        for (const field of MARKETPLACE_PLUGIN_FIELDS) if (field.name !== 'source') checkField(field, entry, `plugins[${i}].`, problems);
        const source = lastProperty(entry, 'source');
        if (!source) problems.push({ node: entry, message: `\`plugins[${i}].source\` is required.` });
        else if (source.value && source.value.type !== 'string' && source.value.type !== 'object')
          problems.push({ node: source.value, message: `\`plugins[${i}].source\` must be a path or an object, not ${describeType(source.value)}.` });
        else if (source.value?.type === 'string' && !source.value.value.startsWith('./')) {
          problems.push({
            node: source.value,
            message: `\`plugins[${i}].source\` must be a folder of the marketplace starting with \`./\`; a repository or URL is an object (\`{ "source": "github", "repo": "owner/repo" }\`, \`{ "source": "url", "url": … }\`).`,
          });
        }
        const name = get(entry, 'name');
        if (name?.type !== 'string') return;
        if (!name.value.trim()) problems.push({ node: name, message: 'A plugin name cannot be empty.' });
        else if (!INSTALLABLE_NAME.test(name.value))
          problems.push({
            node: name,
            message: `Claude Code cannot install a plugin named "${name.value}": use letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit.`,
          });
        names.set(name.value, [...(names.get(name.value) ?? []), name]);
      });
    }
    for (const p of problems) ctx.report({ ...spanOf(p.node), message: `${p.message} Claude Code refuses the marketplace.` });
    for (const [name, nodes] of names) {
      if (nodes.length < 2) continue;
      for (const node of nodes)
        ctx.report({ ...spanOf(node), message: `The plugin name "${name}" is listed ${nodes.length} times: names must be unique in a marketplace.` });
    }
  },
};
