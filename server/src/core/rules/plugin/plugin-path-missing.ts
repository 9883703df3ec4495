import { componentPaths, pluginRootOfManifest, resolveRelative, suggestionText } from '../../plugins/paths';
import { rootObject } from '../../plugins/json';
import { WORKSPACE_FILES_KEY } from '../../files/workspaceFiles';
import type { Rule } from '../types';

export const pluginPathMissing: Rule = {
  id: 'plugin-path-missing',
  description: 'A component path in plugin.json names a file or folder that does not exist.',
  severity: 'error',
  kinds: ['plugin-manifest'],
  // Reads the folder listings: a file created or deleted elsewhere changes its findings.
  dependsOn: [WORKSPACE_FILES_KEY],
  fixable: false,
  consequence: {
    text: "A component path that does not exist fails the plugin's load (a missing MCP servers file is skipped, so none of its servers start).",
    evidence: ['validator (`claude plugin validate`, 2.1.332): component path checks', 'Claude Code 2.1.332 binary: plugin loader'],
  },
  docs: `The paths of \`commands\`, \`agents\`, \`skills\`, \`hooks\`, \`mcpServers\`, \`outputStyles\` …
are resolved against the plugin folder when Claude Code loads the plugin. A path that does not exist
is reported as a load failure; a missing MCP servers file is skipped without a word, so none of its
servers start.

\`\`\`json
{ "name": "review-kit", "agents": ["./agents/reviewer.md", "./agents/revewer.md"] }
\`\`\`

A path that exists only with other letter case is found on macOS and Windows but not on Linux: a
warning. Paths are checked on disk as the editor or CLI sees it.`,
  check(ctx) {
    const root = rootObject(ctx.doc);
    if (!root) return;
    const base = pluginRootOfManifest(ctx.doc.uri);
    for (const { field, node } of componentPaths(root)) {
      const resolved = resolveRelative(ctx.files, base, node.value);
      if (resolved.status === 'missing') {
        const consequence =
          field === 'mcpServers'
            ? 'Claude Code skips a missing MCP servers file without a word, so none of its servers start'
            : 'Claude Code reports the plugin as failing to load';
        ctx.report({
          start: node.start,
          end: node.end,
          message: `\`${node.value}\` (${field}) does not exist in the plugin folder: ${consequence}.${suggestionText(resolved.suggestions[0])}`,
        });
      } else if (resolved.status === 'case') {
        ctx.report({
          start: node.start,
          end: node.end,
          severity: 'warning',
          message: `\`${node.value}\` exists only as \`./${resolved.spelled.filter((s) => s && s !== '.').join('/')}\`: found on macOS and Windows, missing on Linux.`,
        });
      }
    }
  },
};
