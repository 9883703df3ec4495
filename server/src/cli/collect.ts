import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { detectClaudeMpmProjects } from '../core';
import { listDocumentFilesSync, pathToUri } from '../host/files';

export interface Collected {
  files: string[];
  /** Path arguments that do not exist or cannot be listed: a usage error (exit 2). */
  missing: string[];
  /** URIs of the claude-mpm projects found among the files and folders walked. */
  projects: string[];
}

/** Expands path arguments into document files (Markdown, Claude Code's JSON): directories recursively, files as given. */
export async function collectFiles(paths: readonly string[], followSymlinks: boolean): Promise<Collected> {
  const files = new Set<string>();
  const missing: string[] = [];
  const dirs: string[] = [];
  const onDirectory = (d: string) => void dirs.push(d);
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) for (const f of listDocumentFilesSync(abs, { followSymlinks, onDirectory })) files.add(f);
    else files.add(abs);
  }
  const projects = detectClaudeMpmProjects([...dirs.map((d) => `${pathToUri(d)}/`), ...[...files].map(pathToUri)]);
  return { files: [...files].sort(), missing, projects };
}

/** A path as shown to the user: relative to the working directory when inside it. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}
