import type { ParsedDocument } from '../document/parse';
import { decodeSafe, nameOf } from '../files/uris';
import { parseTaskFileName } from '../tasks/fileName';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { didYouMean } from '../text/similarity';
import { ANCHORS_KEY, anchorsIndexer } from '../workspace/indexers/anchors';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { documentLinks, type LinkReference } from './links';
import { linkBase, pathTo, resolveLink, respell, type LinkBase } from './resolveLinks';

/** What is wrong with one checked link. */
export type LinkProblem =
  /** The target exists only in other letter case: `fixed` is the path spelled as on disk. */
  | { readonly kind: 'case'; readonly link: LinkReference; readonly base: LinkBase; readonly fixed: string; readonly uri: string }
  /** Nothing there; `suggestions` are paths (as the link would write them) to files it may mean. */
  | { readonly kind: 'missing'; readonly link: LinkReference; readonly base: LinkBase; readonly suggestions: readonly string[] }
  /** The file is there but has no heading with that anchor; `suggestion` is a near anchor. */
  | { readonly kind: 'anchor'; readonly link: LinkReference; readonly uri: string; readonly suggestion?: string };

const NO_PROBLEMS: readonly LinkProblem[] = [];
const cache = new WeakMap<ParsedDocument, { key: string; problems: readonly LinkProblem[] }>();

/**
 * The problems of a document's checked links, computed once per document version, state of the
 * file view and state of the workspace's headings.
 */
export function linkProblems(doc: ParsedDocument, files: WorkspaceFiles, index: WorkspaceIndex): readonly LinkProblem[] {
  const links = documentLinks(doc);
  // Most documents link nothing (a task held between the CLI's passes hands back its empty links).
  if (links.length === 0) return NO_PROBLEMS;
  const key = `${files.generation}.${index.generation(ANCHORS_KEY)}`;
  const hit = cache.get(doc);
  if (hit && hit.key === key) return hit.problems;
  const problems: LinkProblem[] = [];
  for (const link of links) {
    if (!link.checked) continue;
    // A task document's links to its story and epic are task-link-broken's (it also reads them
    // against the repository root, as the plan's template writes them).
    if (doc.kind === 'task' && parseTaskFileName(decodeSafe(link.path))) continue;
    const r = resolveLink(files, doc.uri, link);
    if (r.status === 'unknown') continue;
    const base = linkBase(files, doc.uri, link);
    if (r.status === 'case' && base) {
      problems.push({ kind: 'case', link, base, fixed: respell(link, r.spelled), uri: r.uri });
      continue;
    }
    if (r.status === 'missing' && base) {
      const suggestions = r.suggestions.map((u) => pathTo(base, link, u)).filter((p): p is string => p !== undefined);
      problems.push({ kind: 'missing', link, base, suggestions });
      continue;
    }
    const uri = r.status === 'self' ? r.uri : r.status === 'found' && !r.directory ? r.uri : undefined;
    if (!uri || !link.anchor || !/\.(md|markdown)$/i.test(nameOf(uri))) continue;
    const anchor = anchorProblem(index, uri, link);
    if (anchor) problems.push(anchor);
  }
  cache.set(doc, { key, problems });
  return problems;
}

/** An anchor that no heading of the target gets; GitHub also finds one written in another case. */
function anchorProblem(index: WorkspaceIndex, uri: string, link: LinkReference): LinkProblem | undefined {
  // The target must be a document the index has read; otherwise its headings are unknown.
  if (!index.has(uri)) return undefined;
  const fragment = decodeSafe(link.anchor!);
  // `#L12` and `#L12-L20` point at lines, which GitHub shows for any file.
  if (fragment === '' || /^L\d+(?:-L\d+)?$/.test(fragment)) return undefined;
  const anchors = index.fact(uri, anchorsIndexer)?.anchors ?? [];
  const lower = fragment.toLowerCase();
  if (anchors.some((a) => a.toLowerCase() === lower)) return undefined;
  // A near spelling, else the one heading whose anchor starts with it (`#section-4` for a heading
  // that goes on: `## Section 4 — Detailed`).
  const longer = anchors.filter((a) => a.startsWith(lower));
  const suggestion = didYouMean(fragment, anchors) ?? (longer.length === 1 ? longer[0] : undefined);
  return { kind: 'anchor', link, uri, ...(suggestion ? { suggestion } : {}) };
}
