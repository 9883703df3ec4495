import { promises as fsp, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Host-side file access shared by the language server and the CLI. Never executes anything. */

export function uriToPath(uri: string): string {
  return fileURLToPath(uri);
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** Reads UTF-8 text without a BOM, or undefined when it cannot be read or is too large. */
export function readTextSync(path: string, maxBytes = Infinity): string | undefined {
  try {
    if (statSync(path).size > maxBytes) return undefined;
    return stripBom(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface WalkOptions {
  /** Directory names never entered. */
  skipDirs?: ReadonlySet<string>;
  followSymlinks?: boolean;
  /** Called for every file path found; return false to stop early. */
}

const DEFAULT_SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Lists Markdown files under a directory. A symbolic link is followed when its target lies inside
 * the directory, or anywhere with `followSymlinks`; every directory is entered at most once (by real
 * path) so link loops end.
 */
export async function listMarkdownFiles(dir: string, options: WalkOptions = {}): Promise<string[]> {
  const skip = options.skipDirs ?? DEFAULT_SKIP;
  const out: string[] = [];
  const seen = new Set<string>();
  let rootReal: string;
  try {
    rootReal = await fsp.realpath(dir);
  } catch {
    return [];
  }
  const inside = (real: string) => real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
  const walk = async (d: string): Promise<void> => {
    let real: string;
    try {
      real = await fsp.realpath(d);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = await fsp.readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!skip.has(e.name)) await walk(p);
      } else if (e.isFile()) {
        if (/\.(md|markdown)$/i.test(e.name)) out.push(p);
      } else if (e.isSymbolicLink()) {
        try {
          if (!options.followSymlinks && !inside(await fsp.realpath(p))) continue;
          const st = await fsp.stat(p);
          if (st.isDirectory()) {
            if (!skip.has(e.name)) await walk(p);
          } else if (st.isFile() && /\.(md|markdown)$/i.test(e.name)) out.push(p);
        } catch {
          // a dangling link: nothing to read
        }
      }
    }
  };
  await walk(dir);
  return out.sort();
}
