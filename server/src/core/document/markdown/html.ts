/**
 * Raw HTML as CommonMark 0.31.2 recognises it: the start and end conditions of the seven kinds of
 * HTML block (spec §4.6) and inline raw HTML (§6.6). Written from the spec's prose.
 */

const TAG_NAME = '[A-Za-z][A-Za-z0-9-]*';
const ATTRIBUTE = '(?:[ \\t\\n\\r]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \\t\\n\\r]*=[ \\t\\n\\r]*(?:[^"\'=<>`\\x00-\\x20]+|\'[^\']*\'|"[^"]*"))?)';
const OPEN_TAG = `<${TAG_NAME}${ATTRIBUTE}*[ \\t\\n\\r]*/?>`;
const CLOSING_TAG = `</${TAG_NAME}[ \\t\\n\\r]*>`;

/** Tag names that start an HTML block of kind 6 (spec §4.6). */
const BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|' +
  'fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|' +
  'menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';

/** Start conditions by kind, tried in order on the text from the line's first non-space character. */
const STARTS: readonly RegExp[] = [
  /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i,
  /^<!--/,
  /^<\?/,
  /^<![A-Za-z]/,
  /^<!\[CDATA\[/,
  new RegExp(`^</?(?:${BLOCK_TAGS})(?:[ \\t]|/?>|$)`, 'i'),
  new RegExp(`^(?:${OPEN_TAG}|${CLOSING_TAG})[ \\t]*$`, 'i'),
];

/** End conditions of kinds 1–5 (6 and 7 end at a blank line). */
const ENDS: readonly (RegExp | undefined)[] = [/<\/(?:script|pre|style|textarea)>/i, /-->/, /\?>/, />/, /\]\]>/, undefined, undefined];

/**
 * The kind of HTML block a line starts (1–7), or 0. `rest` is the line from its first non-space
 * character; kind 7 cannot interrupt a paragraph.
 */
export function htmlBlockStart(rest: string, mayInterruptParagraph: boolean): number {
  for (let kind = 1; kind <= 7; kind++) {
    if (kind === 7 && !mayInterruptParagraph) return 0;
    if (STARTS[kind - 1]!.test(rest)) return kind;
  }
  return 0;
}

/** Whether a line ends an HTML block of kinds 1–5. */
export function htmlBlockEnds(kind: number, line: string): boolean {
  const end = ENDS[kind - 1];
  return end !== undefined && end.test(line);
}

/** Inline raw HTML at `at` (which holds `<`): the length of the tag, comment, … or 0. */
const INLINE_HTML = new RegExp(
  `(?:${OPEN_TAG}|${CLOSING_TAG}|<!--(?:>|->|[\\s\\S]*?-->)|<\\?[\\s\\S]*?\\?>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>)`,
  'y',
);

export function inlineHtmlAt(text: string, at: number): number {
  INLINE_HTML.lastIndex = at;
  const m = INLINE_HTML.exec(text);
  return m ? m[0].length : 0;
}

const URI_AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*)>/y;
const EMAIL_AUTOLINK =
  /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;

/** An autolink at `at` (which holds `<`): its address and whether it is an e-mail address. */
export function autolinkAt(text: string, at: number): { address: string; email: boolean } | undefined {
  URI_AUTOLINK.lastIndex = at;
  const uri = URI_AUTOLINK.exec(text);
  if (uri) return { address: uri[1]!, email: false };
  EMAIL_AUTOLINK.lastIndex = at;
  const email = EMAIL_AUTOLINK.exec(text);
  return email ? { address: email[1]!, email: true } : undefined;
}
