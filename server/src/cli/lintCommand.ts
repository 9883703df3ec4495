/**
 * `agent-docs lint`: options, workspaces, baseline, output and exit code around `lintFiles`.
 * Exit codes: 0 clean, 1 findings at or above the fail level (or more warnings than allowed),
 * 2 usage error, unreadable path, or a missing or malformed baseline.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Severity } from '../core';
import { applyBaseline, BaselineError, Fingerprinter, readBaseline, recordBaseline, writeBaseline, type BaselineEntry } from './baseline';
import { collectFiles } from './collect';
import { InputError } from './errors';
import { github } from './formatters/github';
import { json } from './formatters/json';
import { sarif } from './formatters/sarif';
import { plural, stylish } from './formatters/stylish';
import type { FileResult, Formatter } from './formatters/types';
import { lintFiles, type LintPhase } from './lint';
import { COLOUR, colourWanted, PLAIN, ProgressLine, ruleStats } from './output';
import { VERSION } from './version';
import { inside, WorkspaceFinder, type Workspace } from './workspaces';

export const LINT_USAGE = `agent-docs lint [paths…] [--format stylish|json|sarif|github] [--fix] [--config FILE]
      [--fail-level error|warning|information|hint|none] [--max-warnings N]
      [--baseline FILE] [--write-baseline FILE] [--quiet] [--stats] [--output FILE] [--color|--no-color]`;

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
const FAIL_LEVELS = ['error', 'warning', 'information', 'hint', 'none'] as const;
const PHASE: Record<LintPhase, string> = { context: 'reading the workspace:', read: 'linting', crossFile: 'checking across files:' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** A usage error: printed with the usage, exit 2. */
export class LintUsageError extends Error {}

interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

export async function lintCommand(args: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      fix: { type: 'boolean', default: false },
      config: { type: 'string' },
      'max-warnings': { type: 'string' },
      'fail-level': { type: 'string', default: 'error' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      stats: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
    },
  });
  const warn = (m: string) => void io.stderr.write(`${m}\n`);
  const format = values.format!;
  if (!(FORMATS as readonly string[]).includes(format)) throw new LintUsageError(`unknown format "${format}" (${FORMATS.join(', ')})`);
  const failLevel = values['fail-level']!;
  if (!(FAIL_LEVELS as readonly string[]).includes(failLevel)) throw new LintUsageError(`unknown fail level "${failLevel}" (${FAIL_LEVELS.join(', ')})`);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new LintUsageError('--max-warnings takes a whole number ≥ 0');
  }
  if (values.color && values['no-color']) throw new LintUsageError('--color and --no-color together');
  const colourFlag = values.color ? true : values['no-color'] ? false : undefined;

  // The baselines are read before linting: a missing or broken one stops the run at once.
  const toWrite = values['write-baseline'];
  let previous: readonly BaselineEntry[] = [];
  let baseline = values.baseline !== undefined ? readBaseline(values.baseline) : undefined;
  if (toWrite !== undefined) {
    const same = baseline && baseline.path === resolve(toWrite);
    if (same) previous = baseline!.entries;
    else {
      try {
        previous = readBaseline(toWrite).entries;
      } catch (e) {
        if (!(e instanceof BaselineError && e.missing)) throw e;
      }
    }
  }

  const paths = positionals.length ? positionals : ['.'];
  const finder = new WorkspaceFinder(values.config, warn);
  const groups = new Map<Workspace, string[]>();
  const missing: string[] = [];
  const named: string[] = [];
  const listed: { dir: string; files: readonly string[]; projects: readonly string[] }[] = [];
  const namedProjects: string[] = [];
  for (const p of paths) {
    try {
      if (statSync(resolve(p)).isDirectory()) finder.addGivenFolder(resolve(p));
    } catch {
      // reported as missing below
    }
  }
  for (const p of paths) {
    const abs = resolve(p);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(abs).isDirectory();
    } catch {
      missing.push(p);
      continue;
    }
    if (!isDirectory) named.push(abs);
    const { files, projects } = await collectFiles([abs], finder.workspaceOf(abs, isDirectory).config.followSymlinks);
    if (isDirectory) listed.push({ dir: abs, files, projects });
    else namedProjects.push(...projects);
    for (const file of files) {
      const ws = finder.workspaceOf(file, false);
      const list = groups.get(ws) ?? [];
      list.push(file);
      groups.set(ws, list);
    }
  }

  const progress = new ProgressLine(io.stderr);
  const all: FileResult[] = [];
  const workspaces = [...groups].sort(([a], [b]) => (a.root < b.root ? -1 : 1));
  const projects = [...new Set(listed.flatMap((l) => l.projects).concat(namedProjects))].sort();
  for (const [ws, files] of workspaces) {
    const unique = [...new Set(files)].sort();
    const { results } = await lintFiles({
      paths: unique,
      listed: { files: unique, missing: [], projects },
      config: ws.config,
      root: ws.root,
      contextDir: ws.contextDir,
      ownsContext: (f) => finder.workspaceOf(f, false) === ws,
      ...contextListing(ws.contextDir, listed),
      fix: values.fix!,
      log: (m) => {
        progress.clear();
        warn(m);
      },
      progress: (phase, done, total) => progress.update(`agent-docs: ${PHASE[phase]} ${done}/${total} files${workspaces.length > 1 ? ` in ${ws.root}` : ''}`),
    });
    all.push(...results);
  }
  progress.clear();
  all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const prints = new Fingerprinter();
  if (toWrite !== undefined) {
    const entries = recordBaseline(
      toWrite,
      all,
      previous,
      prints,
      paths.map((p) => resolve(p)),
    );
    writeBaseline(toWrite, entries);
    const count = entries.reduce((n, e) => n + e.count, 0);
    warn(`agent-docs: wrote ${plural(count, 'finding')} to the baseline ${toWrite}`);
    baseline = { path: resolve(toWrite), entries };
  }
  let results = all;
  let suppressed = 0;
  if (baseline) ({ results, suppressed } = applyBaseline(results, baseline, prints));
  if (values.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));

  const paint = colourWanted(values.output !== undefined ? {} : io.stdout, io.env, colourFlag) ? COLOUR : PLAIN;
  const formatter: Formatter =
    format === 'json'
      ? json
      : format === 'sarif'
        ? sarif(VERSION, io.env.GITHUB_WORKSPACE || process.cwd())
        : format === 'github'
          ? withSummary(github(io.env.GITHUB_WORKSPACE))
          : stylish(paint);
  // Nothing to report but a wrong path: the error alone says it ("Nothing checked" would mislead).
  let report = results.length || !missing.length ? formatter(results) : '';
  const notes: string[] = [];
  if (suppressed) notes.push(`${plural(suppressed, 'finding')} in the baseline not shown.`);
  const unclassified = named.filter((f) => !all.some((r) => r.file === f));
  if (unclassified.length) {
    const one = unclassified.length === 1;
    notes.push(
      `${plural(unclassified.length, 'file')} given ${one ? 'was' : 'were'} not checked: ${one ? 'it is not an agent document' : 'they are not agent documents'}, or the configuration ignores ${one ? 'it' : 'them'}.`,
    );
  }
  if (format !== 'stylish' && all.length === 0 && !missing.length) notes.push('Nothing checked: no agent documents among the paths given.');
  const stats = values.stats ? ruleStats(results, format === 'stylish' ? paint : PLAIN) : '';
  if (format === 'stylish') report += notes.join('\n') + (notes.length ? '\n' : '') + stats;
  else {
    for (const n of notes) warn(`agent-docs: ${n}`);
    if (stats) io.stderr.write(stats);
  }

  if (values.output !== undefined) {
    try {
      mkdirSync(dirname(resolve(values.output)), { recursive: true });
      writeFileSync(values.output, report);
    } catch (e) {
      throw new InputError(`cannot write ${values.output}: ${(e as Error).message}`);
    }
  } else io.stdout.write(report);
  for (const m of missing) warn(`agent-docs: no such file or directory: ${m}`);
  if (missing.length) return 2;

  const findings = results.flatMap((r) => r.findings);
  const failing = failLevel === 'none' ? 0 : findings.filter((f) => RANK[f.severity] <= RANK[failLevel as Severity]).length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (warnings > maxWarnings) warn(`agent-docs: ${warnings} warnings exceed --max-warnings ${maxWarnings}`);
  return failing > 0 || warnings > maxWarnings ? 1 : 0;
}

/**
 * The documents under a workspace's context folder when a folder given on the command line holds
 * it, so that the folder is not walked a second time.
 */
function contextListing(dir: string, listed: readonly { dir: string; files: readonly string[]; projects: readonly string[] }[]) {
  const holder = listed.find((l) => inside(dir, l.dir));
  if (!holder) return {};
  const files = holder.dir === dir ? holder.files : holder.files.filter((f) => inside(f, dir));
  return { contextListing: { files, projects: holder.projects } };
}

/** The GitHub format with a line for people at the end of the log. */
function withSummary(formatter: Formatter): Formatter {
  return (results) => {
    const counts = { error: 0, warning: 0, other: 0 };
    for (const r of results) for (const f of r.findings) counts[f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'other']++;
    const total = counts.error + counts.warning + counts.other;
    const summary =
      results.length === 0
        ? ''
        : total === 0
          ? `agent-docs: no problems in ${plural(results.length, 'file')}.\n`
          : `agent-docs: ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.other} info) in ${plural(results.length, 'file')}.\n`;
    return formatter(results) + summary;
  };
}
