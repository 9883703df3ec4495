import { memo, type ParsedDocument } from '../document/parse';
import {
  AnchorNumbering,
  githubSlug,
  markdownOf,
  taskMarkerAt,
  type Definition,
  type Heading,
  type LineKind,
  type Link,
  type Span,
  type TaskMarker,
} from '../document/markdown';

/**
 * What the task domain reads of a body's Markdown: headings, list items with their task markers,
 * thematic breaks, links and what each line is. The Markdown model answers all of it; a task
 * document made only of ATX headings, paragraphs, flat bullet lists and thematic breaks (no code,
 * HTML, tables, quotes, links or escapes) is answered by one lean scan of its lines instead, with the
 * model's answers: `test/unit/perf/taskBlocks.test.ts` checks every field against the model over the
 * corpus and the bench's plans.
 */
export interface TaskBlocks {
  readonly firstLine: number;
  readonly headings: readonly TaskHeadingBlock[];
  headingAbove(line: number): TaskHeadingBlock | undefined;
  readonly listItems: readonly TaskListItem[];
  readonly thematicBreaks: readonly number[];
  readonly links: readonly Pick<Link, 'kind' | 'destination' | 'textStart' | 'textEnd' | 'start' | 'end'>[];
  readonly definitions: readonly Pick<Definition, 'label' | 'destination' | 'start' | 'end'>[];
  lineKind(line: number): LineKind;
  isCodeLine(line: number): boolean;
  isTextLine(line: number): boolean;
  codeSpanAt(offset: number): Span | undefined;
}

export type TaskHeadingBlock = Pick<Heading, 'level' | 'setext' | 'line' | 'start' | 'end' | 'contentStart' | 'raw' | 'anchor'>;

export interface TaskListItem {
  readonly line: number;
  readonly contentStart: number;
  readonly firstLine: string;
  readonly task: Pick<TaskMarker, 'style' | 'state' | 'start' | 'end'> | undefined;
}

/** The blocks of a task document: the lean scan's when it can read the body, else the Markdown model. */
export function taskBlocks(doc: ParsedDocument): TaskBlocks {
  if (doc.kind !== 'task') return markdownOf(doc);
  return memo(doc, 'tasks.blocks', leanBlocks) ?? markdownOf(doc);
}

/** Characters after which the lean scan hands the body to the Markdown model. */
const BAIL = /[`<>|\\\t\r]|\]\(|\]:/g;
/** Characters in a heading whose anchor needs the inline parser (emphasis, entities, strikethrough). */
const HEADING_INLINE = /[*_&~]/;
/** Matched at a line's first non-space character (`y`), up to the line's end. */
const THEMATIC = /([-*_])(?: *\1){2,} *(?=\n|$)/y;
const UNDERLINE = /(?:=+|-+) *(?=\n|$)/y;
const ORDERED = /\d{1,9}[.)](?=[ \n]|$)/y;

function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

const enum Kind {
  Blank = 0,
  Paragraph = 1,
  Heading = 2,
  Break = 7,
}
const KIND_NAMES: Record<number, LineKind> = { 0: 'blank', 1: 'paragraph', 2: 'heading', 7: 'break' };

/**
 * The lean scan, or undefined when the body holds anything it does not read exactly as the model
 * does (code, HTML, quotes, tables, links, escapes, tabs, CR line ends, ordered or nested lists,
 * setext underlines, indented blocks, emphasis in headings).
 */
export function leanBlocks(doc: ParsedDocument): LeanBlocks | undefined {
  const { text, bodyStart } = doc;
  BAIL.lastIndex = bodyStart;
  if (BAIL.test(text)) return undefined;
  const firstLine = bodyStart ? doc.lines.positionAt(bodyStart).line : 0;
  const kinds: number[] = [];
  const headings: LeanHeading[] = [];
  const items: TaskListItem[] = [];
  const breaks: number[] = [];
  // Whether the line before is paragraph text (a list item's included): what `-`/`=` lines underline.
  let prevText = false;
  let line = firstLine;
  for (let start = bodyStart; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let at = start;
    while (text.charCodeAt(at) === 32) at++;
    const indent = at - start;
    let kind: Kind;
    if (at >= end) kind = Kind.Blank;
    else if (indent > 0 && opensBlock(text.charCodeAt(at))) {
      // Indented, it may open a block inside a list item (a nested list, a heading): the model's.
      return undefined;
    } else if (indent >= 4) {
      // A continuation of paragraph text; after anything else, indented code or an item's block.
      if (!prevText) return undefined;
      kind = Kind.Paragraph;
    } else {
      const c = text.charCodeAt(at);
      if (c === 35 /* # */) {
        const heading = atxHeading(text, at, end, line);
        if (heading === null) return undefined;
        if (heading) headings.push(heading);
        kind = heading ? Kind.Heading : Kind.Paragraph;
      } else if ((c === 45 || c === 61) && prevText && matchesAt(UNDERLINE, text, at)) {
        // `---` or `===` under text underlines it (a setext heading): the model's to read.
        return undefined;
      } else if ((c === 45 || c === 42 || c === 95) && matchesAt(THEMATIC, text, at)) {
        if (c === 45 && prevText) return undefined;
        breaks.push(line);
        kind = Kind.Break;
      } else if ((c === 45 || c === 42 || c === 43) && (at + 1 === end || text.charCodeAt(at + 1) === 32)) {
        // A bullet: only at the margin, with text after one to four spaces that opens no other block.
        if (indent > 0) return undefined;
        const item = bulletItem(text, at, end, line);
        if (!item) return undefined;
        items.push(item);
        kind = Kind.Paragraph;
      } else if (c >= 48 && c <= 57 && matchesAt(ORDERED, text, at)) return undefined;
      else if (c === 126 /* ~ */ && text.startsWith('~~~', at)) return undefined;
      else kind = Kind.Paragraph;
    }
    kinds.push(kind);
    prevText = kind === Kind.Paragraph;
    start = end + 1;
  }
  return new LeanBlocks(firstLine, kinds, headings, items, breaks);
}

/** Whether a character may open a block (a list, heading, quote, fence, break, table or HTML). */
function opensBlock(c: number): boolean {
  // # - * + _ = ~ > < ` | [ and digits
  return (
    c === 35 ||
    c === 45 ||
    c === 42 ||
    c === 43 ||
    c === 95 ||
    c === 61 ||
    c === 126 ||
    c === 62 ||
    c === 60 ||
    c === 96 ||
    c === 124 ||
    c === 91 ||
    (c >= 48 && c <= 57)
  );
}

/**
 * An ATX heading at `at` (a `#`): the heading, false when the `#`s open no heading (`#tag`), or
 * null when its anchor needs the inline parser. Content offsets as the model computes them.
 */
function atxHeading(text: string, at: number, end: number, line: number): LeanHeading | false | null {
  let hashes = at;
  while (hashes < end && text.charCodeAt(hashes) === 35) hashes++;
  const level = hashes - at;
  if (level > 6 || (hashes < end && text.charCodeAt(hashes) !== 32)) return false;
  let from = hashes;
  while (from < end && text.charCodeAt(from) === 32) from++;
  let to = end;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  let closing = to;
  while (closing > from && text.charCodeAt(closing - 1) === 35) closing--;
  if (closing < to && (closing === from || text.charCodeAt(closing - 1) === 32)) {
    to = closing;
    while (to > from && text.charCodeAt(to - 1) === 32) to--;
  }
  const raw = text.slice(from, to);
  if (HEADING_INLINE.test(raw)) return null;
  return new LeanHeading(level as LeanHeading['level'], line, at, end, from, raw);
}

/** A bullet item at `at` (its marker), or undefined when its first line opens another block. */
function bulletItem(text: string, at: number, end: number, line: number): TaskListItem | undefined {
  let content = at + 1;
  while (content < end && text.charCodeAt(content) === 32) content++;
  // An empty item, or content indented five or more (code in an item): the model's to read.
  if (content >= end || content - at - 1 > 4) return undefined;
  const c = text.charCodeAt(content);
  // Each expression is tried only where its first character is (most items open with a marker or a word).
  if (c === 35 || c === 61 || c === 126) return undefined;
  if ((c === 45 || c === 42 || c === 95) && matchesAt(THEMATIC, text, content)) return undefined;
  if (c >= 48 && c <= 57 && matchesAt(ORDERED, text, content)) return undefined;
  if ((c === 45 || c === 42 || c === 43) && (content + 1 === end || text.charCodeAt(content + 1) === 32)) return undefined;
  const marker = taskMarkerAt(text, content);
  const after = marker ? marker.end : content;
  const task = marker ? { style: marker.style, state: marker.state, start: content, end: marker.end } : undefined;
  return { line, contentStart: content, firstLine: after < end ? text.slice(after, end).trim() : '', task };
}

/** A heading whose anchor is worked out when first read (with all the others: numbering is in order). */
class LeanHeading implements TaskHeadingBlock {
  readonly setext = false;
  /** Set by the blocks when an anchor is first read. */
  anchorText = '';
  numbered?: () => void;

  constructor(
    readonly level: 1 | 2 | 3 | 4 | 5 | 6,
    readonly line: number,
    readonly start: number,
    readonly end: number,
    readonly contentStart: number,
    readonly raw: string,
  ) {}

  get anchor(): string {
    this.numbered?.();
    return this.anchorText;
  }
}

/** The lean scan's answers: no code, HTML, tables, links or definitions by construction. */
export class LeanBlocks implements TaskBlocks {
  constructor(
    readonly firstLine: number,
    /** Per body line: blank, paragraph, heading or break. */
    private readonly kinds: readonly number[],
    readonly headings: readonly LeanHeading[],
    readonly listItems: readonly TaskListItem[],
    readonly thematicBreaks: readonly number[],
  ) {
    // Anchors are numbered in document order, as the model numbers them, when one is first read.
    const number = () => {
      const numbering = new AnchorNumbering();
      for (const h of headings) {
        h.anchorText = numbering.next(githubSlug(h.raw));
        h.numbered = undefined;
      }
    };
    for (const h of headings) h.numbered = number;
  }

  headingAbove(line: number): TaskHeadingBlock | undefined {
    let found: TaskHeadingBlock | undefined;
    for (const h of this.headings) {
      if (h.line > line) break;
      found = h;
    }
    return found;
  }

  get links(): readonly [] {
    return [];
  }

  get definitions(): readonly [] {
    return [];
  }

  lineKind(line: number): LineKind {
    const i = line - this.firstLine;
    if (i < 0) return 'frontmatter';
    return KIND_NAMES[this.kinds[i] ?? 0]!;
  }

  isCodeLine(_line: number): boolean {
    return false;
  }

  isTextLine(line: number): boolean {
    const k = this.kinds[line - this.firstLine];
    return k === Kind.Paragraph || k === Kind.Heading;
  }

  codeSpanAt(_offset: number): undefined {
    return undefined;
  }
}
