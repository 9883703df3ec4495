import type { LineIndex } from '../../text/lineIndex';
import { AnchorNumbering, plainText, slug } from './anchors';
import { LineCode, scanBlocks, type BlockScan, type InlineSource, type RawHeading } from './blocks';
import { InlineContent, scanInline, type InlineScan, type References } from './inline';
import type { CodeBlock, CodeSpan, Definition, Heading, HtmlBlock, HtmlComment, LineKind, Link, ListItem, Table, TaskMarker } from './types';

const LINE_KINDS: readonly LineKind[] = ['blank', 'paragraph', 'heading', 'fence', 'code', 'html', 'table', 'break', 'definition'];

/** Task markers by their first UTF-16 unit: ⬜ U+2B1C, ✅ U+2705, ⏸ U+23F8, and 🔄 U+1F504 (a surrogate pair). */
const EMOJI_STATE: ReadonlyMap<number, TaskMarker['state']> = new Map([
  [0x2b1c, 'todo'],
  [0x2705, 'done'],
  [0x23f8, 'paused'],
]);

function endsMarker(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i >= text.length || c === 32 || c === 9 || c === 10 || c === 13;
}

/** Whether `text[from…to]` is spaces or tabs followed by something else (a box's text). */
function hasTextAfter(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (from >= to || (c !== 32 && c !== 9)) return false;
  for (let i = from + 1; i < to; i++) {
    const d = text.charCodeAt(i);
    if (d !== 32 && d !== 9) return true;
  }
  return false;
}

/** The task marker at `at` (GFM box or emoji, with an optional U+FE0F), or undefined. */
export function taskMarkerAt(text: string, at: number): { style: 'gfm' | 'emoji'; state: TaskMarker['state']; end: number } | undefined {
  const c = text.charCodeAt(at);
  if (c === 91 /* [ */) {
    const mark = text.charCodeAt(at + 1);
    if (text.charCodeAt(at + 2) !== 93 || !(mark === 32 || mark === 120 || mark === 88) || !endsMarker(text, at + 3)) return undefined;
    return { style: 'gfm', state: mark === 32 ? 'todo' : 'done', end: at + 3 };
  }
  let state = EMOJI_STATE.get(c);
  let end = at + 1;
  if (c === 0xd83d && text.charCodeAt(at + 1) === 0xdd04) {
    state = 'inProgress';
    end = at + 2;
  }
  if (!state) return undefined;
  if (text.charCodeAt(end) === 0xfe0f) end++;
  return endsMarker(text, end) ? { style: 'emoji', state, end } : undefined;
}

/**
 * The Markdown of one document body, read once: the block structure when the model is made, and
 * everything else (heading text and anchors, list items' task markers, inline code spans, links,
 * HTML comments) on first use. Offsets are document offsets; see `types.ts`.
 */
export class MarkdownModel {
  private readonly blocks: BlockScan;
  private headingsCache?: readonly Heading[];
  private itemsCache?: readonly ListItem[];
  private inlineCache?: InlineScan;
  private commentsCache?: readonly HtmlComment[];

  constructor(
    private readonly text: string,
    /** Where the body starts (after any frontmatter). */
    readonly bodyStart: number,
    private readonly lines: LineIndex,
  ) {
    this.blocks = scanBlocks(text, bodyStart, lines);
  }

  /** The body's first line (the line after the frontmatter). */
  get firstLine(): number {
    return this.blocks.firstLine;
  }

  /** Fenced and indented code blocks, in document order. */
  get codeBlocks(): readonly CodeBlock[] {
    return this.blocks.codeBlocks;
  }

  /** HTML blocks, in document order. */
  get htmlBlocks(): readonly HtmlBlock[] {
    return this.blocks.htmlBlocks;
  }

  /** GFM tables, in document order. */
  get tables(): readonly Table[] {
    return this.blocks.tables;
  }

  /** Link reference definitions, in document order (the first of a label is the one links use). */
  get definitions(): readonly Definition[] {
    return this.blocks.definitions;
  }

  /** The definition a label (as written in a reference) resolves to. */
  definition(key: string): Definition | undefined {
    return this.blocks.definitionsByKey.get(key);
  }

  /** Lines holding a thematic break (`---`, `***`, `___`). */
  get thematicBreaks(): readonly number[] {
    return this.blocks.breaks;
  }

  /** What a line belongs to; lines before the body are `frontmatter`. */
  lineKind(line: number): LineKind {
    const i = line - this.blocks.firstLine;
    if (i < 0) return 'frontmatter';
    return LINE_KINDS[this.blocks.lineKinds[i] ?? 0]!;
  }

  /** Whether a line is code: a fence line, fenced content or indented code. */
  isCodeLine(line: number): boolean {
    const k = this.blocks.lineKinds[line - this.blocks.firstLine];
    return k === LineCode.Code || k === LineCode.Fence;
  }

  /** Whether a line holds Markdown text: a paragraph, heading or table line (not code, HTML or blank). */
  isTextLine(line: number): boolean {
    const k = this.blocks.lineKinds[line - this.blocks.firstLine];
    return k === LineCode.Paragraph || k === LineCode.Heading || k === LineCode.Table;
  }

  /** The code block holding an offset, if any. */
  codeBlockAt(offset: number): CodeBlock | undefined {
    return spanAt(this.blocks.codeBlocks, offset);
  }

  /** Headings with their text and GitHub anchors, in document order. */
  get headings(): readonly Heading[] {
    return (this.headingsCache ??= this.buildHeadings());
  }

  /** The nearest heading at or above a line. */
  headingAbove(line: number): Heading | undefined {
    let found: Heading | undefined;
    for (const h of this.headings) {
      if (h.line > line) break;
      found = h;
    }
    return found;
  }

  /** List items with their task markers, in document order. */
  get listItems(): readonly ListItem[] {
    return (this.itemsCache ??= this.buildItems());
  }

  /** Inline code spans of paragraphs, headings and table cells, in document order. */
  get codeSpans(): readonly CodeSpan[] {
    return this.inline.codeSpans;
  }

  /** Links, images and autolinks, in document order (a link's images come after it). */
  get links(): readonly Link[] {
    return this.inline.links;
  }

  /** HTML comments, in HTML blocks and inline, in document order. */
  get htmlComments(): readonly HtmlComment[] {
    return (this.commentsCache ??= this.buildComments());
  }

  /** The code span holding an offset, if any. */
  codeSpanAt(offset: number): CodeSpan | undefined {
    return spanAt(this.inline.codeSpans, offset);
  }

  private get inline(): InlineScan {
    return (this.inlineCache ??= this.scanAllInline());
  }

  /** Whether `text[start…end]` holds a character that can begin inline code, a link or HTML. */
  private mayHoldInline(start: number, end: number): boolean {
    const { text } = this;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      // ` [ ] < ! \
      if (c === 96 || c === 91 || c === 93 || c === 60 || c === 33 || c === 92) return true;
    }
    return false;
  }

  /** Whether a GFM box at `at` is one GitHub draws: `[ ]`/`[x]` followed by text on its line. */
  private isCheckbox(at: number): boolean {
    const marker = taskMarkerAt(this.text, at);
    if (!marker || marker.style !== 'gfm') return false;
    return hasTextAfter(this.text, marker.end, this.lineEndAt(at));
  }

  private get references(): References {
    return { definitions: this.blocks.definitionsByKey, footnotes: this.blocks.footnotes };
  }

  private content(source: InlineSource): InlineContent {
    return new InlineContent(this.text, source);
  }

  private scanAllInline(): InlineScan {
    const out: InlineScan = { codeSpans: [], links: [], html: [], footnoteCalls: [] };
    const refs = this.references;
    // A GFM task box (`- [x] done`) is not inline content: `[x]` is no link there.
    const boxes = new Set<number>();
    for (const raw of this.blocks.listItems) {
      const at = raw.paragraphStart;
      if (at !== undefined && this.text.charCodeAt(at) === 91 && this.isCheckbox(at)) boxes.add(at);
    }
    for (const p of this.blocks.paragraphs) {
      // Most paragraphs hold no backtick, bracket, `<` or backslash: nothing inline to find.
      if (!this.mayHoldInline(p.starts[0]!, p.ends[p.ends.length - 1]!)) continue;
      const source = boxes.has(p.starts[0]!) ? { ...p, starts: [p.starts[0]! + 3, ...p.starts.slice(1)] } : p;
      scanInline(this.content(source), refs, out);
    }
    for (const h of this.blocks.headings)
      if (this.mayHoldInline(h.source.starts[0]!, h.source.ends[h.source.ends.length - 1]!)) scanInline(this.content(h.source), refs, out);
    for (const t of this.blocks.tables) {
      for (const row of t.rows) {
        for (const cell of row.cells) {
          if (cell.end > cell.start && this.mayHoldInline(cell.start, cell.end))
            scanInline(this.content({ line: row.line, starts: [cell.start], ends: [cell.end] }), refs, out, true);
        }
      }
    }
    const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
    out.codeSpans.sort(byStart);
    out.links.sort(byStart);
    out.html.sort(byStart);
    return out;
  }

  private buildHeadings(): Heading[] {
    return this.blocks.headings.map((h, i) => new LazyHeading(h, i, this));
  }

  private textsCache?: { text: string; anchor: string }[];

  /** A heading's text and anchor, worked out for all headings together on first use (an anchor's number depends on the ones before). */
  headingText(index: number): { text: string; anchor: string } {
    return (this.textsCache ??= this.headingTexts())[index]!;
  }

  private headingTexts(): { text: string; anchor: string }[] {
    const numbering = new AnchorNumbering();
    const refs = this.references;
    return this.blocks.headings.map((h) => {
      const { starts, ends } = h.source;
      // Most headings are plain words: nothing inline to find, no escape, reference or emphasis.
      if (starts.length === 1 && isPlain(this.text, starts[0]!, ends[0]!)) {
        const plain = this.text.slice(starts[0], ends[0]);
        return { text: plain, anchor: numbering.next(slug(plain)) };
      }
      const content = this.content(h.source);
      const scan: InlineScan = { codeSpans: [], links: [], html: [], footnoteCalls: [] };
      scanInline(content, refs, scan);
      const plain = plainText(content, scan);
      return { text: plain.replace(/\n/g, ' '), anchor: numbering.next(slug(plain)) };
    });
  }

  /** A heading's content as written. */
  headingRaw(h: RawHeading): string {
    const { starts, ends } = h.source;
    if (starts.length === 1) return this.text.slice(starts[0], ends[0]);
    return starts.map((s, i) => this.text.slice(s, ends[i])).join('\n');
  }

  private buildItems(): ListItem[] {
    const { text } = this;
    const out: ListItem[] = [];
    for (const raw of this.blocks.listItems) {
      // A marker opens the item's first paragraph (not a heading, not code), after any definitions.
      const at = raw.paragraphStart;
      const marker = at !== undefined ? taskMarkerAt(text, at) : undefined;
      let task: TaskMarker | undefined;
      let after = raw.contentStart;
      let textEnd = this.lines.lineEnd(raw.line);
      if (marker && at !== undefined) {
        after = marker.end;
        if (at !== raw.contentStart) textEnd = this.lineEndAt(at);
        const checkbox = marker.style === 'gfm' && hasTextAfter(text, after, textEnd);
        task = { style: marker.style, state: marker.state, start: at, end: after, text: text.slice(at, after), checkbox };
      }
      out.push({
        start: raw.start,
        end: raw.end,
        line: raw.line,
        endLine: raw.endLine,
        marker: text.slice(raw.markerStart, raw.markerEnd),
        markerStart: raw.markerStart,
        markerEnd: raw.markerEnd,
        ordered: raw.ordered,
        contentStart: raw.contentStart,
        firstLine: after < textEnd ? text.slice(after, textEnd).trim() : '',
        parent: raw.parent,
        depth: raw.depth,
        task,
      });
    }
    return out;
  }

  private lineEndAt(offset: number): number {
    return this.lines.lineEnd(this.lines.positionAt(offset).line);
  }

  private buildComments(): HtmlComment[] {
    const out: HtmlComment[] = [];
    const { text } = this;
    for (const b of this.blocks.htmlBlocks) {
      const block = text.slice(b.start, b.end);
      if (!block.includes('<!--')) continue;
      for (const m of block.matchAll(/<!--([\s\S]*?)(?:-->|$)/g)) {
        const start = b.start + m.index;
        out.push({ start, end: start + m[0].length, text: m[1]!, line: this.lines.positionAt(start).line });
      }
    }
    for (const h of this.inline.html) {
      if (!h.comment) continue;
      const raw = text.slice(h.start, h.end);
      out.push({ start: h.start, end: h.end, text: raw.slice(4, raw.endsWith('-->') ? -3 : raw.length), line: this.lines.positionAt(h.start).line });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

/**
 * Whether `text[start…end]` holds none of the characters that start inline structure (code spans,
 * links, images, autolinks, HTML, footnote calls), escapes, character references or emphasis: then
 * its plain text is the text itself (what `plainText` gives for it).
 */
function isPlain(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // \ ` < ! [ ] & * _
    if (c === 92 || c === 96 || c === 60 || c === 33 || c === 91 || c === 93 || c === 38 || c === 42 || c === 95) return false;
  }
  return true;
}

/** A heading whose text and anchor are worked out when first read. */
class LazyHeading implements Heading {
  readonly level: Heading['level'];
  readonly setext: boolean;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly endLine: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly raw: string;

  constructor(
    h: RawHeading,
    private readonly index: number,
    private readonly model: MarkdownModel,
  ) {
    this.level = h.level;
    this.setext = h.setext;
    this.start = h.start;
    this.end = h.end;
    this.line = h.line;
    this.endLine = h.endLine;
    this.contentStart = h.source.starts[0]!;
    this.contentEnd = h.source.ends[h.source.ends.length - 1]!;
    this.raw = model.headingRaw(h);
  }

  get text(): string {
    return this.model.headingText(this.index).text;
  }

  get anchor(): string {
    return this.model.headingText(this.index).anchor;
  }
}

/** The span of a sorted, non-overlapping list that holds an offset. */
function spanAt<T extends { start: number; end: number }>(list: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
