import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { detectClaudeMpmProjects, mayMarkClaudeMpmProject } from '../core';
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
  // Only paths that may mark a project are made URIs (the same test holds for a path and its URI).
  const marks: string[] = [];
  for (const d of dirs) if (mayMarkClaudeMpmProject(`${d}/`)) marks.push(`${pathToUri(d)}/`);
  for (const f of files) if (mayMarkClaudeMpmProject(f)) marks.push(pathToUri(f));
  const projects = detectClaudeMpmProjects(marks);
  return { files: [...files].sort(), missing, projects };
}

/** A relative path that `relative` would not give back as it is: a `.`/`..` or empty segment, or one starting with `..`. */
const PLAIN_TAIL_UNSAFE = /(?:^|\/)\.\.?(?:\/|$)|\/\/|\/$|^\/|^\.\./;

/** A path as shown to the user: relative to the working directory when inside it. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  // Under the working directory, as listed (no `.`, `..` or empty segment), the rest of the path is
  // what `relative` says: every file of a workspace is shown.
  const rest = abs.length > cwd.length + 1 && abs.startsWith(cwd) && abs[cwd.length] === sep ? abs.slice(cwd.length + 1) : undefined;
  if (rest !== undefined && sep === '/' && !PLAIN_TAIL_UNSAFE.test(rest)) return rest;
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}
