import type { Rule } from '../types';

/** `tools: *` and friends are reported by tools-wildcard with a better message; skip them here. */
const WILDCARD_LINE = /^[ \t]*(?:tools|disallowedTools|allowed-tools|disallowed-tools)[ \t]*:[ \t]*\*[ \t]*$/;

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  description: 'Frontmatter YAML must parse; Claude Code skips a file whose YAML does not.',
  severity: 'error',
  kinds: ['agent', 'skill', 'command', 'task'],
  fixable: false,
  docs: `Claude Code reads no fields from frontmatter that fails to parse and skips the file without a
word (the reason only reaches its debug log). Each YAML error is reported at its exact place.

Common causes in real files: unquoted values that start with \`[\`, \`*\`, \`@\` or a backtick, and
\`user:\`/\`assistant:\` lines of an \`<example>\` block at column 0 inside a description. Quote the
value, or use a block scalar (\`description: |\`). Duplicate keys are reported by \`duplicate-key\`.`,
  check(ctx) {
    const yaml = ctx.doc.frontmatter?.yaml;
    if (!yaml) return;
    for (const e of yaml.errors) {
      if (e.code === 'DUPLICATE_KEY') continue;
      const line = ctx.doc.lines.positionAt(e.start).line;
      if (WILDCARD_LINE.test(ctx.doc.lines.lineText(line))) continue;
      ctx.report({ start: e.start, end: e.end, message: `YAML error: ${e.message}` });
    }
  },
};
