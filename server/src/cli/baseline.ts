import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding } from '../core';
import { stripBom } from '../host/files';
import { InputError } from './errors';
import type { FileResult } from './formatters/types';
import { inside } from './workspaces';

/**
 * Baselines: the findings a team has accepted, so that CI fails only on new ones.
 *
 * The file (see docs/ci.md) is versioned JSON: `{ "version": 1, "findings": [...] }`, one entry per
 * distinct finding with a `count` for identical ones, sorted by file, rule and fingerprint so that
 * rewriting it changes only what changed. Paths are relative to the baseline file's folder, so the
 * file works from any working directory. A finding is known by its rule, its file and a
 * fingerprint of the text it flags with its neighbourhood (the line or lines it sits on), never by
 * line number: edits elsewhere in the file do not make it new.
 */

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Relative to the baseline file's folder, with `/`. */
  file: string;
  rule: string;
  /** Hash of the flagged text and the lines it sits on (whitespace-normalised). */
  fingerprint: string;
  /** How many identical findings the file has. */
  count: number;
  /** The finding's message when it was recorded, for people reading the file; not compared. */
  message: string;
}

export interface Baseline {
  /** The baseline file, absolute. */
  path: string;
  entries: BaselineEntry[];
}

/** A missing, unreadable or malformed baseline: a usage error (exit 2), never an empty baseline. */
export class BaselineError extends InputError {
  constructor(
    message: string,
    /** The file does not exist (which `--write-baseline` accepts: it creates it). */
    readonly missing = false,
  ) {
    super(message);
  }
}

/** Reads a baseline file; throws `BaselineError` saying what is wrong with it. */
export function readBaseline(file: string): Baseline {
  const path = resolve(file);
  let text: string;
  try {
    text = stripBom(readFileSync(path, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BaselineError(`baseline file not found: ${file} (create it with --write-baseline ${file})`, true);
    throw new BaselineError(`cannot read baseline file ${file}: ${(e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`baseline file ${file} is not valid JSON (${(e as Error).message}); fix it, or delete it and run --write-baseline again`);
  }
  const bad = (what: string) => new BaselineError(`baseline file ${file} is not an agent-docs baseline: ${what}`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('expected a JSON object');
  const { version, findings } = raw as { version?: unknown; findings?: unknown };
  if (version !== BASELINE_VERSION) {
    if (typeof version === 'number' && version > BASELINE_VERSION)
      throw new BaselineError(`baseline file ${file} has version ${version}, newer than this agent-docs reads (${BASELINE_VERSION}): upgrade agent-docs`);
    throw bad(`"version" must be ${BASELINE_VERSION}`);
  }
  if (!Array.isArray(findings)) throw bad('"findings" must be a list');
  const entries = findings.map((e: unknown, i): BaselineEntry => {
    const o = e as Partial<BaselineEntry> | null;
    if (typeof o !== 'object' || o === null) throw bad(`findings[${i}] is not an object`);
    for (const key of ['file', 'rule', 'fingerprint'] as const)
      if (typeof o[key] !== 'string' || o[key] === '') throw bad(`findings[${i}].${key} must be a non-empty string`);
    if (!Number.isInteger(o.count) || o.count! < 1) throw bad(`findings[${i}].count must be a whole number ≥ 1`);
    return { file: o.file!, rule: o.rule!, fingerprint: o.fingerprint!, count: o.count!, message: typeof o.message === 'string' ? o.message : '' };
  });
  return { path, entries };
}

/** Fingerprints findings, reading each file's text once. */
export class Fingerprinter {
  private readonly texts = new Map<string, string[]>();

  /** The fingerprint of a finding in a file (absolute path). */
  of(file: string, finding: Pick<Finding, 'range'>): string {
    return fingerprint(this.lines(file), finding);
  }

  private lines(file: string): string[] {
    let lines = this.texts.get(file);
    if (!lines) {
      let text = '';
      try {
        text = stripBom(readFileSync(file, 'utf8'));
      } catch {
        // An unreadable file's findings are known by rule and file alone.
      }
      lines = text.split(/\r\n|\r|\n/);
      this.texts.set(file, lines);
    }
    return lines;
  }
}

/**
 * A finding's fingerprint: the text of its range with the line it sits on; for a range over several
 * lines, its first and last line (so edits inside a long range, such as a whole frontmatter, leave it
 * the same). Whitespace runs count as one space, so re-indenting does not make a finding new.
 */
export function fingerprint(lines: readonly string[], finding: Pick<Finding, 'range'>): string {
  const { start, end } = finding.range;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const first = lines[start.line] ?? '';
  const last = lines[end.line] ?? '';
  const flagged = start.line === end.line ? first.slice(start.character, end.character) : `${first.slice(start.character)}\n${last.slice(0, end.character)}`;
  const neighbourhood = start.line === end.line ? first : `${first}\n${last}`;
  return createHash('sha256')
    .update(`${norm(flagged)}\u0000${norm(neighbourhood)}`)
    .digest('hex')
    .slice(0, 20);
}

/** A file's path as a baseline records it: relative to the baseline's folder, with `/`. */
export function baselinePath(baselineFile: string, file: string): string {
  const rel = relative(dirname(baselineFile), file);
  return (rel === '' || isAbsolute(rel) ? file : rel).split(sep).join('/');
}

const key = (file: string, rule: string, fp: string) => `${file}\u0000${rule}\u0000${fp}`;

/**
 * The findings not in the baseline. Identical findings are matched up to the recorded count, in
 * file order: with two recorded and three present, the third is new.
 */
export function applyBaseline(results: readonly FileResult[], baseline: Baseline, prints: Fingerprinter): { results: FileResult[]; suppressed: number } {
  const left = new Map<string, number>();
  for (const e of baseline.entries) left.set(key(e.file, e.rule, e.fingerprint), (left.get(key(e.file, e.rule, e.fingerprint)) ?? 0) + e.count);
  let suppressed = 0;
  const out = results.map((r) => {
    const file = baselinePath(baseline.path, r.file);
    const findings = r.findings.filter((f) => {
      const k = key(file, f.ruleId, prints.of(r.file, f));
      const n = left.get(k) ?? 0;
      if (n === 0) return true;
      left.set(k, n - 1);
      suppressed++;
      return false;
    });
    return { ...r, findings };
  });
  return { results: out, suppressed };
}

/**
 * Today's findings as baseline entries, merged with the old baseline's entries for files outside
 * this run's paths that still exist (so a run over part of the workspace keeps the rest). Findings
 * that disappeared from the files this run covered are dropped; so are the entries of deleted files.
 * `scopes` are the run's path arguments, absolute.
 */
export function recordBaseline(
  path: string,
  results: readonly FileResult[],
  previous: readonly BaselineEntry[],
  prints: Fingerprinter,
  scopes: readonly string[],
): BaselineEntry[] {
  const abs = resolve(path);
  const counted = new Map<string, BaselineEntry>();
  const linted = new Set<string>();
  for (const r of results) {
    const file = baselinePath(abs, r.file);
    linted.add(file);
    for (const f of r.findings) {
      const fp = prints.of(r.file, f);
      const k = key(file, f.ruleId, fp);
      const entry = counted.get(k);
      if (entry) entry.count++;
      else counted.set(k, { file, rule: f.ruleId, fingerprint: fp, count: 1, message: f.message });
    }
  }
  const kept = previous.filter((e) => {
    if (linted.has(e.file)) return false;
    const file = resolve(dirname(abs), e.file);
    return existsSync(file) && !scopes.some((s) => inside(file, s));
  });
  return [...kept, ...counted.values()].sort(compareEntries);
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint);
}

/** Writes a baseline file atomically (a temporary file renamed over it). */
export function writeBaseline(path: string, entries: readonly BaselineEntry[]): void {
  const abs = resolve(path);
  const body = { version: BASELINE_VERSION, tool: 'agent-docs', findings: entries };
  const tmp = `${abs}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(body, null, 2)}\n`);
  renameSync(tmp, abs);
}
