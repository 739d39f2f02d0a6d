"""The Starlette app: the page, the JSON API, LanguageTool's API, and JSON errors for everything.

    GET  /                  the checking page (static/index.html, with its script and style)
    GET  /rules/CODE        a rule's documentation, as plain text (the page's rule links)
    GET  /api/rules         every rule (checking.rules_payload)
    GET  /api/settings      what the page offers: countries, date orders, formats, the size limit
    POST /api/check         findings, as `datecheck check --format json`, plus UTF-16 offsets
    POST /api/extract       dates, as `datecheck extract --format json`, plus UTF-16 offsets
    POST /api/document      a file's bytes (?name=draft.docx) -> its text, to check (nothing is stored)
    POST /v2/check          LanguageTool's check (GET with the same fields as a query works too)
    GET  /v2/languages      LanguageTool's languages
"""

from __future__ import annotations

import json
import logging
from importlib import resources

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from . import languagetool
from .checking import (DATE_ORDERS, FORMATS, BadRequest, check_payload, country_names, document_payload, extract_payload,
                       parse_request, rules_payload)
from .limits import Runner, TimeLimitExceeded, WorkerError
from .safety import AUTHORIZED, Guard
from .settings import ServeSettings
from .upstream import Upstream, UpstreamError, detected_language, forwarded, incomplete, merge

log = logging.getLogger(__name__)

#: The page's files, by the URL path they are served at, with their content types.
STATIC = {"/": ("index.html", "text/html; charset=utf-8"),
          "/static/page.js": ("page.js", "text/javascript; charset=utf-8"),
          "/static/page.css": ("page.css", "text/css; charset=utf-8")}
RULE_URL = "/rules/{code}"


def create_app(settings: ServeSettings, upstream_transport: object | None = None) -> Guard:
    """The app, wrapped in its Guard (safety.py). `upstream_transport` is for tests: an httpx
    transport that reaches a LanguageTool server inside the same process."""
    runner = Runner(settings.workers, settings.time_limit)
    upstream = Upstream(settings.upstream, settings.time_limit, upstream_transport) if settings.upstream else None
    files = {path: (resources.files(__package__).joinpath("static", name).read_bytes(), kind)
             for path, (name, kind) in STATIC.items()}
    routes = Routes(settings, runner, upstream, files)
    app = Starlette(
        routes=[
            *(Route(path, routes.static) for path in files),
            Route("/rules/{code}", routes.rule_page),
            Route("/api/rules", routes.rules),
            Route("/api/settings", routes.options),
            Route("/api/check", routes.check, methods=["POST"]),
            Route("/api/extract", routes.extract, methods=["POST"]),
            Route("/api/document", routes.document, methods=["POST"]),
            Route("/v2/check", routes.languagetool_check, methods=["GET", "POST"]),
            Route("/v2/languages", routes.languagetool_languages),
        ],
        exception_handlers={HTTPException: _http_error, Exception: _internal_error},
    )
    app.state.runner = runner  # its worker processes (stopped when the server stops)
    return Guard(app, settings)


class Routes:
    """The handlers, sharing the server's settings, its runner and its upstream."""

    def __init__(self, settings: ServeSettings, runner: Runner, upstream: Upstream | None,
                 files: dict[str, tuple[bytes, str]]) -> None:
        self.settings = settings
        self.runner = runner
        self.upstream = upstream
        self.files = files

    async def static(self, request: Request) -> Response:
        body, kind = self.files[request.url.path]
        return Response(body, media_type=kind.split(";")[0], headers={"content-type": kind})

    async def rule_page(self, request: Request) -> Response:
        from ..rules import find_rule

        rule = find_rule(request.path_params["code"])
        if rule is None:
            return _error(404, f"no rule {request.path_params['code'][:40]!r}")
        default = "" if rule.default_enabled else "; off unless selected"
        text = f"{rule.code} {rule.name} (default severity: {rule.severity.value}{default})\n\n{rule.documentation()}\n"
        return PlainTextResponse(text)

    async def rules(self, request: Request) -> Response:
        return JSONResponse(rules_payload(RULE_URL))

    async def options(self, request: Request) -> Response:
        names = country_names()
        return JSONResponse({"countries": list(names), "country_names": names, "date_orders": list(DATE_ORDERS),
                             "formats": list(FORMATS), "max_request_bytes": self.settings.max_request_bytes,
                             "time_limit": self.settings.time_limit})

    async def check(self, request: Request) -> Response:
        return await self._engine(request, check_payload)

    async def extract(self, request: Request) -> Response:
        return await self._engine(request, extract_payload)

    async def _engine(self, request: Request, answer) -> Response:  # type: ignore[no-untyped-def]
        try:
            body = json.loads(await request.body())
        except (ValueError, RecursionError) as error:
            return _error(400, f"the request body is not JSON ({str(error)[:200]})")
        try:
            parsed = parse_request(body)
        except BadRequest as error:
            return _error(400, str(error))
        return await self._run(answer, parsed)

    async def document(self, request: Request) -> Response:
        """A file's text: decoded as the CLI decodes files, a Word document read paragraph by paragraph."""
        name = request.query_params.get("name", "")[:1000] or "upload.txt"
        data = await request.body()
        return await self._run(document_payload, data, name, self.settings.max_request_bytes)

    async def _run(self, job, *arguments) -> Response:  # type: ignore[no-untyped-def]
        """`job(*arguments)` in a worker process, its payload as JSON."""
        try:
            return JSONResponse(await self.runner.run(job, *arguments))
        except TimeLimitExceeded as error:
            return _error(503, str(error))
        except BadRequest as error:
            return _error(400, str(error))
        except Exception as error:  # a bug costs this request its answer, not the server
            return await _internal_error(None, error)

    async def languagetool_check(self, request: Request) -> Response:
        fields = await _form_fields(request, self.settings.max_request_bytes)
        if isinstance(fields, Response):
            return fields
        if not request.scope.get(AUTHORIZED, True) and not _token_field(fields, self.settings.token):
            return _error(401, "this server needs a token: send it as the apiKey field or as 'Authorization: Bearer TOKEN'")
        try:
            parsed = languagetool.parse_check(fields)
        except BadRequest as error:
            return _error(400, str(error))
        docs = str(request.base_url).rstrip("/") + RULE_URL
        ours = self.runner.run(languagetool.check_matches, parsed, docs)
        if self.upstream is None:
            return await self._run_matches(parsed, ours)
        return await self._with_upstream(parsed, ours)

    async def _run_matches(self, parsed, ours) -> Response:  # type: ignore[no-untyped-def]
        try:
            return JSONResponse(languagetool.response(parsed, *await ours))
        except TimeLimitExceeded as error:
            return _error(503, str(error))
        except Exception as error:  # a bug costs this request its answer, not the server
            return await _internal_error(None, error)

    async def _with_upstream(self, parsed, ours) -> Response:  # type: ignore[no-untyped-def]
        import asyncio

        assert self.upstream is not None
        theirs = self.upstream.check(forwarded(parsed.fields, languagetool.OWN_FIELDS, self.settings.token))
        mine, upstream = await asyncio.gather(ours, theirs, return_exceptions=True)
        if isinstance(mine, TimeLimitExceeded):
            return _error(503, str(mine))
        if isinstance(mine, Exception):
            return await _internal_error(None, mine)
        if isinstance(upstream, UpstreamError):
            return JSONResponse(incomplete(languagetool.response(parsed, *mine), str(upstream)))
        if isinstance(upstream, BaseException):
            raise upstream
        auto = parsed.language.lower() == languagetool.AUTO
        detected = detected_language(upstream) if auto else None
        reads = parsed.reading is not None and (detected is None or languagetool.reading(detected) is not None)
        return JSONResponse(merge(upstream, mine[0], reads))

    async def languagetool_languages(self, request: Request) -> Response:
        if self.upstream is not None:
            try:
                return JSONResponse(await self.upstream.languages())
            except UpstreamError as error:
                log.warning("LanguageTool upstream: %s", error)
        return JSONResponse(languagetool.languages())


async def _form_fields(request: Request, limit: int) -> list[tuple[str, str]] | Response:
    """The fields of a form (urlencoded or multipart, file parts refused) or of the query string."""
    if request.method == "GET":
        return list(request.query_params.multi_items())
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        return _error(400, "send the fields as application/x-www-form-urlencoded, not multipart/form-data")
    try:
        from urllib.parse import parse_qsl

        body = (await request.body()).decode("utf-8")
        return parse_qsl(body, keep_blank_values=True, strict_parsing=False, max_num_fields=10_000)
    except (UnicodeDecodeError, ValueError) as error:
        return _error(400, f"the form cannot be read ({str(error)[:200]})")


def _token_field(fields: list[tuple[str, str]], token: str | None) -> bool:
    import hmac

    if token is None:
        return True
    return any(key == "apiKey" and hmac.compare_digest(value.encode(), token.encode()) for key, value in fields)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    messages = {404: f"no such page: {request.url.path[:200]}", 405: f"{request.method} is not allowed here"}
    return _error(error.status_code, messages.get(error.status_code, str(error.detail)))


async def _internal_error(request: Request | None, error: Exception) -> Response:
    kind = error.kind if isinstance(error, WorkerError) else type(error).__name__
    details = f"\n{error.details}" if isinstance(error, WorkerError) and error.details else ""
    log.error("datecheck serve: internal error%s%s", f" on {request.url.path}" if request else "", details,
              exc_info=(type(error), error, error.__traceback__))
    return _error(500, f"internal error while reading its dates ({kind}); the server goes on")
