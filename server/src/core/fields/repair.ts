import { parseDocument } from 'yaml';
import type { ParsedDocument } from '../document/parse';
import type { TopLevelBlock } from '../document/topLevelBlocks';
import { eolOf } from '../text/eol';
import type { OffsetEdit } from '../rules/types';

/** A verified repair of one top-level value that YAML rejects. */
export interface Repair {
  kind: 'quote' | 'block';
  title: string;
  edit: OffsetEdit;
  /** Where the rejected value sits, for the diagnostic's range. */
  valueStart: number;
  valueEnd: number;
}

/** A plain scalar as a double-quoted one, text unchanged: backslashes and quotes escaped. */
export function doubleQuote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function parsesTo(yamlText: string, key: string): unknown {
  const d = parseDocument(yamlText, { uniqueKeys: false });
  if (d.errors.length) return undefined;
  const js = d.toJS() as Record<string, unknown> | null;
  return js && typeof js === 'object' ? js[key] : undefined;
}

/**
 * Proposes a repair for the value of `block`, and checks it: a one-line plain value becomes a
 * double-quoted string that parses back to exactly the text written; a multi-line plain value
 * (typically a description with `<example>` transcripts at column 0) becomes a literal block
 * scalar (`|`) with its lines indented. Returns undefined when no safe repair exists.
 */
export function repairBlock(doc: ParsedDocument, block: TopLevelBlock): Repair | undefined {
  const { text, lines } = doc;
  const raw = text.slice(block.valueStart, block.end);
  const firstChar = raw.trimStart()[0];
  if (firstChar === '"' || firstChar === "'" || firstChar === '|' || firstChar === '>') return undefined;
  const rows = raw.split(/\r\n|\r|\n/);
  while (rows.length > 1 && rows[rows.length - 1]!.trim() === '') rows.pop();
  const firstRow = rows[0]!.trim();
  if (rows.length === 1) {
    if (!firstRow) return undefined;
    const quoted = doubleQuote(firstRow);
    if (parsesTo(`${block.key}: ${quoted}\n`, block.key) !== firstRow) return undefined;
    const start = block.valueStart;
    const end = start + rows[0]!.trimEnd().length;
    return { kind: 'quote', title: `Quote the \`${block.key}\` value`, edit: { start, end, newText: quoted }, valueStart: start, valueEnd: end };
  }
  const rest = rows.slice(1).map((r) => r.trimEnd());
  const indents = rest.filter((r) => r.trim()).map((r) => /^[ \t]*/.exec(r)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  const body = [...(firstRow ? [firstRow] : []), ...rest.map((r) => (r.trim() ? r.slice(cut) : ''))];
  while (body.length && body[0] === '') body.shift();
  if (!body.length || /^\s/.test(body[0]!)) return undefined;
  const eol = eolOf(text);
  const newText = `|${eol}${body.map((r) => (r ? `  ${r}` : '')).join(eol)}${eol}`;
  const value = parsesTo(`${block.key}: ${newText}`, block.key);
  if (typeof value !== 'string' || !value.startsWith(body[0]!)) return undefined;
  const valueEnd = lines.lineEnd(lines.positionAt(block.valueStart).line);
  return {
    kind: 'block',
    title: `Make \`${block.key}\` a block scalar (\`|\`)`,
    edit: { start: block.valueStart, end: block.end, newText },
    valueStart: block.valueStart,
    valueEnd,
  };
}

/**
 * The outermost `[` or `{` still open at `offset` in the frontmatter (outside quotes): where an
 * unterminated flow collection starts, which is where the user must look.
 */
export function unclosedFlowOpener(doc: ParsedDocument, from: number, offset: number): number | undefined {
  const stack: number[] = [];
  let quote: string | undefined;
  const text = doc.text;
  for (let i = from; i < offset; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if ((c === '"' || c === "'") && stack.length) quote = c;
    else if (c === '[' || c === '{') stack.push(i);
    else if ((c === ']' || c === '}') && stack.length) stack.pop();
    else if (c === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      while (i < offset && text[i] !== '\n') i++;
    }
  }
  return stack[0];
}
