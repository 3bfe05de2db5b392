-- presslint in Neovim 0.7 (headless): the built server over stdio through Neovim's own LSP client
-- (vim.lsp.start_client + buf_attach_client; 0.7 has no vim.lsp.start). Writes one JSON object per
-- line to $OUT; test/e2e/nvim/check.mjs asserts them. Run by test/e2e/run.sh under `timeout`:
--   SERVER=dist/server.js FILE=draft.txt OUT=out.jsonl nvim --headless --clean -c 'luafile probe.lua' -c 'cquit 3'
local out = assert(io.open(assert(os.getenv('OUT'), 'set OUT'), 'w'))
local function emit(kind, data)
  data = data or {}
  data.kind = kind
  out:write(vim.fn.json_encode(data) .. '\n')
  out:flush()
end

local ENCODING = 'utf-16' -- what the server speaks (the draft has an en dash: bytes and UTF-16 differ)

local ok, err = pcall(function()
  local file = assert(os.getenv('FILE'), 'set FILE')
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'presslint',
    cmd = { 'node', assert(os.getenv('SERVER'), 'set SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    -- Neovim's languageId for .txt is its filetype 'text'; the server's default presslint.languages
    -- are VS Code's ids (plaintext, markdown, press-release), so name Neovim's here.
    settings = { presslint = { languages = { 'text', 'markdown' } } },
    -- Neovim 0.7 answers workspace/configuration but does not announce it, so the server waits for
    -- pushed settings: send them on init, as Neovim's docs for start_client advise.
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  assert(client_id, 'start_client returned nil')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'text'
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')
  local uri = vim.uri_from_bufnr(bufnr)
  local function line(n) return vim.api.nvim_buf_get_lines(bufnr, n, n + 1, false)[1] end

  local function diagnostics()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      table.insert(list, {
        lnum = d.lnum, col = d.col, end_col = d.end_col, message = d.message, source = d.source,
        code = d.code, text = string.sub(line(d.lnum) or '', d.col + 1, d.end_col), d = d,
      })
    end
    table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
    return list
  end
  local function emit_diagnostics(kind)
    local list = diagnostics()
    local plain = {}
    for _, d in ipairs(list) do
      table.insert(plain, { lnum = d.lnum, col = d.col, end_col = d.end_col, message = d.message, source = d.source, code = d.code, text = d.text })
    end
    emit(kind, { count = #list, diagnostics = plain })
    return list
  end
  -- The LSP diagnostic back from Neovim's (byte-based) one, with the data the server's fixes need.
  local function to_lsp(d)
    local lsp = d.d.user_data and d.d.user_data.lsp or {}
    local start_char = vim.str_utfindex(line(d.lnum), d.col)
    local end_char = vim.str_utfindex(line(d.lnum), d.end_col)
    return {
      range = { start = { line = d.lnum, character = start_char }, ['end'] = { line = d.lnum, character = end_char } },
      severity = d.d.severity, message = d.message, source = d.source, code = d.code, data = lsp.data,
    }
  end
  local function request(method, params)
    local res, e = vim.lsp.buf_request_sync(bufnr, method, params, 10000)
    assert(res, method .. ': ' .. tostring(e))
    local r = res[client_id]
    assert(r and not r.err, method .. ' failed: ' .. vim.inspect(r and r.err))
    return r.result
  end

  -- 1. diagnostics
  local got = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) >= 4 end, 50)
  emit('attached', { waited = got })
  local list = emit_diagnostics('diagnostics')

  -- 2. hover on the correctly written "Kunio Mikuriya" (line 11)
  local row, hover_line
  for i = 0, vim.api.nvim_buf_line_count(bufnr) - 1 do
    if string.find(line(i), 'Kunio Mikuriya, thanked', 1, true) then row, hover_line = i, line(i) end
  end
  assert(row, 'no hover target line')
  local hover_col = vim.str_utfindex(hover_line, string.find(hover_line, 'Mikuriya', 1, true) + 2)
  local hover = request('textDocument/hover', { textDocument = { uri = uri }, position = { line = row, character = hover_col } })
  local contents = hover and hover.contents
  emit('hover', { text = type(contents) == 'table' and (contents.value or vim.inspect(contents)) or tostring(contents) })

  -- 3. a quick fix for 'Mikurya', applied as a workspace edit
  local target
  for _, d in ipairs(list) do if d.text == 'Mikurya' then target = d end end
  assert(target, "no diagnostic on 'Mikurya'")
  local lspdiag = to_lsp(target)
  local actions = request('textDocument/codeAction', {
    textDocument = { uri = uri }, range = lspdiag.range,
    context = { diagnostics = { lspdiag }, only = { 'quickfix' } },
  }) or {}
  local titles, chosen = {}, nil
  for _, a in ipairs(actions) do
    table.insert(titles, a.title)
    if a.isPreferred and not chosen then chosen = a end
  end
  assert(chosen and chosen.edit, 'no preferred quick fix with an edit')
  vim.lsp.util.apply_workspace_edit(chosen.edit, ENCODING)
  vim.wait(10000, function() return #vim.diagnostic.get(bufnr) == #list - 1 end, 50)
  emit('codeAction', { titles = titles, applied = chosen.title, line = line(target.lnum), after = #vim.diagnostic.get(bufnr) })

  -- 4. completion after a title
  local last = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, { 'Secretary General ' })
  local pos = { line = last, character = #'Secretary General ' }
  local completion = request('textDocument/completion', {
    textDocument = { uri = uri }, position = pos, context = { triggerKind = 2, triggerCharacter = ' ' },
  })
  local items = completion and (completion.items or completion) or {}
  local labels, pick = {}, nil
  for _, item in ipairs(items) do
    table.insert(labels, item.label)
    if item.label == 'Kunio Mikuriya' then pick = item end
  end
  if pick then
    if pick.textEdit then
      vim.lsp.util.apply_text_edits({ pick.textEdit }, bufnr, ENCODING)
    else
      vim.api.nvim_buf_set_text(bufnr, pos.line, pos.character, pos.line, pos.character, { pick.insertText or pick.label })
    end
  end
  emit('completion', { labels = labels, line = line(last) })

  -- 5. fix all (source action)
  local fixes = request('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {}, only = { 'source.fixAll.presslint' } },
  }) or {}
  local fix_all
  for _, a in ipairs(fixes) do if a.kind == 'source.fixAll.presslint' then fix_all = a end end
  if fix_all and fix_all.edit then vim.lsp.util.apply_workspace_edit(fix_all.edit, ENCODING) end
  vim.wait(10000, function() return #vim.diagnostic.get(bufnr) == 0 end, 50)
  emit('fixAll', { title = fix_all and fix_all.title, text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n'), after = #vim.diagnostic.get(bufnr) })

  -- 6. shutdown
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return exited ~= nil end, 50)
  emit('exit', { exited = exited })
end)
if not ok then emit('error', { message = tostring(err) }) end
out:close()
vim.cmd(ok and 'qall!' or 'cquit! 1')
