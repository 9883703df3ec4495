import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { loadYaml } from '../../document/claudeYaml';
import { keysBetween, unreadableConsequence } from '../../fields/consequence';
import type { Rule } from '../types';

export const frontmatterNotFirstLine: Rule = {
  id: 'frontmatter-not-first-line',
  description: 'Frontmatter must start on line 1; after a blank line or with an indented fence it is ignored.',
  severity: 'error',
  kinds: ['agent', 'skill', 'command'],
  // Which plugin the file belongs to decides what a lost frontmatter costs.
  dependsOn: [WORKSPACE_PLUGINS_KEY],
  fixable: true,
  consequence: {
    text: 'Claude Code sees no frontmatter: a project or user agent is taken for a reference document and does not load; a plugin agent loads under its file name with no description, tools or model; a skill or command loads with empty metadata.',
    evidence: [
      'Claude Code 2.1.332 binary: frontmatter is matched with `/^---\\s*\\n/` at the very start of the file (after a BOM)',
      'validator (`claude plugin validate`, 2.1.332): "No frontmatter block found" for skills, commands and plugin agents',
      'corpus: 0xfurai__claude-code-subagents/agents/sqs-expert.md',
    ],
  },
  docs: `Claude Code reads frontmatter only when \`---\` is the very first line of the file. A blank line
before it, or an indented fence, turns the block into ordinary Markdown: an agent then has no
\`name\` and is skipped; a skill or command loses its settings.

\`\`\`markdown

---
name: sqs-expert
---
\`\`\`

The fix removes what precedes the fence (the blank lines, or the indentation of both fences). An
error when the block holds fields Claude Code uses (it loses them all, and a project or user agent
does not load); a warning when it holds none.`,
  check(ctx) {
    const m = ctx.doc.misplacedFrontmatter;
    if (!m) return;
    const consequence = unreadableConsequence(ctx.doc, ctx.files, keysBetween(ctx.doc.text, m.fenceEnd, m.closeLineStart), 'unseen');
    ctx.report({
      start: m.fenceStart,
      end: m.fenceEnd,
      severity: consequence.severity,
      message: `Frontmatter does not start on line 1, so Claude Code does not read it: ${consequence.text}. Remove what precedes the \`---\`.`,
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
  return loadYaml(text.slice(start, Math.max(start, closeLineStart)), start).load.pass === 'strict';
}
