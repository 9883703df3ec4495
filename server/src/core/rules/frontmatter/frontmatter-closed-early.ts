import { keysBetween } from '../../fields/consequence';
import type { Rule } from '../types';

export const frontmatterClosedEarly: Rule = {
  id: 'frontmatter-closed-early',
  description: "A `---` inside a value or comment ends Claude Code's frontmatter there; what follows is read as the body.",
  severity: 'warning',
  kinds: ['agent', 'skill', 'command'],
  fixable: false,
  consequence: {
    text: 'Claude Code ends the frontmatter at the first `---` after the opening fence, even in the middle of a line: the fields after it are not read, and the rest of the block becomes the start of the prompt body.',
    evidence: [
      'Claude Code 2.1.332 binary: frontmatter pattern `/^---\\s*\\n([\\s\\S]*?)---\\s*\\n?/` (the lazy match stops at the first `---`)',
      'corpus: bobmatnyc__claude-mpm/.claude/skills/trusty-services/SKILL.md (`# ---- Phase 1: Detection ----`)',
    ],
  },
  docs: `Claude Code does not look for a closing \`---\` *line*: its frontmatter ends at the first three
dashes after the opening fence, wherever they are. A comment or a value holding \`---\` therefore cuts
the block short: the fields after it are not read, and the rest of the block is read as the first
lines of the body (the prompt).

\`\`\`yaml
---
name: setup
description: Installs the services
# ---- Phase 1: Detection ----     ← the frontmatter ends here for Claude Code
check_commands:
  - which trusty-memory
---
\`\`\`

Write the comment or value without three dashes in a row (\`# == Phase 1 ==\`, \`—\`). There is no
automatic fix: what to write instead is yours to choose.`,
  check(ctx) {
    const fm = ctx.doc.frontmatter;
    if (!fm?.close || fm.close.kind !== 'inline' || fm.language !== undefined) return;
    const { text, lines } = ctx.doc;
    // The line the author meant as the closing fence: the next line that is exactly `---`.
    const after = /^---[ \t]*$/m;
    const rest = text.slice(fm.close.end);
    const m = after.exec(rest);
    const end = m ? fm.close.end + m.index : text.length;
    const lost = keysBetween(text, fm.close.end, end);
    const line = lines.positionAt(fm.close.start).line + 1;
    ctx.report({
      start: fm.close.start,
      end: fm.close.end,
      message: `Claude Code ends the frontmatter at this \`---\` (line ${line}): ${lost.length ? `${lost.map((k) => `\`${k}\``).join(', ')} after it ${lost.length === 1 ? 'is' : 'are'} not read, and ` : ''}the rest of the block is read as the body.`,
    });
  },
};
