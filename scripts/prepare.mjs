// npm's `prepare` script: builds the bundles whenever npm prepares this package from its sources:
// `npm install`/`npm ci` in a clone, `npm pack`, `npm publish`, and installs from git (pre-commit
// installs `language: node` hooks that way: pre-commit 3 runs `npm install` then `npm pack` in its
// clone, pre-commit 4.5+ runs `npm install -g git+file://…`). A package installed from a tarball
// is already built and runs no script.
//
// In a global install from git, npm prepares the clone with a nested `npm install` that inherits
// `--global` and installs nothing into the clone (npm/cli#8440): the bundler is then missing, and
// the build installs the locked dependencies into the clone itself first.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const quiet = { stdio: ['ignore', 2, 2] };

function hasEsbuild() {
  try {
    require.resolve('esbuild', { paths: [process.cwd()] });
    return true;
  } catch {
    return false;
  }
}

if (!hasEsbuild()) {
  const npm = process.env.npm_execpath;
  const args = ['ci', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--global=false', '--location=project', '--prefix', process.cwd()];
  if (npm && existsSync(npm)) execFileSync(process.execPath, [npm, ...args], quiet);
  else execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { ...quiet, shell: process.platform === 'win32' });
}
execFileSync(process.execPath, ['scripts/build.mjs'], quiet);
