import { isScalar, isSeq, type Node } from 'yaml';
import type { FieldEntry } from './yamlFields';

/** One entry of a `tools`-like field, with absolute offsets of its text. */
export interface ToolEntry {
  /** The entry as written, trimmed: `Bash(git add:*)`. */
  text: string;
  /** The tool name without its specifier: `Bash`. */
  name: string;
  /** The text inside the parentheses, if any. */
  specifier?: string;
  start: number;
  end: number;
  /** End offset of the name part. */
  nameEnd: number;
}

export interface ToolListOptions {
  /** Skills' `allowed-tools` also separate entries by spaces (outside parentheses). */
  spaceSeparated?: boolean;
}

/**
 * Splits a tools value into entries at top-level separators only, so `Agent(worker, researcher)`
 * stays one entry. Accepts a comma string (plain or quoted on one line) or a YAML list.
 */
export function parseToolList(field: FieldEntry, source: string, options: ToolListOptions = {}): ToolEntry[] {
  const node = field.value;
  if (!node) return [];
  if (isSeq(node)) {
    const out: ToolEntry[] = [];
    for (const item of node.items as Node[]) {
      if (!isScalar(item) || !item.range || item.value === null) continue;
      const [s, e] = unquote(source, item.range[0], item.range[1]);
      out.push(...splitEntries(source, s, e, options));
    }
    return out;
  }
  if (!isScalar(node) || !node.range || node.value === null) return [];
  const [s, e] = unquote(source, node.range[0], node.range[1]);
  if (source.slice(s, e).includes('\n')) {
    // Multi-line plain or block scalar: entries keep their own offsets line by line.
    return splitEntries(source, s, e, options, true);
  }
  return splitEntries(source, s, e, options);
}

/** The span inside a quoted scalar's quotes (list items are quoted as often as whole values). */
function unquote(source: string, s: number, e: number): [number, number] {
  while (e > s && /\s/.test(source[e - 1]!)) e--;
  const first = source[s];
  return (first === '"' || first === "'") && source[e - 1] === first && e - s >= 2 ? [s + 1, e - 1] : [s, e];
}

function splitEntries(source: string, from: number, to: number, options: ToolListOptions, multiline = false): ToolEntry[] {
  const out: ToolEntry[] = [];
  let depth = 0;
  let segStart = from;
  const flush = (end: number) => {
    let a = segStart;
    let b = end;
    while (a < b && /\s/.test(source[a]!)) a++;
    while (b > a && /\s/.test(source[b - 1]!)) b--;
    if (a < b && !(source[a] === '|' || source[a] === '>')) out.push(makeEntry(source, a, b));
  };
  for (let i = from; i < to; i++) {
    const c = source[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || (options.spaceSeparated && (c === ' ' || c === '\t')) || (multiline && (c === '\n' || c === '\r')))) {
      flush(i);
      segStart = i + 1;
    }
  }
  flush(to);
  return out;
}

function makeEntry(source: string, start: number, end: number): ToolEntry {
  const text = source.slice(start, end);
  const paren = text.indexOf('(');
  if (paren > 0 && text.endsWith(')')) {
    return { text, name: text.slice(0, paren).trim(), specifier: text.slice(paren + 1, -1), start, end, nameEnd: start + paren };
  }
  return { text, name: text, start, end, nameEnd: end };
}
