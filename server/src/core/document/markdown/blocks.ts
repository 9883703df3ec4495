import type { LineIndex } from '../../text/lineIndex';
import { decodeText, normalizeLabel, parseDefinition } from './definitions';
import { htmlBlockEnds, htmlBlockStart } from './html';
import { delimiterRow, splitRow } from './tables';
import type { CodeBlock, Definition, HtmlBlock, Table, TableRow } from './types';

/**
 * The block structure of a Markdown body (CommonMark 0.31.2 §4–5 plus GFM tables), in one pass
 * over its lines: the container stack (block quotes, lists, list items) is matched line by line,
 * new blocks are opened where a line starts one, and leaf content is recorded as offsets. Nothing
 * is copied per line; inline content is parsed later, on demand (`inline.ts`).
 */

/** Line kinds, one byte per body line. */
export const enum LineCode {
  Blank = 0,
  Paragraph = 1,
  Heading = 2,
  Fence = 3,
  Code = 4,
  Html = 5,
  Table = 6,
  Break = 7,
  Definition = 8,
}

/** Inline content: the content of each line, consecutive lines from `line`. */
export interface InlineSource {
  line: number;
  starts: number[];
  ends: number[];
}

export interface RawHeading {
  level: 1 | 2 | 3 | 4 | 5 | 6;
  setext: boolean;
  start: number;
  end: number;
  line: number;
  endLine: number;
  source: InlineSource;
}

export interface RawListItem {
  start: number;
  end: number;
  line: number;
  endLine: number;
  markerStart: number;
  markerEnd: number;
  ordered: boolean;
  contentStart: number;
  parent: number;
  depth: number;
  /** Where the item's first paragraph starts (after any definitions), when its first block is one. */
  paragraphStart?: number;
}

export interface BlockScan {
  firstLine: number;
  lineKinds: Uint8Array;
  paragraphs: InlineSource[];
  headings: RawHeading[];
  codeBlocks: CodeBlock[];
  htmlBlocks: HtmlBlock[];
  listItems: RawListItem[];
  tables: Table[];
  /** Cells' inline content, per table, per row. */
  breaks: number[];
  definitions: Definition[];
  definitionsByKey: Map<string, Definition>;
  /** Labels (as `normalizeLabel` gives them) of GFM footnote definitions (`[^label]: text`). */
  footnotes: Set<string>;
}

interface Container {
  type: 'document' | 'quote' | 'list' | 'item' | 'footnote';
  hasChild: boolean;
  /** Lists: bullet character or ordered delimiter. Items: columns their content is indented by. */
  marker: string;
  indent: number;
  /** Items: index in `listItems`. */
  item: number;
}
interface Paragraph {
  type: 'paragraph';
  source: InlineSource;
  /** Where the paragraph began, before any definitions were taken from it. */
  start: number;
  /** The list item whose first block this paragraph is, or -1. */
  firstOf: number;
}
interface Fence {
  type: 'fence';
  char: number;
  length: number;
  /** Columns of indentation of the opening fence, removed from content lines. */
  offset: number;
  start: number;
  line: number;
  info: { start: number; end: number };
  /** The last line read into it. */
  lastLine: number;
}
interface Indented {
  type: 'indented';
  start: number;
  line: number;
  lastLine: number;
  lastEnd: number;
}
interface Html {
  type: 'html';
  kind: number;
  start: number;
  line: number;
  lastLine: number;
  lastEnd: number;
}
interface TableBlock {
  type: 'table';
  table: { rows: TableRow[]; start: number; startLine: number; delimiterLine: number; align: Table['align'] };
  columns: number;
}
type Block = Container | Paragraph | Fence | Indented | Html | TableBlock;

const CODE_INDENT = 4;
const ATX = /#{1,6}(?=[ \t\r\n]|$)/y;
const FENCE_OPEN = /(`{3,})(?![^`\n\r]*`)|(~{3,})/y;
const CLOSING_FENCE = /(`{3,}|~{3,})[ \t]*$/my;
const SETEXT = /(?:=+|-+)[ \t]*$/my;
const THEMATIC_BREAK = /(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/my;
/** A GFM footnote definition's start: `[^label]:`, the label without spaces. */
const FOOTNOTE = /\[\^((?:[^\]\\\s]|\\.){1,999})\]:/y;
const ORDERED = /([0-9]{1,9})([.)])(?=[ \t\r\n]|$)/y;
/** Characters that may start a block other than a paragraph (after up to three spaces): `` #`~*+_=<>0-9|:[- ``. */
const MAYBE_SPECIAL = new Uint8Array(128);
for (const c of '#`~*+_=<>0123456789|:[-') MAYBE_SPECIAL[c.charCodeAt(0)] = 1;

function maybeSpecial(c: number): boolean {
  return c < 128 && MAYBE_SPECIAL[c] === 1;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Scans the body `text[from…]` whose lines `lines` indexes. `shortcuts: false` reads every line the
 * general way, for the test that shows the shortcuts change nothing.
 */
export function scanBlocks(text: string, from: number, lines: LineIndex, shortcuts = true): BlockScan {
  return new BlockScanner(text, from, lines, shortcuts).run();
}

class BlockScanner {
  private readonly out: BlockScan;
  private readonly open: Block[] = [{ type: 'document', hasChild: false, marker: '', indent: 0, item: -1 }];
  // The current line and the cursor in it.
  private line = 0;
  private lineStart = 0;
  private lineEnd = 0;
  private pos = 0;
  private column = 0;
  private partialTab = false;
  private nextNonspace = 0;
  private nextNonspaceColumn = 0;
  private indent = 0;
  private blank = false;
  private allClosed = true;
  private lastMatched = 0;
  private oldTip = 0;
  /** Set when a block start used up the whole line (a heading, a fence, a break, a table row). */
  private consumed = false;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly lines: LineIndex,
    private readonly shortcuts: boolean,
  ) {
    const firstLine = lines.positionAt(from).line;
    this.out = {
      firstLine,
      lineKinds: new Uint8Array(Math.max(0, lines.lineCount - firstLine)),
      paragraphs: [],
      headings: [],
      codeBlocks: [],
      htmlBlocks: [],
      listItems: [],
      tables: [],
      breaks: [],
      definitions: [],
      definitionsByKey: new Map(),
      footnotes: new Set(),
    };
  }

  run(): BlockScan {
    const { lines, out } = this;
    for (let line = out.firstLine; line < lines.lineCount; line++) {
      this.line = line;
      this.lineStart = line === out.firstLine ? this.from : lines.lineStart(line);
      this.lineEnd = lines.lineEnd(line);
      this.incorporateLine();
      // A shortcut may have taken several lines.
      line = this.line;
    }
    // Past the last line: blocks still open end with the text.
    this.line = lines.lineCount;
    while (this.open.length > 1) this.closeTip();
    this.finishDefinitions();
    return out;
  }

  private get tip(): Block {
    return this.open[this.open.length - 1]!;
  }

  private kind(code: LineCode, line = this.line): void {
    this.out.lineKinds[line - this.out.firstLine] = code;
  }

  // --- the cursor -------------------------------------------------------------------------------

  private findNextNonspace(): void {
    const { text, lineEnd } = this;
    let i = this.pos;
    let col = this.column;
    while (i < lineEnd) {
      const c = text.charCodeAt(i);
      if (c === 32) col++;
      else if (c === 9) col += 4 - (col % 4);
      else break;
      i++;
    }
    this.blank = i >= lineEnd;
    this.nextNonspace = i;
    this.nextNonspaceColumn = col;
    this.indent = col - this.column;
  }

  private advanceNextNonspace(): void {
    this.pos = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
    this.partialTab = false;
  }

  /** Moves by `count` characters, or by `count` columns (a tab may be consumed in part). */
  private advance(count: number, columns: boolean): void {
    const { text } = this;
    while (count > 0 && this.pos < this.lineEnd) {
      const c = text.charCodeAt(this.pos);
      if (c === 9) {
        const toTab = 4 - (this.column % 4);
        if (columns) {
          this.partialTab = toTab > count;
          const step = toTab > count ? count : toTab;
          this.column += step;
          if (!this.partialTab) this.pos++;
          count -= step;
        } else {
          this.partialTab = false;
          this.column += toTab;
          this.pos++;
          count--;
        }
      } else {
        this.partialTab = false;
        this.pos++;
        this.column++;
        count--;
      }
    }
  }

  private at(re: RegExp, i = this.nextNonspace): RegExpExecArray | null {
    re.lastIndex = i;
    const m = re.exec(this.text);
    // `$` in the sticky expressions must mean the end of this line, not of the text.
    if (m && m.index + m[0].length > this.lineEnd) return null;
    return m;
  }

  /** A sticky, multi-line expression ending in `$` that matches from `i` exactly to the end of this line. */
  private atLineEnd(re: RegExp, i = this.nextNonspace): RegExpExecArray | null {
    re.lastIndex = i;
    const m = re.exec(this.text);
    return m && m.index + m[0].length === this.lineEnd ? m : null;
  }

  /** Whether only spaces and tabs remain on the line from `i`. */
  private blankFrom(i: number): boolean {
    for (; i < this.lineEnd; i++) if (!isSpaceOrTab(this.text.charCodeAt(i))) return false;
    return true;
  }

  // --- one line ---------------------------------------------------------------------------------

  private incorporateLine(): void {
    this.pos = this.lineStart;
    this.column = 0;
    this.partialTab = false;
    this.consumed = false;
    this.oldTip = this.open.length - 1;
    if (this.oldTip === 1 && this.shortcuts && this.topLevelLine(this.open[1]!)) return;
    let container = 0;
    for (let i = 1; i < this.open.length; i++) {
      this.findNextNonspace();
      const result = this.continues(this.open[i]!);
      if (result === 2) return;
      if (result === 1) break;
      container = i;
    }
    this.allClosed = container === this.oldTip;
    this.lastMatched = container;

    let matchedLeaf = this.acceptsLines(this.open[container]!) && this.open[container]!.type !== 'paragraph';
    while (!matchedLeaf) {
      this.findNextNonspace();
      if (this.indent < CODE_INDENT && !maybeSpecial(this.text.charCodeAt(this.nextNonspace))) {
        this.advanceNextNonspace();
        break;
      }
      const started = this.tryStarts(container);
      if (started === 0) {
        this.advanceNextNonspace();
        break;
      }
      container = this.open.length - 1;
      if (started === 2) matchedLeaf = true;
    }

    if (this.consumed) return;
    const tip = this.tip;
    if (!this.allClosed && !this.blank && tip.type === 'paragraph') {
      // A lazy continuation line: it continues the paragraph even though its containers ended.
      this.addParagraphLine(tip);
      this.extendContainers(this.open.length - 1);
      return;
    }
    this.closeUnmatched();
    this.addLine(this.tip);
  }

  /**
   * The commonest lines, outside any container, taken without the general machinery (which gives
   * the same): a line inside fenced code that cannot close it, and a line that continues a
   * paragraph and can start no block. False leaves the line to the general way.
   */
  private topLevelLine(tip: Block): boolean {
    if (tip.type !== 'fence' && tip.type !== 'paragraph') return false;
    this.findNextNonspace();
    const c = this.text.charCodeAt(this.nextNonspace);
    if (tip.type === 'fence') {
      if (this.indent < CODE_INDENT && c === tip.char) return false;
      // This line and the following ones, up to one that may close the fence, are its content.
      const last = this.lastContentLine(tip.char);
      const first = this.out.firstLine;
      this.out.lineKinds.fill(LineCode.Code, this.line - first, last + 1 - first);
      tip.lastLine = last;
      this.line = last;
    } else {
      if (this.blank || (this.indent < CODE_INDENT && maybeSpecial(c))) return false;
      this.addParagraphLine(tip);
    }
    this.allClosed = true;
    this.lastMatched = 1;
    return true;
  }

  /**
   * The line before the next one (after this one) that starts with the fence character, indented
   * by less than four columns: the only lines that may close a top-level fence. The last line when
   * there is none.
   */
  private lastContentLine(char: number): number {
    const { text } = this;
    const fence = String.fromCharCode(char);
    for (let p = text.indexOf(fence, this.lineEnd); p >= 0; p = text.indexOf(fence, p + 1)) {
      let s = p;
      while (s > 0 && isSpaceOrTab(text.charCodeAt(s - 1))) s--;
      const before = s > 0 ? text.charCodeAt(s - 1) : 10;
      if (before !== 10 && before !== 13) continue;
      let column = 0;
      for (let i = s; i < p; i++) column = text.charCodeAt(i) === 9 ? column + 4 - (column % 4) : column + 1;
      if (column < CODE_INDENT) return this.lines.positionAt(p).line - 1;
    }
    return this.lines.lineCount - 1;
  }

  /** Adds what remains of the line to the block that takes it (or a new paragraph). */
  private addLine(block: Block): void {
    switch (block.type) {
      case 'paragraph':
        if (!this.blank) {
          this.addParagraphLine(block);
          this.extendContainers(this.open.length - 1);
        }
        return;
      case 'fence':
        this.kind(LineCode.Code);
        block.lastLine = this.line;
        if (!this.blank) this.extendContainers(this.open.length - 1);
        return;
      case 'indented':
        this.kind(LineCode.Code);
        if (!this.blank) {
          block.lastLine = this.line;
          block.lastEnd = this.lineEnd;
          this.extendContainers(this.open.length - 1);
        }
        return;
      case 'html':
        this.kind(LineCode.Html);
        block.lastLine = this.line;
        block.lastEnd = this.lineEnd;
        if (!this.blank) this.extendContainers(this.open.length - 1);
        if (block.kind <= 5 && htmlBlockEnds(block.kind, this.text.slice(this.pos, this.lineEnd))) this.closeTip();
        return;
      case 'table':
        this.addTableRow(block);
        this.extendContainers(this.open.length - 1);
        return;
      default: {
        if (this.blank) return;
        this.advanceNextNonspace();
        const start = this.pos;
        const firstOf = block.type === 'item' && !block.hasChild ? block.item : -1;
        this.addChild({ type: 'paragraph', source: { line: this.line, starts: [], ends: [] }, start, firstOf });
        // As addParagraphLine does, with arrays made to size: `push` onto `[]` reserves 17 slots
        // and most paragraphs are one line (a list item's).
        const p = this.tip as Paragraph;
        this.findNextNonspace();
        p.source.starts = [this.nextNonspace];
        p.source.ends = [this.lineEnd];
        this.kind(LineCode.Paragraph);
        this.extendContainers(this.open.length - 1);
      }
    }
  }

  private addParagraphLine(p: Paragraph): void {
    // Leading whitespace of a paragraph line is not content.
    this.findNextNonspace();
    p.source.starts.push(this.nextNonspace);
    p.source.ends.push(this.lineEnd);
    this.kind(LineCode.Paragraph);
  }

  private acceptsLines(b: Block): boolean {
    return b.type === 'paragraph' || b.type === 'fence' || b.type === 'indented' || b.type === 'html';
  }

  /** Whether the open block continues on this line: 0 yes, 1 no, 2 yes and the line is used up. */
  private continues(b: Block): 0 | 1 | 2 {
    switch (b.type) {
      case 'quote':
        if (this.indent < CODE_INDENT && this.text.charCodeAt(this.nextNonspace) === 62 /* > */) {
          this.advanceNextNonspace();
          this.advance(1, false);
          if (isSpaceOrTab(this.text.charCodeAt(this.pos)) && this.pos < this.lineEnd) this.advance(1, true);
          return 0;
        }
        return 1;
      case 'list':
        return 0;
      case 'footnote':
        // Footnote content is indented by four columns; blank lines continue it.
        if (this.blank) {
          this.advanceNextNonspace();
          return 0;
        }
        if (this.indent >= CODE_INDENT) {
          this.advance(CODE_INDENT, true);
          return 0;
        }
        return 1;
      case 'item':
        if (this.blank) {
          // An item that began with a blank line ends at a second one.
          if (!b.hasChild) return 1;
          this.advanceNextNonspace();
          return 0;
        }
        if (this.indent >= b.indent) {
          this.advance(b.indent, true);
          return 0;
        }
        return 1;
      case 'fence': {
        const close = this.indent < CODE_INDENT && this.text.charCodeAt(this.nextNonspace) === b.char ? this.atLineEnd(CLOSING_FENCE) : null;
        if (close && close[1]!.length >= b.length) {
          this.kind(LineCode.Fence);
          this.extendContainers(this.open.length - 1);
          this.pushFence(b, this.line, true);
          return 2;
        }
        for (let i = b.offset; i > 0 && isSpaceOrTab(this.text.charCodeAt(this.pos)) && this.pos < this.lineEnd; i--) this.advance(1, true);
        return 0;
      }
      case 'indented':
        if (this.indent >= CODE_INDENT) {
          this.advance(CODE_INDENT, true);
          return 0;
        }
        if (this.blank) {
          this.advanceNextNonspace();
          return 0;
        }
        return 1;
      case 'html':
        return this.blank && b.kind >= 6 ? 1 : 0;
      case 'paragraph':
        return this.blank ? 1 : 0;
      case 'table':
        return this.blank || this.indent >= CODE_INDENT ? 1 : 0;
      default:
        return 1;
    }
  }

  /** Tries every block start on the line: 0 none, 1 a container (look for more), 2 a leaf. */
  private tryStarts(container: number): 0 | 1 | 2 {
    const { text } = this;
    const c = text.charCodeAt(this.nextNonspace);
    const indented = this.indent >= CODE_INDENT;
    const host = this.open[container]!;
    if (!indented) {
      // Block quote.
      if (c === 62) {
        this.advanceNextNonspace();
        this.advance(1, false);
        if (this.pos < this.lineEnd && isSpaceOrTab(text.charCodeAt(this.pos))) this.advance(1, true);
        this.closeUnmatched();
        this.addChild({ type: 'quote', hasChild: false, marker: '', indent: 0, item: -1 });
        return 1;
      }
      // GFM footnote definition.
      if (c === 91 && text.charCodeAt(this.nextNonspace + 1) === 94) {
        const m = this.at(FOOTNOTE);
        if (m) {
          this.closeUnmatched();
          this.out.footnotes.add(normalizeLabel(m[1]!));
          this.addChild({ type: 'footnote', hasChild: false, marker: '', indent: 0, item: -1 });
          this.pos = this.nextNonspace + m[0].length;
          this.column = this.nextNonspaceColumn + m[0].length;
          this.findNextNonspace();
          this.advanceNextNonspace();
          return 1;
        }
      }
      // ATX heading.
      if (c === 35) {
        const m = this.at(ATX);
        if (m) {
          this.closeUnmatched();
          this.atxHeading(m[0].length);
          return 2;
        }
      }
      // Fenced code.
      if (c === 96 || c === 126) {
        const m = this.at(FENCE_OPEN);
        if (m) {
          this.closeUnmatched();
          this.openFence(m[0]!.length);
          return 2;
        }
      }
      // HTML block.
      if (c === 60) {
        const mayInterrupt = host.type !== 'paragraph' && !(!this.allClosed && !this.blank && this.tip.type === 'paragraph');
        const kind = htmlBlockStart(text.slice(this.nextNonspace, this.lineEnd), mayInterrupt);
        if (kind) {
          this.closeUnmatched();
          this.addChild({ type: 'html', kind, start: this.pos, line: this.line, lastLine: this.line, lastEnd: this.lineEnd });
          return 2;
        }
      }
      // Setext heading underline.
      if ((c === 61 || c === 45) && host.type === 'paragraph' && this.atLineEnd(SETEXT)) {
        if (this.setextHeading(host, c === 61 ? 1 : 2)) return 2;
      }
      // Thematic break.
      if ((c === 42 || c === 45 || c === 95) && this.atLineEnd(THEMATIC_BREAK)) {
        this.closeUnmatched();
        this.closeUntilContains();
        this.kind(LineCode.Break);
        this.out.breaks.push(this.line);
        this.markChild();
        this.extendContainers(this.open.length - 1);
        this.pos = this.lineEnd;
        this.consumed = true;
        return 2;
      }
    }
    // List item.
    if (!indented && this.listItem(host)) return 1;
    // GFM table: a delimiter row under a paragraph whose last line has as many cells.
    if (!indented && host.type === 'paragraph' && this.table(host)) return 2;
    // Indented code.
    if (indented && this.tip.type !== 'paragraph' && !this.blank) {
      const start = this.pos;
      this.advance(CODE_INDENT, true);
      this.closeUnmatched();
      this.addChild({ type: 'indented', start, line: this.line, lastLine: this.line, lastEnd: this.lineEnd });
      return 2;
    }
    return 0;
  }

  private atxHeading(markerLength: number): void {
    const { text } = this;
    const start = this.nextNonspace;
    const level = markerLength as RawHeading['level'];
    let from = start + markerLength;
    while (from < this.lineEnd && isSpaceOrTab(text.charCodeAt(from))) from++;
    let to = this.lineEnd;
    while (to > from && isSpaceOrTab(text.charCodeAt(to - 1))) to--;
    // A closing sequence: `#`s preceded by a space (or alone), then only spaces.
    let hashes = to;
    while (hashes > from && text.charCodeAt(hashes - 1) === 35) hashes--;
    if (hashes < to && (hashes === from || isSpaceOrTab(text.charCodeAt(hashes - 1)))) {
      to = hashes;
      while (to > from && isSpaceOrTab(text.charCodeAt(to - 1))) to--;
    }
    this.closeUntilContains();
    this.markChild();
    this.kind(LineCode.Heading);
    this.out.headings.push({
      level,
      setext: false,
      start,
      end: this.lineEnd,
      line: this.line,
      endLine: this.line,
      source: { line: this.line, starts: [from], ends: [to] },
    });
    this.extendContainers(this.open.length - 1);
    this.pos = this.lineEnd;
    this.consumed = true;
  }

  private openFence(length: number): void {
    const { text } = this;
    const start = this.nextNonspace;
    const char = text.charCodeAt(start);
    let infoStart = start + length;
    while (infoStart < this.lineEnd && isSpaceOrTab(text.charCodeAt(infoStart))) infoStart++;
    let infoEnd = this.lineEnd;
    while (infoEnd > infoStart && isSpaceOrTab(text.charCodeAt(infoEnd - 1))) infoEnd--;
    this.addChild({ type: 'fence', char, length, offset: this.indent, start, line: this.line, info: { start: infoStart, end: infoEnd }, lastLine: this.line });
    this.kind(LineCode.Fence);
    this.extendContainers(this.open.length - 1);
    this.pos = this.lineEnd;
    this.consumed = true;
  }

  /** Records a fence that ends on `endLine`: its closing fence, or the last line its container held. */
  private pushFence(f: Fence, endLine: number, closed: boolean): void {
    const info = this.text.slice(f.info.start, f.info.end);
    const space = info.search(/[ \t]/);
    this.out.codeBlocks.push({
      kind: 'fenced',
      start: f.start,
      end: this.lines.lineEnd(endLine),
      startLine: f.line,
      endLine,
      info,
      lang: space < 0 ? info : info.slice(0, space),
      infoStart: f.info.start,
      infoEnd: f.info.end,
      contentStartLine: f.line + 1,
      contentEndLine: closed ? endLine - 1 : endLine,
      fence: String.fromCharCode(f.char).repeat(f.length),
      closed,
    });
    this.open.pop();
  }

  private setextHeading(p: Paragraph, level: 1 | 2): boolean {
    this.closeUnmatched();
    this.takeDefinitions(p);
    if (p.source.starts.length === 0) return false;
    const { source } = p;
    this.open.pop();
    for (let l = source.line; l <= this.line; l++) this.kind(LineCode.Heading, l);
    const last = source.ends.length - 1;
    // Trailing spaces of the content's last line are not content.
    let end = source.ends[last]!;
    while (end > source.starts[last]! && isSpaceOrTab(this.text.charCodeAt(end - 1))) end--;
    source.ends[last] = end;
    // The heading starts where the paragraph did, definitions included (as CommonMark's reference implementations say).
    this.out.headings.push({ level, setext: true, start: p.start, end: this.lineEnd, line: source.line, endLine: this.line, source });
    this.extendContainers(this.open.length - 1);
    this.pos = this.lineEnd;
    this.consumed = true;
    return true;
  }

  /** A bullet list marker at `i` (no match array made): `*`, `+` or `-` followed by a space, tab, line break or the end. */
  private isBullet(i: number): boolean {
    const { text } = this;
    const c = text.charCodeAt(i);
    if ((c !== 42 && c !== 43 && c !== 45) || i + 1 > this.lineEnd) return false;
    if (i + 1 >= text.length) return true;
    const d = text.charCodeAt(i + 1);
    return d === 32 || d === 9 || d === 13 || d === 10;
  }

  private listItem(host: Block): boolean {
    const { text } = this;
    const at = this.nextNonspace;
    let markerLength: number;
    let ordered = false;
    let marker: string;
    if (this.isBullet(at)) {
      markerLength = 1;
      marker = text[at]!;
    } else {
      const num = this.at(ORDERED);
      if (!num || (host.type === 'paragraph' && num[1] !== '1')) return false;
      markerLength = num[0].length;
      marker = num[2]!;
      ordered = true;
    }
    // An item interrupting a paragraph needs content on its first line.
    if (host.type === 'paragraph' && this.blankFrom(at + markerLength)) return false;
    const markerOffset = this.indent;
    this.advanceNextNonspace();
    this.advance(markerLength, true);
    const spacesStartColumn = this.column;
    const spacesStartPos = this.pos;
    const spacesStartPartial = this.partialTab;
    do {
      this.advance(1, true);
    } while (this.column - spacesStartColumn < 5 && this.pos < this.lineEnd && isSpaceOrTab(text.charCodeAt(this.pos)));
    const blankItem = this.pos >= this.lineEnd;
    const spaces = this.column - spacesStartColumn;
    let padding: number;
    if (spaces >= 5 || spaces < 1 || blankItem) {
      padding = markerLength + 1;
      this.column = spacesStartColumn;
      this.pos = spacesStartPos;
      this.partialTab = spacesStartPartial;
      if (this.pos < this.lineEnd && isSpaceOrTab(text.charCodeAt(this.pos))) this.advance(1, true);
    } else padding = markerLength + spaces;

    this.closeUnmatched();
    const tip = this.tip;
    if (tip.type !== 'list' || tip.marker !== marker) {
      this.addChild({ type: 'list', hasChild: false, marker, indent: 0, item: -1 });
    }
    let parent = -1;
    let depth = 0;
    for (let i = this.open.length - 1; i >= 0; i--) {
      const b = this.open[i]!;
      if (b.type === 'item') {
        parent = b.item;
        depth = this.out.listItems[b.item]!.depth + 1;
        break;
      }
    }
    const index = this.out.listItems.length;
    this.out.listItems.push({
      start: at,
      end: at + markerLength,
      line: this.line,
      endLine: this.line,
      markerStart: at,
      markerEnd: at + markerLength,
      ordered,
      contentStart: blankItem ? this.lineEnd : this.pos,
      parent,
      depth,
    });
    this.addChild({ type: 'item', hasChild: false, marker, indent: markerOffset + padding, item: index });
    return true;
  }

  private table(p: Paragraph): boolean {
    const { text } = this;
    const pipe = text.indexOf('|', this.nextNonspace);
    if (pipe < 0 || pipe >= this.lineEnd) return false;
    const align = delimiterRow(text.slice(this.nextNonspace, this.lineEnd));
    if (!align) return false;
    const { source } = p;
    const last = source.starts.length - 1;
    const headerLine = source.line + last;
    // The header is the paragraph's last line; it must not be a lazy continuation of it.
    const header = splitRow(text, source.starts[last]!, source.ends[last]!);
    if (header.cells.length !== align.length) return false;
    this.closeUnmatched();
    source.starts.pop();
    source.ends.pop();
    this.open.pop();
    if (source.starts.length > 0) this.finishParagraph(p);
    const headerRow: TableRow = { start: header.rowStart, end: header.rowEnd, line: headerLine, header: true, cells: header.cells };
    this.kind(LineCode.Table, headerLine);
    this.kind(LineCode.Table);
    const block: TableBlock = {
      type: 'table',
      table: { rows: [headerRow], start: headerRow.start, startLine: headerLine, delimiterLine: this.line, align },
      columns: align.length,
    };
    this.addChild(block);
    this.extendContainers(this.open.length - 1);
    this.pos = this.lineEnd;
    this.consumed = true;
    return true;
  }

  private addTableRow(t: TableBlock): void {
    this.findNextNonspace();
    const row = splitRow(this.text, this.nextNonspace, this.lineEnd);
    t.table.rows.push({ start: row.rowStart, end: row.rowEnd, line: this.line, header: false, cells: row.cells });
    this.kind(LineCode.Table);
  }

  // --- the stack of open blocks -----------------------------------------------------------------

  private closeUnmatched(): void {
    if (this.allClosed) return;
    while (this.open.length - 1 > this.lastMatched) this.closeTip();
    this.allClosed = true;
  }

  /** Closes open blocks until the tip can hold a leaf (not a list, not a leaf). */
  private closeUntilContains(): void {
    for (let t = this.tip; t.type !== 'document' && t.type !== 'quote' && t.type !== 'item' && t.type !== 'footnote'; t = this.tip) this.closeTip();
  }

  private addChild(b: Block): void {
    const isItem = b.type === 'item';
    for (let t = this.tip; ; t = this.tip) {
      const holds = t.type === 'list' ? isItem : (t.type === 'document' || t.type === 'quote' || t.type === 'item' || t.type === 'footnote') && !isItem;
      if (holds) break;
      this.closeTip();
    }
    this.markChild();
    this.open.push(b);
  }

  private markChild(): void {
    const t = this.tip;
    if (t.type === 'document' || t.type === 'quote' || t.type === 'list' || t.type === 'item' || t.type === 'footnote') t.hasChild = true;
  }

  /** The containers up to `upTo` in the stack hold this line's content. */
  private extendContainers(upTo: number): void {
    for (let i = 1; i <= upTo; i++) {
      const b = this.open[i]!;
      if (b.type === 'item') {
        const item = this.out.listItems[b.item]!;
        item.end = this.lineEnd;
        item.endLine = this.line;
      }
    }
  }

  private closeTip(): void {
    const b = this.tip;
    switch (b.type) {
      case 'paragraph':
        this.open.pop();
        this.finishParagraph(b);
        return;
      case 'fence':
        // Unclosed: the code runs to the last line its container held (the line being read ended it).
        this.pushFence(b, b.lastLine, false);
        return;
      case 'indented':
        this.open.pop();
        this.out.codeBlocks.push({
          kind: 'indented',
          start: b.start,
          end: b.lastEnd,
          startLine: b.line,
          endLine: b.lastLine,
          info: '',
          lang: '',
          infoStart: b.start,
          infoEnd: b.start,
          contentStartLine: b.line,
          contentEndLine: b.lastLine,
          closed: true,
        });
        // Blank lines after indented code are not part of it.
        for (let l = b.lastLine + 1; l < this.line && l - this.out.firstLine < this.out.lineKinds.length; l++) {
          if (this.out.lineKinds[l - this.out.firstLine] === LineCode.Code) this.kind(LineCode.Blank, l);
        }
        return;
      case 'html':
        this.open.pop();
        this.out.htmlBlocks.push({ kind: b.kind as HtmlBlock['kind'], start: b.start, end: b.lastEnd, startLine: b.line, endLine: b.lastLine });
        return;
      case 'table': {
        this.open.pop();
        const t = b.table;
        const lastRow = t.rows[t.rows.length - 1]!;
        const endLine = t.rows.length === 1 ? t.delimiterLine : lastRow.line;
        const end = t.rows.length === 1 ? this.lines.lineEnd(t.delimiterLine) : lastRow.end;
        this.out.tables.push({ start: t.start, end, startLine: t.startLine, endLine, rows: t.rows, delimiterLine: t.delimiterLine, align: t.align });
        return;
      }
      default:
        this.open.pop();
    }
  }

  /** Definitions at the start of a closing paragraph; what remains stays a paragraph. */
  private finishParagraph(p: Paragraph): void {
    this.takeDefinitions(p);
    if (p.source.starts.length === 0) return;
    const { source } = p;
    const last = source.ends.length - 1;
    let end = source.ends[last]!;
    while (end > source.starts[last]! && isSpaceOrTab(this.text.charCodeAt(end - 1))) end--;
    source.ends[last] = end;
    this.out.paragraphs.push(source);
    if (p.firstOf >= 0) this.out.listItems[p.firstOf]!.paragraphStart = source.starts[0]!;
  }

  /** Moves link reference definitions from the start of a paragraph into `definitions`. */
  private takeDefinitions(p: Paragraph): void {
    const { source } = p;
    if (source.starts.length === 0 || this.text.charCodeAt(source.starts[0]!) !== 91 /* [ */) return;
    const { text, out } = this;
    // The paragraph's content, its lines joined by `\n`, and where each line starts in it.
    const at: number[] = [];
    let content = '';
    for (let i = 0; i < source.starts.length; i++) {
      at.push(content.length);
      content += text.slice(source.starts[i], source.ends[i]) + (i < source.starts.length - 1 ? '\n' : '');
    }
    const toDoc = (index: number): number => {
      let i = at.length - 1;
      while (i > 0 && at[i]! > index) i--;
      return source.starts[i]! + (index - at[i]!);
    };
    let index = 0;
    let consumedLines = 0;
    while (index < content.length && content.charCodeAt(index) === 91) {
      const d = parseDefinition(content, index);
      if (!d) break;
      const rawLabel = content.slice(d.labelStart, d.labelEnd);
      const dest = content.slice(d.destStart, d.destEnd);
      let lastLine = 0;
      while (lastLine + 1 < at.length && at[lastLine + 1]! < d.end) lastLine++;
      const def: Definition = {
        start: toDoc(index),
        end: toDoc(d.last),
        line: source.line + consumedLines,
        label: { start: toDoc(d.labelStart), end: toDoc(d.labelEnd), raw: rawLabel },
        key: normalizeLabel(rawLabel),
        destination: { start: toDoc(d.destStart), end: toDoc(d.destEnd), raw: dest },
        url: decodeText(dest),
        ...(d.titleStart !== undefined ? { title: { start: toDoc(d.titleStart), end: toDoc(d.titleEnd!), raw: content.slice(d.titleStart, d.titleEnd) } } : {}),
      };
      out.definitions.push(def);
      for (let l = consumedLines; l <= lastLine; l++) this.kind(LineCode.Definition, source.line + l);
      consumedLines = lastLine + 1;
      index = d.end;
    }
    if (consumedLines === 0) return;
    source.starts.splice(0, consumedLines);
    source.ends.splice(0, consumedLines);
    source.line += consumedLines;
  }

  private finishDefinitions(): void {
    // The first definition of a label wins.
    for (const d of this.out.definitions) if (!this.out.definitionsByKey.has(d.key)) this.out.definitionsByKey.set(d.key, d);
  }
}
