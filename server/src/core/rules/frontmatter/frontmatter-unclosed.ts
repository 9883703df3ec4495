import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { loadYaml } from '../../document/claudeYaml';
import { keysBetween, unreadableConsequence } from '../../fields/consequence';
import { eolOf } from '../../text/eol';
import type { Rule } from '../types';

export const frontmatterUnclosed: Rule = {
  id: 'frontmatter-unclosed',
  description: 'The opening `---` fence has no closing `---`: Claude Code sees no frontmatter.',
  severity: 'error',
  kinds: ['agent', 'skill', 'command', 'task'],
  // Which plugin the file belongs to decides what a lost frontmatter costs.
  dependsOn: [WORKSPACE_PLUGINS_KEY],
  fixable: true,
  consequence: {
    text: 'With no `---` after the opening fence Claude Code finds no frontmatter at all: a project or user agent does not load, a plugin agent loads under its file name with no other field, a skill or command loads with empty metadata.',
    evidence: [
      'Claude Code 2.1.332 binary: frontmatter is read only when another `---` follows the opening one (`indexOf("---", 3)`), then matched with `/^---\\s*\\n([\\s\\S]*?)---/`',
    ],
  },
  docs: `Claude Code's frontmatter ends at the first \`---\` after the opening fence. Without one, it
finds no frontmatter at all, and some other tools swallow the whole file into it. The fix inserts a closing
fence before the first line that is not a YAML \`key: value\` line, list item or indented continuation.

\`\`\`markdown
---
name: reviewer
description: Reviews code
# Reviewer            ← the fix inserts --- above this line
\`\`\``,
  check(ctx) {
    const fm = ctx.doc.frontmatter;
    if (!fm || fm.close || fm.language) return;
    const { text, lines } = ctx.doc;
    const openLine = lines.positionAt(fm.openStart).line;
    // Insert the fence after the last line that still looks like YAML.
    let insertLine = openLine + 1;
    // Blank lines between fields do not end them; after a blank line, a `#` line is a heading.
    let blank = false;
    for (let l = openLine + 1; l < lines.lineCount; l++) {
      const t = lines.lineText(l);
      if (t.trim() === '') blank = true;
      else if (/^([A-Za-z_][\w.-]*\s*:|\s+\S|-\s)/.test(t) || (!blank && t.startsWith('#'))) {
        insertLine = l + 1;
        blank = false;
      } else break;
    }
    const eol = eolOf(text);
    const at = insertLine < lines.lineCount ? lines.lineStart(insertLine) : text.length;
    const before = at === text.length && !/[\r\n]$/.test(text) ? eol : '';
    const consequence = unreadableConsequence(ctx.doc, ctx.files, keysBetween(text, fm.contentStart, at), 'unseen');
    ctx.report({
      start: fm.openStart,
      end: lines.lineEnd(openLine),
      severity: consequence.severity,
      message: `Frontmatter is never closed, so Claude Code sees no frontmatter: ${consequence.text}. Add a \`---\` line after the last field.`,
      // Applied by fix-all only when the YAML it closes parses: otherwise closing the fence would
      // trade this error for YAML errors, and the guess of where the fields end is likely wrong.
      fixes: [ctx.fix('Close the frontmatter', [{ start: at, end: at, newText: `${before}---${eol}` }], closesValidYaml(text, fm.contentStart, at, before))],
    });
  },
};

/** Parses the YAML exactly as it will stand once closed (a line break may be added at the end). */
function closesValidYaml(text: string, contentStart: number, at: number, added: string): boolean {
  const content = text.slice(contentStart, Math.max(contentStart, at)) + added;
  return loadYaml(content, contentStart).load.pass === 'strict';
}
