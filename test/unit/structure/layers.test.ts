/**
 * The layers, held by a test rather than by habit. Imports point down only:
 *   client/          → server/src/protocol.ts only (the client has no parser of its own)
 *   client/webview/  → the drawing (server/src/render/) and the view's messages (client/src/flow/messages.ts)
 *                      only: it runs in a browser, so no editor package and no Node built-in either
 *   render/          → nothing but itself and its layout library: the flow drawing the CLI and the
 *                      Flow view share, fed plain graphs
 *   lsp/, cli/, host/ → the core's facade `core/index.ts`, never a core module behind it (cli/ may
 *                      also draw with render/)
 *   core/            → nothing above it (lsp, cli, host, client, protocol), no editor or LSP package
 *                      and no Node built-in (hosts do the file access)
 *   core/workspace/  → not core/rules/ (rules read the index; the index knows no rule)
 * and no module needs itself at run time through a chain of imports (a cycle).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const REPO = join(__dirname, '../../../..');
const OUT = join(REPO, 'out');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Repository-relative path with forward slashes. */
const rel = (p: string) => relative(REPO, p).split('\\').join('/');

/** Every module specifier a TypeScript file names: imports, re-exports, `import()`, `require()`. */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, base, join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

type Layer = 'core' | 'lsp' | 'cli' | 'host' | 'protocol' | 'server' | 'client' | 'webview' | 'render';

function layerOf(path: string): Layer | undefined {
  const r = rel(path);
  if (r.startsWith('client/src/')) return 'client';
  if (r.startsWith('client/webview/')) return 'webview';
  if (r.startsWith('server/src/render/')) return 'render';
  if (r === 'server/src/protocol.ts') return 'protocol';
  if (r === 'server/src/server.ts') return 'server';
  const m = /^server\/src\/(core|lsp|cli|host)\//.exec(r);
  return m ? (m[1] as Layer) : undefined;
}

const FACADE = 'server/src/core/index.ts';
const FLOW_MESSAGES = 'client/src/flow/messages.ts';
/** Packages that tie code to an editor or to LSP: never in the core. */
const EDITOR_PACKAGES = /^(vscode$|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)/;

/** Why an import from `from` to `to` (a file, or a package name) breaks the layers, if it does. */
export function layerProblem(from: string, to: string | { pkg: string }): string | undefined {
  const layer = layerOf(from);
  if (!layer) return undefined;
  if (typeof to !== 'string') {
    const pure = layer === 'core' || layer === 'render' || layer === 'webview';
    if (pure && EDITOR_PACKAGES.test(to.pkg)) return `${layer === 'core' ? 'the core' : `${layer}/`} imports the editor/LSP package ${to.pkg}`;
    if (pure && (to.pkg.startsWith('node:') || NODE_BUILTINS.has(to.pkg)))
      return `${layer === 'core' ? 'the core' : `${layer}/`} imports the Node built-in ${to.pkg}; ${layer === 'core' ? 'file access belongs to the host' : 'it runs in a browser too'}`;
    return undefined;
  }
  const target = layerOf(to);
  const r = rel(to);
  switch (layer) {
    case 'render':
      return target === 'render' ? undefined : `render/ imports ${r}: the drawing reads plain graphs, nothing else`;
    case 'webview':
      return target === 'webview' || target === 'render' || r === FLOW_MESSAGES
        ? undefined
        : `the webview imports ${r}; it may share only the drawing and ${FLOW_MESSAGES}`;
    case 'core':
      if (target !== 'core') return `the core imports ${r}, a layer above it`;
      if (rel(from).startsWith('server/src/core/workspace/') && r.startsWith('server/src/core/rules/'))
        return `core/workspace/ imports ${r}: the index knows no rule`;
      return undefined;
    case 'lsp':
    case 'cli':
    case 'host':
      if (target === 'core' && r !== FACADE) return `${layer}/ reaches past the facade into ${r}; export it from core/index.ts`;
      if (target === 'render' && layer !== 'cli') return `${layer}/ imports the drawing ${r}`;
      if (target === 'webview') return `${layer}/ imports the webview's ${r}`;
      if (target === 'client') return `${layer}/ imports the client's ${r}`;
      if (layer === 'host' && (target === 'lsp' || target === 'cli')) return `host/ imports ${r}, a layer above it`;
      return undefined;
    case 'client':
      return target === 'protocol' || target === 'client' ? undefined : `the client imports ${r}; it may share only server/src/protocol.ts`;
    case 'protocol':
      return target === 'render' || target === 'webview' || target === 'client' ? `protocol.ts imports ${r}` : undefined;
    default:
      return undefined;
  }
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'stream', 'events', 'perf_hooks', 'worker_threads', 'v8']);

function layerProblems(files: readonly string[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const to = spec.startsWith('.') ? resolveRelative(file, spec) : { pkg: spec };
      if (!to) continue;
      const problem = layerProblem(file, to);
      if (problem) problems.push(`${rel(file)}: ${problem}`);
    }
  }
  return problems;
}

/**
 * Runtime import cycles, read from the compiled JavaScript: TypeScript drops imports used only as
 * types, so `require` calls are exactly the runtime edges. Only outputs of current sources count
 * (a moved source leaves its old output behind until `out/` is cleaned).
 */
function runtimeEdges(sources: readonly string[]): Map<string, string[]> {
  const outOf = (src: string) => {
    const r = rel(src);
    return join(OUT, r.startsWith('client/webview/') ? `webview/${r}` : r.startsWith('client/') ? `client/${r}` : r).replace(/\.ts$/, '.js');
  };
  const byOut = new Map(sources.map((s) => [outOf(s), s]));
  const edges = new Map<string, string[]>();
  for (const [out, src] of byOut) {
    const text = existsSync(out) ? readFileSync(out, 'utf8') : '';
    const deps: string[] = [];
    for (const m of text.matchAll(/\brequire\("(\.[^"]+)"\)/g)) {
      const base = resolve(dirname(out), m[1]!);
      const hit = [`${base}.js`, base, join(base, 'index.js')].find((c) => byOut.has(c));
      if (hit) deps.push(byOut.get(hit)!);
    }
    edges.set(rel(src), deps.map(rel));
  }
  return edges;
}

/** Tarjan's strongly connected components: each component of more than one module is a cycle. */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || edges.get(v)!.includes(v)) cycles.push(component.sort());
  };
  for (const s of edges.keys()) if (!index.has(s)) visit(s);
  return cycles;
}

const SOURCES = [...tsFiles(join(REPO, 'server/src')), ...tsFiles(join(REPO, 'client/src')), ...tsFiles(join(REPO, 'client/webview'))];

describe('layers', () => {
  it('imports point down only: core ← lsp/cli/host (through the facade) ← client (protocol only)', () => {
    assert.deepEqual(layerProblems(SOURCES), []);
  });

  it('no module imports itself at run time through a chain of imports', () => {
    assert.deepEqual(findCycles(runtimeEdges(SOURCES)), []);
  });

  it('the checks see what they guard (each broken once on purpose)', () => {
    const at = (p: string) => join(REPO, p);
    assert.match(layerProblem(at('server/src/core/rules/run.ts'), at('server/src/lsp/session.ts'))!, /layer above/);
    assert.match(layerProblem(at('server/src/core/workspace/definitions.ts'), at('server/src/core/rules/registry.ts'))!, /knows no rule/);
    assert.match(layerProblem(at('server/src/lsp/agentView.ts'), at('server/src/core/returnCodes/routing.ts'))!, /past the facade/);
    assert.match(layerProblem(at('server/src/cli/main.ts'), at('server/src/core/service.ts'))!, /past the facade/);
    assert.match(layerProblem(at('client/src/extension.ts'), at('server/src/core/index.ts'))!, /only server\/src\/protocol.ts/);
    assert.match(layerProblem(at('server/src/core/service.ts'), { pkg: 'vscode-languageserver/node' })!, /editor\/LSP package/);
    assert.match(layerProblem(at('server/src/core/service.ts'), { pkg: 'node:fs' })!, /Node built-in/);
    assert.equal(layerProblem(at('server/src/lsp/agentView.ts'), at(FACADE)), undefined);
    assert.match(layerProblem(at('client/webview/flow/main.ts'), at('server/src/core/index.ts'))!, /only the drawing/);
    assert.match(layerProblem(at('client/webview/flow/main.ts'), { pkg: 'vscode' })!, /editor\/LSP package/);
    assert.match(layerProblem(at('server/src/render/flow/layout.ts'), at('server/src/core/index.ts'))!, /plain graphs/);
    assert.match(layerProblem(at('server/src/render/flow/svg.ts'), { pkg: 'node:fs' })!, /Node built-in/);
    assert.match(layerProblem(at('server/src/lsp/flowView.ts'), at('server/src/render/flow/svg.ts'))!, /imports the drawing/);
    assert.equal(layerProblem(at('server/src/cli/graph/graphCommand.ts'), at('server/src/render/flow/svg.ts')), undefined);
    assert.equal(layerProblem(at('client/webview/flow/main.ts'), at(FLOW_MESSAGES)), undefined);
    const cyclic = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    assert.deepEqual(findCycles(cyclic), [['a', 'b', 'c'], ['e']]);
    assert.deepEqual(specifiers("import type { A } from './a';\nexport { b } from \"../b\";\nconst c = require('./c');\n// import x from './commented';\n"), [
      './a',
      '../b',
      './c',
    ]);
  });
});
