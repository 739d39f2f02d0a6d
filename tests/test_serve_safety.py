"""What keeps `datecheck serve` safe to leave running: it answers only to its own host names, only
its own page (or an --allow-origin origin) may call it from a browser, a token when one is set, a
size limit (413), a time limit (503), and headers that keep the page to its own scripts."""

from __future__ import annotations

import asyncio
import json
import re
import threading

import pytest

from serve_support import DRAFT, test_client

from datecheck.serve.safety import Guard
from datecheck.serve.settings import ServeSettings, host_name, is_loopback, is_wildcard


@pytest.mark.parametrize("header, name", [
    ("127.0.0.1:8000", "127.0.0.1"), ("LOCALHOST", "localhost"), ("[::1]:8000", "::1"), ("[::1]", "::1"),
    ("news.example.org:443", "news.example.org"), ("", None), ("::1", None), ("host:port", None), ("[::1", None),
    ("example.org:80:81", None), ("[::1]x", None),
])
def test_host_names_are_read_without_their_port(header: str, name: str | None) -> None:
    assert host_name(header) == name


def test_loopback_and_wildcard_addresses() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("[::1]") and is_loopback("127.8.0.1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.7") and not is_loopback("newsroom")
    assert is_wildcard("0.0.0.0") and is_wildcard("::") and not is_wildcard("127.0.0.1")
    shared = ServeSettings(host="0.0.0.0", allowed_hosts=("Desk.Example.org",))
    assert shared.host_names() == {"localhost", "127.0.0.1", "::1", "desk.example.org"}
    assert "192.0.2.7" in ServeSettings(host="192.0.2.7").host_names()


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000", "localhost"])
def test_its_own_host_names_are_answered(host: str) -> None:
    assert test_client().get("/", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("host", ["attacker.example", "127.0.0.1.attacker.example", "", "localhost:http"])
def test_a_foreign_host_header_is_refused(host: str) -> None:
    client = test_client()
    for method, path in (("GET", "/"), ("POST", "/api/check"), ("POST", "/v2/check")):
        response = client.request(method, path, headers={"host": host}, json={"text": DRAFT})
        assert response.status_code == 400
        assert "does not answer to the host" in response.json()["error"]


def test_an_allowed_host_is_answered() -> None:
    client = test_client(host="0.0.0.0", allowed_hosts=("desk.example.org",))
    assert client.get("/", headers={"host": "desk.example.org:8000"}).status_code == 200
    assert client.get("/", headers={"host": "other.example.org"}).status_code == 400


def test_pages_of_other_origins_are_refused_and_get_no_cors_headers() -> None:
    client = test_client()
    own = client.post("/api/check", json={"text": DRAFT}, headers={"origin": "http://127.0.0.1:8000"})
    assert own.status_code == 200 and "access-control-allow-origin" not in own.headers
    for origin in ("https://attacker.example", "null", "http://127.0.0.1:9999"):
        response = client.post("/api/check", json={"text": DRAFT}, headers={"origin": origin})
        assert response.status_code == 403 and "--allow-origin" in response.json()["error"]
        assert "access-control-allow-origin" not in response.headers
    preflight = client.options("/api/check", headers={"origin": "https://cms.example.org",
                                                      "access-control-request-method": "POST"})
    assert preflight.status_code == 403


def test_an_allowed_origin_gets_cors_headers_and_preflight_answers() -> None:
    client = test_client(allow_origins=("https://cms.example.org",))
    response = client.post("/api/check", json={"text": DRAFT}, headers={"origin": "https://cms.example.org"})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "https://cms.example.org"
    assert response.headers["vary"] == "Origin"
    preflight = client.options("/api/check", headers={"origin": "https://cms.example.org",
                                                      "access-control-request-method": "POST",
                                                      "access-control-request-headers": "authorization, content-type"})
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-methods"] == "GET, POST"
    assert "Authorization" in preflight.headers["access-control-allow-headers"]
    assert client.post("/api/check", json={"text": DRAFT}, headers={"origin": "https://other.example.org"}).status_code == 403
    anyone = test_client(allow_origins=("*",)).get("/api/rules", headers={"origin": "https://any.example"})
    assert anyone.headers["access-control-allow-origin"] == "*"


def test_a_token_guards_the_api_but_not_the_page() -> None:
    client = test_client(token="s3cret-token")
    for path in ("/", "/static/page.js", "/static/page.css", "/rules/DC101", "/v2/languages"):
        assert client.get(path).status_code == 200, path
    refused = client.post("/api/check", json={"text": DRAFT})
    assert refused.status_code == 401 and refused.headers["www-authenticate"].startswith("Bearer")
    assert "Authorization: Bearer" in refused.json()["error"]
    assert client.get("/api/rules").status_code == 401
    assert client.post("/api/check", json={"text": DRAFT}, headers={"authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/check", json={"text": DRAFT}, headers={"authorization": "Basic s3cret-token"}).status_code == 401
    good = client.post("/api/check", json={"text": DRAFT}, headers={"authorization": "Bearer s3cret-token"})
    assert good.status_code == 200


def test_languagetool_clients_may_send_the_token_as_their_api_key() -> None:
    client = test_client(token="s3cret-token")
    assert client.post("/v2/check", data={"text": DRAFT, "language": "en-US"}).status_code == 401
    assert client.post("/v2/check", data={"text": DRAFT, "language": "en-US", "apiKey": "nope"}).status_code == 401
    assert client.post("/v2/check", data={"text": DRAFT, "language": "en-US", "apiKey": "s3cret-token"}).status_code == 200
    assert client.post("/v2/check", data={"text": DRAFT, "language": "en-US"},
                       headers={"authorization": "Bearer s3cret-token"}).status_code == 200


def test_a_request_over_the_size_limit_gets_413() -> None:
    client = test_client(max_request_bytes=1000)
    assert client.post("/api/check", json={"text": "x" * 900}).status_code == 200
    declared = client.post("/api/check", json={"text": "x" * 1000})
    assert declared.status_code == 413 and "limit of 1,000 bytes" in declared.json()["error"]

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(20):
            yield b"x" * 100

    streamed = client.post("/api/check", content=chunks())  # sent without a Content-Length
    assert streamed.status_code == 413
    assert client.post("/v2/check", data={"text": "y" * 2000, "language": "en"}).status_code == 413
    assert client.post("/api/document?name=a.txt", content=b"z" * 2000).status_code == 413


def _asgi(app, headers: list[tuple[bytes, bytes]], body_parts: list[bytes]) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    """One request straight through the ASGI interface: (status, decoded JSON body)."""
    sent: list[dict] = []
    queue = [{"type": "http.request", "body": part, "more_body": n < len(body_parts) - 1}
             for n, part in enumerate(body_parts)]

    async def receive() -> dict:
        return queue.pop(0) if queue else {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/check", "raw_path": b"/api/check", "query_string": b"",
             "headers": headers, "scheme": "http", "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 5555),
             "http_version": "1.1", "root_path": ""}
    asyncio.run(app(scope, receive, send))
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return sent[0]["status"], json.loads(body)


def test_malformed_headers_are_refused() -> None:
    from datecheck.serve.app import create_app

    app = create_app(ServeSettings())
    status, body = _asgi(app, [(b"host", b"127.0.0.1:8000"), (b"content-length", b"ten")], [b"{}"])
    assert status == 400 and body["error"] == "Content-Length is not a number"
    status, body = _asgi(app, [(b"host", b"127.0.0.1:8000"), (b"host", b"attacker.example")], [b"{}"])
    assert status == 400
    ok, body = _asgi(app, [(b"host", b"127.0.0.1:8000")], [b'{"text": "Due ', b'on June 3."}'])
    assert ok == 200 and [f["code"] for f in body["files"][0]["findings"]] == ["DC901"]


def _runner(client):  # type: ignore[no-untyped-def]
    return client.app.app.state.runner  # the Guard's app's pool of worker processes


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _answered(client, text: str = DRAFT):  # type: ignore[no-untyped-def]
    """The first answer that is not the limit error, of a few tries (a replacement worker may still be starting)."""
    for _ in range(20):
        answer = client.post("/api/check", json={"text": text})
        if answer.status_code != 503:
            break
    return answer


def test_a_check_past_the_time_limit_is_stopped_and_its_worker_replaced() -> None:
    # a long story (megabytes of dated prose) with a tiny limit: the check is killed, not waited out
    paragraph = ("The board met on Tuesday, March 4, 2025, and again three weeks later; the vote is due "
                 "by April 30, two days after the hearing of Monday, April 28.\n\n")
    long_text = paragraph * (3_000_000 // len(paragraph))
    client = test_client(time_limit=0.1, workers=1, max_request_bytes=8_000_000)
    runner = _runner(client)
    response = client.post("/api/check", json={"text": long_text})
    assert response.status_code == 503
    assert response.json() == {"error": "not answered within the server's time limit of 0.1 s; try a shorter text"}
    first = runner.pids()
    again = client.post("/api/extract", json={"text": long_text})
    assert again.status_code == 503 and "time limit of 0.1 s" in again.json()["error"]
    assert not any(_alive(pid) for pid in first)  # the worker that ran past the limit is gone ...
    assert len(runner.pids()) == 1 and runner.pids() != first  # ... and a fresh one took its place
    assert _answered(client, "Due on June 3.").status_code == 200  # the server goes on
    runner.close()
    assert runner.pids() == []


def test_a_stuck_job_is_stopped_and_waiting_requests_get_the_limit_error(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import datecheck.serve.app as app_module
    from serve_support import sleeping_payload

    client = test_client(time_limit=0.5, workers=1)
    monkeypatch.setattr(app_module, "check_payload", sleeping_payload)
    answers: list[int] = []
    threads = [threading.Thread(target=lambda: answers.append(client.post("/api/check", json={"text": DRAFT}).status_code))
               for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert answers == [503, 503, 503]  # one stopped in its worker, the others waited for one in vain or were stopped
    monkeypatch.undo()
    assert _answered(client).status_code == 200
    _runner(client).close()


def test_a_languagetool_check_past_the_time_limit_gets_503(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import datecheck.serve.languagetool as languagetool
    from serve_support import sleeping_payload

    client = test_client(time_limit=0.3, workers=1)
    monkeypatch.setattr(languagetool, "check_matches", sleeping_payload)
    answer = client.post("/v2/check", data={"text": "Due on June 3.", "language": "en-US"})
    assert answer.status_code == 503 and "time limit of 0.3 s" in answer.json()["error"]
    _runner(client).close()


def test_every_response_keeps_the_page_to_its_own_scripts() -> None:
    client = test_client()
    for response in (client.get("/"), client.post("/api/check", json={"text": DRAFT}), client.get("/nope"),
                     client.get("/", headers={"host": "attacker.example"})):
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "default-src 'none'" in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
    assert client.post("/api/check", json={"text": DRAFT}).headers["cache-control"] == "no-store"


def test_the_page_loads_nothing_from_elsewhere() -> None:
    client = test_client()
    page = client.get("/").text
    assert "http://" not in page.replace('xmlns="http://www.w3.org', "") and "https://" not in page
    assert "<script>" not in page and not re.search(r"<[^>]*\son[a-z]+\s*=", page)  # no inline script or handlers
    script = client.get("/static/page.js").text
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "eval(" not in script
    assert "fetch(\"http" not in script and "https://" not in script


def test_guard_passes_other_protocols_through() -> None:
    calls: list[str] = []

    async def app(scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        calls.append(scope["type"])

    asyncio.run(Guard(app, ServeSettings())({"type": "lifespan"}, None, None))
    assert calls == ["lifespan"]
