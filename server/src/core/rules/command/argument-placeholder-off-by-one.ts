import { inCode, offByOne, ordinal, placeholdersOf } from '../../commands/placeholders';
import { hasCleanFrontmatter } from '../../fields/health';
import type { OffsetEdit, Rule } from '../types';

export const argumentPlaceholderOffByOne: Rule = {
  id: 'argument-placeholder-off-by-one',
  description: 'A command that uses `$1`, `$2`, … but never `$0`: Claude Code counts from `$0`, so every argument is off by one.',
  severity: 'warning',
  kinds: ['command'],
  fixable: true,
  consequence: {
    text: '`$N` counts from 0: a command written as if `$1` were the first argument drops its first argument and reads the others one place off (with a single argument the placeholder stays in the text as written).',
    evidence: ['Claude Code 2.1.332 binary: argument substitution (`$ARGUMENTS[N]` / `$N`, 0-based)', 'Claude Code docs: slash-commands.md'],
  },
  docs: `Claude Code fills \`$N\` and \`$ARGUMENTS[N]\` with the argument at position N **counting from 0**:
\`$0\` is the first argument, \`$1\` the second. A command written as if \`$1\` were the first
argument loses its first argument and reads the others one place off:

\`\`\`markdown
---
argument-hint: <path-to-receipt.json>
---
Verify the receipt at $1.        # /verify r.json: "$1" stays as written, and "ARGUMENTS: r.json" is appended
\`\`\`

With one argument the placeholder stays in the text as written (Claude Code then appends the
arguments at the end); with more, \`$1\` gets the second and the first is never used.

Reported when the placeholders outside code blocks start at \`$1\` (none above \`$9\`) and nothing in
the body takes the first argument (\`$0\`, \`$ARGUMENTS[0]\`, or a named argument in first place).
Placeholders in code blocks and in \`\` !\`command\` \`\` injections are left alone: they are usually
shell variables (\`awk '{print $1}'\`), though Claude Code substitutes them too. \`$5.00\` reads as money.
Skills are not checked: their bodies are often reference text about shell scripts.

Evidence: Claude Code 2.1.332's substitution code (\`$N\` → the argument at index N, checked by
\`npm run spec:check\`); the skills documentation ("\`$0\` for the first argument or \`$1\` for the
second"); CHANGELOG 2.1.19 ("shorthand \`$0\`, \`$1\`"). The fix renumbers the placeholders outside code
from \`$0\` (\`$1\` → \`$0\`, \`$ARGUMENTS[2]\` → \`$ARGUMENTS[1]\`); it is offered, not applied by fix-all,
because a command may mean the second argument on purpose. Placeholders in code are not renumbered:
the message says when there are some to check by hand.`,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const model = placeholdersOf(ctx.doc);
    const used = offByOne(ctx.doc, model);
    if (!used) return;
    const text = ctx.doc.text;
    const first = used[0]!;
    const token = text.slice(first.start, first.end);
    const hasAll = model.placeholders.some((p) => p.kind === 'all');
    const edits: OffsetEdit[] = used.map((p) => {
      const t = text.slice(p.start, p.end);
      return { start: p.start, end: p.end, newText: t.startsWith('$ARGUMENTS') ? `$ARGUMENTS[${p.index - 1}]` : `$${p.index - 1}` };
    });
    const tokens = [...new Set(used.map((p) => text.slice(p.start, p.end)))];
    const inCodeToo = model.placeholders.some((p) => p.kind === 'index' && p.index > 0 && inCode(model, p));
    ctx.report({
      start: first.start,
      end: first.end,
      message:
        `\`${token}\` is the ${ordinal(first.index + 1)} argument: Claude Code counts these placeholders from \`$0\`, and this command never uses \`$0\`` +
        (hasAll
          ? ` (its first argument appears only within \`$ARGUMENTS\`). \`${token}\` gets the ${ordinal(first.index + 1)} argument, and stays as written when there are fewer.`
          : `. With one argument \`${token}\` stays as written (Claude Code appends the arguments at the end instead); with more it gets the ${ordinal(first.index + 1)}, and the first is never used.`) +
        (tokens.length > 1
          ? ` Also: ${tokens
              .filter((t) => t !== token)
              .map((t) => `\`${t}\``)
              .join(', ')}.`
          : '') +
        (inCodeToo ? ' Check the placeholders in its code too: Claude Code fills them in as well.' : ''),
      fixes: [ctx.fix('Renumber the placeholders outside code from `$0`', edits, false)],
    });
  },
};
