import type { LineIndex } from '../../text/lineIndex';
import { AnchorNumbering, plainText, slug } from './anchors';
import { LineCode, scanBlocks, type BlockScan, type InlineSource } from './blocks';
import { InlineContent, scanInline, type InlineScan, type References } from './inline';
import type { CodeBlock, CodeSpan, Definition, Heading, HtmlBlock, HtmlComment, LineKind, Link, ListItem, Table, TaskMarker } from './types';

const LINE_KINDS: readonly LineKind[] = ['blank', 'paragraph', 'heading', 'fence', 'code', 'html', 'table', 'break', 'definition'];

const GFM_MARKER = /\[([ xX])\](?=[ \t\r\n]|$)/y;
const EMOJI_MARKER = /(⬜|🔄|✅|⏸)\uFE0F?(?=[ \t\r\n]|$)/uy;
const EMOJI_STATE: Readonly<Record<string, TaskMarker['state']>> = { '⬜': 'todo', '🔄': 'inProgress', '✅': 'done', '⏸': 'paused' };

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
    for (const i of this.listItems) if (i.task?.checkbox) boxes.add(i.task.start);
    for (const p of this.blocks.paragraphs) {
      const source = boxes.has(p.starts[0]!) ? { ...p, starts: [p.starts[0]! + 3, ...p.starts.slice(1)] } : p;
      scanInline(this.content(source), refs, out);
    }
    for (const h of this.blocks.headings) scanInline(this.content(h.source), refs, out);
    for (const t of this.blocks.tables) {
      for (const row of t.rows) {
        for (const cell of row.cells) {
          if (cell.end > cell.start) scanInline(this.content({ line: row.line, starts: [cell.start], ends: [cell.end] }), refs, out, true);
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
    const numbering = new AnchorNumbering();
    const refs = this.references;
    return this.blocks.headings.map((h) => {
      const content = this.content(h.source);
      const scan: InlineScan = { codeSpans: [], links: [], html: [], footnoteCalls: [] };
      scanInline(content, refs, scan);
      const plain = plainText(content, scan);
      const { starts, ends } = h.source;
      return {
        level: h.level,
        setext: h.setext,
        start: h.start,
        end: h.end,
        line: h.line,
        endLine: h.endLine,
        contentStart: starts[0]!,
        contentEnd: ends[ends.length - 1]!,
        raw: content.text,
        text: plain.replace(/\n/g, ' '),
        anchor: numbering.next(slug(plain)),
      };
    });
  }

  private buildItems(): ListItem[] {
    const { text } = this;
    return this.blocks.listItems.map((raw) => {
      const lineEnd = this.lines.lineEnd(raw.line);
      let task: TaskMarker | undefined;
      let after = raw.contentStart;
      // A marker opens the item's first paragraph (not a heading, not code), after any definitions.
      const at = raw.paragraphStart;
      GFM_MARKER.lastIndex = at ?? 0;
      const gfm = at !== undefined ? GFM_MARKER.exec(text) : null;
      let textEnd = lineEnd;
      if (gfm && at !== undefined) {
        after = at + 3;
        textEnd = this.lineEndAt(at);
        const rest = text.slice(after, textEnd);
        task = { style: 'gfm', state: gfm[1] === ' ' ? 'todo' : 'done', start: at, end: after, text: gfm[0], checkbox: /^[ \t]+\S/.test(rest) };
      } else if (at !== undefined) {
        EMOJI_MARKER.lastIndex = at;
        const emoji = EMOJI_MARKER.exec(text);
        if (emoji) {
          after = at + emoji[0].length;
          textEnd = this.lineEndAt(at);
          task = { style: 'emoji', state: EMOJI_STATE[emoji[1]!]!, start: at, end: after, text: emoji[0], checkbox: false };
        }
      }
      const item: ListItem = {
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
        ...(task ? { task } : {}),
      };
      return item;
    });
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
