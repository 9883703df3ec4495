import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository root (tests run from out/test/...). */
export const REPO_ROOT = resolve(__dirname, '../../..');

const ROOTS = [process.env['AGENT_DOCS_SHARED'], resolve(REPO_ROOT, '..', 'shared'), resolve(REPO_ROOT, '..', '..', 'shared')];

/**
 * The shared material (corpus, seeds, bench), read in place and never copied. It sits beside the
 * repository (`../shared`) or, for a worktree under `/work/wt/<name>`, beside its parent
 * (`../../shared`); `AGENT_DOCS_SHARED` overrides.
 */
export const SHARED: string = ROOTS.find((r): r is string => Boolean(r) && existsSync(r!)) ?? resolve(REPO_ROOT, '..', 'shared');

/** A path inside the shared material, or undefined when absent, so tests can skip with a message. */
export function sharedPath(...parts: string[]): string | undefined {
  for (const root of ROOTS) {
    if (!root) continue;
    const p = resolve(root, ...parts);
    if (existsSync(p)) return p;
  }
  return undefined;
}
