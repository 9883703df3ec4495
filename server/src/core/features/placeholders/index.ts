import { ordinal, placeholdersOf, PLACEHOLDER_VARIABLES, type Placeholder, type PlaceholderModel } from '../../commands/placeholders';
import type { LanguageFeature } from '../types';

/** What an argument placeholder expands to, in Markdown, for a hover. */
export function describePlaceholder(p: Placeholder, model: PlaceholderModel): string {
  switch (p.kind) {
    case 'all':
      return '**`$ARGUMENTS`**: every argument, as typed after the command. Without any `$ARGUMENTS` in the content, Claude Code appends `ARGUMENTS: <value>` instead.';
    case 'variable':
      return `**\`\${${p.name}}\`**: ${PLACEHOLDER_VARIABLES[p.name] ?? ''}`;
    case 'named':
      return `**\`$${p.name}\`**: the ${ordinal(p.index + 1)} argument, named in \`arguments\`. Empty when that argument is not given.`;
    case 'index': {
      const named = model.names?.[p.index];
      const hinted = model.hintParts?.[p.index];
      const hint = named !== undefined ? ` (\`${named}\` in \`arguments\`)` : hinted !== undefined ? ` (\`${hinted}\` in \`argument-hint\`)` : '';
      return (
        `**Argument ${p.index}**: the ${ordinal(p.index + 1)} argument${hint}; placeholders count from 0. ` +
        'Quote a multi-word argument to pass it as one. Left as written when there is no such argument.'
      );
    }
  }
}

/** Hovers for `$ARGUMENTS`, `$N`, `$ARGUMENTS[N]`, named arguments and `${CLAUDE_*}` in skills and commands. */
export const placeholderFeature: LanguageFeature = {
  id: 'argument-placeholders',
  hover(ctx, offset) {
    if (ctx.doc.kind !== 'skill' && ctx.doc.kind !== 'command') return undefined;
    if (offset < ctx.doc.bodyStart) return undefined;
    const model = placeholdersOf(ctx.doc);
    const p = model.placeholders.find((x) => offset >= x.start && offset <= x.end);
    if (!p) return undefined;
    return { contents: { kind: 'markdown', value: describePlaceholder(p, model) }, range: ctx.doc.lines.range(p.start, p.end) };
  },
};
