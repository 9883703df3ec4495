import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { unreadableConsequence } from '../../fields/consequence';
import type { Rule } from '../types';

export const frontmatterNotMapping: Rule = {
  id: 'frontmatter-not-mapping',
  description: 'Frontmatter that is a list or a single value, not `key: value` pairs, sets nothing.',
  severity: 'error',
  kinds: ['agent', 'skill', 'command'],
  // Which plugin the file belongs to decides what a lost frontmatter costs.
  dependsOn: [WORKSPACE_PLUGINS_KEY],
  fixable: false,
  consequence: {
    text: 'Claude Code reads frontmatter that parses to a list or a scalar as empty: a project or user agent does not load, a plugin agent loads under its file name with no other field, a skill or command loads with empty metadata.',
    evidence: [
      'validator (`claude plugin validate`, 2.1.332): "Frontmatter must be a YAML mapping (key: value pairs), got an array."',
      'Claude Code 2.1.332 binary: a parsed frontmatter that is not an object is replaced by `{}`',
    ],
  },
  docs: `Frontmatter must be a YAML mapping: \`key: value\` lines. A block that parses to a list or a single
value gives Claude Code no fields at all:

\`\`\`yaml
---
- name: reviewer          # a list item, not a key
- description: Reviews code
---
\`\`\`

Remove the \`- \` in front of each field. There is no automatic fix: a block like this is often
something else pasted into the wrong place.`,
  check(ctx) {
    const fm = ctx.doc.frontmatter;
    const yaml = fm?.yaml;
    if (!fm || !yaml || yaml.errors.length || yaml.isMapping) return;
    const contents = yaml.doc.contents as { range?: [number, number, number] } | null;
    const start = contents?.range ? fm.contentStart + contents.range[0] : fm.openStart;
    const end = contents?.range ? ctx.doc.lines.lineEnd(ctx.doc.lines.positionAt(start).line) : fm.openStart + 3;
    const consequence = unreadableConsequence(ctx.doc, ctx.files, []);
    const what = Array.isArray(yaml.doc.toJS()) ? 'a list' : 'a single value';
    ctx.report({
      start,
      end,
      message: `This frontmatter is ${what}, not \`key: value\` pairs, so Claude Code reads no field from it: ${consequence.text}.`,
    });
  },
};
