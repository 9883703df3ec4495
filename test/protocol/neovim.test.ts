/**
 * The Lua configuration documented in docs/neovim.md, run as written (only the server path
 * replaced) in headless Neovim 0.7: a second, independent LSP client. Skipped without `nvim`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BUNDLED_SERVER, REPO_ROOT } from '../support/lspClient';
import { tempWorkspace } from '../support/tempWorkspace';

const HAS_NVIM = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

/** The first ```lua block of the doc, pointed at the bundled server. */
function documentedConfig(): string {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'neovim.md'), 'utf8');
  const block = /```lua\n([\s\S]*?)```/.exec(doc);
  assert.ok(block, 'docs/neovim.md has a Lua block');
  assert.ok(block[1]!.includes('/path/to/agent-docs/dist/server.js'), 'the block names the placeholder server path');
  return block[1]!.replace('/path/to/agent-docs/dist/server.js', BUNDLED_SERVER.replace(/\\/g, '/'));
}

// Each step prints `key=<json>` on stdout; headless `print` does not reach it.
const DRIVER = String.raw`
local function emit(k, v) io.stdout:write(k .. '=' .. vim.fn.json_encode(v) .. '\n') end
local function diags(buf)
  return vim.tbl_map(function(d) return { d.lnum, d.col, d.end_lnum, d.end_col, d.severity, d.code } end, vim.diagnostic.get(buf))
end
local function has(buf, code, severity)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == code and (severity == nil or d.severity == severity) then return true end
  end
  return false
end

vim.cmd('edit .claude/agents/broken.md')
local broken = vim.api.nvim_get_current_buf()
vim.wait(10000, function() return has(broken, 'yaml-syntax') end, 10)
emit('diagnostics', diags(broken))
local uri = vim.uri_from_bufnr(broken)
local hover = vim.lsp.buf_request_sync(broken, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 1, character = 1 } }, 5000)
for _, r in pairs(hover or {}) do emit('hover', r.result and r.result.contents.value) end
local completion = vim.lsp.buf_request_sync(broken, 'textDocument/completion', { textDocument = { uri = uri }, position = { line = 1, character = 0 } }, 5000)
for _, r in pairs(completion or {}) do emit('completion', vim.tbl_map(function(i) return i.label end, r.result or {})) end

vim.cmd('edit .claude/agents/unnamed.md')
local unnamed = vim.api.nvim_get_current_buf()
vim.wait(10000, function() return has(unnamed, 'agent-name-missing') end, 10)
local line_diags = vim.lsp.diagnostic.get_line_diagnostics(unnamed, 0)
local params = { textDocument = { uri = vim.uri_from_bufnr(unnamed) }, range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 3 } }, context = { diagnostics = line_diags, only = { 'quickfix' } } }
local actions = vim.lsp.buf_request_sync(unnamed, 'textDocument/codeAction', params, 5000)
for _, r in pairs(actions or {}) do
  for _, a in ipairs(r.result or {}) do
    emit('action', a.title)
    if a.edit then vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16') end
  end
end
emit('fixed', vim.api.nvim_buf_get_lines(unnamed, 0, 3, false))
emit('fix-cleared', vim.wait(10000, function() return not has(unnamed, 'agent-name-missing') end, 10))

vim.cmd('edit agent-docs.config.json')
vim.api.nvim_buf_set_lines(0, 0, -1, false, { '{ "rules": { "yaml-syntax": "warning" } }' })
vim.cmd('write')
emit('config-relinted', vim.wait(10000, function() return has(broken, 'yaml-syntax', vim.diagnostic.severity.WARN) end, 10))
vim.cmd('qa!')
`;

describe('protocol: Neovim with the documented configuration', () => {
  const ws = tempWorkspace({
    // CRLF line endings: Claude Code's fallback quoting does not apply, so the YAML error stands.
    '.claude/agents/broken.md': '---\r\nname: broken\r\ndescription: @mention starts a value\r\n---\r\nBody\r\n',
    '.claude/agents/unnamed.md': '---\ndescription: Reviews code\nmodel: sonnet\n---\nBody\n',
  });
  after(() => ws.dispose());

  it('gets diagnostics, hover, completion, a quick fix and a config reload', { skip: HAS_NVIM ? false : 'nvim is not installed' }, () => {
    writeFileSync(join(ws.root, 'init.lua'), documentedConfig());
    writeFileSync(join(ws.root, 'drive.lua'), DRIVER);
    const run = spawnSync('nvim', ['--headless', '-u', 'init.lua', '-i', 'NONE', '-n', '-c', 'luafile drive.lua'], {
      cwd: ws.root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(run.status, 0, `nvim failed: ${run.stderr}`);
    const out = new Map<string, unknown[]>();
    for (const line of run.stdout.split('\n')) {
      const m = /^([\w-]+)=(.*)$/.exec(line);
      if (m) out.set(m[1]!, [...(out.get(m[1]!) ?? []), JSON.parse(m[2]!)]);
    }
    const one = (key: string) => {
      assert.ok(out.has(key), `nvim reported ${key}; stdout:\n${run.stdout}`);
      return out.get(key)![0];
    };
    assert.ok((one('diagnostics') as unknown[][]).some((d) => JSON.stringify(d) === JSON.stringify([2, 13, 2, 36, 1, 'yaml-syntax'])));
    assert.match(String(one('hover')), /`name` \(required\)/);
    assert.ok((one('completion') as string[]).includes('model'));
    assert.ok(out.get('action')?.includes('Add `name: unnamed`'));
    assert.deepEqual(one('fixed'), ['---', 'name: unnamed', 'description: Reviews code']);
    assert.equal(one('fix-cleared'), true);
    assert.equal(one('config-relinted'), true);
  });
});
