"""What every request passes before the app sees it, and what every response carries.

- The Host header must name this server (a loopback name, the address it listens on, or an
  --allowed-host): a web page that rebinds its own domain name to 127.0.0.1 is refused (400).
- A request with an Origin header must come from this server's own page or an --allow-origin
  origin (403); only those origins get CORS headers (and answers to preflight requests).
- With a token, /api/ and /v2/check need `Authorization: Bearer TOKEN` (401); /v2/check also takes
  it as LanguageTool's `apiKey` field, which the route checks (LanguageTool clients send no header).
- A body larger than the limit gets 413, whether or not it says its length, before the app reads
  any of it; a Content-Length that is not a number gets 400.
- Every response forbids framing and sniffing and limits the page to its own scripts and styles.

Errors are JSON: {"error": "what is wrong"}.
"""

from __future__ import annotations

import hmac
import json
from urllib.parse import urlsplit

from .settings import ServeSettings, host_name

#: The page loads only its own script and style, talks only to this server, and cannot be framed.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
#: Set on the scope when a token is required and the request's Authorization header carries it.
AUTHORIZED = "datecheck.authorized"


def needs_token(path: str) -> bool:
    return path.startswith("/api/") or path == "/v2/check"


async def send_error(send, status: int, message: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps({"error": message}).encode("utf-8")
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"), *SECURITY_HEADERS, *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """The ASGI middleware that applies the checks above around the app."""

    def __init__(self, app, settings: ServeSettings) -> None:  # type: ignore[no-untyped-def]
        self.app = app
        self.settings = settings
        self.names = settings.host_names()
        self.origins = frozenset(origin.rstrip("/") for origin in settings.allow_origins)

    async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        host = headers.get("host", "")
        if host_name(host) not in self.names or sum(name.lower() == b"host" for name, _ in scope["headers"]) > 1:
            await send_error(send, 400, f"this server does not answer to the host {host[:100]!r}; start it with "
                                        "--allowed-host NAME to add one")
            return
        origin = headers.get("origin")
        cors = self._cors(origin)
        if origin is not None and not cors and not _same_origin(origin, host):
            await send_error(send, 403, f"requests from pages of other origins ({origin[:100]!r}) are refused; "
                                        "start the server with --allow-origin ORIGIN to allow one")
            return
        if cors and scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
            await self._preflight(send, cors)
            return
        scope[AUTHORIZED] = self._authorized(headers)
        if self.settings.token and needs_token(scope["path"]) and not scope[AUTHORIZED] and scope["path"] != "/v2/check":
            await send_error(send, 401, "this server needs a token: send the header 'Authorization: Bearer TOKEN'",
                             [(b"www-authenticate", b'Bearer realm="datecheck"')])
            return
        body = await self._body(scope, receive, send, headers)
        if body is None:
            return
        await self.app(scope, _replay(body, receive), self._sender(send, cors, scope["path"]))

    def _cors(self, origin: str | None) -> bytes | None:
        """The Access-Control-Allow-Origin value for an allowed origin; None for any other."""
        if origin is None:
            return None
        if "*" in self.origins:
            return b"*"
        return origin.encode("latin-1", "replace") if origin.rstrip("/") in self.origins else None

    async def _preflight(self, send, cors: bytes) -> None:  # type: ignore[no-untyped-def]
        await send({"type": "http.response.start", "status": 204, "headers": [
            (b"access-control-allow-origin", cors), (b"access-control-allow-methods", b"GET, POST"),
            (b"access-control-allow-headers", b"Authorization, Content-Type"),
            (b"access-control-max-age", b"600"), (b"vary", b"Origin"), *SECURITY_HEADERS]})
        await send({"type": "http.response.body", "body": b""})

    def _authorized(self, headers: dict[str, str]) -> bool:
        token = self.settings.token
        if not token:
            return True
        scheme, _, value = headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), token.encode())

    async def _body(self, scope, receive, send, headers: dict[str, str]) -> bytes | None:  # type: ignore[no-untyped-def]
        """The whole request body, or None when an error was sent instead."""
        limit = self.settings.max_request_bytes
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                await send_error(send, 400, "Content-Length is not a number")
                return None
            if int(declared) > limit:
                await send_error(send, 413, _too_large(limit))
                return None
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await send_error(send, 413, _too_large(limit))
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _sender(self, send, cors: bytes | None, path: str):  # type: ignore[no-untyped-def]
        extra = list(SECURITY_HEADERS)
        if cors:
            extra += [(b"access-control-allow-origin", cors), (b"vary", b"Origin")]
        if path != "/" and not path.startswith("/static/"):
            extra.append((b"cache-control", b"no-store"))

        async def wrapped(message) -> None:  # type: ignore[no-untyped-def]
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        return wrapped


def _headers(scope) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The request's headers, names in lower case (the last of a repeated one)."""
    return {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope.get("headers", [])}


def _same_origin(origin: str, host: str) -> bool:
    """Whether the page that sent the request came from this server (the Host it asked for)."""
    try:
        return urlsplit(origin).netloc.lower() == host.strip().lower() and bool(host.strip())
    except ValueError:
        return False


def _too_large(limit: int) -> str:
    return f"the request is larger than this server's limit of {limit:,} bytes"


def _replay(body: bytes, receive_more):  # type: ignore[no-untyped-def]
    """The body read already, then the connection's own messages (its disconnect)."""
    sent = False

    async def receive() -> dict:
        nonlocal sent
        if sent:
            return await receive_more()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive
