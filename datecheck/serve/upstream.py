"""A LanguageTool server behind datecheck (`--languagetool-upstream URL`): the same /v2/check request
goes to it, and its matches are merged with datecheck's, so a client keeps its grammar checking.

The request is forwarded as the client sent it, less datecheck's own fields and the token that let
it in here (an `apiKey` equal to the server's token); the upstream's answer is kept (its language,
its detected language, its warnings) with datecheck's matches added in order of offset. When the
upstream cannot be reached, answers with an error or with something that is not LanguageTool's
shape, datecheck's matches come back alone, marked incomplete, with the reason.

httpx is imported here, when the server starts with an upstream.
"""

from __future__ import annotations

import logging
from urllib.parse import urlencode, urlsplit

log = logging.getLogger(__name__)


class UpstreamError(Exception):
    """A LanguageTool server that did not give a usable answer; the message says how, in one line."""


def base_url(url: str) -> str:
    """The server's base URL from what the user gave: "http://host:8081", ".../v2" or ".../v2/check".
    Raises ValueError for a URL that is not http(s)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not an http:// or https:// URL: {url!r}")
    path = parts.path.rstrip("/")
    for tail in ("/v2/check", "/v2/languages", "/v2"):
        if path.endswith(tail):
            path = path[: -len(tail)]
            break
    return f"{parts.scheme}://{parts.netloc}{path}"


class Upstream:
    """One LanguageTool server: asked with a fresh client per request (so no connection outlives the
    event loop that opened it)."""

    def __init__(self, url: str, timeout: float, transport: object | None = None) -> None:
        self.url = base_url(url)
        self.timeout = timeout
        self.transport = transport  # tests: an httpx transport to an app in the same process

    def _client(self):  # type: ignore[no-untyped-def]
        import httpx

        return httpx.AsyncClient(transport=self.transport, timeout=self.timeout, follow_redirects=False)

    async def check(self, fields: list[tuple[str, str]]) -> dict:
        """The upstream's /v2/check answer for these form fields. Raises UpstreamError."""
        body = urlencode(fields).encode("ascii")
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
        answer = await self._ask("POST", "/v2/check", content=body, headers=headers)
        if not isinstance(answer, dict) or not isinstance(answer.get("matches"), list):
            raise UpstreamError(f"{self.url} answered without a list of matches")
        return answer

    async def languages(self) -> list:
        answer = await self._ask("GET", "/v2/languages", headers={"Accept": "application/json"})
        if not isinstance(answer, list):
            raise UpstreamError(f"{self.url} answered /v2/languages without a list")
        return answer

    async def _ask(self, method: str, path: str, **options: object) -> object:
        import httpx

        try:
            async with self._client() as client:
                response = await client.request(method, self.url + path, **options)  # type: ignore[arg-type]
        except httpx.HTTPError as error:
            raise UpstreamError(f"{self.url} could not be reached ({type(error).__name__}: {error})") from None
        if response.status_code != 200:
            raise UpstreamError(f"{self.url} answered {response.status_code}: {response.text[:200]!r}")
        try:
            return response.json()
        except ValueError:
            raise UpstreamError(f"{self.url} answered with something that is not JSON") from None


def forwarded(fields: tuple[tuple[str, str], ...], own: tuple[str, ...], token: str | None) -> list[tuple[str, str]]:
    """The fields to send upstream: all but datecheck's own and an `apiKey` that is the server's token."""
    return [(key, value) for key, value in fields
            if key not in own and not (key == "apiKey" and token is not None and value == token)]


def merge(upstream: dict, ours: list[dict[str, object]], reads_language: bool) -> dict:
    """The upstream's answer with datecheck's matches among its own, in order of offset (the
    upstream's first at the same offset); datecheck's are left out when `reads_language` is false
    (the upstream detected a language datecheck does not read)."""
    tagged = [(_offset(m), 0, n, m) for n, m in enumerate(upstream["matches"]) if isinstance(m, dict)]
    if reads_language:
        tagged += [(_offset(m), 1, n, m) for n, m in enumerate(ours)]
    tagged.sort(key=lambda item: item[:3])
    return {**upstream, "matches": [item[3] for item in tagged]}


def detected_language(answer: dict) -> str | None:
    """The language code the upstream detected, if it says."""
    language = answer.get("language")
    detected = language.get("detectedLanguage") if isinstance(language, dict) else None
    code = detected.get("code") if isinstance(detected, dict) else None
    return code if isinstance(code, str) else None


def _offset(match: dict) -> int:
    offset = match.get("offset")
    return offset if isinstance(offset, int) else 0


def incomplete(answer: dict, reason: str) -> dict:
    """datecheck's answer marked incomplete because the upstream's part is missing."""
    log.warning("LanguageTool upstream: %s", reason)
    return {**answer, "warnings": {"incompleteResults": True, "incompleteResultsReason": reason}}
