// Draws the sample of corpus findings judged by hand in docs/conformance.md:
// `node scripts/conformance/sample.mjs [--show]` (after `npm run build`, which compiles out/).
// It runs the CLI's own lint over each corpus repository in place, with the folder listings joined
// with the repository's `_snapshot_tree.txt` (the corpus holds only part of each snapshot: a link to
// a script it did not extract resolves, as in a checkout), then takes findings in a seeded random
// order, at most 3 per rule, until it has 60. `--show` prints each with the lines around it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { REPO } from '../editor/provision.mjs';

const SIZE = 60;
const PER_RULE = 3;
const SEED = 12;

const require = createRequire(import.meta.url);
const out = join(REPO, 'out');
if (!existsSync(join(out, 'server', 'src', 'cli', 'lint.js'))) throw new Error('run `npm run build` first (out/ is missing)');
const corpus = [
  process.env.AGENT_DOCS_SHARED && join(process.env.AGENT_DOCS_SHARED, 'corpus'),
  resolve(REPO, '..', 'shared', 'corpus'),
  resolve(REPO, '..', '..', 'shared', 'corpus'),
].find((p) => p && existsSync(p));
if (!corpus) throw new Error('no ../shared/corpus beside the repository (set AGENT_DOCS_SHARED)');

// The CLI lists folders through host/files' readDirectoryUri: give it the snapshot listings too.
const files = require(join(out, 'server', 'src', 'host', 'files.js'));
const { corpusReadDirectory } = require(join(out, 'test', 'support', 'fileTree.js'));
Object.defineProperty(files, 'readDirectoryUri', { value: corpusReadDirectory(corpus), writable: true, configurable: true });
const { lintFiles } = require(join(out, 'server', 'src', 'cli', 'lint.js'));
const { mergeConfig } = require(join(out, 'server', 'src', 'core', 'index.js'));

const all = [];
process.chdir(corpus);
for (const repo of readdirSync(corpus)
  .filter((n) => statSync(join(corpus, n)).isDirectory())
  .sort()) {
  const root = join(corpus, repo);
  const { results } = await lintFiles({ paths: [root], config: mergeConfig(), root, fix: false, log: () => {} });
  for (const r of results)
    for (const f of r.findings)
      all.push({
        path: relative(corpus, resolve(corpus, r.path)),
        line: f.range.start.line + 1,
        col: f.range.start.character + 1,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        fixes: (f.fixes ?? []).map((x) => `${x.isPreferred ? '(preferred) ' : ''}${x.title}`),
      });
}

let seed = SEED;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const order = all
  .map((f) => [random(), f])
  .sort((a, b) => a[0] - b[0])
  .map(([, f]) => f);
const perRule = new Map();
const sample = [];
for (const f of order) {
  if ((perRule.get(f.ruleId) ?? 0) >= PER_RULE) continue;
  perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  sample.push(f);
  if (sample.length === SIZE) break;
}
console.log(`${all.length} findings on the corpus; sample of ${sample.length} over ${perRule.size} rules`);
sample.forEach((f, i) => {
  console.log(`#${i + 1} ${f.severity} ${f.ruleId} ${f.path}:${f.line}:${f.col}`);
  if (!process.argv.includes('--show')) return;
  console.log(`   ${f.message}`);
  for (const x of f.fixes) console.log(`   fix: ${x}`);
  const lines = readFileSync(join(corpus, f.path), 'utf8').split('\n');
  for (let l = Math.max(0, f.line - 3); l < Math.min(lines.length, f.line + 2); l++)
    console.log(`   ${String(l + 1).padStart(4)}${l + 1 === f.line ? '>' : ' '} ${lines[l].slice(0, 300)}`);
});
