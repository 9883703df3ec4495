import { hookScripts, pluginRootOf } from '../../plugins/hookScripts';
import { resolveRelative } from '../../plugins/paths';
import { WORKSPACE_FILES_KEY } from '../../files/workspaceFiles';
import type { Rule } from '../types';

export const hookScriptNotExecutable: Rule = {
  id: 'hook-script-not-executable',
  description: 'A hook runs a script of the plugin directly, but the file has no execute permission.',
  severity: 'warning',
  kinds: ['hooks', 'plugin-manifest'],
  // Reads the folder listings: a file created or deleted elsewhere changes its findings.
  dependsOn: [WORKSPACE_FILES_KEY],
  fixable: false,
  consequence: {
    text: 'Every run of the hook fails with "Permission denied".',
    evidence: ['the shell running the hook command; the validator does not look'],
  },
  docs: `When a hook command starts with the script itself (\`"\\"\${CLAUDE_PLUGIN_ROOT}/hooks/check.sh\\""\`),
the shell runs the file, which needs execute permission: without it every run fails with
"Permission denied". Make it executable (\`chmod +x hooks/check.sh\`, and commit the mode: git keeps
it), or run it through its interpreter (\`bash "\${CLAUDE_PLUGIN_ROOT}/hooks/check.sh"\`).

Only scripts in the program position are checked; an argument of \`bash\`, \`python3\` or \`node\`
needs no permission. On Windows every file counts as executable.

\`\`\`json
{ "type": "command", "command": "\\"\${CLAUDE_PLUGIN_ROOT}/hooks/check.sh\\"" }
\`\`\`

With \`hooks/check.sh\` at mode 644 this hook fails on every run; \`chmod +x hooks/check.sh\`, or write
\`bash "\${CLAUDE_PLUGIN_ROOT}/hooks/check.sh"\`.`,
  check(ctx) {
    const scripts = hookScripts(ctx.doc).filter((s) => s.program);
    if (!scripts.length) return;
    const root = pluginRootOf(ctx.doc, ctx.files);
    for (const script of scripts) {
      const resolved = resolveRelative(ctx.files, root, `./${script.path}`);
      if (resolved.status !== 'found' || resolved.directory) continue;
      if (ctx.files.isExecutable(resolved.uri) !== false) continue;
      ctx.report({
        start: script.start,
        end: script.end,
        message: `\`${script.path}\` is not executable: the hook fails with "Permission denied" every time it runs. Run \`chmod +x ${script.path}\`, or start the command with its interpreter.`,
      });
    }
  },
};
