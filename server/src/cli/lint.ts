import { closeSync, fstatSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { AgentDocsService, FILE_TOO_LARGE, FILE_UNREADABLE, type AgentDocsConfig, type Finding } from '../core';
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

const WHOLE_FIRST_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

function hostFinding(meta: typeof FILE_UNREADABLE, message: string, config: AgentDocsConfig): Finding[] {
  const setting = config.rules[meta.id];
  if (setting === 'off') return [];
  return [{ ruleId: meta.id, severity: setting ?? meta.severity, message, range: WHOLE_FIRST_LINE }];
}

/**
 * Lints files in two passes. The first reads, parses and indexes each file once and runs the rules
 * that need only that file; the second runs the cross-file rules (which need the complete index)
 * on the kinds that have any, parsing those files again rather than holding every parsed document
 * in memory. With `fix`, the first pass only indexes and the second fixes and lints each file.
 * Unreadable files are reported and the run goes on.
 */
export async function lintFiles(options: LintOptions): Promise<LintOutcome> {
  const { config } = options;
  const { files, missing } = await collectFiles(options.paths, config.followSymlinks);
  const service = new AgentDocsService({
    host: { readFile: (uri) => readTextSync(uriToPath(uri), config.maxFileSize), log: options.log },
    config,
    roots: [pathToUri(options.root)],
  });

  const pending: { path: string; uri: string; local?: Finding[] }[] = [];
  const results: FileResult[] = [];
  for (const path of files) {
    const uri = pathToUri(path);
    if (!service.kindOf(uri)) continue;
    const read = readWithLimit(path, config.maxFileSize);
    if (typeof read !== 'string') {
      const [meta, message] = read;
      results.push({ path: displayPath(path), findings: hostFinding(meta, message, config) });
      continue;
    }
    const doc = service.indexText(uri, read);
    if (!doc) continue;
    if (options.fix) pending.push({ path, uri });
    else if (service.hasCrossFileRules(doc.kind)) pending.push({ path, uri, local: service.lintParsed(doc, 'local') });
    else results.push({ path: displayPath(path), findings: service.lintParsed(doc, 'local') });
  }

  for (const { path, uri, local } of pending) {
    if (local) {
      const doc = service.document(uri);
      const cross = doc ? service.lintParsed(doc, 'crossFile') : [];
      results.push({ path: displayPath(path), findings: service.mergeFindings(local, cross) });
      continue;
    }
    const fixed = fixFile(service, path, uri);
    results.push({ path: displayPath(path), findings: service.lint(uri), ...(fixed ? { fixed } : {}) });
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { results, missing };
}

/** A file's text without BOM, or the host finding that explains why it is not linted. */
function readWithLimit(path: string, maxFileSize: number): string | [typeof FILE_UNREADABLE, string] {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size > maxFileSize) return [FILE_TOO_LARGE, `Skipped: ${size} bytes is over maxFileSize (${maxFileSize}).`];
    return stripBom(readFileSync(fd, 'utf8'));
  } catch (e) {
    return [FILE_UNREADABLE, `Cannot read file: ${(e as Error).message}`];
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
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
