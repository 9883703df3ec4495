// The main job: runs the CLI on the example workspace and shows what it finds. The example has
// mistakes on purpose, so "problems found" (exit 1) is the expected outcome; only a usage error
// or a crash (exit 2 or a signal) fails this script.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', 'examples/workspace'],
  ['codes', 'examples/workspace'],
  ['tasks', 'examples/workspace'],
  ['graph', '--format', 'mermaid', 'examples/workspace'],
];
let failed = false;
for (const args of steps) {
  console.log(`\n$ agent-docs ${args.join(' ')}`);
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' });
  if (r.status !== 0 && r.status !== 1) failed = true;
}
process.exit(failed ? 1 : 0);
