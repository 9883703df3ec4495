import { parseDocument, visit, type Node } from 'yaml';
import { parseCommonYaml } from './yamlCommon';
import { parseYamlFields, YAML_OPTIONS, type YamlModel, type YamlProblem } from './yamlFields';

/**
 * How Claude Code reads frontmatter YAML (checked against the 2.1.332 binary). It parses the block
 * with Bun's YAML parser; when that throws, it tries once more after rewriting the text: every
 * line shaped `key: value` (key of letters, `_` and `-` at column 0) whose value holds one of
 * `{ } [ ] * & # ! | > % @` or backtick, or `: `, gets its value double-quoted (`\` and `"`
 * escaped), unless the value is quoted already or is a flow list that parses; then leading tabs
 * become two spaces each. If that parse fails too, every field is dropped.
 *
 * The line pattern ends in `(\S.*)$`, and `.` does not match `\r`: in a file with CRLF line endings
 * no line is ever quoted, so a value that loads with LF endings fails with CRLF.
 *
 * On the shared corpus (2,595 frontmatter blocks) the `yaml` package's strict verdict matches the
 * binary's first pass on every block (tried through CRLF copies, where the retry quotes nothing);
 * `uniqueKeys: false` because Bun keeps the last of duplicated keys.
 */

const RETRY_LINE = /^([a-zA-Z_-]+):\s+(\S.*)$/;
const SPECIAL = /[{}[\]*&#!|>%@`]|: /;

/** How far Claude Code got: the YAML as written, only after its fallback quoting, or not at all. */
export type YamlPass = 'strict' | 'retry' | 'failed';

/** One line the fallback rewrites, as an edit to the document (absolute offsets). */
export interface RetryEdit {
  /** `quote`: from after the key's colon, ` "value"`; `tabs`: leading tabs as two spaces each. */
  readonly kind: 'quote' | 'tabs';
  /** The key whose value is quoted. */
  readonly key?: string;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface YamlLoad {
  readonly pass: YamlPass;
  /** The first pass's errors (when it failed), in document offsets. */
  readonly strictErrors: readonly YamlProblem[];
  /** What the fallback rewrote (when the first pass failed): applied, they make the YAML strict. */
  readonly retryEdits: readonly RetryEdit[];
}

/** Our own limits (nesting, alias bombs): refused before any parser would accept the text. */
const GUARDS = new Set(['NESTING_TOO_DEEP', 'ALIAS_LIMIT', 'TOO_MANY_ERRORS']);

/**
 * Parses frontmatter content the way Claude Code does. The model is the one Claude Code ends up
 * with: the strict parse when it succeeds, else the retry's, whose offsets point back into the
 * original text (a quoted value's node spans the value as written). Its `errors` are empty unless
 * Claude Code cannot read the block at all. The retry runs only when the first parse fails.
 * `common: false` parses with `yaml` alone (see parseYamlFields).
 */
export function loadYaml(content: string, offset: number, common = true): { yaml: YamlModel; load: YamlLoad } {
  const strict = parseYamlFields(content, offset, common);
  if (strict.errors.length === 0) return { yaml: strict, load: { pass: 'strict', strictErrors: [], retryEdits: [] } };
  if (strict.errors.every((e) => GUARDS.has(e.code))) return { yaml: strict, load: { pass: 'failed', strictErrors: strict.errors, retryEdits: [] } };
  const rewrite = retryRewrite(content, common);
  const retried = parseYamlFields(rewrite.text, 0, common);
  const yaml = remap(retried, rewrite.map, offset);
  const retryEdits = rewrite.edits.map((e) => ({ ...e, start: e.start + offset, end: e.end + offset }));
  return { yaml, load: { pass: yaml.errors.length === 0 ? 'retry' : 'failed', strictErrors: strict.errors, retryEdits } };
}

interface LineMap {
  /** Start of the line in the original and in the rewritten text. */
  from: number;
  to: number;
  /** Length of the line (without its `\n`) in both. */
  fromLength: number;
  toLength: number;
  /** Leading tabs replaced. */
  tabs: number;
  /** A quoted value: where it sits in both lines (relative to the line start). */
  quote?: { from: number; fromEnd: number; to: number; toEnd: number };
}

interface Rewrite {
  text: string;
  edits: RetryEdit[];
  map: LineMap[];
}

/** Whether a `[...]` value parses as a list on its own (the retry leaves such values alone). */
function isFlowList(value: string, common: boolean): boolean {
  // A one-line list of plain or quoted scalars, which the fast path reads as a key's value, is one.
  if (common && parseCommonYaml(`k: ${value}`, YAML_OPTIONS)) return true;
  // Only the verdict is read: errors without pretty messages or stack traces.
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const d = parseDocument(value, YAML_OPTIONS);
    return d.errors.length === 0 && Array.isArray(d.toJS());
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
}

/** Claude Code's fallback rewrite of the content, with the edits it makes and a map back. */
export function retryRewrite(content: string, common = true): Rewrite {
  const lines = content.split('\n');
  const out: string[] = [];
  const edits: RetryEdit[] = [];
  const map: LineMap[] = [];
  let from = 0;
  let to = 0;
  for (const line of lines) {
    let next = line;
    let quote: LineMap['quote'];
    const m = RETRY_LINE.exec(line);
    if (m && m[1] && m[2]) {
      const [, key, value] = m;
      const quoted = (value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"));
      const list = !quoted && value.startsWith('[') && value.endsWith(']') && isFlowList(value, common);
      if (!quoted && !list && SPECIAL.test(value)) {
        const newValue = `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
        const valueAt = line.length - value.length;
        next = `${key}: ${newValue}`;
        quote = { from: valueAt, fromEnd: line.length, to: key.length + 2, toEnd: next.length };
        edits.push({ kind: 'quote', key, start: from + key.length + 1, end: from + line.length, newText: ` ${newValue}` });
      }
    }
    // Leading tabs become two spaces each (`/^\t+/gm`: also after a `\r`, but lines split at `\n`
    // keep their `\r` at the end, where no tab follows it).
    const tabs = quote ? 0 : /^\t*/.exec(next)![0].length;
    if (tabs > 0) {
      next = '  '.repeat(tabs) + next.slice(tabs);
      edits.push({ kind: 'tabs', start: from, end: from + tabs, newText: '  '.repeat(tabs) });
    }
    map.push({ from, to, fromLength: line.length, toLength: next.length, tabs, ...(quote ? { quote } : {}) });
    out.push(next);
    from += line.length + 1;
    to += next.length + 1;
  }
  return { text: out.join('\n'), edits, map };
}

/** An offset in the rewritten text, as an offset in the original content. */
function back(map: readonly LineMap[], at: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid]!.to <= at) lo = mid;
    else hi = mid - 1;
  }
  const line = map[lo]!;
  const rel = Math.min(at - line.to, line.toLength + 1);
  if (rel > line.toLength) return line.from + line.fromLength + (rel - line.toLength);
  const q = line.quote;
  if (q) {
    if (rel <= q.to - 2) return line.from + rel; // the key and its colon
    if (rel < q.to) return line.from + q.from;
    if (rel >= q.toEnd) return line.from + q.fromEnd;
    // Inside the quotes: the value as written, less the opening quote (escapes ignored).
    return line.from + Math.min(q.fromEnd, q.from + Math.max(0, rel - q.to - 1));
  }
  if (rel < line.tabs * 2) return line.from + (rel >> 1);
  return line.from + rel - line.tabs;
}

/** The retry's model with every offset moved back into the original document. */
function remap(model: YamlModel, map: readonly LineMap[], offset: number): YamlModel {
  const at = (n: number) => offset + back(map, n);
  visit(model.doc, {
    Node(_key, node: Node) {
      if (node.range) node.range = [back(map, node.range[0]), back(map, node.range[1]), back(map, node.range[2])];
    },
  });
  const problem = (p: YamlProblem): YamlProblem => ({ ...p, start: at(p.start), end: Math.max(at(p.start), at(p.end)) });
  return {
    ...model,
    errors: model.errors.map(problem),
    warnings: model.warnings.map(problem),
    fields: model.fields.map((f) => ({ ...f, keyStart: at(f.keyStart), keyEnd: at(f.keyEnd), valueStart: at(f.valueStart), valueEnd: at(f.valueEnd) })),
  };
}
