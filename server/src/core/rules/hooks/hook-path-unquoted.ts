import { offsetInString } from '../../json/model';
import { entryCommand, eventsObject, hookEntries } from '../../plugins/hooks';
import { unquotedVariables } from '../../plugins/shellWords';
import { HOOK_PATH_VARIABLES } from '../../spec/plugins';
import type { OffsetEdit, Rule } from '../types';

/** Characters that quoting would stop the shell from expanding: then only the variable is quoted. */
const EXPANDS = /[*?[\]{}~'"\\]/;

export const hookPathUnquoted: Rule = {
  id: 'hook-path-unquoted',
  description: 'A shell hook command uses `${CLAUDE_PLUGIN_ROOT}` (or another path variable) without quotes.',
  severity: 'warning',
  kinds: ['hooks', 'plugin-manifest'],
  fixable: true,
  consequence: {
    text: 'Unquoted, a path variable that expands to a folder with a space splits into several words and the hook fails for those users only.',
    evidence: ['validator (`claude plugin validate`, 2.1.332): "Shell command uses ${CLAUDE_PLUGIN_ROOT} without quotes"'],
  },
  docs: `\`${HOOK_PATH_VARIABLES.map((v) => `\${${v}}`).join('`, `')}\` expand to folders that may contain
spaces (a home folder, the plugin cache). Unquoted, the shell splits the path into several words and
the hook fails for those users only. \`claude plugin validate\` warns about it too.

\`\`\`json
{ "type": "command", "command": "\${CLAUDE_PLUGIN_ROOT}/hooks/check.sh" }
\`\`\`

The preferred fix wraps the word in double quotes
(\`"\\"\${CLAUDE_PLUGIN_ROOT}/hooks/check.sh\\""\`), or only the variable when the word holds a glob or
quotes of its own. The exec form (\`"command"\` plus an \`"args"\` array) needs no quotes.`,
  check(ctx) {
    const events = eventsObject(ctx.doc);
    if (!events) return;
    for (const { entry } of hookEntries(events)) {
      const { type, command, args } = entryCommand(entry);
      if (type !== 'command' || !command || args) continue;
      const seen = new Set<number>();
      for (const use of unquotedVariables(command.value, HOOK_PATH_VARIABLES)) {
        const at = (i: number) => offsetInString(command, ctx.doc.text, i);
        const written = command.value.slice(use.word.start, use.word.end).replace(/\$\{[A-Za-z_][A-Za-z0-9_]*\}/g, '');
        const whole = !EXPANDS.test(written) && !seen.has(use.word.start);
        seen.add(use.word.start);
        const [from, to] = whole ? [use.word.start, use.word.end] : [use.start, use.end];
        const edits: OffsetEdit[] = [
          { start: at(from), end: at(from), newText: '\\"' },
          { start: at(to), end: at(to), newText: '\\"' },
        ];
        ctx.report({
          start: at(use.start),
          end: at(use.end),
          message: `\`${command.value.slice(use.start, use.end)}\` is not quoted: a path with a space splits into several words and the hook fails. Wrap it in double quotes.`,
          fixes: [ctx.fix(whole ? 'Quote the path' : `Quote \`${command.value.slice(use.start, use.end)}\``, edits, true)],
        });
      }
    }
  },
};
