import { markdownOf } from '../document/markdown';
import type { ParsedDocument } from '../document/parse';

const MAX_LENGTH = 300;

/**
 * The first prose paragraph of the body, on one line, as a candidate description: headings, code,
 * lists, quotes and HTML are skipped. Cut at a sentence end when it is long. Undefined when the body
 * has no such paragraph, because inventing one would be a placeholder.
 */
export function firstParagraph(doc: ParsedDocument): string | undefined {
  const md = markdownOf(doc);
  const { lines: index } = doc;
  for (let line = md.firstLine; line < index.lineCount; line++) {
    if (md.lineKind(line) !== 'paragraph') continue;
    // One paragraph: its consecutive paragraph lines.
    const lines: string[] = [];
    for (; line < index.lineCount && md.lineKind(line) === 'paragraph'; line++) lines.push(index.lineText(line).trim());
    const first = lines[0]!;
    // List items, quotes, HTML-ish and image lines are not a description.
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
