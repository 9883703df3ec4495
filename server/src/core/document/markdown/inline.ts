import type { InlineSource } from './blocks';
import { decodeText, linkDestination, linkLabelEnd, linkTitle, normalizeLabel } from './definitions';
import { autolinkAt, inlineHtmlAt } from './html';
import type { CodeSpan, Definition, Link, SpanText } from './types';

/**
 * Inline structure (CommonMark §6) of one paragraph, heading or table cell: code spans, links,
 * images, autolinks and raw HTML, found in one left-to-right pass with the spec's bracket stack.
 * Emphasis is not modelled: it never changes where the others are.
 */

/** An inline HTML comment or tag found in the content. */
export interface InlineHtml {
  start: number;
  end: number;
  comment: boolean;
}

export interface InlineScan {
  codeSpans: CodeSpan[];
  links: Link[];
  html: InlineHtml[];
  /** GFM footnote calls (`[^1]` with a definition): start, end and the label. */
  footnoteCalls: { start: number; end: number; label: string }[];
}

/** A block's inline content as one string (lines joined by `\n`) and the way back to offsets. */
export class InlineContent {
  readonly text: string;
  /** Where each line starts in `text`. */
  private readonly at: number[];

  constructor(
    doc: string,
    readonly source: InlineSource,
  ) {
    const { starts, ends } = source;
    if (starts.length === 1) {
      this.text = doc.slice(starts[0], ends[0]);
      this.at = [0];
      return;
    }
    let text = '';
    this.at = [];
    for (let i = 0; i < starts.length; i++) {
      this.at.push(text.length);
      text += doc.slice(starts[i], ends[i]) + (i < starts.length - 1 ? '\n' : '');
    }
    this.text = text;
  }

  /** The document offset of an index into `text` (the `\n` between lines maps to the line's end). */
  toDoc(index: number): number {
    const { at } = this;
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.source.starts[lo]! + (index - at[lo]!);
  }
}

interface Opener {
  at: number;
  image: boolean;
  active: boolean;
  /** A `[` follows before the closer: the text cannot serve as a shortcut label. */
  bracketAfter: boolean;
}

const SPECIAL = /[\\`<![\]]/g;
const FOOTNOTE_CALL = /\[\^((?:[^\]\\\s]|\\.){1,999})\]/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Spaces and tabs, and at most one line ending. */
function skipSpace(s: string, i: number): number {
  while (isSpaceOrTab(s.charCodeAt(i))) i++;
  if (s.charCodeAt(i) === 10) {
    i++;
    while (isSpaceOrTab(s.charCodeAt(i))) i++;
  }
  return i;
}

/** The length of a run of backticks at `i`. */
function runLength(s: string, i: number): number {
  let n = 0;
  while (s.charCodeAt(i + n) === 96) n++;
  return n;
}

/** What references resolve to: link definitions by label, and the labels of footnotes. */
export interface References {
  definitions: ReadonlyMap<string, Definition>;
  footnotes: ReadonlySet<string>;
}

/** Scans one block's inline content into `out`. `inTable`: `\|` reads as `|` in code spans there. */
export function scanInline(content: InlineContent, refs: References, out: InlineScan, inTable = false): void {
  const s = content.text;
  const links: Link[] = [];
  const openers: Opener[] = [];
  let i = 0;
  while (i < s.length) {
    SPECIAL.lastIndex = i;
    const m = SPECIAL.exec(s);
    if (!m) break;
    i = m.index;
    const c = s.charCodeAt(i);
    if (c === 92 /* \ */) {
      i += i + 1 < s.length && ASCII_PUNCTUATION.test(s[i + 1]!) ? 2 : 1;
    } else if (c === 96 /* ` */) {
      i = codeSpan(content, i, out, inTable);
    } else if (c === 60 /* < */) {
      i = angle(content, i, out, links);
    } else if (c === 33 /* ! */) {
      if (s.charCodeAt(i + 1) === 91) {
        const top = openers[openers.length - 1];
        if (top) top.bracketAfter = true;
        openers.push({ at: i, image: true, active: true, bracketAfter: false });
        i += 2;
      } else i++;
    } else if (c === 91 /* [ */) {
      // A footnote call (`[^1]` where a `[^1]:` definition exists) is neither link text nor label.
      if (s.charCodeAt(i + 1) === 94 && refs.footnotes.size > 0) {
        FOOTNOTE_CALL.lastIndex = i;
        const call = FOOTNOTE_CALL.exec(s);
        if (call && refs.footnotes.has(normalizeLabel(call[1]!))) {
          out.footnoteCalls.push({ start: content.toDoc(i), end: content.toDoc(i + call[0].length), label: call[1]! });
          i += call[0].length;
          continue;
        }
      }
      const top = openers[openers.length - 1];
      if (top) top.bracketAfter = true;
      openers.push({ at: i, image: false, active: true, bracketAfter: false });
      i++;
    } else {
      i = closeBracket(content, i, openers, refs.definitions, links);
    }
  }
  // Inner links close first; report them in document order. What sits in an image's description
  // is its alt text, not a link or image of its own.
  links.sort((a, b) => a.start - b.start);
  let image: Link | undefined;
  for (const l of links) {
    if (image && l.start >= image.textStart && l.end <= image.textEnd) continue;
    if (l.image) image = l;
    out.links.push(l);
  }
}

/** A code span at `i` (a run of backticks): recorded, and the index after it; or after the run. */
function codeSpan(content: InlineContent, i: number, out: InlineScan, inTable: boolean): number {
  const s = content.text;
  const n = runLength(s, i);
  for (let j = s.indexOf('`', i + n); j >= 0; j = s.indexOf('`', j)) {
    const k = runLength(s, j);
    if (k !== n) {
      j += k;
      continue;
    }
    let from = i + n;
    let to = j;
    let text = s.slice(from, to).replace(/\n/g, ' ');
    // One space of padding on each side is dropped, unless the content is only spaces.
    if (text.length >= 2 && text.charCodeAt(0) === 32 && text.charCodeAt(text.length - 1) === 32 && /[^ ]/.test(text)) {
      text = text.slice(1, -1);
      from++;
      to--;
    }
    if (inTable) text = text.replace(/\\\|/g, '|');
    out.codeSpans.push({ start: content.toDoc(i), end: content.toDoc(j + n), contentStart: content.toDoc(from), contentEnd: content.toDoc(to), text });
    return j + n;
  }
  return i + n;
}

/** An autolink or raw HTML at `i` (which holds `<`); the index after it, or after the `<`. */
function angle(content: InlineContent, i: number, out: InlineScan, links: Link[]): number {
  const s = content.text;
  const auto = autolinkAt(s, i);
  if (auto) {
    const end = i + auto.address.length + 2;
    const destination: SpanText = { start: content.toDoc(i + 1), end: content.toDoc(end - 1), raw: auto.address };
    links.push({
      kind: 'autolink',
      image: false,
      start: content.toDoc(i),
      end: content.toDoc(end),
      textStart: destination.start,
      textEnd: destination.end,
      destination,
      url: auto.email ? `mailto:${auto.address}` : auto.address,
    });
    return end;
  }
  const length = inlineHtmlAt(s, i);
  if (!length) return i + 1;
  out.html.push({ start: content.toDoc(i), end: content.toDoc(i + length), comment: s.startsWith('<!--', i) });
  return i + length;
}

/** A `]` at `i`: closes a link or image when what follows (or the text as a label) makes one. */
function closeBracket(content: InlineContent, i: number, openers: Opener[], definitions: ReadonlyMap<string, Definition>, links: Link[]): number {
  const s = content.text;
  const opener = openers[openers.length - 1];
  if (!opener) return i + 1;
  if (!opener.active) {
    openers.pop();
    return i + 1;
  }
  const textStart = opener.at + (opener.image ? 2 : 1);
  const after = i + 1;
  let link: Omit<Link, 'start' | 'end' | 'textStart' | 'textEnd' | 'image'> | undefined;
  let end = after;
  // Inline: `(destination "title")`.
  if (s.charCodeAt(after) === 40 /* ( */) {
    const destAt = skipSpace(s, after + 1);
    const dest = s.charCodeAt(destAt) === 41 ? { start: destAt, end: destAt, next: destAt } : linkDestination(s, destAt);
    if (dest) {
      let k = skipSpace(s, dest.next);
      const title = k > dest.next ? linkTitle(s, k) : undefined;
      if (title) k = skipSpace(s, title.next);
      if (s.charCodeAt(k) === 41) {
        const raw = s.slice(dest.start, dest.end);
        link = {
          kind: 'inline',
          destination: { start: content.toDoc(dest.start), end: content.toDoc(dest.end), raw },
          url: decodeText(raw),
          ...(title ? { title: { start: content.toDoc(title.start), end: content.toDoc(title.end), raw: s.slice(title.start, title.end) } } : {}),
        };
        end = k + 1;
      }
    }
  }
  // References: `[text][label]`, `[text][]`, `[label]`.
  if (!link) {
    let labelFrom = -1;
    let labelTo = -1;
    let kind: Link['kind'] = 'shortcut';
    const full = linkLabelEnd(s, after);
    if (full > after + 2) {
      labelFrom = after + 1;
      labelTo = full - 1;
      kind = 'full';
      end = full;
    } else if (!opener.bracketAfter) {
      labelFrom = textStart;
      labelTo = i;
      const collapsed = s.charCodeAt(after) === 91 && s.charCodeAt(after + 1) === 93;
      kind = collapsed ? 'collapsed' : 'shortcut';
      end = collapsed ? after + 2 : after;
    }
    const definition = labelFrom >= 0 && labelTo - labelFrom <= 999 ? definitions.get(normalizeLabel(s.slice(labelFrom, labelTo))) : undefined;
    if (definition) {
      link = {
        kind,
        label: { start: content.toDoc(labelFrom), end: content.toDoc(labelTo), raw: s.slice(labelFrom, labelTo) },
        definition,
        url: definition.url,
        ...(definition.title ? { title: definition.title } : {}),
      };
    }
  }
  openers.pop();
  if (!link) return i + 1;
  links.push({
    ...link,
    image: opener.image,
    start: content.toDoc(opener.at),
    end: content.toDoc(end),
    textStart: content.toDoc(textStart),
    textEnd: content.toDoc(i),
  } as Link);
  // A link cannot contain another link: earlier `[` can no longer open one.
  if (!opener.image) for (const o of openers) if (!o.image) o.active = false;
  return end;
}
