import { markdownOf } from '../../document/markdown';
import { decodeSafe, nameOf } from '../../files/uris';
import { documentLinks, type LinkReference } from '../../references/links';
import { linkBase, resolveLink, type LinkTarget } from '../../references/resolveLinks';
import type { Location, Range } from '../../types';
import { referencesIndexer } from '../../workspace/indexers/references';
import { sortLocations } from '../returnCodes/navigation';
import type { DocumentLink, FeatureContext } from '../types';

const FILE_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The link whose target text holds an offset. */
export function linkAt(ctx: FeatureContext, offset: number): LinkReference | undefined {
  return documentLinks(ctx.doc).find((l) => l.start <= offset && offset <= l.end);
}

/**
 * Where a link goes: the file (exactly, or its real spelling when only the case differs) and, for
 * an `#anchor` of a Markdown file, the heading's range. Undefined when it resolves to nothing.
 */
export function linkDestination(ctx: FeatureContext, link: LinkReference): Location | undefined {
  const r = resolveLink(ctx.files, ctx.doc.uri, link);
  const uri = r.status === 'found' || r.status === 'case' || r.status === 'self' ? r.uri : undefined;
  if (!uri) return undefined;
  return { uri, range: (link.anchor && headingRange(ctx, uri, link.anchor)) || FILE_START };
}

function headingRange(ctx: FeatureContext, uri: string, anchor: string): Range | undefined {
  if (!/\.(md|markdown)$/i.test(nameOf(uri))) return undefined;
  const doc = uri === ctx.doc.uri ? ctx.doc : ctx.document(uri);
  if (!doc) return undefined;
  const fragment = decodeSafe(anchor);
  const h = markdownOf(doc).headings.find((x) => x.anchor.toLowerCase() === fragment.toLowerCase());
  return h ? doc.lines.range(h.start, h.start) : undefined;
}

/** Ctrl-click targets for every link that resolves, code blocks and examples included. */
export function linkDocumentLinks(ctx: FeatureContext): DocumentLink[] {
  const out: DocumentLink[] = [];
  for (const link of documentLinks(ctx.doc)) {
    const to = linkDestination(ctx, link);
    if (!to) continue;
    // Editors open `file.md#L12` at line 12.
    const line = to.range.start.line;
    out.push({ range: ctx.doc.lines.range(link.start, link.end), target: line > 0 ? `${to.uri}#L${line + 1}` : to.uri, tooltip: tooltipOf(link) });
  }
  return out;
}

function tooltipOf(link: LinkReference): string {
  switch (link.form) {
    case 'resource':
      return `Open the resource (plugin ${link.plugin ?? 'of this file'}, server ${link.server})`;
    case 'plugin-root':
      return 'Open the file in this plugin';
    case 'skill-file':
      return "Open the skill's file";
    default:
      return 'Open the linked file';
  }
}

export function linkDefinition(ctx: FeatureContext, offset: number): Location[] | undefined {
  const link = linkAt(ctx, offset);
  const to = link && linkDestination(ctx, link);
  return to ? [to] : undefined;
}

/**
 * Every link across the workspace to the file the link under the cursor points to (resolved from
 * its own document, whatever form it takes there).
 */
export function linkReferences(ctx: FeatureContext, offset: number): Location[] | undefined {
  const link = linkAt(ctx, offset);
  const to = link && linkDestination(ctx, link);
  if (!to) return undefined;
  return sortLocations(linksTo(ctx, (uri) => uri === to.uri).map((l) => ({ uri: l.uri, range: l.range })));
}

/** A link of an indexed document and the file it resolves to (its real spelling). */
export interface IndexedLink {
  readonly uri: string;
  readonly range: Range;
  readonly link: LinkTarget;
  readonly target: string;
}

/** Links of the whole workspace whose target satisfies `wanted`. */
export function linksTo(ctx: Pick<FeatureContext, 'index' | 'files'>, wanted: (targetUri: string) => boolean): IndexedLink[] {
  const out: IndexedLink[] = [];
  for (const { uri, value } of ctx.index.facts(referencesIndexer)) {
    for (const fact of value.links) {
      const r = resolveLink(ctx.files, uri, fact);
      const target = r.status === 'found' || r.status === 'case' ? r.uri : undefined;
      if (target && wanted(target) && linkBase(ctx.files, uri, fact)) out.push({ uri, range: fact.range, link: fact, target });
    }
  }
  return out;
}
