// The cost of reading frontmatter YAML alone: `loadYaml` (claudeYaml.ts) over every frontmatter
// block of the given trees (default: the shared corpus), CPU time per round, median of --runs
// rounds after two warm-up rounds. Also by kind of block: those the fast path reads
// (yamlCommon.ts), those it leaves to `yaml`, and those Claude Code reads only after its fallback
// quoting (or not at all). Reads the compiled modules of `out/` (`npm run build` or `tsc -b`);
// `--out DIR` measures another build's (for before/after, e.g. a worktree of an older commit).
//
//   node scripts/bench/frontmatter.mjs [--out DIR] [--runs 7] [TREE...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const out = resolve(option('--out', join(REPO, 'out')));
const runs = Number(option('--runs', '7'));
// The shared corpus sits beside the repository, or beside its parent for a worktree.
const trees = args.length
  ? args
  : [resolve(REPO, '..', 'shared', 'corpus'), resolve(REPO, '..', '..', 'shared', 'corpus')].filter((p) => existsSync(p)).slice(0, 1);

const require = createRequire(import.meta.url);
const document = (name) => require(join(out, 'server/src/core/document', name));
const { loadYaml } = document('claudeYaml.js');
const { splitFrontmatter } = document('frontmatter.js');
// The measuring build may predate the fast path: then every block counts as left to `yaml`.
const common = (() => {
  try {
    return require(join(REPO, 'out/server/src/core/document/yamlCommon.js')).parseCommonYaml;
  } catch {
    return () => undefined;
  }
})();

function* markdownFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* markdownFiles(p);
    else if (/\.(md|markdown)$/i.test(e.name)) yield p;
  }
}

const blocks = [];
for (const tree of trees) {
  for (const file of markdownFiles(tree)) {
    const text = readFileSync(file, 'utf8');
    const split = splitFrontmatter(text);
    if (split?.close && split.language === undefined) blocks.push({ content: text.slice(split.contentStart, split.contentEnd), offset: split.contentStart });
  }
}
const OPTIONS = { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false };
const kinds = blocks.map((b) => (loadYaml(b.content, b.offset).load.pass !== 'strict' ? 'fallback' : common(b.content, OPTIONS) ? 'fast path' : 'yaml'));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const times = { all: [], 'fast path': [], yaml: [], fallback: [] };
for (let r = 0; r < runs + 2; r++) {
  let t0 = cpu();
  for (const b of blocks) loadYaml(b.content, b.offset);
  times.all.push(cpu() - t0);
  for (const kind of ['fast path', 'yaml', 'fallback']) {
    t0 = cpu();
    for (let i = 0; i < blocks.length; i++) if (kinds[i] === kind) loadYaml(blocks[i].content, blocks[i].offset);
    times[kind].push(cpu() - t0);
  }
}
const median = (a) => a.slice(2).sort((x, y) => x - y)[Math.floor(runs / 2)];
const count = (kind) => kinds.filter((k) => k === kind).length;
console.log(`${out}: ${blocks.length} frontmatter blocks, loadYaml CPU ms (median of ${runs})`);
console.log(`  all ${median(times.all).toFixed(1)}`);
for (const kind of ['fast path', 'yaml', 'fallback']) console.log(`  ${kind} (${count(kind)} blocks) ${median(times[kind]).toFixed(1)}`);
