import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The bundled CLI, as users run it. */
export const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js …args` and returns its exit code and output. The environment is the
 * test's without colour or GitHub variables, plus `env`.
 */
export function runCli(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'GITHUB_WORKSPACE', 'GITHUB_ACTIONS']) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, env: { ...env, ...options.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
