import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { listDocumentFilesSync } from '../host/files';

export interface Collected {
  files: string[];
  /** Path arguments that do not exist or cannot be listed: a usage error (exit 2). */
  missing: string[];
}

/** Expands path arguments into document files (Markdown, Claude Code's JSON): directories recursively, files as given. */
export async function collectFiles(paths: readonly string[], followSymlinks: boolean): Promise<Collected> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) for (const f of listDocumentFilesSync(abs, { followSymlinks })) files.add(f);
    else files.add(abs);
  }
  return { files: [...files].sort(), missing };
}

/** A path as shown to the user: relative to the working directory when inside it. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}
