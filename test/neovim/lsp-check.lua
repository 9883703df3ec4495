-- Drives dist/server.js from Neovim 0.7's built-in LSP client (a second, independent client) and
-- writes what it got as one JSON object per line on stdout: `<what>\t<json>`.
-- Environment: AGENT_DOCS_SERVER (server script), AGENT_DOCS_ROOT (workspace), AGENT_DOCS_FILE
-- (workspace-relative file), AGENT_DOCS_HOVER and AGENT_DOCS_COMPLETE ("line:character", 0-based).
local out = io.stdout
local function emit(what, value)
  local ok, text = pcall(vim.fn.json_encode, value)
  out:write(what .. '\t' .. (ok and text or vim.fn.json_encode({ error = tostring(text) })) .. '\n')
end
local function position(spec)
  local line, character = spec:match('^(%d+):(%d+)$')
  return { line = tonumber(line), character = tonumber(character) }
end

local root = os.getenv('AGENT_DOCS_ROOT')
local client_id = vim.lsp.start_client({
  name = 'agent-docs',
  cmd = { os.getenv('AGENT_DOCS_NODE') or 'node', os.getenv('AGENT_DOCS_SERVER'), '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
})
if not client_id then
  out:write('error\t"start_client failed"\n')
  vim.cmd('cquit 1')
end

vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. os.getenv('AGENT_DOCS_FILE')))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'markdown' -- -u NONE runs no filetype detection
vim.lsp.buf_attach_client(bufnr, client_id)

local got = vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(diagnostics, { lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity, message = d.message, code = d.code, source = d.source })
end
emit('diagnostics', { waited = got, items = diagnostics })

local uri = vim.uri_from_bufnr(bufnr)
local function request(method, spec)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, { textDocument = { uri = uri }, position = position(spec) }, 15000)
  if not responses then return { error = tostring(err) } end
  local r = responses[client_id]
  if not r then return { error = 'no response from agent-docs' } end
  if r.err then return { error = r.err.message or tostring(r.err) } end
  return { result = r.result }
end
emit('hover', request('textDocument/hover', os.getenv('AGENT_DOCS_HOVER')))
emit('completion', request('textDocument/completion', os.getenv('AGENT_DOCS_COMPLETE')))

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
vim.cmd('qa!')
