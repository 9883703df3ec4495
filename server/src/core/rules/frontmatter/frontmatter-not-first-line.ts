import { parseYamlFields } from '../../document/yamlFields';
import type { Rule } from '../types';
import { skippedWhenUnreadable } from '../../fields/health';

export const frontmatterNotFirstLine: Rule = {
  id: 'frontmatter-not-first-line',
  description: 'Frontmatter must start on line 1; after a blank line or with an indented fence it is ignored.',
  severity: 'error',
  kinds: ['agent', 'skill', 'command'],
  fixable: true,
  docs: `Claude Code reads frontmatter only when \`---\` is the very first line of the file. A blank line
before it, or an indented fence, turns the block into ordinary Markdown: an agent then has no
\`name\` and is skipped; a skill or command loses its settings.

\`\`\`markdown

---
name: sqs-expert
---
\`\`\`

The fix removes what precedes the fence (the blank lines, or the indentation of both fences). Reported as an error
for project and user agents (the file is skipped) and as a warning for plugin agents, skills and
commands (the file still loads, without its settings).`,
  check(ctx) {
    const m = ctx.doc.misplacedFrontmatter;
    if (!m) return;
    const isAgent = skippedWhenUnreadable(ctx.doc);
    ctx.report({
      start: m.fenceStart,
      end: m.fenceEnd,
      severity: isAgent ? 'error' : 'warning',
      message: `Frontmatter does not start on line 1, so Claude Code does not read it${isAgent ? ' and skips this agent' : ''}. Remove what precedes the \`---\`.`,
      fixes: [
        ctx.fix(
          'Move the frontmatter to line 1',
          [
            { start: m.leadStart, end: m.fenceStart, newText: '' },
            // An indented closing fence does not close frontmatter either.
            ...(m.closeFenceStart > m.closeLineStart ? [{ start: m.closeLineStart, end: m.closeFenceStart, newText: '' }] : []),
          ],
          // Applied by fix-all only when the block parses once Claude Code reads it: otherwise the
          // move would trade this finding for YAML errors.
          movedBlockParses(ctx.doc.text, m.fenceEnd, m.closeLineStart),
        ),
      ],
    });
  },
};

function movedBlockParses(text: string, fenceEnd: number, closeLineStart: number): boolean {
  const start = text.startsWith('\r\n', fenceEnd) ? fenceEnd + 2 : fenceEnd + 1;
  return parseYamlFields(text.slice(start, Math.max(start, closeLineStart)), start).errors.length === 0;
}
