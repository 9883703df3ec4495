// Times the language server over stdio on one workspace: first diagnostics of an agent opened while
// the workspace is still being indexed, time to a complete index, re-lint after one-character edits
// of a ~30 KB agent, completion and hover latency, the task tree request, memory after indexing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient.mjs';
import { median, percentile } from './measure.mjs';

/** The agent whose size is closest to 30 KB among those with frontmatter and a `tools:` line. */
export function pickAgent(ws) {
  const dir = join(ws, '.claude', 'agents');
  let best;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const size = statSync(path).size;
    if (best && Math.abs(size - 30_000) >= Math.abs(best.size - 30_000)) continue;
    const text = readFileSync(path, 'utf8');
    if (text.startsWith('---\n') && /^tools: /m.test(text)) best = { path, size, text };
  }
  return best;
}

function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The server's resident memory (Linux /proc), in MB. */
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
}

/**
 * One server session on `ws`. `indexedMethod` is the notification that ends indexing, `tree` the
 * task tree's request methods when the server has them; `edits`/`queries` how many samples to take.
 */
export async function benchLsp({ serverPath, ws, indexedMethod, edits = 40, queries = 60, tree }) {
  const agent = pickAgent(ws);
  const uri = pathToFileURL(agent.path).href;
  const rootUri = pathToFileURL(ws).href;
  const client = new LspClient(serverPath, { cwd: ws });
  const result = { agentBytes: agent.size };

  let indexedAt;
  let indexedParams;
  const indexed = client.waitFor(indexedMethod).then(([params, at]) => {
    indexedParams = params;
    indexedAt = at;
  });
  const firstDiagnostics = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);

  const t0 = performance.now();
  await client.request('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'ws' }],
    // Watches files like VS Code (a client that cannot makes the server list folders afresh for every lint).
    capabilities: {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { versionSupport: true }, hover: {}, completion: {} },
    },
  });
  client.notify('initialized', {});
  let version = 1;
  let text = agent.text;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  const [diag, diagAt] = await firstDiagnostics;
  result.firstDiagnosticsMs = diagAt - t0;
  result.firstDiagnosticsDuringIndexing = indexedAt === undefined;
  result.firstDiagnosticsCount = diag.diagnostics.length;
  // Hovers while the rest of the workspace is indexed: how long a request waits for a batch.
  const duringIndex = [];
  const hoverWhileIndexing = { textDocument: { uri }, position: positionAt(text, text.indexOf('\ntools: ') + 3) };
  while (indexedAt === undefined) {
    const s = performance.now();
    await client.request('textDocument/hover', hoverWhileIndexing);
    if (indexedAt === undefined) duringIndex.push(performance.now() - s);
    await new Promise((r) => setTimeout(r, 25)); // a user's pace, not a flood that slows indexing
  }
  result.hoverDuringIndexP95Ms = duringIndex.length ? percentile(duringIndex, 95) : undefined;
  result.hoverDuringIndexSamples = duringIndex.length;
  await indexed;
  result.indexMs = indexedAt - t0;
  result.serverIndexMs = indexedParams.ms;
  result.listMs = indexedParams.listMs;
  result.indexedFiles = indexedParams.files;
  // Let the re-lint that follows indexing and any collection settle before measuring memory.
  await new Promise((r) => setTimeout(r, 500));
  result.rssAfterIndexMb = rssMb(client.pid);

  // One-character edits in the body, alternating insert and delete so the text stays the same size.
  const at = text.indexOf('\n#') + 1 || text.length >> 1;
  const editTimes = [];
  for (let i = 0; i < edits; i++) {
    const insert = i % 2 === 0;
    const pos = positionAt(text, at);
    const change = insert ? { range: { start: pos, end: pos }, text: 'x' } : { range: { start: pos, end: positionAt(text, at + 1) }, text: '' };
    text = insert ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    version++;
    const v = version;
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === v);
    const s = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    const [, when] = await published;
    editTimes.push(when - s);
  }
  result.editMedianMs = median(editTimes);
  result.editP95Ms = percentile(editTimes, 95);

  // Completion at the start of the tools value, hover on the `tools` key.
  const toolsLine = text.indexOf('\ntools: ') + 1;
  const completionAt = positionAt(text, toolsLine + 'tools: '.length);
  const hoverAt = positionAt(text, toolsLine + 2);
  const timeRequests = async (method, params, n = queries) => {
    const times = [];
    let answer;
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      answer = await client.request(method, params);
      times.push(performance.now() - s);
    }
    return { p95: percentile(times, 95), median: median(times), answer };
  };
  const completion = await timeRequests('textDocument/completion', { textDocument: { uri }, position: completionAt });
  result.completionP95Ms = completion.p95;
  result.completionItems = Array.isArray(completion.answer) ? completion.answer.length : (completion.answer?.items?.length ?? 0);
  const hover = await timeRequests('textDocument/hover', { textDocument: { uri }, position: hoverAt });
  result.hoverP95Ms = hover.p95;
  result.hoverAnswered = hover.answer != null;

  if (tree) {
    // The whole plan: the summary (every task's progress) and the top level (every epic, with
    // progress and problem counts of everything below it), then one epic's stories.
    const params = { filter: 'all', sort: 'id' };
    const summary = await timeRequests(tree.summary, {});
    result.treeSummaryMedianMs = summary.median;
    result.treeTasks = summary.answer?.tasks;
    const top = await timeRequests(tree.children, params);
    result.treeTopMedianMs = top.median;
    result.treeTopNodes = top.answer?.length;
    const epic = top.answer?.find((n) => n.hasChildren);
    if (epic) {
      const parent = { id: epic.id, level: epic.level, folder: epic.folder, ...(epic.uri ? { uri: epic.uri } : {}) };
      result.treeEpicMedianMs = (await timeRequests(tree.children, { ...params, parent })).median;
    }
  }
  await client.shutdown();
  return result;
}
