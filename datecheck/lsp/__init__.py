"""The language server (`datecheck lsp`): diagnostics, quick fixes and hovers in an editor.

An adapter over the engine: it converts positions and formats and transports, and decides nothing
about dates. Only `server.py` imports pygls, and only the `lsp` command imports `server.py`, so the
command line starts as fast without it.

    buffers.py      the open documents, kept up to date from the editor's changes
    analysis.py     checking one buffer with its settings; why a buffer was not checked
    settings.py     the nearest config file with the editor's settings on top
    diagnostics.py  findings -> LSP diagnostics
    actions.py      quick fixes, "suppress on this line", "fix all safe"
    hover.py        what a date resolves to and how it was read; a rule's documentation
    rule_docs.py    a rule's documentation as Markdown (hovers, docs/rules.md)
    server.py       the pygls server: handlers, debouncing, publishing
"""
