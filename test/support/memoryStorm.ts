/**
 * Run as `node --expose-gc memoryStorm.js`: indexes a workspace, lets 5,000 files appear, be linted
 * and disappear (a branch switch), and prints heap use before, at the peak and after, as JSON.
 */
import { AgentDocsService, mergeConfig } from '../../server/src/core';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const files = new Map<string, string>();
const uri = (i: number, dir: string) => `file:///ws/.claude/agents/${dir}/a${i}.md`;
const text = (i: number) =>
  `---\nname: agent-${i}\ndescription: Agent number ${i}, reviews code.\ntools: Read, Grep, Glob\n---\n# Agent ${i}\n\n${'Some body text. '.repeat(40)}\n`;
const service = new AgentDocsService({ host: { readFile: (u) => files.get(u), log: () => {} }, config: mergeConfig(), roots: ['file:///ws'] });

for (let i = 0; i < 200; i++) {
  files.set(uri(i, 'base'), text(i));
  service.indexFile(uri(i, 'base'), text(i));
}
for (let i = 0; i < 50; i++) service.lint(uri(i, 'base'));

/** The branch switch: 5,000 files appear, some are linted and opened, then all disappear. */
function branchSwitch(): number {
  for (let i = 0; i < 5000; i++) {
    files.set(uri(i, 'branch'), text(i));
    service.indexFile(uri(i, 'branch'), text(i));
  }
  for (let i = 0; i < 500; i++) service.lint(uri(i, 'branch'));
  service.openDocument(uri(1, 'branch'), 1, text(1));
  service.closeDocument(uri(1, 'branch'));
  const peak = heap();
  for (let i = 0; i < 5000; i++) {
    files.delete(uri(i, 'branch'));
    service.removeFile(uri(i, 'branch'));
  }
  return peak;
}

// A first switch warms up: compiled code and the engine's caches are not a leak. The level after
// it is the baseline; every later switch must come back to it.
branchSwitch();
const before = heap();
let peak = 0;
for (let round = 0; round < 3; round++) peak = Math.max(peak, branchSwitch());
const after = heap();
process.stdout.write(JSON.stringify({ before, peak, after, indexed: service.index.size }));
