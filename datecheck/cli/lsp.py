"""`datecheck lsp`: the language server, for editors (needs the `lsp` extra: pygls and lsprotocol).

pygls is imported here, when the command runs, never when the command line starts.
"""

from __future__ import annotations

from typing import Annotated

import typer

from . import app, fail


@app.command(name="lsp")
def lsp(
    stdio: Annotated[bool, typer.Option("--stdio", help="Talk over standard input and output (the default, and the only transport).")] = True,
) -> None:
    """Run the language server: diagnostics, quick fixes and hovers in an editor, over stdio."""
    try:
        from ..lsp.server import serve
    except ImportError as error:
        raise fail(f"the language server needs the lsp extra ({error.name} is missing): "
                   "pip install 'datecheck[lsp]'") from None
    serve()
