/**
 * `agent-docs` command line: the same checks as the editor, for CI.
 *   agent-docs lint [paths…] [--format stylish|json|sarif|github] [--baseline FILE] … (lintCommand.ts)
 *   agent-docs rules [--format text|json]
 *   agent-docs codes [--format text|json] [--config FILE] [paths…]
 *   agent-docs tasks [--format text|json] [paths…]
 *   agent-docs graph [--format json|mermaid|dot|svg] [--flow NAME] [--config FILE] [paths…]
 *   agent-docs links [--format text|json] [--config FILE] [paths…]
 * Exit codes: 0 clean, 1 problems (findings at the fail level, or more warnings than allowed), 2 usage
 * error, unreadable path, or a missing or malformed baseline.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { CONFIG_FILE_NAMES, mergeConfig, parseConfigText, RULE_IDS, type AgentDocsConfig } from '../core';
import { pathToUri, readTextSync } from '../host/files';
import { InputError } from './errors';
import { lintCommand, LintUsageError, LINT_USAGE } from './lintCommand';
import { printCodes } from './codesCommand';
import { printGraph } from './graph/graphCommand';
import { linksCommand } from './linksCommand';
import { printRules } from './rulesCommand';
import { tasksCommand } from './tasksCommand';
import { VERSION } from './version';

const USAGE = `Usage:
  ${LINT_USAGE}
  agent-docs rules [--format text|json]
  agent-docs codes [--format text|json] [--config FILE] [paths…]
  agent-docs tasks [--format text|json] [paths…]
  agent-docs graph [--format json|mermaid|dot|svg] [--flow NAME] [--config FILE] [paths…]
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

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await lintCommand(rest);
      case 'rules':
        return printRules(rest);
      case 'codes':
        return await printCodes(rest, loadConfig);
      case 'links':
        return await linksCommand(rest, loadConfig);
      case 'tasks':
        return await tasksCommand(rest, () => loadConfig(undefined));
      case 'graph':
        return await printGraph(rest, loadConfig);
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
    if (e instanceof UsageError || e instanceof LintUsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`agent-docs: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    // Said plainly, without the usage: the command line was right, a file it names is not.
    if (e instanceof InputError) {
      process.stderr.write(`agent-docs: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  // The heap grows by 30 % beyond what the last full collection kept, instead of up to four-fold:
  // a lint allocates in a burst and dies at once, and V8 let garbage pile up to twice or three
  // times the live data (PERFORMANCE.md, item 25). Set before the lint allocates anything.
  setFlagsFromString('--heap-growing-percent=30');
  // The young generation keeps the size it reached while the bundle loaded (4 MB) instead of
  // doubling up to V8's 32 MB, all of it resident through a lint's burst of allocation. Its size
  // can only be set on Node's command line (V8 reads it when the heap is set up); its growth can
  // be stopped at run time. Peak RSS 33–37 MB lower at every size for ~1–3 % more user CPU
  // (PERFORMANCE.md, item 30).
  setFlagsFromString('--semi-space-growth-factor=1');
  // A function is optimised by TurboFan after running ~6 times longer than V8's default (the
  // interrupt budget, in bytecode executed). A lint is a few seconds of a large code base: with the
  // default, V8's background threads spent as much CPU compiling (~600 optimisations, many redone
  // after deoptimisations) as the main thread spent linting. CPU −13 to −26 %, wall time −9 to −13 %
  // (PERFORMANCE.md, item 36). The language server, which runs for hours, keeps the default.
  setFlagsFromString('--interrupt-budget=400000');
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
