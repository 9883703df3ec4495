// `npm run bench [-- --quick] [-- --sizes 1000,10000] [-- --runs N] [-- --dist DIR] [-- --no-build]`
// Builds the project, lays out bench workspaces, times the CLI against the floor and cclint, times
// the language server, prints a Markdown table and writes docs/performance/results.json + chart.png.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeChart } from './chart.mjs';
import { benchLsp } from './lsp.mjs';
import { ensureGnuTime, interleavedRuns, median } from './measure.mjs';
import { REPO, workspace } from './workspace.mjs';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    dist: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const log = (m) => console.error(m);
const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.quick ? [1000, 10000] : [1000, 10000, 50000];
const baseRuns = values.runs ? Number(values.runs) : values.quick ? 3 : 5;
const runsFor = (tasks) => (tasks >= 50000 && !values.runs ? 3 : baseRuns);
const lspRunsFor = (tasks) => (values.quick ? 1 : tasks >= 50000 ? 2 : 3);

if (!values.dist && !values['no-build']) {
  log('npm run build …');
  const r = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const dist = resolve(values.dist ?? join(REPO, 'dist'));
const cli = join(dist, 'cli.js');
const server = join(dist, 'server.js');
const protocolJs = join(dist, '..', 'out', 'server', 'src', 'protocol.js');
const protocol = existsSync(protocolJs) ? (await import(protocolJs)).default : {};
const indexedMethod = protocol.IndexedNotification?.method ?? 'agentDocs/indexed';
const floor = join(REPO, 'scripts', 'bench', 'floor.mjs');
const cclintPkg = join(REPO, 'node_modules', '@carlrannaberg', 'cclint');
const cclint = join(cclintPkg, JSON.parse(readFileSync(join(cclintPkg, 'package.json'), 'utf8')).bin.cclint);
const gnuTime = ensureGnuTime(log);

/** The task tree's requests, when the protocol module declares them (the tasks view adds them). */
function treeRequest() {
  const children = protocol.TaskChildrenRequest?.method;
  const summary = protocol.TaskSummaryRequest?.method;
  return children && summary ? { children, summary } : undefined;
}

/**
 * The agent files cclint must check: the Markdown files of `.claude/agents` whose first line is
 * `---` (cclint skips the others, `hasFrontmatter` in its linters/base.js).
 */
function agentsWithFrontmatter(dir) {
  return readdirSync(dir, { withFileTypes: true }).filter(
    (e) => e.isFile() && /\.md$/i.test(e.name) && readFileSync(join(dir, e.name), 'utf8').split('\n')[0] === '---',
  ).length;
}

/**
 * cclint takes its project root from the working directory and ignores `--root`: run from anywhere
 * else it checks zero files and looks fast. Runs it once from inside the workspace and stops the
 * bench when it checked fewer agents than the workspace holds.
 */
function checkCclint(ws, agents) {
  const expected = agentsWithFrontmatter(agents);
  // Into a file: cclint exits before a pipe is drained, and its summary comes last.
  const outFile = join(mkdtempSync(join(tmpdir(), 'agent-docs-cclint-')), 'out.txt');
  const fd = openSync(outFile, 'w');
  spawnSync(process.execPath, [cclint, 'agents', '--root', ws], { cwd: ws, stdio: ['ignore', fd, 'ignore'] });
  closeSync(fd);
  const checked = Number(/Files checked:\s*(\d+)/.exec(readFileSync(outFile, 'utf8'))?.[1] ?? NaN);
  rmSync(dirname(outFile), { recursive: true, force: true });
  if (!(checked >= expected)) {
    throw new Error(
      `cclint checked ${Number.isNaN(checked) ? 'an unknown number of' : checked} files in ${ws}, but its .claude/agents holds ${expected} agents with frontmatter: the comparison would be meaningless`,
    );
  }
  log(`cclint checks ${checked} agents (${expected} with frontmatter in .claude/agents)`);
  return checked;
}

function countFiles(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countFiles(join(dir, e.name));
    else if (/\.md$/i.test(e.name)) n++;
  }
  return n;
}

const rows = [];
for (const tasks of sizes) {
  const ws = workspace(tasks, log);
  const runs = runsFor(tasks);
  const row = { tasks, files: countFiles(ws), runs };
  log(`\n== ${tasks} tasks (${row.files} files), ${runs} runs each`);
  const agents = join(ws, '.claude', 'agents');
  row.cclintChecked = checkCclint(ws, agents);
  Object.assign(
    row,
    interleavedRuns(
      {
        floor: { args: [floor, ws], cwd: ws },
        lint: { args: [cli, 'lint', ws, '--format', 'json'], cwd: ws },
        cclint: { args: [cclint, 'agents', '--root', ws], cwd: ws },
        lintAgents: { args: [cli, 'lint', agents, '--format', 'json'], cwd: ws },
      },
      runs,
    ),
  );
  if (row.lint.status !== 0 && row.lint.status !== 1) throw new Error(`lint failed: ${row.lint.stderr}`);
  for (const k of ['floor', 'lint', 'cclint', 'lintAgents']) {
    delete row[k].stderr;
    log(`${k.padEnd(12)} ${row[k].ms.toFixed(0)} ms wall, ${row[k].cpuMs?.toFixed(0)} ms CPU, ${row[k].rssMb.toFixed(0)} MB`);
  }
  const sessions = [];
  for (let i = 0; i < lspRunsFor(tasks); i++) sessions.push(await benchLsp({ serverPath: server, ws, indexedMethod, tree: treeRequest() }));
  row.lsp = Object.fromEntries(
    Object.keys(sessions[0]).map((k) => [k, typeof sessions[0][k] === 'number' ? median(sessions.map((s) => s[k])) : sessions[0][k]]),
  );
  row.lsp.sessions = sessions.length;
  log(`lsp          ${JSON.stringify(row.lsp)}`);
  rows.push(row);
}

const activation = median(
  Array.from({ length: 7 }, () =>
    Number(spawnSync(process.execPath, [join(REPO, 'scripts', 'bench', 'activation.mjs'), join(dist, 'extension.js')]).stdout.toString()),
  ),
);
const bundles = Object.fromEntries(['extension.js', 'server.js', 'cli.js'].map((f) => [f, statSync(join(dist, f)).size]));

// ---- report
const f0 = (v) => (v === undefined ? 'n/a' : v.toFixed(0));
const f1 = (v) => (v === undefined ? 'n/a' : v.toFixed(1));
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const mark = (ok) => (ok ? '✓' : '✗');
const head = `| | goal | ${rows.map((r) => `${r.tasks.toLocaleString('en')} tasks (${r.files.toLocaleString('en')} files)`).join(' | ')} |`;
const sep = `|---|---|${rows.map(() => '---').join('|')}|`;
const line = (label, goal, cell) => `| ${label} | ${goal} | ${rows.map(cell).join(' | ')} |`;
const table = [
  head,
  sep,
  line('floor: read + split + yaml.parseDocument (ms)', '', (r) => f0(r.floor.ms)),
  line('CLI full lint (ms)', '', (r) => f0(r.lint.ms)),
  line('CLI full lint / floor', '≤ 2×', (r) => `${ratio(r.lint.ms, r.floor.ms)} ${mark(r.lint.ms <= 2 * r.floor.ms)}`),
  line('CLI full lint / floor, CPU time (user+sys)', '≤ 2×', (r) =>
    r.lint.cpuMs ? `${ratio(r.lint.cpuMs, r.floor.cpuMs)} ${mark(r.lint.cpuMs <= 2 * r.floor.cpuMs)}` : 'n/a',
  ),
  line('cclint agents (ms; agents it checked)', '', (r) => `${f0(r.cclint.ms)} (${r.cclintChecked})`),
  line('CLI lint .claude/agents (ms)', '', (r) => f0(r.lintAgents.ms)),
  line('CLI agents / cclint', '≤ 1×', (r) => `${ratio(r.lintAgents.ms, r.cclint.ms)} ${mark(r.lintAgents.ms <= r.cclint.ms)}`),
  line('CLI agents / cclint, CPU time', '', (r) => (r.lintAgents.cpuMs ? ratio(r.lintAgents.cpuMs, r.cclint.cpuMs) : 'n/a')),
  line('peak RSS floor (MB)', '', (r) => f0(r.floor.rssMb)),
  line('peak RSS full lint (MB)', '', (r) => f0(r.lint.rssMb)),
  line('peak RSS lint / floor', '≤ 2.5×', (r) => `${ratio(r.lint.rssMb, r.floor.rssMb)} ${mark(r.lint.rssMb <= 2.5 * r.floor.rssMb)}`),
  line('LSP first diagnostics while indexing (ms)', '≤ 300 at 50k', (r) => {
    const when = r.lsp.firstDiagnosticsDuringIndexing ? '' : ' (after index)';
    return `${f0(r.lsp.firstDiagnosticsMs)}${when} ${mark(r.lsp.firstDiagnosticsMs <= 300)}`;
  }),
  line('LSP complete index, from initialize (ms)', '', (r) => f0(r.lsp.indexMs)),
  line('LSP hover p95 while indexing (ms)', '', (r) => f1(r.lsp.hoverDuringIndexP95Ms)),
  line('LSP re-lint after 1-char edit, 30 KB agent (median ms)', '≤ 5', (r) => `${f1(r.lsp.editMedianMs)} ${mark(r.lsp.editMedianMs <= 5)}`),
  line(
    'LSP completion p95 (ms)',
    '≤ 10',
    (r) => `${f1(r.lsp.completionP95Ms)} ${mark(r.lsp.completionP95Ms <= 10)}${r.lsp.completionItems ? '' : ' (no items)'}`,
  ),
  line('LSP hover p95 (ms)', '≤ 10', (r) => `${f1(r.lsp.hoverP95Ms)} ${mark(r.lsp.hoverP95Ms <= 10)}${r.lsp.hoverAnswered ? '' : ' (no hover)'}`),
  line('LSP task summary, whole plan (median ms)', '', (r) => (r.lsp.treeSummaryMedianMs === undefined ? 'not on main' : f1(r.lsp.treeSummaryMedianMs))),
  line('LSP task tree top level, all epics (median ms)', '', (r) =>
    r.lsp.treeTopMedianMs === undefined ? 'not on main' : `${f1(r.lsp.treeTopMedianMs)} (${r.lsp.treeTopNodes} nodes)`,
  ),
  line("LSP task tree, one epic's stories (median ms)", '', (r) => f1(r.lsp.treeEpicMedianMs)),
  line('LSP server RSS after indexing (MB)', '≤ 180 at 50k', (r) => `${f0(r.lsp.rssAfterIndexMb)} ${mark(r.lsp.rssAfterIndexMb <= 180)}`),
].join('\n');
const extra = [
  `Extension bundle load with a stub \`vscode\` (median of 7, ms): ${f0(activation)}`,
  `Bundles: ${Object.entries(bundles)
    .map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} KB`)
    .join(', ')}`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; peak RSS via ${gnuTime ? 'GNU time' : 'process.resourceUsage in the child'}; ${new Date().toISOString()}`,
].join('\n');
console.log(`${table}\n\n${extra}`);

const outDir = join(REPO, 'docs', 'performance');
mkdirSync(outDir, { recursive: true });
const resultsPath = values.out ?? join(outDir, values.quick ? 'results-quick.json' : 'results.json');
writeFileSync(resultsPath, `${JSON.stringify({ date: new Date().toISOString(), rows, activation, bundles }, null, 2)}\n`);
if (!values.out) {
  const chart = writeChart(
    {
      title: 'Time against workspace size (2 cores)',
      xLabel: 'Markdown files in the workspace',
      yLabel: 'seconds (median)',
      series: [
        { label: 'floor (read+YAML)', points: rows.map((r) => [r.files, r.floor.ms / 1000]) },
        { label: 'CLI full lint', points: rows.map((r) => [r.files, r.lint.ms / 1000]) },
        ...(rows.every((r) => r.lint.cpuMs !== undefined)
          ? [{ label: 'CLI full lint, CPU', dashed: true, points: rows.map((r) => [r.files, r.lint.cpuMs / 1000]) }]
          : []),
        { label: 'LSP complete index', points: rows.map((r) => [r.files, r.lsp.indexMs / 1000]) },
        { label: '2 × floor (goal)', dashed: true, points: rows.map((r) => [r.files, (2 * r.floor.ms) / 1000]) },
      ],
    },
    join(outDir, values.quick ? 'chart-quick.png' : 'chart.png'),
    log,
  );
  log(`wrote ${resultsPath} and ${chart}`);
}
