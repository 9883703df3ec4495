import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import type { FenceSplit } from '../../document/frontmatter';
import { loadYaml } from '../../document/claudeYaml';
import type { Rule } from '../types';
import { keysBetween, unreadableConsequence } from '../../fields/consequence';

export const frontmatterLanguage: Rule = {
  id: 'frontmatter-language',
  description: 'A `---js`/`---coffee` fence names another language; Claude Code never evaluates it.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command'],
  // Which plugin the file belongs to decides what a lost frontmatter costs.
  dependsOn: [WORKSPACE_PLUGINS_KEY],
  fixable: true,
  consequence: {
    text: 'Claude Code sees no frontmatter (its pattern needs only blanks after the opening `---`) and never evaluates code: a project or user agent does not load, a plugin agent loads under its file name with no other field, a skill or command loads with empty metadata.',
    evidence: [
      'Claude Code 2.1.332 binary: frontmatter pattern `/^---\\s*\\n([\\s\\S]*?)---\\s*\\n?/`',
      'gray-matter evaluates `---js` front matter with eval (CVE-2022-25863), which is why the block is never run here',
    ],
  },
  docs: `Some Markdown tools accept \`---js\` or \`---coffee\` to write frontmatter in another language.
Claude Code reads only YAML frontmatter and never evaluates code, so such a block sets nothing.

\`\`\`markdown
---js
{ name: 'reviewer' }
---
\`\`\`

An error when the block holds fields Claude Code uses: a project or user agent does not load, a
plugin agent loads under its file name without them, a skill or command with empty metadata. Rewrite
the block as YAML under a plain \`---\` fence. For \`---yaml\` the fix simply drops the word; for
code there is no automatic fix.`,
  check(ctx) {
    const fm = ctx.doc.frontmatter;
    if (!fm?.language) return;
    const consequence = unreadableConsequence(ctx.doc, ctx.files, keysBetween(ctx.doc.text, fm.contentStart, fm.contentEnd), 'unseen');
    const lineEnd = ctx.doc.lines.lineEnd(ctx.doc.lines.positionAt(fm.openStart).line);
    const isYaml = /^ya?ml$/i.test(fm.language);
    ctx.report({
      start: fm.openStart,
      end: lineEnd,
      severity: consequence.severity,
      message: isYaml
        ? `Claude Code recognises only a plain \`---\` fence, not \`---${fm.language}\`: this frontmatter is not read, so ${consequence.text}.`
        : `\`---${fm.language}\` frontmatter is never evaluated: Claude Code reads only YAML under a plain \`---\` fence, so ${consequence.text}.`,
      // Applied by fix-all only when the block is closed and parses: otherwise the plain fence
      // would trade this warning for an unclosed-frontmatter or YAML error.
      ...(isYaml
        ? { fixes: [ctx.fix('Use a plain `---` fence', [{ start: fm.openStart, end: lineEnd, newText: '---' }], readsAsYaml(ctx.doc.text, fm))] }
        : {}),
    });
  },
};

function readsAsYaml(text: string, fm: FenceSplit): boolean {
  return fm.close !== undefined && loadYaml(text.slice(fm.contentStart, fm.contentEnd), fm.contentStart).load.pass === 'strict';
}
