import { memo, type ParsedDocument } from '../document/parse';
import { bodyLines } from './lines';
import { decodeSafe } from '../files/uris';

/** An inline Markdown link `[text](target)` or `[text](<target with spaces>)`. */
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

const LINK = /\[((?:[^[\]]|\[[^\]]*\])*)\]\((?:<([^>\n]*)>|([^()\s]*(?:\([^()\s]*\)[^()\s]*)*))(?:\s+"[^"]*")?\)/g;

/** The inline links of a document outside fenced code, computed once per version. */
export function markdownLinks(doc: ParsedDocument): readonly MarkdownLink[] {
  return memo(doc, 'tasks.links', () => {
    const out: MarkdownLink[] = [];
    // Every link holds `](`; most agents and skills have none, and need no line split at all.
    if (doc.text.indexOf('](', doc.bodyStart) < 0) return out;
    for (const l of bodyLines(doc)) {
      if (l.inFence) continue;
      for (const m of l.text.matchAll(LINK)) {
        const angled = m[2] !== undefined;
        const target = angled ? m[2]! : m[3]!;
        const start = l.start + m.index;
        const targetStart = start + m[0].indexOf('](') + 2 + (angled ? 1 : 0);
        const bare = target.replace(/#.*$/, '');
        out.push({ text: m[1]!, target, path: decodeSafe(bare), line: l.line, start, end: start + m[0].length, targetStart, targetEnd: targetStart + target.length });
      }
    }
    return out;
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
  const encoded = path.split('/').map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(s))).join('/');
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
