// The long run of the property-based tests: `npm run fuzz [runs] [seed]` (default 5,000 runs per
// property). Expects a build (npm run fuzz builds first). A failure prints fast-check's seed and
// counterexample; replay with FUZZ_SEED=<seed>, then keep the input as a regression in the test.
import { spawnSync } from 'node:child_process';

const [runs = '5000', seed] = process.argv.slice(2);
const env = { ...process.env, FUZZ_RUNS: runs, ...(seed ? { FUZZ_SEED: seed } : {}) };
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'out/test/unit/robustness/properties.test.js'], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
