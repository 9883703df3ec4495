import { dirOf } from '../../files/uris';
import { get, stringValue } from '../../json/model';
import { rootObject } from '../../plugins/json';
import { resolveRelative, suggestionText } from '../../plugins/paths';
import { WORKSPACE_FILES_KEY } from '../../files/workspaceFiles';
import type { Rule } from '../types';

export const marketplaceSourceMissing: Rule = {
  id: 'marketplace-source-missing',
  description: 'A marketplace entry whose relative `source` folder does not exist.',
  severity: 'error',
  kinds: ['marketplace'],
  // Reads the folder listings: a file created or deleted elsewhere changes its findings.
  dependsOn: [WORKSPACE_FILES_KEY],
  fixable: false,
  consequence: {
    text: 'A plugin entry whose relative source folder does not exist cannot be installed.',
    evidence: ['Claude Code 2.1.332 binary: marketplace install resolves relative sources against the marketplace folder (the validator does not check it)'],
  },
  docs: `A plugin entry with a relative \`source\` (\`"./plugins/review-kit"\`) is installed from that
folder of the marketplace (under \`metadata.pluginRoot\` when set). When the folder is not there,
Claude Code cannot install the plugin; \`claude plugin validate\` does not check it.

\`\`\`json
{ "plugins": [{ "name": "review-kit", "source": "./plugins/reveiw-kit" }] }
\`\`\``,
  check(ctx) {
    const root = rootObject(ctx.doc);
    const plugins = get(root, 'plugins');
    if (!root || plugins?.type !== 'array') return;
    // The marketplace folder holds `.claude-plugin/marketplace.json`.
    let base = dirOf(dirOf(ctx.doc.uri));
    const pluginRoot = stringValue(get(get(root, 'metadata'), 'pluginRoot'));
    if (pluginRoot) {
      const resolved = resolveRelative(ctx.files, base, pluginRoot);
      if (resolved.status !== 'found') return;
      base = resolved.uri;
    }
    for (const entry of plugins.items) {
      const source = get(entry, 'source');
      if (source?.type !== 'string' || !source.value.startsWith('./')) continue;
      const resolved = resolveRelative(ctx.files, base, source.value);
      if (resolved.status === 'missing' || (resolved.status === 'found' && !resolved.directory)) {
        const name = stringValue(get(entry, 'name'));
        ctx.report({
          start: source.start,
          end: source.end,
          message: `\`${source.value}\` is not a folder of the marketplace: Claude Code cannot install ${name ? `"${name}"` : 'this plugin'}.${resolved.status === 'missing' ? suggestionText(resolved.suggestions[0]) : ''}`,
        });
      }
    }
  },
};
