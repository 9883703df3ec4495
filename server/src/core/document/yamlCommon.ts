import { Composer, Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type DocumentOptions, type Node, type Schema } from 'yaml';

/**
 * A fast path for the shapes nearly all frontmatter has: a block mapping at column 0 whose values
 * are one-line plain or quoted scalars, one-line flow sequences of such scalars, empty values,
 * block sequences of one-line scalars, or nested block mappings of the same; blank lines between.
 * For those it builds the very `Document` that `yaml`'s `parseDocument` builds (same classes, the
 * same properties in the same order, ranges, `source`, `type`, `format`, `spaceBefore`), about ten
 * times faster. For anything else (comments, tabs, CR, multi-line or block scalars, anchors, tags,
 * flow maps, `: ` or ` #` inside a plain value, an escape it does not know, odd indentation, ...) it
 * returns undefined, and the caller parses with `yaml`: it never guesses. Plain scalars are typed
 * by the document's own schema, as `yaml` does. `test/unit/perf/yamlCommon.test.ts` checks that
 * both give the same object graph on every frontmatter block of the corpus and on generated
 * near-miss inputs.
 */

/** Characters this path leaves to `yaml`: tabs, CR, other controls, BOM, NEL and line separators. */
const UNSURE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;

/** `yaml`'s stream directives, made the way its `Composer` makes them (the class is not exported). */
const Directives = (new Composer() as unknown as { directives: object }).directives.constructor as new (yaml: { version: string }) => object;

/** Double-quoted escapes `yaml` resolves (its table, less `\` + tab, which this path never sees). */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

const HEX = /^[0-9a-fA-F]+$/;

const SPACE = 32;
const NEWLINE = 10;

/** Thrown (never seen outside) when the text is not one of the shapes handled here. */
const UNSURE_SHAPE = Symbol('unsure');

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve(value: string, onError: (message: string) => void, options: unknown): unknown;
}

/** Where a string occurs next in a text, asked at ever later offsets: the text is searched once. */
class Occurrences {
  private at = -2;
  constructor(
    private readonly text: string,
    private readonly what: string,
  ) {}

  /** Whether it occurs at or after `from` and before `to` (`from` never decreases between calls). */
  before(from: number, to: number): boolean {
    if (this.at !== -1 && this.at < from) this.at = this.text.indexOf(this.what, from);
    return this.at !== -1 && this.at < to;
  }
}

class Reader {
  readonly n: number;
  /** Blank lines were skipped since the last node: the next key or item gets `spaceBefore`. */
  space = false;
  /** The last value read was empty (`key:`): the document then ends where it does. */
  endsEmpty = false;
  /** Every indentation of a line read: bounds the depth `findExcessiveNesting` can count. */
  readonly indents = new Set<number>();
  private readonly colonSpace: Occurrences;
  private readonly spaceHash: Occurrences;
  private readonly tags: readonly ScalarTag[];
  private readonly str: ScalarTag;

  constructor(
    readonly src: string,
    readonly doc: Document.Parsed,
  ) {
    this.n = src.length;
    this.colonSpace = new Occurrences(src, ': ');
    this.spaceHash = new Occurrences(src, ' #');
    this.tags = (doc.schema as Schema & { tags: ScalarTag[] }).tags;
    this.str = this.tags.find((t) => (t as { tag?: string }).tag === 'tag:yaml.org,2002:str')!;
  }

  lineEnd(at: number): number {
    const e = this.src.indexOf('\n', at);
    return e < 0 ? this.n : e;
  }

  indentAt(at: number): number {
    let i = at;
    while (this.src.charCodeAt(i) === SPACE) i++;
    return i - at;
  }

  /** Skips blank lines from the line starting at `at`; returns the start of the next other line. */
  skipBlank(at: number): number {
    let p = at;
    while (p < this.n) {
      const e = this.lineEnd(p);
      if (p + this.indentAt(p) !== e) return p;
      this.space = true;
      p = e + 1;
    }
    return this.n;
  }

  /** After a node ending its line at `lineEnd`: where its range ends (past the line break). */
  nodeEnd(lineEnd: number): number {
    return lineEnd < this.n ? lineEnd + 1 : lineEnd;
  }

  /** A scalar, typed as `yaml` types it: plain ones by the schema's tests, quoted ones as strings. */
  scalar(value: string, type: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE', range: [number, number, number], atKey: boolean): Scalar {
    let tag = this.str;
    if (type === 'PLAIN' && mayBeTyped(value)) {
      for (const t of this.tags) {
        if ((t.default === true || (atKey && t.default === 'key')) && t.test?.test(value)) {
          tag = t;
          break;
        }
      }
    }
    let node: Scalar;
    if (tag === this.str) {
      node = new Scalar(value); // the `str` tag resolves a string to itself
    } else {
      let failed = false;
      const res = tag.resolve(
        value,
        () => {
          failed = true;
        },
        this.doc.options,
      );
      if (failed) throw UNSURE_SHAPE;
      node = isScalar(res) ? res : new Scalar(res);
    }
    node.range = range;
    node.source = value;
    node.type = type;
    if (tag.format) node.format = tag.format as Scalar['format'];
    return node;
  }

  /** Marks a key or item preceded by blank lines, as `yaml` does. */
  spaced<T extends Node>(node: T): T {
    if (this.space) {
      node.spaceBefore = true;
      this.space = false;
    }
    return node;
  }

  /**
   * A block mapping whose keys sit at column `indent`, from the line starting at `at`. Returns the
   * start of the first line that is not part of it.
   */
  map(indent: number, at: number, depth = 0): { node: YAMLMap; next: number } {
    const { src } = this;
    if (depth > MAX_DEPTH) throw UNSURE_SHAPE;
    this.indents.add(indent);
    const map = new YAMLMap(this.doc.schema);
    let p = at;
    let end = at;
    while (p < this.n) {
      p = this.skipBlank(p);
      if (p >= this.n) break;
      const ind = this.indentAt(p);
      if (ind < indent) break;
      if (ind > indent) throw UNSURE_SHAPE;
      const ks = p + ind;
      let ke = ks;
      const c0 = src.charCodeAt(ks);
      if (!isKeyStart(c0)) throw UNSURE_SHAPE;
      while (isKeyChar(src.charCodeAt(ke))) ke++;
      if (src.charCodeAt(ke) !== 58 /* : */ || ke - ks > 200) throw UNSURE_SHAPE;
      const le = this.lineEnd(ks);
      const afterColon = ke + 1;
      if (afterColon < le && src.charCodeAt(afterColon) !== SPACE) throw UNSURE_SHAPE;
      const key = this.spaced(this.scalar(src.slice(ks, ke), 'PLAIN', [ks, ke, ke], true));
      let r = afterColon;
      while (r < le && src.charCodeAt(r) === SPACE) r++;
      let value: Node;
      const c = src.charCodeAt(r);
      if (c === 124 /* | */ || c === 62 /* > */) {
        const block = this.blockScalar(indent, r, le);
        value = block.node;
        this.endsEmpty = false;
        p = block.next;
      } else if (r < le) {
        value = c === 91 /* [ */ ? this.flowSeq(r, le) : this.lineScalar(r, le);
        this.endsEmpty = false;
        p = this.nodeEnd(le);
      } else {
        // Nothing after the colon: a nested block on the next lines, or an empty value.
        const space = this.space;
        const from = this.nodeEnd(le);
        const q = this.skipBlank(from);
        const qi = q < this.n ? this.indentAt(q) : -1;
        // Blank lines after an empty value that are not followed by the next key at its column
        // (or hold spaces) make `yaml` mark the empty value as spaced: left to it.
        if (q > from && (qi !== indent || src.slice(from, q).includes(' '))) throw UNSURE_SHAPE;
        if (q < this.n && qi >= indent && isItem(src, q + qi)) {
          if (this.space !== space) throw UNSURE_SHAPE; // blank lines before the first item
          const seq = this.seq(qi, indent, q);
          value = seq.node;
          p = seq.next;
        } else if (q < this.n && qi > indent) {
          if (this.space !== space) throw UNSURE_SHAPE;
          const inner = this.map(qi, q, depth + 1);
          value = inner.node;
          p = inner.next;
        } else {
          value = this.scalar('', 'PLAIN', [r, r, r], false);
          this.endsEmpty = true;
          p = q;
        }
      }
      map.items.push(new Pair(key, value));
      end = value.range![2];
    }
    if (map.items.length === 0) throw UNSURE_SHAPE;
    map.range = [(map.items[0]!.key as Scalar).range![0], end, end];
    return { node: map, next: p };
  }

  /** A block sequence whose `- ` sit at column `indent`, the value of a key at `parentIndent`. */
  seq(indent: number, parentIndent: number, at: number): { node: YAMLSeq; next: number } {
    const { src } = this;
    const seq = new YAMLSeq(this.doc.schema);
    this.indents.add(indent);
    let p = at;
    let end = at;
    while (p < this.n) {
      p = this.skipBlank(p);
      if (p >= this.n) break;
      const ind = this.indentAt(p);
      const s = p + ind;
      if (ind === indent && isItem(src, s)) {
        const le = this.lineEnd(s);
        let r = s + 1;
        while (r < le && src.charCodeAt(r) === SPACE) r++;
        if (r >= le || src.charCodeAt(r) === 91 /* [ */) throw UNSURE_SHAPE;
        const item = this.spaced(this.lineScalar(r, le));
        seq.items.push(item);
        this.endsEmpty = false;
        end = item.range![2];
        p = this.nodeEnd(le);
        continue;
      }
      // The next key of the map (whose items may share its column); anything else is unsure.
      if (ind <= parentIndent) break;
      throw UNSURE_SHAPE;
    }
    seq.range = [at + indent, end, end];
    return { node: seq, next: p };
  }

  /**
   * A literal or folded block scalar (`|`, `|-`, `>`, `>-`) as the value of a key at `parentIndent`,
   * its header at `r`. Only the plain cases: no indentation indicator, no `+`, no comment, the first
   * line holding text, blank lines empty (no spaces), every line at least as indented as the first.
   */
  blockScalar(parentIndent: number, r: number, le: number): { node: Scalar; next: number } {
    const { src } = this;
    const folded = src.charCodeAt(r) === 62;
    let h = r + 1;
    const strip = src.charCodeAt(h) === 45; /* - */
    if (strip) h++;
    while (h < le && src.charCodeAt(h) === SPACE) h++;
    if (h !== le || le >= this.n) throw UNSURE_SHAPE;
    const first = le + 1;
    const trim = this.indentAt(first);
    const firstEnd = this.lineEnd(first);
    if (trim <= parentIndent || first + trim === firstEnd) throw UNSURE_SHAPE;
    // The lines of the scalar: up to the last one with text before a line indented no deeper than
    // the key (or the end); blank lines between must be empty.
    const lines: string[] = [];
    let p = first;
    let contentEnd = first;
    let blanks = 0;
    while (p < this.n) {
      const e = this.lineEnd(p);
      if (p === e) {
        blanks++;
        p = e + 1;
        continue;
      }
      const ind = this.indentAt(p);
      if (p + ind === e) throw UNSURE_SHAPE; // a line of spaces
      if (ind <= parentIndent) break;
      if (ind < trim) throw UNSURE_SHAPE;
      this.indents.add(ind);
      for (; blanks > 0; blanks--) lines.push('');
      lines.push(src.slice(p + trim, e));
      contentEnd = this.nodeEnd(e);
      p = contentEnd;
    }
    let value = '';
    if (!folded) {
      value = lines.join('\n');
    } else {
      // yaml's folding: lines join with a space, an empty line is a line break, and lines indented
      // deeper than the first keep their breaks.
      let sep = '';
      let prevMoreIndented = false;
      for (const line of lines) {
        if (line.charCodeAt(0) === SPACE) {
          if (sep === ' ') sep = '\n';
          else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
          value += sep + line;
          sep = '\n';
          prevMoreIndented = true;
        } else if (line === '') {
          if (sep === '\n') value += '\n';
          else sep = '\n';
        } else {
          value += sep + line;
          sep = ' ';
          prevMoreIndented = false;
        }
      }
    }
    if (!strip) value += '\n';
    const node = new Scalar(value);
    node.range = [r, contentEnd, contentEnd];
    node.source = value;
    node.type = folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
    return { node, next: contentEnd };
  }

  /** A plain or quoted scalar that fills the rest of its line (trailing spaces aside). */
  lineScalar(r: number, le: number): Scalar {
    const { src } = this;
    const c = src.charCodeAt(r);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const q = c === 34 ? this.doubleQuoted(r, le) : this.singleQuoted(r, le);
      let t = q.end;
      while (t < le && src.charCodeAt(t) === SPACE) t++;
      if (t !== le) throw UNSURE_SHAPE;
      return this.scalar(q.value, c === 34 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', [r, q.end, this.nodeEnd(le)], false);
    }
    if (!isPlainStart(src, r, le, false)) throw UNSURE_SHAPE;
    // A `: ` would start a mapping, a ` #` a comment.
    if (this.colonSpace.before(r, le) || this.spaceHash.before(r, le)) throw UNSURE_SHAPE;
    let e = le;
    while (src.charCodeAt(e - 1) === SPACE) e--;
    if (src.charCodeAt(e - 1) === 58 /* : */) throw UNSURE_SHAPE;
    return this.scalar(src.slice(r, e), 'PLAIN', [r, e, this.nodeEnd(le)], false);
  }

  /** `[a, "b", 'c']` on one line, of plain or quoted scalars. */
  flowSeq(r: number, le: number): YAMLSeq {
    const { src } = this;
    const seq = new YAMLSeq(this.doc.schema);
    seq.flow = true;
    let j = r + 1;
    for (;;) {
      while (j < le && src.charCodeAt(j) === SPACE) j++;
      if (j >= le) throw UNSURE_SHAPE;
      const c = src.charCodeAt(j);
      if (c === 93 /* ] */) {
        if (seq.items.length > 0) throw UNSURE_SHAPE; // a trailing comma
        j++;
        break;
      }
      let item: Scalar;
      let t: number;
      if (c === 34 || c === 39) {
        const q = c === 34 ? this.doubleQuoted(j, le) : this.singleQuoted(j, le);
        t = q.end;
        while (t < le && src.charCodeAt(t) === SPACE) t++;
        item = this.scalar(q.value, c === 34 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', [j, q.end, t], false);
      } else {
        if (!isPlainStart(src, j, le, true)) throw UNSURE_SHAPE;
        let e = j;
        t = j;
        for (; t < le; t++) {
          const ch = src.charCodeAt(t);
          if (ch === 44 /* , */ || ch === 93 /* ] */) break;
          if (ch === SPACE) continue;
          if (ch === 58 || ch === 35 || ch === 91 || ch === 123 || ch === 125) throw UNSURE_SHAPE; // : # [ { }
          e = t + 1;
        }
        item = this.scalar(src.slice(j, e), 'PLAIN', [j, e, t], false);
      }
      seq.items.push(item);
      if (t >= le) throw UNSURE_SHAPE;
      const sep = src.charCodeAt(t);
      j = t + 1;
      if (sep === 93 /* ] */) break;
      if (sep !== 44 /* , */) throw UNSURE_SHAPE;
    }
    const close = j;
    let t = close;
    while (t < le && src.charCodeAt(t) === SPACE) t++;
    if (t !== le) throw UNSURE_SHAPE;
    seq.range = [r, close, this.nodeEnd(le)];
    return seq;
  }

  /** A double-quoted scalar closed on its own line; escapes resolved as `yaml` resolves them. */
  doubleQuoted(r: number, le: number): { value: string; end: number } {
    const { src } = this;
    let value = '';
    let from = r + 1;
    for (;;) {
      const close = src.indexOf('"', from);
      if (close < 0 || close >= le) throw UNSURE_SHAPE; // not closed on this line
      const escape = src.indexOf('\\', from);
      if (escape < 0 || escape > close) return { value: value + src.slice(from, close), end: close + 1 };
      value += src.slice(from, escape);
      const next = src[escape + 1]!;
      const known = ESCAPES[next];
      let j = escape + 1;
      if (known !== undefined) {
        value += known;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = src.slice(j + 1, j + 1 + length);
        if (j + 1 + length > le || !HEX.test(hex) || hex.length !== length) throw UNSURE_SHAPE;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) throw UNSURE_SHAPE;
        value += String.fromCodePoint(code);
        j += length;
      } else {
        throw UNSURE_SHAPE;
      }
      from = j + 1;
    }
  }

  /** A single-quoted scalar closed on its own line (`''` is one quote). */
  singleQuoted(r: number, le: number): { value: string; end: number } {
    const { src } = this;
    for (let j = r + 1; j < le; j++) {
      if (src.charCodeAt(j) !== 39) continue;
      if (src.charCodeAt(j + 1) === 39) {
        j++;
        continue;
      }
      return { value: src.slice(r + 1, j).replace(/''/g, "'"), end: j + 1 };
    }
    throw UNSURE_SHAPE;
  }
}

/** Letters, digits and `_` start a key this path reads; `-` and `.` may follow. */
function isKeyStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isKeyChar(c: number): boolean {
  return isKeyStart(c) || c === 45 || c === 46;
}

/** `- ` (or `-` ending the line) at `at`: a block sequence item. */
function isItem(src: string, at: number): boolean {
  if (src.charCodeAt(at) !== 45) return false;
  const next = src.charCodeAt(at + 1);
  return next === SPACE || next === NEWLINE || at + 1 === src.length;
}

/**
 * Whether a plain scalar may start here without any question: not an indicator (`-` only when a
 * letter or digit follows, as in `-1`); in a flow sequence, not a flow indicator either.
 */
function isPlainStart(src: string, at: number, le: number, flow: boolean): boolean {
  const c = src[at]!;
  if (c === '-') return at + 1 < le && isKeyStart(src.charCodeAt(at + 1));
  if ('[]{},#&*!|>\'"%@`?:'.includes(c)) return false;
  return !flow || c !== ' ';
}

/**
 * Whether any core-schema tag but `str` could match: their tests (null, bool, int, float) all
 * start with one of these characters or match the empty string.
 */
function mayBeTyped(value: string): boolean {
  if (value === '') return true;
  const c = value.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
}

/**
 * Bounds that keep every document read here well within `findExcessiveNesting`'s limit
 * (yamlLimits.ts), so it need not run first. That check counts `[` and `{` even inside scalars,
 * plus a stack of strictly increasing line indentations (one more for a `- `), so its depth is at
 * most brackets + distinct indentations + 1: here at most 50 + 40 + 1.
 */
const MAX_DEPTH = 20;
const MAX_BRACKETS = 50;
const MAX_INDENTS = 40;

function fewBrackets(content: string): boolean {
  let count = 0;
  for (const open of ['[', '{']) {
    for (let i = content.indexOf(open); i >= 0; i = content.indexOf(open, i + 1)) if (++count > MAX_BRACKETS) return false;
  }
  return true;
}

/**
 * The document `yaml`'s `parseDocument(content, options)` returns, when the content is one of the
 * common shapes (see above); undefined otherwise.
 */
export function parseCommonYaml(content: string, options: Readonly<Record<string, unknown>>): Document.Parsed | undefined {
  if (UNSURE.test(content) || !fewBrackets(content)) return undefined;
  // As `parseDocument` gives its options to the `Composer`, which adds its directives.
  const opts: Record<string, unknown> = { _directives: new Directives({ version: '1.2' }) };
  for (const k in options) opts[k] = options[k];
  const doc = new Document(undefined, opts as DocumentOptions) as unknown as Document.Parsed;
  const reader = new Reader(content, doc);
  try {
    const start = reader.skipBlank(0);
    if (start >= content.length || content.charCodeAt(start) === SPACE) return undefined;
    reader.space = false; // blank lines before the document are not the first key's
    const { node, next } = reader.map(0, start);
    if (next < content.length || reader.indents.size > MAX_INDENTS) return undefined;
    doc.contents = node as Document.Parsed['contents'];
    // The document takes in the blank lines after its last value, unless that value is empty.
    doc.range = [node.range![0], node.range![2], reader.endsEmpty ? node.range![2] : content.length];
    return doc;
  } catch (e) {
    if (e === UNSURE_SHAPE) return undefined;
    throw e;
  }
}
