"""`datecheck serve`: the checking page and the HTTP API (needs the `server` extra: Starlette and
uvicorn).

Starlette and uvicorn are imported here, when the command runs, never when the command line starts.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from . import app, fail

#: The environment variable the token may be given in (a --token value shows in the process list).
TOKEN_VARIABLE = "DATECHECK_SERVE_TOKEN"


@app.command(name="serve")
def serve(
    host: Annotated[str, typer.Option("--host", help="The address to listen on. Anything but a loopback "
                                      "address lets other machines reach the server (a warning is printed).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="The port to listen on (0: a free one).")] = 8000,
    allowed_host: Annotated[Optional[list[str]], typer.Option(
        "--allowed-host", help="A host name the server answers to besides its own address and localhost "
                               "(repeatable); other Host headers are refused.")] = None,
    allow_origin: Annotated[Optional[list[str]], typer.Option(
        "--allow-origin", help="A web origin (https://cms.example.org) whose pages may call the API (CORS; "
                               "repeatable; '*' for any). None by default.")] = None,
    token: Annotated[Optional[str], typer.Option(
        "--token", envvar=TOKEN_VARIABLE, show_envvar=True,
        help="Require 'Authorization: Bearer TOKEN' (or LanguageTool's apiKey field) on the API.")] = None,
    max_request_bytes: Annotated[int, typer.Option("--max-request-bytes", help="Larger requests get 413.")] = 5_000_000,
    time_limit: Annotated[float, typer.Option(
        "--time-limit", help="Seconds a request may take before it gets 503; a check still running then is "
                             "stopped (its worker process is replaced).")] = 20.0,
    workers: Annotated[int, typer.Option("--workers", help="Worker processes, so checks run at once (1 to 64).")] = 2,
    languagetool_upstream: Annotated[Optional[str], typer.Option(
        "--languagetool-upstream", metavar="URL",
        help="A LanguageTool server: /v2/check requests are sent to it too and its matches merged with "
             "datecheck's.")] = None,
) -> None:
    """Serve the checking page and the HTTP API (JSON, and LanguageTool's /v2/check) on this machine."""
    _check_ranges(port, max_request_bytes, time_limit, workers)
    try:
        from ..serve.run import ListenError, serve as run
        from ..serve.settings import ServeSettings
        from ..serve.upstream import base_url

        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as error:
        raise fail(f"the server needs the server extra ({error.name} is missing): "
                   "pip install 'datecheck[server]'") from None
    if languagetool_upstream is not None:
        try:
            base_url(languagetool_upstream)
        except ValueError as error:
            raise fail(f"--languagetool-upstream: {error}") from None
    settings = ServeSettings(
        host=host, port=port, allowed_hosts=tuple(allowed_host or ()), allow_origins=tuple(allow_origin or ()),
        token=token or None, max_request_bytes=max_request_bytes, time_limit=time_limit, workers=workers,
        upstream=languagetool_upstream,
    )
    try:
        run(settings)
    except ListenError as error:
        raise fail(str(error)) from None


def _check_ranges(port: int, max_request_bytes: int, time_limit: float, workers: int) -> None:
    if not 0 <= port <= 65535:
        raise fail(f"--port: {port} is not a port (0 to 65535)")
    if max_request_bytes < 1:
        raise fail(f"--max-request-bytes: {max_request_bytes} is not a size in bytes (1 or more)")
    if not time_limit > 0:
        raise fail(f"--time-limit: {time_limit:g} is not a number of seconds (more than 0)")
    if not 1 <= workers <= 64:
        raise fail(f"--workers: {workers} is not between 1 and 64")
