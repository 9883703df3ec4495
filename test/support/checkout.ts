import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository this test build came from. */
export const REPO = join(__dirname, '..', '..', '..');

/**
 * Copies the files a commit of the working tree would hold (tracked and new, minus what
 * .gitignore ignores: no node_modules, no dist) to `dest`, as a fresh clone would have them.
 * With `linkModules`, `node_modules` links to the repository's, so a build can run without an install.
 */
export function checkout(dest: string, options: { linkModules?: boolean } = {}): string {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(dest, f)), { recursive: true });
    try {
      cpSync(join(REPO, f), join(dest, f));
    } catch (e) {
      // A file deleted from the working tree but still in the index: a commit would not hold it.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  if (options.linkModules) symlinkSync(join(REPO, 'node_modules'), join(dest, 'node_modules'), 'dir');
  return dest;
}

/** The environment without npm's own variables (set when tests run under `npm test`). */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^npm_/i.test(k) && !['FORCE_COLOR', 'NO_COLOR', 'GITHUB_WORKSPACE', 'GITHUB_ACTIONS', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'INIT_CWD'].includes(k))
      env[k] = v;
  return { ...env, ...extra };
}
