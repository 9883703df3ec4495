import { markdownOf } from '../../document/markdown';
import { nameOf } from '../../files/uris';
import { resolveLink } from '../../references/resolveLinks';
import { bodyPreview, displayPath } from '../preview';
import type { FeatureContext, Hover } from '../types';
import { linkAt, linkDestination } from './navigation';

/** Lines of a file that is not Markdown (a script) a hover shows, and the largest file it reads. */
const CODE_LINES = 8;
const CODE_MAX = 64 * 1024;

/** Hover on a link: the target's path, title and first lines. */
export function linkHover(ctx: FeatureContext, offset: number): Hover | undefined {
  const link = linkAt(ctx, offset);
  if (!link) return undefined;
  const to = linkDestination(ctx, link);
  if (!to) return undefined;
  const r = resolveLink(ctx.files, ctx.doc.uri, link);
  const parts = [
    `\`${displayPath(ctx.files, to.uri)}\`${r.status === 'case' ? ' (only in this letter case: the link works on macOS and Windows, not on Linux)' : ''}`,
  ];
  if (/\.(md|markdown)$/i.test(nameOf(to.uri))) {
    const doc = to.uri === ctx.doc.uri ? ctx.doc : ctx.document(to.uri);
    if (doc) {
      const heading = link.anchor ? markdownOf(doc).headings.find((h) => h.line === to.range.start.line) : undefined;
      if (heading) parts.push(`§ **${heading.text}**`);
      const preview = bodyPreview(doc);
      if (preview) parts.push(preview);
    }
  } else if (r.status === 'found' && !r.directory) {
    const text = ctx.files.readText(to.uri);
    if (text !== undefined && text.length <= CODE_MAX && !text.includes('\u0000')) {
      const lang = /\.([A-Za-z0-9]+)$/.exec(nameOf(to.uri))?.[1] ?? '';
      parts.push(`\`\`\`${lang}\n${text.split(/\r?\n/).slice(0, CODE_LINES).join('\n').trimEnd()}\n\`\`\``);
    }
  }
  return { contents: { kind: 'markdown', value: parts.join('\n\n') }, range: ctx.doc.lines.range(link.start, link.end) };
}
