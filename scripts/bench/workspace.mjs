// Bench workspaces: built once per size with the shared make-workspace.sh and cached in the temp
// directory, so repeated bench runs do not pay the ~20 s layout each time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (scripts/bench/ is two levels down). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * `../shared/bench` beside the repository (for a git worktree nested deeper, the nearest ancestor's
 * `shared/bench`), or the AGENT_DOCS_BENCH_DIR override.
 */
export function benchDir() {
  if (process.env.AGENT_DOCS_BENCH_DIR) return process.env.AGENT_DOCS_BENCH_DIR;
  for (let dir = resolve(REPO, '..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'bench');
    if (existsSync(join(candidate, 'make-workspace.sh'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`make-workspace.sh not found in ../shared/bench: clone beside shared/ or set AGENT_DOCS_BENCH_DIR`);
}

export const CACHE = process.env.AGENT_DOCS_BENCH_CACHE ?? join(tmpdir(), 'agent-docs-bench');

/** The cached workspace for `tasks` synthetic tasks, built on first use. */
export function workspace(tasks, log = console.error) {
  const dir = join(CACHE, `ws-${tasks}`);
  const stamp = join(dir, '.bench-complete');
  const script = join(benchDir(), 'make-workspace.sh');
  const key = `${statSync(script).mtimeMs}:${tasks}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return dir;
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${dir}.building-${process.pid}`;
  log(`building workspace with ${tasks} tasks in ${dir} …`);
  const r = spawnSync('bash', [script, tmp, String(tasks)], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`make-workspace.sh failed (${r.status})`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  writeFileSync(stamp, key);
  return dir;
}
