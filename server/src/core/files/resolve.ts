import { closest } from '../text/similarity';
import { childUri, parentUri } from './uris';
import type { DirectoryEntry, WorkspaceFiles } from './workspaceFiles';

/** How a written path resolves against the workspace's files. */
export type Resolution =
  /** The target exists, spelled exactly so. */
  | { readonly status: 'found'; readonly uri: string; readonly directory: boolean }
  /**
   * The target exists only with other letter case: found on macOS and Windows, missing on Linux.
   * `spelled` holds the segments as they must be written (same length as the input segments).
   */
  | { readonly status: 'case'; readonly uri: string; readonly directory: boolean; readonly spelled: readonly string[] }
  /** Nothing by that name; `suggestions` are the URIs of files it may have meant, best first. */
  | { readonly status: 'missing'; readonly suggestions: readonly string[] }
  /** The host cannot tell (a folder that cannot be listed, or only the indexed files are known). */
  | { readonly status: 'unknown' };

class Unlistable extends Error {}

interface Walked {
  uri: string;
  directory: boolean;
  spelled: string[];
}

/** How many folder entries the search for a moved file may visit. */
const SEARCH_BUDGET = 4000;
const SEARCH_DEPTH = 5;

/**
 * Resolves decoded path segments (`['..', 'refs', 'a.md']`; `''` and `.` are skipped, a trailing
 * `''` asks for a folder) from a folder, first exactly, then ignoring letter case.
 */
export function resolveSegments(files: WorkspaceFiles, baseDir: string, segments: readonly string[], from?: string): Resolution {
  try {
    const exact = walk(files, baseDir, segments, 0, [], false);
    if (exact) return { status: 'found', uri: exact.uri, directory: exact.directory };
    const folded = walk(files, baseDir, segments, 0, [], true);
    if (folded) return { status: 'case', uri: folded.uri, directory: folded.directory, spelled: folded.spelled };
    // The linking file itself is never what a broken link meant.
    return { status: 'missing', suggestions: suggest(files, baseDir, segments).filter((u) => u !== from) };
  } catch (e) {
    if (e instanceof Unlistable) return { status: 'unknown' };
    throw e;
  }
}

function walk(files: WorkspaceFiles, dir: string, segs: readonly string[], i: number, spelled: string[], fold: boolean): Walked | undefined {
  if (i === segs.length) return { uri: dir, directory: true, spelled };
  const seg = segs[i]!;
  if (seg === '' || seg === '.') return walk(files, dir, segs, i + 1, [...spelled, seg], fold);
  if (seg === '..') {
    const up = parentUri(dir);
    return up === undefined ? undefined : walk(files, up, segs, i + 1, [...spelled, seg], fold);
  }
  const listing = files.list(dir);
  if (!listing) throw new Unlistable();
  const exact = listing.byName.get(seg);
  const candidates: DirectoryEntry[] = exact ? [exact] : [];
  if (fold) for (const e of listing.byLowerName.get(seg.toLowerCase()) ?? []) if (e !== exact) candidates.push(e);
  const last = segs.slice(i + 1).every((s) => s === '.');
  for (const entry of candidates) {
    if (!last && !entry.directory) continue;
    const uri = childUri(dir, entry.name);
    if (last) return { uri, directory: entry.directory, spelled: [...spelled, entry.name, ...segs.slice(i + 1)] };
    const found = walk(files, uri, segs, i + 1, [...spelled, entry.name], fold);
    if (found) return found;
  }
  // Only the indexed files are known: a name not among them may still exist.
  if (!listing.complete) throw new Unlistable();
  return undefined;
}

/**
 * Files a missing path may have meant: a near spelling of the first segment that does not
 * resolve (then the rest, any case), or a file of the same name elsewhere under the base folder.
 */
function suggest(files: WorkspaceFiles, baseDir: string, segs: readonly string[]): string[] {
  const out: string[] = [];
  let dir = baseDir;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      const up = parentUri(dir);
      if (!up) return out;
      dir = up;
      continue;
    }
    const listing = files.list(dir);
    if (!listing) return out;
    const rest = segs.slice(i + 1);
    const last = rest.every((s) => s === '' || s === '.');
    const entry = listing.byName.get(seg) ?? listing.byLowerName.get(seg.toLowerCase())?.[0];
    if (entry && entry.directory && !last) {
      dir = childUri(dir, entry.name);
      continue;
    }
    // A folder for `x/`, a file for `x.md`, either for a bare name.
    const wantsFolder = segs[segs.length - 1] === '';
    // A file named with an extension means a file of that kind (`x.md` is not the folder `x-md`).
    const ext = last ? /\.[A-Za-z0-9]+$/.exec(seg)?.[0].toLowerCase() : undefined;
    const pool = listing.entries.filter((e) => (ext ? !e.directory && e.name.toLowerCase().endsWith(ext) : last && !wantsFolder ? true : e.directory));
    const near = closest(
      seg,
      pool.map((e) => e.name),
    );
    if (near) {
      const uri = childUri(dir, near);
      if (last) out.push(uri);
      else {
        const tail = safeWalk(files, uri, rest);
        if (tail) out.push(tail.uri);
      }
    }
    break;
  }
  const name = [...segs].reverse().find((s) => s !== '' && s !== '.' && s !== '..');
  if (name && out.length === 0) out.push(...findByName(files, baseDir, name));
  return out;
}

function safeWalk(files: WorkspaceFiles, dir: string, segs: readonly string[]): Walked | undefined {
  try {
    return walk(files, dir, segs, 0, [], true);
  } catch {
    return undefined;
  }
}

/** Files named exactly `name` under `root` (breadth first, bounded), nearest first. */
function findByName(files: WorkspaceFiles, root: string, name: string): string[] {
  const out: string[] = [];
  let budget = SEARCH_BUDGET;
  let level = [root];
  for (let depth = 0; depth <= SEARCH_DEPTH && level.length && budget > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      const listing = files.list(dir);
      if (!listing) continue;
      budget -= listing.entries.length;
      if (budget < 0) break;
      for (const e of listing.entries) {
        if (e.directory) {
          if (!e.name.startsWith('.') && e.name !== 'node_modules') next.push(childUri(dir, e.name));
        } else if (e.name === name) out.push(childUri(dir, e.name));
      }
    }
    if (out.length) return out;
    level = next;
  }
  return out;
}
