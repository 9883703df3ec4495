import { memo, type ParsedDocument } from '../document/parse';
import { taskBlocks } from './blocks';
import { decodeSafe } from '../files/uris';

/**
 * A link to a file as the task rules read it: an inline link or image (`[text](target)`,
 * `[text](<target with spaces>)`) or a link reference definition (`[label]: target`).
 */
export interface MarkdownLink {
  text: string;
  /** The target as written, without angle brackets. */
  target: string;
  /** The target's path, percent-decoded, without `#fragment`. */
  path: string;
  line: number;
  /** Offsets of the whole link and of its target. */
  start: number;
  end: number;
  targetStart: number;
  targetEnd: number;
}

/** The document's links with a written target (inline links, images, definitions), once per version. */
export function markdownLinks(doc: ParsedDocument): readonly MarkdownLink[] {
  return memo(doc, 'tasks.links', () => {
    const out: MarkdownLink[] = [];
    // Every such link holds `](` or `]:`; most agents and skills have none.
    if (doc.text.indexOf('](', doc.bodyStart) < 0 && doc.text.indexOf(']:', doc.bodyStart) < 0) return out;
    const md = taskBlocks(doc);
    const add = (text: string, target: { start: number; end: number; raw: string }, start: number, end: number) => {
      out.push({
        text,
        target: target.raw,
        path: decodeSafe(target.raw.replace(/#.*$/, '')),
        line: doc.lines.positionAt(start).line,
        start,
        end,
        targetStart: target.start,
        targetEnd: target.end,
      });
    };
    for (const l of md.links) if (l.kind === 'inline' && l.destination) add(doc.text.slice(l.textStart, l.textEnd), l.destination, l.start, l.end);
    for (const d of md.definitions) add(d.label.raw, d.destination, d.start, d.end);
    return out.sort((a, b) => a.start - b.start);
  });
}

/** Whether a link target points at a local file (not a URL, mail address or in-page anchor). */
export function isLocalTarget(target: string): boolean {
  return target !== '' && !target.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(target);
}

/**
 * The URIs a local link may mean, most likely first: relative to the linking file's folder, then
 * (for repository-relative links such as `docs/DEVELOPMENT_PLAN_AND_PROGRESS/...`, as the legacy
 * template writes them) relative to each folder above it.
 */
export function candidateUris(fromUri: string, path: string): string[] {
  const encoded = path
    .split('/')
    .map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(s)))
    .join('/');
  const dir = fromUri.slice(0, fromUri.lastIndexOf('/') + 1);
  if (path.startsWith('/')) return [];
  const out = [resolveUri(dir, encoded)];
  if (!path.startsWith('.')) {
    let d = dir;
    while (true) {
      const up = d.slice(0, d.lastIndexOf('/', d.length - 2) + 1);
      if (up.length <= 'file:///'.length || up === d) break;
      d = up;
      out.push(resolveUri(d, encoded));
    }
  }
  return out;
}

function resolveUri(dirUri: string, relative: string): string {
  try {
    return new URL(relative, dirUri).href;
  } catch {
    return dirUri + relative;
  }
}
