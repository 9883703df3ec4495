// The GitHub Action's lint step (action.yml): runs `agent-docs lint` with the action's inputs, which
// action.yml passes as AGENT_DOCS_* environment variables (never spliced into a shell script, so a
// path cannot run as a command). Exits with the CLI's code: 0 clean, 1 findings at the fail level,
// 2 usage error or missing baseline.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.log(`::error title=agent-docs::agent-docs needs Node.js 20 or later; this runner has ${process.version} (add actions/setup-node before this step).`);
  process.exit(2);
}

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cli.js');
const input = (name) => (process.env[`AGENT_DOCS_${name}`] ?? '').trim();
// One path per line when there are several lines (paths with spaces), else separated by spaces.
const rawPaths = input('PATHS');
const paths = (rawPaths.includes('\n') ? rawPaths.split('\n') : rawPaths.split(/\s+/)).map((p) => p.trim()).filter(Boolean);
const common = [...(paths.length ? paths : ['.'])];
if (input('BASELINE')) common.push('--baseline', input('BASELINE'));
if (input('CONFIG')) common.push('--config', input('CONFIG'));

const run = (args) => spawnSync(process.execPath, [cli, 'lint', ...args], { stdio: 'inherit' }).status ?? 2;

const sarifFile = input('SARIF_FILE');
if (sarifFile) {
  // Its own run, so the file is complete whatever the step's format and fail level.
  const status = run([...common, '--format', 'sarif', '--output', sarifFile, '--fail-level', 'none']);
  if (status !== 0) process.exit(status);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `sarif-file=${resolve(sarifFile)}\n`);
}
process.exit(run([...common, '--format', input('FORMAT') || 'github', '--fail-level', input('FAIL_LEVEL') || 'error']));
