/**
 * The language server in a second, independent LSP client: Neovim 0.7's built-in one, headless,
 * driven by lsp-check.lua. Installs Debian's neovim when it is missing and we are root.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';

const REPO = resolve(__dirname, '..', '..', '..');
const HERE = join(REPO, 'test', 'neovim');

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_col: number;
  severity: number;
  message: string;
  code?: string;
  source?: string;
}
type Answer<T> = { result?: T; error?: string };
interface MarkupHover {
  contents: { kind?: string; value: string } | string | Array<{ value: string } | string>;
}
interface CompletionItem {
  label: string;
  documentation?: string | { value: string };
  detail?: string;
}

describe("neovim: the server in Neovim's built-in LSP client", () => {
  const got: Record<string, unknown> = {};

  before(() => {
    const provision = spawnSync(process.execPath, [join(REPO, 'scripts', 'editor', 'provision.mjs'), 'neovim'], {
      encoding: 'utf8',
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    assert.equal(provision.status, 0, 'neovim is installed or installable');
    assert.ok(existsSync(join(REPO, 'dist', 'server.js')), 'dist/server.js is built');
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(HERE, 'lsp-check.lua')}`], {
      encoding: 'utf8',
      timeout: 90_000,
      env: {
        ...process.env,
        AGENT_DOCS_NODE: process.execPath,
        AGENT_DOCS_SERVER: join(REPO, 'dist', 'server.js'),
        AGENT_DOCS_ROOT: join(HERE, 'workspace'),
        AGENT_DOCS_FILE: '.claude/agents/reviewer.md',
        AGENT_DOCS_HOVER: '2:2', // on `model`
        AGENT_DOCS_COMPLETE: '3:0', // the empty line inside the frontmatter
      },
    });
    assert.equal(r.status, 0, `nvim exited with ${r.status ?? r.signal}: ${r.stderr}\n${r.stdout}`);
    for (const line of r.stdout.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) got[line.slice(0, tab)] = JSON.parse(line.slice(tab + 1));
    }
  });

  it('shows the missing-name error on the opening fence', () => {
    const d = got['diagnostics'] as { waited: boolean; items: NvimDiagnostic[] };
    assert.ok(d, 'the script reported diagnostics');
    const missing = d.items.filter((x) => x.code === 'agent-name-missing');
    assert.equal(missing.length, 1, JSON.stringify(d.items));
    assert.deepEqual([missing[0]!.lnum, missing[0]!.col, missing[0]!.end_col, missing[0]!.severity, missing[0]!.source], [0, 0, 3, 1, 'agent-docs']);
  });

  // Needs the frontmatter hovers of the editor-features work.
  it('answers a hover on the `model` key', () => {
    const h = got['hover'] as Answer<MarkupHover | null>;
    assert.ok(h && !h.error, `hover failed: ${h?.error}`);
    assert.ok(h.result, 'a hover came back');
    const c = h.result.contents;
    const text = typeof c === 'string' ? c : Array.isArray(c) ? c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n') : c.value;
    assert.match(text, /model/i);
  });

  // Needs the frontmatter completions of the editor-features work.
  it('completes the missing frontmatter keys', () => {
    const c = got['completion'] as Answer<CompletionItem[] | { items: CompletionItem[] } | null>;
    assert.ok(c && !c.error, `completion failed: ${c?.error}`);
    const items = Array.isArray(c.result) ? c.result : (c.result?.items ?? []);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('model') === false, 'keys already present are not offered again');
    assert.ok(labels.includes('name'), `expected name among ${labels.join(', ')}`);
    assert.ok(labels.includes('tools'), `expected tools among ${labels.join(', ')}`);
  });
});
