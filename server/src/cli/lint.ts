import { statSync } from 'node:fs';
import { AgentDocsService, FILE_TOO_LARGE, FILE_UNREADABLE, hostFinding, keepLineEndings, type AgentDocsConfig, type Rule } from '../core';
import { pathToUri, readTextSync, stripBom, uriToPath } from '../host/files';
import { readSnapshot, writeIfUnchanged } from '../host/safeWrite';
import { collectFiles, displayPath } from './collect';
import type { FileResult } from './formatters/types';

export interface LintOptions {
  paths: string[];
  config: AgentDocsConfig;
  /** Folder that workspace-relative globs are matched against. */
  root: string;
  fix: boolean;
  log: (message: string) => void;
  /** The rules to run (default: all); tests inject their own. */
  rules?: readonly Rule[];
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
    ...(options.rules ? { rules: options.rules } : {}),
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
    if (options.fix) fixed = fixFile(service, path, uri, options.log);
    results.push({ path: displayPath(path), findings: service.lint(uri), ...(fixed ? { fixed } : {}) });
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { results, missing };
}

/**
 * Applies every preferred fix to one file and writes it back safely (host/safeWrite.ts): BOM, line
 * endings and permissions kept, atomic, and never over a file that changed since it was read. A
 * file that is not valid UTF-8 is never written: decoding replaced some bytes, writing would lose them.
 */
function fixFile(service: AgentDocsService, path: string, uri: string, log: (m: string) => void): boolean {
  let snapshot;
  try {
    snapshot = readSnapshot(path);
  } catch (e) {
    log(`agent-docs: not fixed: ${path}: ${(e as Error).message}`);
    return false;
  }
  const raw = snapshot.bytes.toString('utf8');
  if (!Buffer.from(raw, 'utf8').equals(snapshot.bytes)) {
    log(`agent-docs: not fixed: ${path} is not valid UTF-8, and writing it back would lose bytes`);
    return false;
  }
  const hasBom = raw.charCodeAt(0) === 0xfeff;
  const text = stripBom(raw);
  const fixed = keepLineEndings(text, service.fixAllText(uri, text));
  if (fixed === text) return false;
  const outcome = writeIfUnchanged(snapshot, (hasBom ? '\ufeff' : '') + fixed);
  if (!outcome.written) {
    log(`agent-docs: not fixed: ${outcome.message}`);
    return false;
  }
  service.indexFile(uri, fixed);
  return true;
}
