import type { ParsedDocument } from '../document/parse';

const MAX_LENGTH = 300;

/**
 * The first prose paragraph of the body, on one line, as a candidate description: headings, code,
 * lists, quotes and HTML are skipped. Cut at a sentence end when it is long. Undefined when the body
 * has no such paragraph, because inventing one would be a placeholder.
 */
export function firstParagraph(doc: ParsedDocument): string | undefined {
  const body = doc.text.slice(doc.bodyStart);
  let inCode = false;
  for (const para of body.split(/(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/)) {
    const lines = para.split(/\r?\n|\r/).map((l) => l.trim()).filter(Boolean);
    if (!lines.length) continue;
    if (lines.some((l) => /^(```|~~~)/.test(l))) {
      const fences = lines.filter((l) => /^(```|~~~)/.test(l)).length;
      if (fences % 2 === 1) inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    const first = lines[0]!;
    if (/^(#|[-*+]\s|\d+[.)]\s|>|<|\||---|===|!\[)/.test(first)) continue;
    let text = lines.join(' ').replace(/\s+/g, ' ').trim();
    if (text.length < 20) continue;
    if (text.length > MAX_LENGTH) {
      const cut = text.slice(0, MAX_LENGTH);
      const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.'));
      text = end > 40 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
    }
    return text;
  }
  return undefined;
}
