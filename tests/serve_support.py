"""What the server tests share: a draft with known findings, a test client for the app, and the real
server (uvicorn) listening on a free port in a thread."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

pytest.importorskip("starlette", reason="the server extra (starlette) is not installed")
pytest.importorskip("uvicorn", reason="the server extra (uvicorn) is not installed")

from datecheck.serve.app import create_app  # noqa: E402
from datecheck.serve.settings import ServeSettings  # noqa: E402

BASE = "http://127.0.0.1:8000"
#: Published Wednesday, March 12, 2025: "Monday, March 11" names the wrong weekday (DC101, error), and
#: "yesterday, March 9" the wrong day (DC204, warning), after an emoji (two UTF-16 units, one code point).
DRAFT = """---
date: 2025-03-12
---

The harbor commission met on Monday, March 11, to approve the new ferry schedule. \U0001F6A2 Service starts Saturday, March 15, and a second hearing opened yesterday, March 9.
"""


def test_client(upstream_transport: object | None = None, **settings: object):  # type: ignore[no-untyped-def]
    """Starlette's test client for an app with these settings, asking as a browser on this machine would."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # newer Starlette prefers the httpx2 package to httpx
        from starlette.testclient import TestClient

    return TestClient(create_app(ServeSettings(**settings), upstream_transport), base_url=BASE)  # type: ignore[arg-type]


test_client.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def broken_payload(request):  # type: ignore[no-untyped-def]
    """A job with a bug, for a worker process to run (module level, so it is sent by reference)."""
    raise RuntimeError("a bug")


def sleeping_payload(*arguments):  # type: ignore[no-untyped-def]
    """A job that would run for a minute, for a worker process to be stopped in."""
    import time

    time.sleep(60)
    return {}


def utf16_slice(text: str, start: int, end: int) -> str:
    """text[start:end] counted in UTF-16 code units, as JavaScript slices strings."""
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


@contextmanager
def live_server(**settings: object) -> Iterator[str]:
    """The real server, on a free port of 127.0.0.1, for as long as the block runs: its base URL."""
    import time

    import uvicorn

    from datecheck.serve.run import listen

    sock = listen("127.0.0.1", 0)
    port = sock.getsockname()[1]
    app = create_app(ServeSettings(port=port, **settings))  # type: ignore[arg-type]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
