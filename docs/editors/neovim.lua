-- datecheck in Neovim: put this in init.lua (or a file under plugin/).

-- Neovim 0.11 and later: the built-in client.
vim.lsp.config("datecheck", {
  cmd = { "datecheck", "lsp" },
  filetypes = { "markdown", "text", "html" },
  root_markers = { "datecheck.toml", ".datecheck.toml", "pyproject.toml", ".git" },
  init_options = { datecheck = { country = "US", ["date-order"] = "MDY" } },
})
vim.lsp.enable("datecheck")

-- Neovim 0.10 (or with nvim-lspconfig installed but no datecheck entry in it): start the client
-- for each buffer of those file types.
-- vim.api.nvim_create_autocmd("FileType", {
--   pattern = { "markdown", "text", "html" },
--   callback = function(args)
--     vim.lsp.start({
--       name = "datecheck",
--       cmd = { "datecheck", "lsp" },
--       root_dir = vim.fs.root(args.buf, { "datecheck.toml", ".datecheck.toml", "pyproject.toml", ".git" }),
--       init_options = { datecheck = { country = "US" } },
--     })
--   end,
-- })
