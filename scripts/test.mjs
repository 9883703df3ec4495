// Runs the test suites in order: `node scripts/test.mjs [suite…]` (default: all).
// Suites are folders of compiled tests under out/test; each runs in Node's built-in test runner.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ALL = ['unit', 'corpus', 'protocol'];
const suites = process.argv.slice(2).length ? process.argv.slice(2) : ALL;

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return testFiles(p);
    return name.endsWith('.test.js') ? [p] : [];
  });
}

let failed = false;
for (const suite of suites) {
  const files = testFiles(join('out', 'test', suite)).sort();
  if (files.length === 0) {
    console.error(`suite ${suite}: no tests found`);
    failed = true;
    continue;
  }
  console.log(`\n=== suite: ${suite} (${files.length} files)`);
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
