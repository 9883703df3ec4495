import type { Rule } from '../types';

export const agentFrontmatterMissing: Rule = {
  id: 'agent-frontmatter-missing',
  description: 'An agent file without frontmatter is treated as documentation, not an agent.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: false,
  docs: `A subagent is defined by YAML frontmatter with at least \`name\` and \`description\`:

\`\`\`markdown
---
name: code-reviewer
description: Reviews code for quality and best practices
---
You are a code reviewer...
\`\`\`

A Markdown file in an \`agents\` folder without frontmatter is not an error for Claude Code: it
treats the file as documentation kept beside the agents and does not load it. This is a warning
because notes and READMEs legitimately live there; if the file is notes, turn the rule off for that
folder (or exclude it from \`documents.agent\`). Misplaced frontmatter is reported by
\`frontmatter-not-first-line\` instead.`,
  check(ctx) {
    const { doc } = ctx;
    if (doc.frontmatter || doc.misplacedFrontmatter) return;
    const firstLine = doc.lines.positionAt(doc.bom).line;
    ctx.report({
      start: doc.bom,
      end: doc.lines.lineEnd(firstLine),
      message: 'No frontmatter: Claude Code treats this file as documentation, not as an agent. Start the file with `---`, `name:` and `description:`.',
    });
  },
};
