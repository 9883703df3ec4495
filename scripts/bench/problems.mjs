// Workspace problems (pull diagnostics) on a large workspace: `node scripts/bench/problems.mjs WS`.
// Starts dist/server.js as VS Code would use it (pull diagnostics, one held workspace/diagnostic
// request with a partial-result token), and prints: indexing time, time until the first problems
// and until every file was checked, reports and diagnostics streamed, the server's memory; then how
// many files are linted again, and how many reports sent, after a ticked checklist item in a task
// file, a body edit in an open agent, and a new file. The server's own log line ("workspace
// problems: N files looked at, M linted, K reports sent") gives the counts.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient.mjs';

const ws = resolve(process.argv[2] ?? '');
if (!process.argv[2]) {
  console.error('usage: node scripts/bench/problems.mjs WORKSPACE (e.g. one built by shared/bench/make-workspace.sh)');
  process.exit(2);
}
const server = resolve(new URL('../../dist/server.js', import.meta.url).pathname);
const uri = (p) => pathToFileURL(join(ws, p)).href;
const rssMb = (pid) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

const client = new LspClient(server, { cwd: ws });
const sweeps = [];
const sweepWaiters = [];
client.on('window/logMessage', ({ message }) => {
  const m = /workspace problems: (\d+) files looked at, (\d+) linted, (\d+) reports sent in (\d+) ms/.exec(message);
  if (!m) return;
  const sweep = { looked: Number(m[1]), linted: Number(m[2]), sent: Number(m[3]), ms: Number(m[4]), at: performance.now() };
  sweeps.push(sweep);
  for (const w of sweepWaiters.splice(0)) w(sweep);
});
const nextSweep = () => new Promise((r) => sweepWaiters.push(r));
let reports = 0;
let diagnostics = 0;
let firstReportAt;
client.on('$/progress', ({ token, value }) => {
  if (token !== 'bench-pull') return;
  firstReportAt ??= performance.now();
  reports += value.items.length;
  for (const r of value.items) diagnostics += r.kind === 'full' ? r.items.length : 0;
});

const t0 = performance.now();
await client.request('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(ws).href,
  workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }],
  capabilities: {
    workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
    textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
    window: { workDoneProgress: true },
  },
});
client.notify('initialized', {});
const first = nextSweep();
void client.request('workspace/diagnostic', { previousResultIds: [], partialResultToken: 'bench-pull' });
const [indexed] = await client.waitFor('agentDocs/indexed');
const tIndexed = performance.now();
const initial = await first;
const row = (label, value) => console.log(`| ${label} | ${value} |`);
console.log(`\nWorkspace problems on ${ws} (${indexed.files} indexed documents)\n`);
console.log('| | |\n|---|---|');
row('index complete, from initialize (ms)', Math.round(tIndexed - t0));
row('first problems after the index (ms)', firstReportAt ? Math.round(firstReportAt - tIndexed) : 'none');
row('every file checked, after the index (ms)', Math.round(initial.at - tIndexed));
row('files linted / reports streamed / diagnostics', `${initial.linted} / ${reports} / ${diagnostics}`);
row('server RSS after the first sweep (MB)', rssMb(client.pid));

// A ticked checklist item in one task file, changed on disk.
const taskDir = join(ws, 'docs', 'DEVELOPMENT_PLAN_AND_PROGRESS');
const task = readdirSync(taskDir).find((f) => /^\d{4}\.\d{2}\.\d{2} /.test(f) && readFileSync(join(taskDir, f), 'utf8').includes('- [ ]'));
if (task) {
  const path = join(taskDir, task);
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace('- [ ]', '- [x]'));
  const tick = nextSweep();
  const t = performance.now();
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).href, type: 2 }] });
  const s = await tick;
  row('a checklist item ticked in a task file: linted / sent / ms', `${s.linted} / ${s.sent} / ${Math.round(s.at - t)}`);
  writeFileSync(path, text);
}

// A body edit in an open agent that declares return codes (or any agent).
const agentsDir = join(ws, '.claude', 'agents');
const agents = readdirSync(agentsDir);
const agent = agents.find((f) => readFileSync(join(agentsDir, f), 'utf8').includes('RETURN CODES')) ?? agents[0];
if (agent) {
  const u = uri(join('.claude', 'agents', agent));
  const text = readFileSync(join(agentsDir, agent), 'utf8');
  client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text } });
  await nextSweep().catch(() => undefined);
  const edit = nextSweep();
  const t = performance.now();
  client.notify('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: text.replace(/\n\n/, '\n\nA new line.\n\n') }] });
  const s = await edit;
  row(`a line added to an open agent (${agent.slice(0, 40)}): linted / sent / ms`, `${s.linted} / ${s.sent} / ${Math.round(s.at - t)}`);
}

// A new Markdown file.
const created = join(ws, 'NOTES-bench.md');
writeFileSync(created, '# Notes\n\nSee Task [9999.01.01].\n');
const add = nextSweep();
const t = performance.now();
client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(created).href, type: 1 }] });
const s = await add;
row('a new Markdown file: linted / sent / ms', `${s.linted} / ${s.sent} / ${Math.round(s.at - t)}`);
rmSync(created);
row('server RSS at the end (MB)', rssMb(client.pid));

client.child.kill();
process.exit(0);
