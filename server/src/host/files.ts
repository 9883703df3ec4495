import { promises as fsp, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Host-side file access shared by the language server and the CLI. Never executes anything. */

export function uriToPath(uri: string): string {
  return fileURLToPath(uri);
}

/**
 * Characters a POSIX path may hold for `file://` + path to equal `pathToFileURL(path).href` (spaces
 * aside). Not `~`: Node escapes it, and every path must get the same URI whichever way it goes.
 */
const PLAIN_PATH = /^\/[A-Za-z0-9\-._/!$&'()*+,;=:@ ]*$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

/**
 * `pathToFileURL(path).href`, with a fast path for the common absolute path of plain ASCII
 * characters (only spaces need escaping there); everything else goes through Node's encoder.
 * Listing and linting a large workspace converts every path, so this shows in a full lint.
 */
export function pathToUri(path: string): string {
  if (process.platform !== 'win32' && PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path) && !path.includes('//')) {
    return `file://${path.replace(/ /g, '%20')}`;
  }
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
 * Lists Markdown files under a directory. Symbolic links are not followed unless asked, and a
 * followed link is entered at most once (by real path) so loops end. Without followed links there
 * can be no loop, so no real paths are resolved.
 */
export async function listMarkdownFiles(dir: string, options: WalkOptions = {}): Promise<string[]> {
  const skip = options.skipDirs ?? DEFAULT_SKIP;
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = async (d: string): Promise<void> => {
    if (options.followSymlinks) {
      let real: string;
      try {
        real = await fsp.realpath(d);
      } catch {
        return;
      }
      if (seen.has(real)) return;
      seen.add(real);
    }
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
        if (MARKDOWN.test(e.name)) out.push(p);
      } else if (e.isSymbolicLink() && options.followSymlinks) {
        try {
          const st = await fsp.stat(p);
          if (st.isDirectory()) {
            if (!skip.has(e.name)) await walk(p);
          } else if (st.isFile() && MARKDOWN.test(e.name)) out.push(p);
        } catch {
          // a dangling link: nothing to read
        }
      }
    }
  };
  await walk(dir);
  return out.sort();
}

const MARKDOWN = /\.(md|markdown)$/i;

/**
 * The same listing as `listMarkdownFiles`, synchronously: for the CLI, and for the language
 * server, which lists one directory at a time between its indexing batches.
 */
export function listMarkdownFilesSync(dir: string, options: WalkOptions = {}): string[] {
  const skip = options.skipDirs ?? DEFAULT_SKIP;
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (d: string): void => {
    if (options.followSymlinks) {
      let real: string;
      try {
        real = realpathSync(d);
      } catch {
        return;
      }
      if (seen.has(real)) return;
      seen.add(real);
    }
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!skip.has(e.name)) walk(p);
      } else if (e.isFile()) {
        if (MARKDOWN.test(e.name)) out.push(p);
      } else if (e.isSymbolicLink() && options.followSymlinks) {
        try {
          const st = statSync(p);
          if (st.isDirectory()) {
            if (!skip.has(e.name)) walk(p);
          } else if (st.isFile() && MARKDOWN.test(e.name)) out.push(p);
        } catch {
          // a dangling link: nothing to read
        }
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** One entry of a folder, as the core's `ReadDirectory` wants it. */
export interface FolderEntry {
  name: string;
  directory: boolean;
}

/**
 * Lists a folder with the names' exact letter case, or undefined when it cannot be listed. A
 * symbolic link counts as what it points to (a dangling one as a file): existence is what a
 * reader of the link sees, whether or not the walker follows links.
 */
export function listFolderSync(path: string): FolderEntry[] | undefined {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return undefined;
  }
  return entries.map((e) => {
    if (!e.isSymbolicLink()) return { name: e.name, directory: e.isDirectory() };
    try {
      return { name: e.name, directory: statSync(join(path, e.name)).isDirectory() };
    } catch {
      return { name: e.name, directory: false };
    }
  });
}

/** The core's `readDirectory` for `file:` URIs. */
export function readDirectoryUri(uri: string): FolderEntry[] | undefined {
  if (!uri.startsWith('file:')) return undefined;
  let path: string;
  try {
    path = uriToPath(uri === 'file://' ? 'file:///' : uri);
  } catch {
    return undefined;
  }
  return listFolderSync(path);
}
