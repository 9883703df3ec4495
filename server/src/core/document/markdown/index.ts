import { memo, type ParsedDocument } from '../parse';
import { MarkdownModel } from './model';

export { MarkdownModel } from './model';
export { slug as githubSlug, AnchorNumbering } from './anchors';
export { taskMarkerAt } from './model';
export { normalizeLabel as linkLabelKey, decodeText as decodeMarkdownText } from './definitions';
export type * from './types';

/**
 * The Markdown model of a document's body, made once per document version (see `model.ts`; the
 * block structure is read on first use, inline content when first asked for).
 */
export function markdownOf(doc: ParsedDocument): MarkdownModel {
  return memo(doc, 'markdown', (d) => new MarkdownModel(d.text, d.bodyStart, d.lines));
}
