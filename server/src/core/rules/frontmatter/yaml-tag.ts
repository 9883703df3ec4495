import type { Rule } from '../types';

export const yamlTag: Rule = {
  id: 'yaml-tag',
  description: 'A YAML tag such as `!!js/function` or `!custom` is not understood; the value is read as plain data.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task'],
  fixable: false,
  consequence: {
    text: "Bun's YAML parser ignores tags it does not know and keeps the plain value: the tag does nothing, and stricter YAML readers reject the file.",
    evidence: [
      'Claude Code 2.1.332 binary: frontmatter is parsed with Bun.YAML (safe: no code is run)',
      'yaml 2.x (our parser) reports TAG_RESOLVE_FAILED and keeps the plain value',
    ],
  },
  docs: `Tags like \`!!js/function\`, \`!!js/regexp\` or \`!custom\` ask a YAML reader to build a special
value. Safe readers (Claude Code's and agent-docs') do not know them and keep the plain string or
list, so the tag does nothing, or makes a stricter reader reject the file. agent-docs never runs
tagged code. Remove the tag.

\`\`\`markdown
---
name: reviewer
description: !!js/function "function () { return 'Reviews code' }"
---
\`\`\`

Here \`description\` is read as the string \`function () { return 'Reviews code' }\`, not run.`,
  check(ctx) {
    const yaml = ctx.doc.frontmatter?.yaml;
    if (!yaml) return;
    for (const w of yaml.warnings) {
      if (w.code !== 'TAG_RESOLVE_FAILED') continue;
      const tag = ctx.doc.text.slice(w.start, w.end).trim() || w.message;
      ctx.report({ start: w.start, end: w.end, message: `Unknown YAML tag \`${tag}\`: the value is read as plain data; nothing is run.` });
    }
  },
};
