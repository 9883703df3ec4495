import { closeSync, fstatSync, openSync, promises as fsp, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDataDocumentPath, isJsonDocumentPath } from '../core';

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
    const text = readFileText(path, maxBytes);
    return typeof text === 'string' ? stripBom(text) : undefined;
  } catch {
    return undefined;
  }
}

/** One buffer for the common small file: host code reads one file at a time, synchronously. */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

/**
 * A file's text decoded as UTF-8 (BOM kept: `readFileSync(path, 'utf8')`), or its size in bytes
 * when that is over `maxBytes` (the file is then not read). Throws what `fs` throws. A document
 * nearly always fits one buffer: it is read into it, and a second read of nothing says the end
 * was reached, with no `stat` and no buffer per file (a workspace's 58,000 files each paid
 * open + fstat + read + close, and the stat's object).
 */
export function readFileText(path: string, maxBytes = Infinity): string | { size: number } {
  const fd = openSync(path, 'r');
  try {
    const n = readSync(fd, READ_BUFFER, 0, READ_BUFFER.length, null);
    if (n < READ_BUFFER.length && readSync(fd, READ_BUFFER, n, READ_BUFFER.length - n, null) === 0) {
      return n > maxBytes ? { size: n } : READ_BUFFER.toString('utf8', 0, n);
    }
    const size = fstatSync(fd).size;
    return size > maxBytes ? { size } : readFileSync(path, 'utf8');
  } finally {
    closeSync(fd);
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The folder's URI (ending in `/`) when it is the top of a claude-mpm project by a marker that a
 * walk of its Markdown may not reach: its `.claude-mpm/` folder or its `src/claude_mpm/` package.
 */
export function claudeMpmMarkerAt(dir: string): string | undefined {
  for (const marker of ['.claude-mpm', join('src', 'claude_mpm')]) {
    try {
      if (statSync(join(dir, marker)).isDirectory()) return `${pathToUri(dir).replace(/\/$/, '')}/`;
    } catch {
      // not there
    }
  }
  return undefined;
}

export interface WalkOptions {
  /** Directory names never entered. */
  skipDirs?: ReadonlySet<string>;
  followSymlinks?: boolean;
  /** Called with every directory entered (the walk's root included), for layout detection. */
  onDirectory?: (path: string) => void;
}

const DEFAULT_SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Lists the files under a directory that may be documents: Markdown, and the JSON files whose
 * names Claude Code reads (the service then classifies each by its path). Symbolic links are not followed unless asked, and a
 * followed link is entered at most once (by real path) so loops end. Without followed links there
 * can be no loop, so no real paths are resolved.
 */
export async function listDocumentFiles(dir: string, options: WalkOptions = {}): Promise<string[]> {
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
    options.onDirectory?.(d);
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!skip.has(e.name)) await walk(p);
      } else if (e.isFile()) {
        if (isDocumentPath(p)) out.push(p);
      } else if (e.isSymbolicLink() && options.followSymlinks) {
        try {
          const st = await fsp.stat(p);
          if (st.isDirectory()) {
            if (!skip.has(e.name)) await walk(p);
          } else if (st.isFile() && isDocumentPath(p)) out.push(p);
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
 * Markdown files, and JSON files named or placed like one of ours (`plugin.json`, `.mcp.json` …,
 * claude-mpm's `agents/templates/*.json`), and claude-mpm's `config/skills_registry.yaml`.
 */
export function isDocumentPath(path: string): boolean {
  return MARKDOWN.test(path) || isJsonDocumentPath(path) || isDataDocumentPath(path);
}

/**
 * The same listing as `listDocumentFiles`, synchronously: for the CLI, and for the language
 * server, which lists one directory at a time between its indexing batches.
 */
export function listDocumentFilesSync(dir: string, options: WalkOptions = {}): string[] {
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
    options.onDirectory?.(d);
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!skip.has(e.name)) walk(p);
      } else if (e.isFile()) {
        if (isDocumentPath(p)) out.push(p);
      } else if (e.isSymbolicLink() && options.followSymlinks) {
        try {
          const st = statSync(p);
          if (st.isDirectory()) {
            if (!skip.has(e.name)) walk(p);
          } else if (st.isFile() && isDocumentPath(p)) out.push(p);
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

/** The core's `isExecutable` for `file:` URIs: a regular file with an execute bit (always true on Windows). Never runs it. */
export function isExecutableUri(uri: string): boolean | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const st = statSync(uriToPath(uri));
    if (!st.isFile()) return undefined;
    return process.platform === 'win32' || (st.mode & 0o111) !== 0;
  } catch {
    return undefined;
  }
}

/** The core's `directoryStamp` for `file:` URIs: the folder's modification time. */
export function directoryStampUri(uri: string): number | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return statSync(uriToPath(uri === 'file://' ? 'file:///' : uri)).mtimeMs;
  } catch {
    return undefined;
  }
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
