import { parseDocument } from 'yaml';
import { blockAt, topLevelBlocks, type TopLevelBlock } from '../../document/topLevelBlocks';
import type { YamlProblem } from '../../document/yamlFields';
import type { Rule } from '../types';
import { unreadableFrontmatterSeverity } from '../../fields/health';
import { WILDCARD_LINE } from '../../fields/health';
import { repairBlock, unclosedFlowOpener } from '../../fields/repair';


/** Errors about a flow collection (`[` / `{`) that never closes. */
const UNCLOSED_FLOW = /end with a [\]}]|Missing closing|flow collection/i;

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  description: 'Frontmatter YAML must parse; Claude Code skips an agent whose YAML does not.',
  severity: 'error',
  kinds: ['agent', 'skill', 'command', 'task'],
  fixable: true,
  docs: `Claude Code reads no fields from frontmatter that fails to parse and skips the file without a
word (the reason only reaches its debug log). One finding is reported per top-level field that
breaks, on the value that YAML rejects (an unterminated \`[\` is reported where it opens, and
closed by the fix when the list fits on its line).

Common causes in real files, and the fixes offered:

\`\`\`yaml
argument-hint: [--no-delete] [--no-tag]     # a plain value cannot start with [ * @ \` or hold ": "
description: Use this agent when...\\n\\nExamples:\\n- <example>\\n  Context: ...
\`\`\`

The preferred fix double-quotes such a one-line value, escaping \`\\\` and \`"\` so the text stays
exactly as written (\`argument-hint: "[--no-delete] [--no-tag]"\`). A multi-line description whose
\`<example>\` transcript puts \`user:\`/\`assistant:\` lines at column 0 becomes a literal block
scalar (\`description: |\` with its lines indented). Each fix is offered only after checking that
the result parses.

Severity: an error for project and user agents (skipped); a warning for plugin agents (they still
load, under their file name, without these settings), skills and commands. Duplicate keys are reported by \`duplicate-key\`, \`tools: *\` by \`tools-wildcard\`.`,
  check(ctx) {
    const { doc } = ctx;
    const fm = doc.frontmatter;
    const yaml = fm?.yaml;
    if (!fm || !yaml || yaml.errors.length === 0) return;
    const blocks = topLevelBlocks(doc);
    const seen = new Set<TopLevelBlock | number>();
    let reported = 0;
    for (const e of yaml.errors) {
      if (e.code === 'DUPLICATE_KEY') continue;
      const line = doc.lines.positionAt(e.start).line;
      if (WILDCARD_LINE.test(doc.lines.lineText(line))) continue;
      const opener = UNCLOSED_FLOW.test(e.message) ? unclosedFlowOpener(doc, fm.contentStart, e.start) : undefined;
      const at = opener ?? e.start;
      const block = blockAt(blocks, at);
      const group = block ?? line;
      if (seen.has(group)) continue;
      seen.add(group);
      // An error inside a field that parses on its own is fallout from an earlier one.
      if (opener === undefined && block && parsesAlone(doc.text.slice(block.keyStart, block.end))) continue;
      report(ctx, e, block, opener);
      reported++;
    }
    const first = yaml.errors.find((e) => e.code !== 'DUPLICATE_KEY' && !WILDCARD_LINE.test(doc.lines.lineText(doc.lines.positionAt(e.start).line)));
    if (reported === 0 && first) report(ctx, first, undefined, undefined);
  },
};

function parsesAlone(pairText: string): boolean {
  return parseDocument(pairText, { uniqueKeys: false }).errors.length === 0;
}

function report(ctx: Parameters<Rule['check']>[0], e: YamlProblem, block: TopLevelBlock | undefined, opener: number | undefined): void {
  const { doc } = ctx;
  const severity = unreadableFrontmatterSeverity(doc);
  if (opener !== undefined) {
    const line = doc.lines.positionAt(opener).line;
    const lineEnd = doc.lines.lineEnd(line);
    const closer = doc.text[opener] === '[' ? ']' : '}';
    // A one-line flow collection that only lacks its closer: add it, if the line then parses.
    const lineText = doc.text.slice(doc.lines.lineStart(line), lineEnd).trimEnd();
    const at = doc.lines.lineStart(line) + lineText.length;
    const closable = !lineText.slice(opener - doc.lines.lineStart(line)).includes(closer) && parsesAlone(`${lineText}${closer}`);
    ctx.report({
      severity,
      start: opener,
      end: lineEnd,
      message: `YAML error: this \`${doc.text[opener]}\` is never closed (${e.message}).`,
      ...(closable ? { fixes: [ctx.fix(`Close with \`${closer}\``, [{ start: at, end: at, newText: closer }], true)] } : {}),
    });
    return;
  }
  const repair = block && !(block.key === 'tools' || block.key === 'disallowedTools') ? repairBlock(doc, block) : undefined;
  if (!repair) {
    ctx.report({ severity, start: e.start, end: e.end, message: `YAML error: ${e.message}` });
    return;
  }
  const hint = repair.kind === 'quote' ? 'quote the value' : 'write it as a block scalar (`|`)';
  ctx.report({
    severity,
    start: repair.valueStart,
    end: repair.valueEnd,
    message: `YAML error in \`${block!.key}\`: ${e.message}; ${hint}.`,
    fixes: [ctx.fix(repair.title, [repair.edit], true)],
  });
}
