import { hookScripts, pluginRootOf } from '../../plugins/hookScripts';
import { resolveRelative, suggestionText } from '../../plugins/paths';
import { WORKSPACE_FILES_KEY } from '../../files/workspaceFiles';
import type { Rule } from '../types';

export const hookScriptMissing: Rule = {
  id: 'hook-script-missing',
  description: 'A hook command names a file of the plugin (`${CLAUDE_PLUGIN_ROOT}/…`) that does not exist.',
  severity: 'warning',
  kinds: ['hooks', 'plugin-manifest'],
  // Reads the folder listings: a file created or deleted elsewhere changes its findings.
  dependsOn: [WORKSPACE_FILES_KEY],
  fixable: false,
  consequence: {
    text: 'The hook loads, and fails every time its event fires ("No such file or directory").',
    evidence: ['the shell running the hook command; the validator does not look'],
  },
  docs: `A hook that runs \`\${CLAUDE_PLUGIN_ROOT}/hooks/check.sh\` fails every time its event fires when
the script is not in the plugin: the shell reports "No such file or directory" and the hook does
nothing. Claude Code loads the hook all the same, and its validator does not look.

\`\`\`json
{ "type": "command", "command": "\\"\${CLAUDE_PLUGIN_ROOT}/hooks/chek.sh\\"" }
\`\`\`

Every word of the command that starts with \`\${CLAUDE_PLUGIN_ROOT}/\` is checked (and, in the exec
form, the executable and each argument). Paths with globs or other variables are left alone.`,
  check(ctx) {
    const scripts = hookScripts(ctx.doc);
    if (!scripts.length) return;
    const root = pluginRootOf(ctx.doc, ctx.files);
    for (const script of scripts) {
      const resolved = resolveRelative(ctx.files, root, `./${script.path}`);
      if (resolved.status !== 'missing' && resolved.status !== 'case') continue;
      const hint =
        resolved.status === 'case'
          ? ` It exists only as \`${resolved.spelled.filter((s) => s && s !== '.').join('/')}\`: found on macOS and Windows, missing on Linux.`
          : suggestionText(resolved.suggestions[0]);
      ctx.report({
        start: script.start,
        end: script.end,
        message: `\`${script.path}\` is not in the plugin folder: this hook fails every time it runs.${hint}`,
      });
    }
  },
};
