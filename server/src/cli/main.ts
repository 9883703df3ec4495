/**
 * `agent-docs` command line: the same checks as the editor, for CI.
 *   agent-docs lint [paths…] [--format stylish|json|sarif] [--fix] [--config FILE] [--max-warnings N]
 *   agent-docs rules [--format text|json]
 *   agent-docs codes [--format text|json] [--config FILE] [paths…]
 *   agent-docs tasks [--format text|json] [paths…]
 *   agent-docs links [--format text|json] [--config FILE] [paths…]
 * Exit codes: 0 clean, 1 problems (errors, or more warnings than allowed), 2 usage error or unreadable path.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE_NAMES, mergeConfig, parseConfigText, RULE_IDS, type AgentDocsConfig } from '../core';
import { pathToUri, readTextSync } from '../host/files';
import { json } from './formatters/json';
import { sarif } from './formatters/sarif';
import { stylish } from './formatters/stylish';
import { lintFiles } from './lint';
import { printCodes } from './codesCommand';
import { linksCommand } from './linksCommand';
import { printRules } from './rulesCommand';
import { tasksCommand } from './tasksCommand';
import { VERSION } from './version';

const USAGE = `Usage:
  agent-docs lint [paths…] [--format stylish|json|sarif] [--fix] [--config FILE] [--max-warnings N]
  agent-docs rules [--format text|json]
  agent-docs codes [--format text|json] [--config FILE] [paths…]
  agent-docs tasks [--format text|json] [paths…]
  agent-docs links [--format text|json] [--config FILE] [paths…]
  agent-docs --version`;

class UsageError extends Error {}

function findConfig(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

function loadConfig(explicit: string | undefined): { config: AgentDocsConfig; root: string } {
  const file = explicit ? resolve(explicit) : findConfig(process.cwd());
  if (!file) return { config: mergeConfig(), root: process.cwd() };
  const text = readTextSync(file);
  if (text === undefined) throw new UsageError(`cannot read config file ${file}`);
  const { layer, problems } = parseConfigText(text, RULE_IDS, `${pathToUri(dirname(file))}/`);
  for (const p of problems) process.stderr.write(`agent-docs: ${file}: ${p}\n`);
  return { config: mergeConfig(layer), root: explicit ? process.cwd() : dirname(file) };
}

async function lint(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      fix: { type: 'boolean', default: false },
      config: { type: 'string' },
      'max-warnings': { type: 'string' },
    },
  });
  const format = values.format!;
  if (!['stylish', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown format "${format}" (stylish, json, sarif)`);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number ≥ 0');
  }
  const { config, root } = loadConfig(values.config);
  const paths = positionals.length ? positionals : ['.'];
  const { results, missing } = await lintFiles({
    paths,
    config,
    root,
    fix: values.fix!,
    log: (m) => process.stderr.write(`${m}\n`),
  });
  const formatter = format === 'json' ? json : format === 'sarif' ? sarif(VERSION) : stylish;
  // Nothing to report but a wrong path: the error alone says it ("No problems in 0 files" would mislead).
  if (results.length || !missing.length) process.stdout.write(formatter(results));
  for (const m of missing) process.stderr.write(`agent-docs: no such file or directory: ${m}\n`);
  if (missing.length) return 2;
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (warnings > maxWarnings) process.stderr.write(`agent-docs: ${warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await lint(rest);
      case 'rules':
        return printRules(rest);
      case 'codes':
        return await printCodes(rest, loadConfig);
      case 'links':
        return await linksCommand(rest, loadConfig);
      case 'tasks':
        return await tasksCommand(rest, () => loadConfig(undefined));
      case '--version':
      case '-v':
        process.stdout.write(`${VERSION}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`agent-docs: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  // A reader that stops early (`agent-docs rules | head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`agent-docs: internal error: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
