import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository root (tests run from out/test/...). */
export const REPO_ROOT = resolve(__dirname, '../../..');

/**
 * A path inside the shared material (`/work/shared`), which sits beside the repository
 * (`../shared`) or, for a worktree under `/work/wt/<name>`, beside its parent (`../../shared`).
 * `AGENT_DOCS_SHARED` overrides. Undefined when absent, so tests can skip with a message.
 */
export function sharedPath(...parts: string[]): string | undefined {
  const roots = [process.env['AGENT_DOCS_SHARED'], resolve(REPO_ROOT, '..', 'shared'), resolve(REPO_ROOT, '..', '..', 'shared')];
  for (const root of roots) {
    if (!root) continue;
    const p = resolve(root, ...parts);
    if (existsSync(p)) return p;
  }
  return undefined;
}
