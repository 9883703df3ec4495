// The `lint` suite of `npm test` (also `npm run lint`): ESLint over the sources, then Prettier's
// check over the files listed in package.json `formatCheck.files` (`.`: the whole tree, minus
// .prettierignore; see ARCHITECTURE.md). Prints one line per check, `lint ok: name` or `lint FAILED: name`,
// for the counts.
//
// ESLint and typescript-eslint live in tools/lint with their own lock file: typescript-eslint reads
// TypeScript's compiler API, which the project's TypeScript 7 no longer ships. They are installed
// there with `npm ci` on first use, and again whenever tools/lint/package-lock.json changes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOOLS = join('tools', 'lint');
const STAMP = join(TOOLS, 'node_modules', '.installed-from');

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  return r.status ?? 1;
}

function ensureLintTools() {
  const lock = readFileSync(join(TOOLS, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return true;
  console.log('lint: installing ESLint into tools/lint (npm ci)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (run(npm, ['ci', '--prefix', TOOLS, '--no-audit', '--no-fund', '--loglevel=error']) !== 0) return false;
  writeFileSync(STAMP, hash);
  return true;
}

const results = [];
const check = (name, ok) => {
  results.push(ok);
  console.log(`${ok ? 'lint ok' : 'lint FAILED'}: ${name}`);
};

check('eslint', ensureLintTools() && run(process.execPath, [join(TOOLS, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.']) === 0);

const files = JSON.parse(readFileSync('package.json', 'utf8')).formatCheck?.files ?? [];
if (files.length === 0) check('prettier: package.json formatCheck.files lists nothing to check', false);
else check(`prettier --check ${files.join(' ')}`, run(process.execPath, [join('node_modules', 'prettier', 'bin', 'prettier.cjs'), '--check', ...files]) === 0);

process.exit(results.every(Boolean) ? 0 : 1);
