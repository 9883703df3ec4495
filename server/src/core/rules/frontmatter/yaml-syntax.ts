import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { parseDocument } from 'yaml';
import { loadYaml, type YamlLoad } from '../../document/claudeYaml';
import type { ParsedDocument } from '../../document/parse';
import { blockAt, topLevelBlocks, type TopLevelBlock } from '../../document/topLevelBlocks';
import type { YamlProblem } from '../../document/yamlFields';
import { unreadableConsequence } from '../../fields/consequence';
import { repairBlock, unclosedFlowOpener } from '../../fields/repair';
import type { Rule, RuleContext } from '../types';

/** Errors about a flow collection (`[` / `{`) that never closes. */
const UNCLOSED_FLOW = /end with a [\]}]|Missing closing|flow collection/i;

/** A line Claude Code's fallback would quote, were it not for the `\r` at its end. */
const RETRY_LINE = /^([a-zA-Z_-]+):\s+(\S.*)$/;
const SPECIAL = /[{}[\]*&#!|>%@`]|: /;

const VALIDATOR =
  'validator (`claude plugin validate`, 2.1.332): "YAML frontmatter failed to parse: … At runtime this agent loads with its name taken from the filename and every other frontmatter field silently dropped" (plugin) / "At runtime this agent does not load at all — with no frontmatter name it is treated as a co-located reference document and skipped" (project) / "At runtime this skill loads with empty metadata (all frontmatter fields silently dropped)"';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  description: 'Frontmatter YAML that Claude Code cannot read at all, or reads only through its fallback quoting.',
  severity: 'error',
  kinds: ['agent', 'skill', 'command', 'task'],
  // Which plugin the file belongs to decides what a lost frontmatter costs.
  dependsOn: [WORKSPACE_PLUGINS_KEY],
  fixable: true,
  consequence: {
    text: "When the YAML fails even after Claude Code's fallback quoting, every field is dropped: a project or user agent does not load at all; a plugin agent loads under its file name with no description, tools or model; a skill or command loads with empty metadata (error). When only the fallback reads it, the file loads, but strict YAML readers reject it and, saved with CRLF line endings (a Windows checkout), Claude Code does too (warning).",
    evidence: [
      VALIDATOR,
      'Claude Code 2.1.332 binary: frontmatter parser (Bun YAML, then the quoting retry whose line pattern `(\\S.*)$` cannot match a line ending in `\\r`)',
      'anthropics/claude-code#91871 (shipped plugin agents with multi-line descriptions fail to parse)',
    ],
  },
  docs: `Claude Code parses frontmatter with Bun's YAML parser. When that fails it tries once more
after double-quoting every \`key: value\` line at column 0 whose value holds \`{ } [ ] * & # ! | > % @\`,
a backtick or \`: \` (unless already quoted, or a flow list that parses). Only if that also fails is the
frontmatter lost, and what that costs depends on where the file is:

- a project or user agent (\`.claude/agents/\`) does not load at all;
- a plugin agent loads under its file name with every other field dropped (no description, so
  Claude cannot tell when to use it; no \`tools\`, so it gets every tool; no \`model\`);
- a skill or command loads with empty metadata.

That is an **error**, on the value YAML rejects, with the consequence for this file.

\`\`\`yaml
description: Use this agent when...
<example>                                  # column 0 inside a plain value: not YAML, even quoted
user: "Review my PR"
\`\`\`

The fallback's line pattern cannot match a line that ends in \`\\r\`, so in a file with CRLF line
endings nothing is quoted: a value such as \`description: Use when: [ref: X]\` loads with LF
endings and fails with CRLF. The message says so when that is the cause.

When only the fallback reads the file (\`argument-hint: [--no-delete] [--no-tag]\`,
\`description: Expert in @decorators\`, \`tools: *\`), it loads, so this is a **warning**: strict YAML
readers (editors, GitHub, other agent tools) reject it, a checkout with CRLF line endings breaks it,
and the fallback quotes every such line, also those that parsed (\`model: opus # fast\` is then read
as \`opus # fast\`). Rules check the fields as the fallback reads them.

Fixes: for a file only the fallback reads, the preferred fix writes the quotes exactly as Claude Code
adds them, so what it reads does not change. For a file it cannot read, a one-line value is
double-quoted (\`\\\` and \`"\` escaped, text unchanged) and a multi-line value whose \`<example>\`
transcript puts lines at column 0 becomes a literal block scalar (\`|\`); each is offered only after
checking that the result parses. Duplicate keys are not errors (the last one wins, see
\`duplicate-key\`).`,
  check(ctx) {
    const fm = ctx.doc.frontmatter;
    const load = fm?.load;
    if (!fm || !load || !fm.yaml || load.pass === 'strict') return;
    if (load.pass === 'retry') reportRecovered(ctx, load);
    else reportFailed(ctx, fm.yaml.errors, fm.contentStart);
  },
};

/** The file loads only because Claude Code quotes some values: one warning, with that quoting as the fix. */
function reportRecovered(ctx: RuleContext, load: YamlLoad): void {
  const { doc } = ctx;
  const first = load.strictErrors[0]!;
  // An unterminated `[`/`{` is reported where it opens, not where the parser gave up.
  const opener = UNCLOSED_FLOW.test(first.message) ? unclosedFlowOpener(doc, doc.frontmatter!.contentStart, first.start) : undefined;
  const block = blockAt(topLevelBlocks(doc), opener ?? first.start);
  const quoted = load.retryEdits.filter((e) => e.kind === 'quote');
  const keys = [...new Set(quoted.map((e) => e.key!))];
  const commented = quoted.filter((e) => /(^|[ \t])#/.test(doc.text.slice(e.start, e.end).replace(/^\s*/, ''))).map((e) => `\`${e.key}\``);
  const what = keys.length ? `quoting the value${keys.length > 1 ? 's' : ''} of ${keys.map((k) => `\`${k}\``).join(', ')}` : 'replacing leading tabs';
  const span = block
    ? { start: block.valueStart, end: doc.lines.lineEnd(doc.lines.positionAt(block.valueStart).line) }
    : { start: first.start, end: first.end };
  // A one-line `[` or `{` that only lacks its closer: the fallback reads it as text (`"[Read, Grep"`),
  // which is rarely what was meant; closing it is, when nothing else then reads differently.
  const close = opener !== undefined && block ? closeFix(ctx, opener, block.key) : undefined;
  const asRead = ctx.fix(
    keys.length ? 'Quote the values as Claude Code reads them' : 'Indent with spaces as Claude Code reads it',
    load.retryEdits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })),
    close === undefined,
  );
  const readAs =
    close && block
      ? ` It reads \`${block.key}\` as the text \`${doc.text.slice(block.valueStart, doc.lines.lineEnd(doc.lines.positionAt(block.valueStart).line)).trim()}\`, not as a list.`
      : '';
  ctx.report({
    severity: 'warning',
    ...span,
    message: `Strict YAML rejects this frontmatter (${first.message}); Claude Code reads it only after ${what}${commented.length ? `, which keeps the \`#\` comment in ${commented.join(', ')} as part of the value` : ''}.${readAs} Other YAML readers reject it, and so does Claude Code once the file has CRLF line endings.`,
    fixes: close ? [close, asRead] : [asRead],
  });
}

/**
 * "Close with `]`" for a one-line flow collection, preferred only when Claude Code would then read
 * every other field exactly as it does now.
 */
function closeFix(ctx: RuleContext, opener: number, key: string): ReturnType<RuleContext['fix']> | undefined {
  const { doc } = ctx;
  const fm = doc.frontmatter!;
  const line = doc.lines.positionAt(opener).line;
  const lineText = doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line)).trimEnd();
  const closer = doc.text[opener] === '[' ? ']' : '}';
  if (lineText.slice(opener - doc.lines.lineStart(line)).includes(closer) || !parsesAlone(`${lineText}${closer}`)) return undefined;
  const at = doc.lines.lineStart(line) + lineText.length;
  const content = doc.text.slice(fm.contentStart, fm.contentEnd);
  const rel = at - fm.contentStart;
  const after = loadYaml(`${content.slice(0, rel)}${closer}${content.slice(rel)}`, 0);
  if (after.load.pass === 'failed') return undefined;
  const before = fm.yaml!.doc.toJS() as Record<string, unknown> | null;
  const now = after.yaml.doc.toJS() as Record<string, unknown> | null;
  const others = (o: Record<string, unknown> | null) => Object.fromEntries(Object.entries(o ?? {}).filter(([k]) => k !== key));
  return ctx.fix(`Close with \`${closer}\``, [{ start: at, end: at, newText: closer }], JSON.stringify(others(before)) === JSON.stringify(others(now)));
}

/** Claude Code reads nothing: one error per top-level field that breaks, with the consequence. */
function reportFailed(ctx: RuleContext, errors: readonly YamlProblem[], contentStart: number): void {
  const { doc } = ctx;
  const consequence = unreadableConsequence(doc, ctx.files);
  const blocks = topLevelBlocks(doc);
  const seen = new Set<TopLevelBlock | number>();
  let reported = 0;
  for (const e of errors) {
    const line = doc.lines.positionAt(e.start).line;
    const opener = UNCLOSED_FLOW.test(e.message) ? unclosedFlowOpener(doc, contentStart, e.start) : undefined;
    const block = blockAt(blocks, opener ?? e.start);
    const group = block ?? line;
    if (seen.has(group)) continue;
    seen.add(group);
    // An error inside a field that parses on its own is fallout from an earlier one.
    if (opener === undefined && block && parsesAlone(doc.text.slice(block.keyStart, block.end))) continue;
    report(ctx, e, block, opener, consequence);
    reported++;
  }
  if (reported === 0 && errors[0]) report(ctx, errors[0], undefined, undefined, consequence);
}

function parsesAlone(pairText: string): boolean {
  return parseDocument(pairText, { uniqueKeys: false }).errors.length === 0;
}

/** Why a line failed in this file but would load with LF line endings. */
function crlfNote(doc: ParsedDocument, block: TopLevelBlock | undefined): string {
  if (!block) return '';
  const line = doc.lines.positionAt(block.keyStart).line;
  const raw = doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line));
  if (!doc.text.startsWith('\r\n', doc.lines.lineEnd(line))) return '';
  const m = RETRY_LINE.exec(raw);
  if (!m || !SPECIAL.test(m[2]!) || /^(["']).*\1$/.test(m[2]!)) return '';
  return ' With LF line endings Claude Code would quote this value itself and read the file; with CRLF its fallback does not apply.';
}

function report(
  ctx: RuleContext,
  e: YamlProblem,
  block: TopLevelBlock | undefined,
  opener: number | undefined,
  consequence: ReturnType<typeof unreadableConsequence>,
): void {
  const { doc } = ctx;
  const { severity } = consequence;
  const cost = `Claude Code cannot read this frontmatter: ${consequence.text}.`;
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
      message: `YAML error: this \`${doc.text[opener]}\` is never closed (${e.message}). ${cost}`,
      ...(closable ? { fixes: [ctx.fix(`Close with \`${closer}\``, [{ start: at, end: at, newText: closer }], true)] } : {}),
    });
    return;
  }
  const repair = block && !(block.key === 'tools' || block.key === 'disallowedTools') ? repairBlock(doc, block) : undefined;
  const crlf = crlfNote(doc, block);
  if (!repair) {
    ctx.report({ severity, start: e.start, end: e.end, message: `YAML error: ${e.message}. ${cost}${crlf}` });
    return;
  }
  const hint = repair.kind === 'quote' ? 'quote the value' : 'write it as a block scalar (`|`)';
  ctx.report({
    severity,
    start: repair.valueStart,
    end: repair.valueEnd,
    message: `YAML error in \`${block!.key}\`: ${e.message}; ${hint}. ${cost}${crlf}`,
    fixes: [ctx.fix(repair.title, [repair.edit], true)],
  });
}
