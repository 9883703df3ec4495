import { parseYamlFields } from '../../document/yamlFields';
import { eolOf } from '../../text/eol';
import type { Rule } from '../types';

export const frontmatterUnclosed: Rule = {
  id: 'frontmatter-unclosed',
  description: 'The opening `---` fence has no closing `---` line.',
  severity: 'error',
  kinds: ['agent', 'skill', 'command', 'task'],
  fixable: true,
  docs: `Frontmatter ends at the next line that is exactly \`---\`. Without one, Claude Code finds no
frontmatter at all, and some other tools swallow the whole file into it. The fix inserts a closing
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
    for (let l = openLine + 1; l < lines.lineCount; l++) {
      const t = lines.lineText(l);
      if (/^([A-Za-z_][\w-]*\s*:|\s+\S|-\s|#)/.test(t)) insertLine = l + 1;
      else break;
    }
    const eol = eolOf(text);
    const at = insertLine < lines.lineCount ? lines.lineStart(insertLine) : text.length;
    const before = at === text.length && !/[\r\n]$/.test(text) ? eol : '';
    ctx.report({
      start: fm.openStart,
      end: lines.lineEnd(openLine),
      message: 'Frontmatter is never closed: add a `---` line after the last field. Claude Code sees no frontmatter in this file.',
      // Applied by fix-all only when the YAML it closes parses: otherwise closing the fence would
      // trade this error for YAML errors, and the guess of where the fields end is likely wrong.
      fixes: [ctx.fix('Close the frontmatter', [{ start: at, end: at, newText: `${before}---${eol}` }], closesValidYaml(text, fm.contentStart, at, before))],
    });
  },
};

/** Parses the YAML exactly as it will stand once closed (a line break may be added at the end). */
function closesValidYaml(text: string, contentStart: number, at: number, added: string): boolean {
  const content = text.slice(contentStart, Math.max(contentStart, at)) + added;
  return parseYamlFields(content, contentStart).errors.length === 0;
}
