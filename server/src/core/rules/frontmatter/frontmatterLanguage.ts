import type { Rule } from '../types';

export const frontmatterLanguage: Rule = {
  id: 'frontmatter-language',
  description: 'The opening fence names a language (`---js`, `---coffee`, ...); only YAML frontmatter is read.',
  severity: 'error',
  kinds: ['agent', 'skill', 'command', 'task'],
  fixable: false,
  docs: `Some front-matter libraries accept \`---js\` or \`---coffee\` and *run* the block as code to get
its fields (gray-matter does so with \`eval\` by default). Claude Code reads YAML only: to it the first
line is not a fence, so the file has no frontmatter and an agent or skill is skipped.

agent-docs never evaluates such a block; it reports the fence and reads nothing from it. Rewrite the
fields as YAML and open with a plain \`---\`. In commands, whose frontmatter is optional, this is a warning.`,
  check(ctx) {
    const fm = ctx.doc.frontmatter;
    if (!fm?.language) return;
    const optional = ctx.doc.kind === 'command' || ctx.doc.kind === 'task';
    const firstLineEnd = ctx.doc.lines.lineEnd(ctx.doc.lines.positionAt(fm.openStart).line);
    ctx.report({
      start: fm.openStart,
      end: firstLineEnd,
      message: `Frontmatter fence names \`${fm.language}\`: Claude Code reads only YAML frontmatter, so it sees none here. agent-docs does not run this block.`,
      ...(optional ? { severity: 'warning' as const } : {}),
    });
  },
};
