import type { Rule } from '../types';

export const commandFrontmatterMissing: Rule = {
  id: 'command-frontmatter-missing',
  description: 'A slash command without frontmatter: it loads, but with no description or settings of its own.',
  severity: 'information',
  kinds: ['command'],
  fixable: true,
  consequence: {
    text: 'The command loads and runs; without frontmatter Claude Code describes it by the first paragraph of its text, and it cannot set `description`, `argument-hint`, `allowed-tools` or `model`.',
    evidence: [
      'validator (`claude plugin validate`, 2.1.332): "No frontmatter block found. Add YAML frontmatter between --- delimiters at the top of the file to set description and other metadata." (a warning; the command still loads)',
      'Claude Code docs (skills, "Frontmatter reference"): `description` — "If omitted, uses the first paragraph of markdown content"',
    ],
  },
  docs: `Slash commands (\`.claude/commands/*.md\`, a plugin's \`commands/\`) may do without frontmatter:
Claude Code loads them and lists them in the \`/\` menu, described by the first paragraph of their
text. Claude Code's validator still warns, because only frontmatter can give the command a
\`description\` written for the menu, an \`argument-hint\`, \`allowed-tools\` or a \`model\`.

\`\`\`markdown
# Docs - Create comprehensive project documentation

Create comprehensive documentation for the codebase…
\`\`\`

The fix offered adds a frontmatter block whose \`description\` is the first line of text, to edit. Misplaced frontmatter
(a blank first line) is \`frontmatter-not-first-line\`'s.`,
  check(ctx) {
    const { doc } = ctx;
    if (doc.frontmatter || doc.misplacedFrontmatter) return;
    const firstLine = doc.lines.positionAt(doc.bom).line;
    const end = doc.lines.lineEnd(firstLine);
    const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
    // The first line of text, without heading marks, as the description to start from.
    const title = doc.text
      .slice(doc.bom)
      .split(/\r?\n/)
      .map((l) => l.replace(/^\s*#+\s*/, '').trim())
      .find((l) => l && !l.startsWith('<!--'));
    ctx.report({
      start: doc.bom,
      end,
      message: `No frontmatter: this command loads, described by the first paragraph of its text, with no \`description\`, \`argument-hint\` or \`allowed-tools\` of its own.`,
      ...(title
        ? {
            fixes: [
              ctx.fix('Add frontmatter with a description', [
                { start: doc.bom, end: doc.bom, newText: `---${eol}description: ${JSON.stringify(title)}${eol}---${eol}` },
              ]),
            ],
          }
        : {}),
    });
  },
};
