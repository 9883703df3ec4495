/**
 * Folder listings for tests: from a list of paths (in memory, or a corpus folder's
 * `_snapshot_tree.txt`), joined with the real disk. The corpus holds only part of each snapshot;
 * its tree file lists every file, so links to files that were not extracted still resolve in the
 * corpus tests, while the product itself lists the disk alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadDirectory } from '../../server/src/core/files/workspaceFiles';
import { pathToUri, readDirectoryUri } from '../../server/src/host/files';

interface Entry {
  name: string;
  directory: boolean;
}

/** Listings of the folders that hold `paths` (relative, `/`-separated) under the folder `rootPath`. */
export function listingsFromPaths(rootPath: string, paths: readonly string[]): Map<string, Map<string, Entry>> {
  const tree = new Map<string, Map<string, Entry>>();
  const add = (dir: string, entry: Entry) => {
    let m = tree.get(dir);
    if (!m) tree.set(dir, (m = new Map()));
    if (!m.get(entry.name)?.directory) m.set(entry.name, entry);
  };
  for (const path of paths) {
    const segs = path.split('/').filter(Boolean);
    let dir = rootPath;
    segs.forEach((seg, i) => {
      add(pathToUri(dir), { name: seg, directory: i < segs.length - 1 });
      dir = join(dir, seg);
    });
  }
  return tree;
}

/** A `ReadDirectory` over in-memory paths under the folder `rootPath`. */
export function readDirectoryFromPaths(rootPath: string, paths: readonly string[]): ReadDirectory {
  const tree = listingsFromPaths(rootPath, paths);
  return (uri) => {
    const m = tree.get(uri.replace(/\/$/, ''));
    return m ? [...m.values()] : undefined;
  };
}

/** Entries of both listings; a folder either side lists is listed. */
export function joinListings(...sources: ReadDirectory[]): ReadDirectory {
  return (uri) => {
    let found = false;
    const byName = new Map<string, Entry>();
    for (const source of sources) {
      const entries = source(uri);
      if (!entries) continue;
      found = true;
      for (const e of entries) if (!byName.get(e.name)?.directory) byName.set(e.name, { name: e.name, directory: e.directory });
    }
    return found ? [...byName.values()] : undefined;
  };
}

/**
 * The disk, plus every file each corpus folder's `_snapshot_tree.txt` lists under that folder:
 * what a checkout of the snapshot would hold.
 */
export function corpusReadDirectory(corpus: string): ReadDirectory {
  const trees: ReadDirectory[] = [];
  for (const name of readdirSync(corpus)) {
    const tree = join(corpus, name, '_snapshot_tree.txt');
    if (!existsSync(tree)) continue;
    const paths = readFileSync(tree, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    trees.push(readDirectoryFromPaths(join(corpus, name), paths));
  }
  return joinListings(readDirectoryUri, ...trees);
}
