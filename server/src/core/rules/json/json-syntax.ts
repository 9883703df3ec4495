import { isJsonKind, JSON_DOCUMENT_KINDS, jsonKindSpec } from '../../json/kinds';
import type { Rule } from '../types';

export const jsonSyntax: Rule = {
  id: 'json-syntax',
  description: 'A plugin, marketplace, hooks or MCP file that is not valid JSON: Claude Code cannot read it.',
  severity: 'error',
  kinds: JSON_DOCUMENT_KINDS,
  fixable: false,
  consequence: {
    text: 'Claude Code reads these files with JSON.parse: one syntax error and the whole file is refused, so the plugin, its hooks or its servers do not load.',
    evidence: ['validator (`claude plugin validate`, 2.1.332): "Invalid JSON syntax: … At runtime this breaks the entire plugin load."'],
  },
  docs: `Claude Code reads \`.claude-plugin/plugin.json\`, \`.claude-plugin/marketplace.json\`,
\`hooks/hooks.json\` and \`.mcp.json\` with \`JSON.parse\`: one syntax error and the whole file is
refused ("Invalid JSON syntax"), so the plugin, its hooks or its servers do not load. Comments and
trailing commas are errors too: these are JSON, not JSONC.

\`\`\`json
{
  "name": "review-kit",
  "keywords": ["review",]
}
\`\`\`

Only the first error is reported (the parser stops there as well); the rest of the file is still
checked where it parses, so the other findings stay useful while you fix it. claude-mpm's JSON agent
templates (\`agents/templates/*.json\`, see docs/claude-mpm.md) are read with Python's \`json.loads\`,
just as strictly: a broken template is not deployed.`,
  check(ctx) {
    const first = ctx.doc.json?.errors[0];
    const kind = ctx.doc.kind;
    if (!first || !isJsonKind(kind)) return;
    const spec = jsonKindSpec(kind);
    ctx.report({
      start: first.start,
      end: first.end,
      message: `${first.message}: ${spec.reader ?? 'Claude Code'} cannot read this ${spec.title}, so none of it is used.`,
    });
  },
};
