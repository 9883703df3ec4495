/**
 * The Markdown model of a document body: CommonMark blocks and inlines plus GFM tables and task
 * markers, with exact offsets. Every offset is a UTF-16 index into the whole document text (the
 * same numbers `doc.lines.range()` takes), `end` exclusive. Lines are zero-based document lines.
 */

/** A stretch of the document: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A fenced (```` ``` ````, `~~~`) or indented code block. */
export interface CodeBlock extends Span {
  readonly kind: 'fenced' | 'indented';
  /** First and last line of the block, fences included. */
  readonly startLine: number;
  readonly endLine: number;
  /** The info string after the opening fence, trimmed (`ts title="x"`); empty for indented code. */
  readonly info: string;
  /** Its first word (`mermaid`, `ts`), as written; empty when there is none. */
  readonly lang: string;
  /** Offsets of the info string (both equal the fence's end when it is empty). */
  readonly infoStart: number;
  readonly infoEnd: number;
  /** Lines holding the code itself (for a fence: between the fence lines); `contentEndLine < contentStartLine` when empty. */
  readonly contentStartLine: number;
  readonly contentEndLine: number;
  /** A fence: the opening run (```` ``` ````, `~~~~`), and whether a closing fence ends it (else it runs to the end of its container). */
  readonly fence?: string;
  readonly closed: boolean;
}

/** An ATX (`## Title`) or setext (`Title` underlined with `===`/`---`) heading. */
export interface Heading extends Span {
  readonly level: 1 | 2 | 3 | 4 | 5 | 6;
  readonly setext: boolean;
  /** The line of the heading text (the first one for a multi-line setext heading). */
  readonly line: number;
  /** Last line (the underline of a setext heading). */
  readonly endLine: number;
  /** The inline content as written: between the `#`s and any closing `#`s, trimmed. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** The content as written (multi-line setext content joined by `\n`). */
  readonly raw: string;
  /** The text a reader sees: code, emphasis, links and HTML reduced to their text. */
  readonly text: string;
  /** The anchor GitHub gives it (`## Foo Bar` → `foo-bar`; repeated headings get `-1`, `-2`, …). */
  readonly anchor: string;
}

/** A checklist marker at the start of a list item: `[ ]`, `[x]`, ⬜, 🔄, ✅ or ⏸ (optionally with U+FE0F). */
export interface TaskMarker extends Span {
  readonly style: 'gfm' | 'emoji';
  readonly state: 'todo' | 'inProgress' | 'done' | 'paused';
  /** The marker as written. */
  readonly text: string;
  /** Whether GitHub renders it as a checkbox (a GFM marker followed by text). */
  readonly checkbox: boolean;
}

/** A list item (`- x`, `* x`, `1. x`, `2) x`), possibly nested in other items or quotes. */
export interface ListItem extends Span {
  readonly line: number;
  readonly endLine: number;
  /** The marker (`-`, `*`, `+`, `1.`, `12)`) and its offsets. */
  readonly marker: string;
  readonly markerStart: number;
  readonly markerEnd: number;
  readonly ordered: boolean;
  /** Where the item's first line of content starts (after the marker and its spaces). */
  readonly contentStart: number;
  /** The item's text after its markers, trimmed: on the task marker's line when it has one, else on its first line. */
  readonly firstLine: string;
  /** The enclosing list item's index in `listItems`, or -1. */
  readonly parent: number;
  /** 0 for a top-level item, 1 inside another item, … */
  readonly depth: number;
  readonly task: TaskMarker | undefined;
}

/** One cell of a GFM table row: the content, trimmed (`start === end` when empty). */
export interface TableCell extends Span {
  /** The cell as written between its pipes (or the line's edges), untrimmed. */
  readonly rawStart: number;
  readonly rawEnd: number;
  readonly text: string;
}

export interface TableRow extends Span {
  readonly line: number;
  readonly header: boolean;
  readonly cells: readonly TableCell[];
}

/** A GFM table: the header row, the body rows, the delimiter row's alignments. */
export interface Table extends Span {
  readonly startLine: number;
  readonly endLine: number;
  /** Header first, then body rows; the delimiter row is not a row. */
  readonly rows: readonly TableRow[];
  readonly delimiterLine: number;
  readonly align: readonly ('left' | 'center' | 'right' | null)[];
}

/** Text with its offsets (a link's destination, label or title). */
export interface SpanText extends Span {
  /** As written, without enclosing `<>`, brackets or quotes. */
  readonly raw: string;
}

/** A link reference definition: `[label]: destination "title"`. */
export interface Definition extends Span {
  readonly line: number;
  readonly label: SpanText;
  /** The label as matched: case-folded, inner whitespace collapsed. */
  readonly key: string;
  readonly destination: SpanText;
  /** The destination with backslash escapes and character references decoded. */
  readonly url: string;
  readonly title?: SpanText;
}

/**
 * A link or image: inline (`[t](d)`), by reference (`[t][l]`, `[t][]`, `[t]`), or an autolink
 * (`<https://x>`, `<a@b.c>`).
 */
export interface Link extends Span {
  readonly kind: 'inline' | 'full' | 'collapsed' | 'shortcut' | 'autolink';
  readonly image: boolean;
  /** The bracketed text (an image's alt text); for an autolink the address itself. */
  readonly textStart: number;
  readonly textEnd: number;
  /** Inline links and autolinks: the destination as written (empty `()` gives an empty span). */
  readonly destination?: SpanText;
  /** References: the label written (`[l]` of a full reference) or the text used as label. */
  readonly label?: SpanText;
  /** The definition a reference resolved to. */
  readonly definition?: Definition;
  /** Where it points, decoded (`mailto:` added for an e-mail autolink). */
  readonly url: string;
  readonly title?: SpanText;
}

/** An inline code span: `` `x` ``, ``` `` a ` b `` ```. */
export interface CodeSpan extends Span {
  /** The content's offsets (inside the backticks, one padding space stripped on each side). */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** The content as CommonMark reads it (line breaks become spaces). */
  readonly text: string;
}

/** An HTML comment, in an HTML block or inline. */
export interface HtmlComment extends Span {
  /** The text between `<!--` and `-->` (to the end of its block when unclosed). */
  readonly text: string;
  readonly line: number;
}

/** An HTML block (the seven CommonMark kinds: 2 is a comment, 6 a block tag such as `<div>`). */
export interface HtmlBlock extends Span {
  readonly kind: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  readonly startLine: number;
  readonly endLine: number;
}

/** What a body line belongs to (`MarkdownModel.lineKind`). */
export type LineKind = 'blank' | 'paragraph' | 'heading' | 'fence' | 'code' | 'html' | 'table' | 'break' | 'definition' | 'frontmatter';
