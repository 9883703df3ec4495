import type { FenceSplit } from '../../document/frontmatter';
import { parseYamlFields } from '../../document/yamlFields';
import type { Rule } from '../types';
import { skippedWhenUnreadable } from '../../fields/health';

export const frontmatterLanguage: Rule = {
  id: 'frontmatter-language',
  description: 'A `---js`/`---coffee` fence names another language; Claude Code never evaluates it.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command'],
  fixable: true,
  docs: `Some Markdown tools accept \`---js\` or \`---coffee\` to write frontmatter in another language.
Claude Code reads only YAML frontmatter and never evaluates code, so such a block sets nothing.

\`\`\`markdown
---js
{ name: 'reviewer' }
---
\`\`\`

For project and user agents this is an error (no \`name\`, so the file is skipped); for plugin
agents (which load under their file name), skills and commands a warning. Rewrite
the block as YAML under a plain \`---\` fence. For \`---yaml\` the fix simply drops the word; for
code there is no automatic fix.`,
  check(ctx) {
    const fm = ctx.doc.frontmatter;
    if (!fm?.language) return;
    const isAgent = skippedWhenUnreadable(ctx.doc);
    const lineEnd = ctx.doc.lines.lineEnd(ctx.doc.lines.positionAt(fm.openStart).line);
    const isYaml = /^ya?ml$/i.test(fm.language);
    ctx.report({
      start: fm.openStart,
      end: lineEnd,
      severity: isAgent ? 'error' : 'warning',
      message: isYaml
        ? `Claude Code recognises only a plain \`---\` fence, not \`---${fm.language}\`: this frontmatter is not read${isAgent ? ' and the agent is skipped' : ''}.`
        : `\`---${fm.language}\` frontmatter is never evaluated: Claude Code reads only YAML under a plain \`---\` fence${isAgent ? ', so this agent is skipped' : ''}.`,
      // Applied by fix-all only when the block is closed and parses: otherwise the plain fence
      // would trade this warning for an unclosed-frontmatter or YAML error.
      ...(isYaml ? { fixes: [ctx.fix('Use a plain `---` fence', [{ start: fm.openStart, end: lineEnd, newText: '---' }], readsAsYaml(ctx.doc.text, fm))] } : {}),
    });
  },
};

function readsAsYaml(text: string, fm: FenceSplit): boolean {
  return fm.close !== undefined && parseYamlFields(text.slice(fm.contentStart, fm.contentEnd), fm.contentStart).errors.length === 0;
}
