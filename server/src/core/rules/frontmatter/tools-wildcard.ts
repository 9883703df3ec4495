import { fieldsOf } from '../../document/parse';
import { yamlBroken } from '../../fields/health';
import { listEntries } from '../../fields/lists';
import { removalEdit } from '../../fields/edits';
import type { Rule } from '../types';

export const toolsWildcard: Rule = {
  id: 'tools-wildcard',
  description: "An agent's `tools: *` gives every tool (as leaving `tools` out does); `disallowedTools: *` denies nothing.",
  severity: 'information',
  kinds: ['agent'],
  fixable: true,
  consequence: {
    text: 'A `tools` list that holds `*` is no restriction: the agent gets every tool, exactly as with no `tools` at all. A `disallowedTools` list that holds `*` is dropped: the agent is denied nothing, the opposite of what it says (warning).',
    evidence: [
      'Claude Code 2.1.332 binary: agent tool lists are normalised so that a list holding `*` becomes "no list" (`tools`: inherit all; `disallowedTools`: none)',
      'Claude Code 2.1.332 binary: unquoted `tools: *` fails the first YAML pass (an alias) and is read as `"*"` by the fallback quoting (see `yaml-syntax`)',
    ],
  },
  docs: `Claude Code reads an agent's \`tools\` and \`disallowedTools\` as lists of names and treats a
list that holds \`*\` as no list at all. So:

\`\`\`yaml
tools: "*"             # every tool: the same as leaving tools out
disallowedTools: "*"   # denies nothing (a warning): list the tools to deny
\`\`\`

Unquoted, \`tools: *\` is a YAML alias: strict YAML readers reject it, and Claude Code reads it only
through its fallback quoting (reported by \`yaml-syntax\`, whose fix writes the quotes). Once quoted,
the preferred fix removes \`tools\`, which means the same and says it plainly. No fix is offered for
\`disallowedTools\`: what to deny is yours to say.`,
  check(ctx) {
    if (yamlBroken(ctx.doc)) return;
    const retried = ctx.doc.frontmatter?.load?.pass === 'retry';
    for (const f of fieldsOf(ctx.doc)) {
      if (f.key !== 'tools' && f.key !== 'disallowedTools') continue;
      if (!listEntries(ctx.doc, f).some((e) => e.name === '*')) continue;
      const isDeny = f.key === 'disallowedTools';
      ctx.report({
        severity: isDeny ? 'warning' : 'information',
        start: f.keyStart,
        end: f.valueEnd,
        message: isDeny
          ? 'Claude Code ignores a `disallowedTools` list that holds `*`: this agent is denied nothing. List the tools to deny.'
          : '`tools` holding `*` gives this agent every tool, as leaving `tools` out does. Remove it to say so plainly.',
        // While only the fallback quoting reads the file, removing the line could let the first
        // pass read it and change other values: yaml-syntax's fix (the quotes) goes first.
        ...(isDeny ? {} : { fixes: [ctx.fix('Remove `tools` (every tool)', [removalEdit(ctx.doc, f)], !retried)] }),
      });
    }
  },
};
