import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { AgentDocsService, FILE_TOO_LARGE, FILE_UNREADABLE, hostFinding, type AgentDocsConfig } from '../core';
import { pathToUri, readTextSync, stripBom, uriToPath } from '../host/files';
import { collectFiles, displayPath } from './collect';
import type { FileResult } from './formatters/types';

export interface LintOptions {
  paths: string[];
  config: AgentDocsConfig;
  /** Folder that workspace-relative globs are matched against. */
  root: string;
  fix: boolean;
  log: (message: string) => void;
}

export interface LintOutcome {
  results: FileResult[];
  missing: string[];
}

/**
 * Lints files in two passes: the first indexes every file (so cross-file rules see the whole set),
 * the second runs the rules and, with `fix`, writes fixed files. Unreadable files are reported and
 * the run goes on.
 */
export async function lintFiles(options: LintOptions): Promise<LintOutcome> {
  const { config } = options;
  const { files, missing } = await collectFiles(options.paths, config.followSymlinks);
  const service = new AgentDocsService({
    host: { readFile: (uri) => readTextSync(uriToPath(uri), config.maxFileSize), log: options.log },
    config,
    roots: [pathToUri(options.root)],
  });

  const readable: { path: string; uri: string }[] = [];
  const results: FileResult[] = [];
  for (const path of files) {
    const uri = pathToUri(path);
    if (!service.kindOf(uri)) continue;
    let size: number;
    try {
      size = statSync(path).size;
    } catch (e) {
      results.push({ path: displayPath(path), findings: hostFinding(FILE_UNREADABLE, `Cannot read file: ${(e as Error).message}`, config) });
      continue;
    }
    if (size > config.maxFileSize) {
      results.push({ path: displayPath(path), findings: hostFinding(FILE_TOO_LARGE, `Skipped: ${size} bytes is over maxFileSize (${config.maxFileSize}).`, config) });
      continue;
    }
    const text = readTextSync(path);
    if (text === undefined) {
      results.push({ path: displayPath(path), findings: hostFinding(FILE_UNREADABLE, 'Cannot read file.', config) });
      continue;
    }
    service.indexFile(uri, text);
    readable.push({ path, uri });
  }

  for (const { path, uri } of readable) {
    let fixed = false;
    if (options.fix) fixed = fixFile(service, path, uri);
    results.push({ path: displayPath(path), findings: service.lint(uri), ...(fixed ? { fixed } : {}) });
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { results, missing };
}

/** Applies every preferred fix to one file, keeping its BOM; the body is never rewritten wholesale. */
function fixFile(service: AgentDocsService, path: string, uri: string): boolean {
  const raw = readFileSync(path, 'utf8');
  const hasBom = raw.charCodeAt(0) === 0xfeff;
  const text = stripBom(raw);
  const fixed = service.fixAllText(uri, text);
  if (fixed === text) return false;
  writeFileSync(path, (hasBom ? '\ufeff' : '') + fixed);
  service.indexFile(uri, fixed);
  return true;
}
