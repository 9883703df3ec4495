import { declaredArgumentCount, inCode, offByOne, ordinal, placeholdersOf } from '../../commands/placeholders';
import type { Rule } from '../types';
import { hasCleanFrontmatter } from '../../fields/health';

export const argumentPlaceholderRange: Rule = {
  id: 'argument-placeholder-range',
  description: 'A `$N` / `$ARGUMENTS[N]` placeholder beyond the arguments that `argument-hint` or `arguments` declares.',
  severity: 'information',
  kinds: ['skill', 'command'],
  fixable: false,
  consequence: {
    text: '`$N` counts from 0; a placeholder past the declared arguments is left in the prompt as written (advice).',
    evidence: ['Claude Code docs: slash-commands.md ("$ARGUMENTS[N]", "$N")', 'Claude Code 2.1.332 binary: argument substitution (spec:check)'],
  },
  docs: `\`$0\`, \`$1\`, … and \`$ARGUMENTS[N]\` are 0-based: \`$1\` is the *second* argument. When the
frontmatter declares the arguments (\`arguments: [issue, branch]\`, or \`argument-hint: [issue] [branch]\`)
and the body uses an index past them, the placeholder usually means one argument earlier, or the
hint is missing one. Without a matching argument Claude Code leaves the placeholder in the text as
written. Placeholders inside code blocks and \`\` !\`command\` \`\` injections are skipped (they are
usually shell variables such as \`awk '{print $2}'\`), as are escaped ones (\`\\$1.00\`) and hints with a
variadic part (\`[files...]\`). A command numbered from \`$1\` throughout is reported once, by
\`argument-placeholder-off-by-one\`.

\`\`\`markdown
---
arguments: [issue, branch]
---

Fix $issue on $branch (also $0 and $1), but not $2.
\`\`\`

\`$2\` is the third argument; only two are declared, so it stays in the text as \`$2\`.`,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const model = placeholdersOf(ctx.doc);
    const count = declaredArgumentCount(model);
    if (count === undefined || count === 0) return;
    // A command numbered from `$1` gets one finding, argument-placeholder-off-by-one's.
    if (ctx.doc.kind === 'command' && offByOne(ctx.doc, model)) return;
    const declared = model.names
      ? `\`arguments\` declares ${count} (${model.names.map((n) => `\`${n}\``).join(', ')})`
      : `\`argument-hint\` declares ${count} (\`${model.hintParts!.join(' ')}\`)`;
    for (const p of model.placeholders) {
      if (p.kind !== 'index' || p.index < count) continue;
      if (inCode(model, p)) continue;
      const token = ctx.doc.text.slice(p.start, p.end);
      ctx.report({
        start: p.start,
        end: p.end,
        message: `\`${token}\` is the ${ordinal(p.index + 1)} argument (placeholders count from 0), but ${declared}. Without it, \`${token}\` stays in the text as written${token.startsWith('$ARGUMENTS') ? '' : `; for a literal dollar write \`\\${token}\``}.`,
      });
    }
  },
};
