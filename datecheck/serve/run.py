"""Listening: the socket, uvicorn, and what the server says when it starts."""

from __future__ import annotations

import socket
import sys

from .settings import ServeSettings, is_loopback, is_wildcard


class ListenError(OSError):
    """The address cannot be listened on; the message says why, in one line."""


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port (port 0: a free one), ready for uvicorn."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as error:
        raise ListenError(f"cannot listen on {host!r}: {error.strerror}") from None
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as error:
        sock.close()
        raise ListenError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    sock.set_inheritable(True)
    return sock


def url(host: str, port: int) -> str:
    shown = "127.0.0.1" if is_wildcard(host) else host
    return f"http://[{shown.strip('[]')}]:{port}/" if ":" in shown else f"http://{shown}:{port}/"


def notices(settings: ServeSettings) -> list[str]:
    """What the operator should know before the server answers anyone."""
    lines = []
    if not is_loopback(settings.host):
        lines.append(f"warning: listening on {settings.host}: other machines can reach this server"
                     + ("" if settings.token else "; anyone who can reach it can use it (set a token: --token "
                        "or DATECHECK_SERVE_TOKEN)"))
        if is_wildcard(settings.host) and not settings.allowed_hosts:
            lines.append("warning: requests are answered only when their Host is a loopback name; add the names "
                         "people use to reach this machine with --allowed-host NAME")
    if settings.allow_origins:
        lines.append(f"pages from {', '.join(settings.allow_origins)} may call this server (CORS)")
    if settings.upstream:
        lines.append(f"LanguageTool requests are also sent to {settings.upstream}")
    return lines


def serve(settings: ServeSettings) -> None:
    """Listen and answer until stopped (Ctrl-C). Raises ListenError."""
    import uvicorn

    from .app import create_app

    sock = listen(settings.host, settings.port)
    port = sock.getsockname()[1]
    app = create_app(settings)
    app.app.state.runner.start()  # the worker processes, warm before the first request
    for line in notices(settings):
        print(f"datecheck: {line}", file=sys.stderr)
    print(f"datecheck: serving the checking page at {url(settings.host, port)} (Ctrl-C to stop)", file=sys.stderr,
          flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, proxy_headers=False,
                            server_header=False, lifespan="off", timeout_graceful_shutdown=2)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        app.app.state.runner.close()
