"""A JSON request -> the engine -> the `--format json` schema, with UTF-16 offsets for browsers.

A request names its text and, optionally, how to read it; never a file of the server's (a `path`
gives the format and the name shown, and is not opened):

    {"text": "...",                      # required
     "published": "2024-12-24",          # the publication date, over any the text gives
     "default_published": "2024-12-24",  # the publication date when the text gives none
     "path": "story.md" | "format": "markdown" | "html" | "text",   # default: text
     "select": ["DC1"], "ignore": "DC503,DC504",
     "language": "auto" | "en" | "es" | "de",   # default: auto (what the text declares, else its words)
     "country": "GB", "date_order": "DMY",      # default: the language's own (US and MDY for English)
     "mentions": true}                   # /api/check only: each file's dates too (for the timeline)

Every offset (`start`, `end` of findings, related spans, suggestions and mentions) gets its twin
counted in UTF-16 code units (`start_utf16`, `end_utf16`), which is how JavaScript indexes strings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from ..config_values import LANGUAGES, holiday_countries as countries, holiday_country_names as country_names
from ..document import detect_format, load_text
from ..model import PublicationDate
from ..positions import UTF16, PositionIndex

FORMATS = ("markdown", "html", "text")
DATE_ORDERS = ("MDY", "DMY")
#: The sources a publication date given in the request is reported with.
REQUEST_SOURCE, DEFAULT_SOURCE = "request", "request-default"
_FIELDS = ("text", "published", "default_published", "path", "format", "select", "ignore", "language", "country",
           "date_order", "mentions")
AUTO = "auto"
_MAX_PATH = 1000


class BadRequest(ValueError):
    """A request that cannot be answered; the message says why, in one line."""


@dataclass(frozen=True)
class CheckRequest:
    text: str
    path: str = "-"
    format: str = "text"
    published: date | None = None
    default_published: date | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    language: str = AUTO
    country: str | None = None  # None: the language's own
    date_order: str | None = None
    mentions: bool = False


def parse_request(body: object) -> CheckRequest:
    """The request a decoded JSON body makes. Raises BadRequest naming the field at fault."""
    if not isinstance(body, dict):
        raise BadRequest("the request body must be a JSON object with a \"text\" field")
    unknown = sorted(set(body) - set(_FIELDS))
    if unknown:
        raise BadRequest(f"unknown field {unknown[0]!r} (fields: {', '.join(_FIELDS)})")
    text = body.get("text")
    if not isinstance(text, str):
        raise BadRequest("\"text\" is required and must be a string")
    if "\x00" in text:
        raise BadRequest("\"text\" holds NUL characters: binary data, not a story")
    date_order = _choice(body, "date_order", DATE_ORDERS, None).upper() if body.get("date_order") else None
    path = _string(body, "path", "-")
    if len(path) > _MAX_PATH:
        raise BadRequest(f"\"path\" is longer than {_MAX_PATH} characters")
    format = _choice(body, "format", FORMATS, None) if "format" in body else detect_format(path)
    mentions = body.get("mentions", False)
    if not isinstance(mentions, bool):
        raise BadRequest("\"mentions\" must be true or false")
    return CheckRequest(
        text=text, path=path, format=format.lower(), date_order=date_order,
        published=_day(body, "published", date_order), default_published=_day(body, "default_published", date_order),
        select=_codes(body, "select"), ignore=_codes(body, "ignore"), language=_language(body), country=_country(body),
        mentions=mentions,
    )


def _string(body: dict, key: str, default: str) -> str:
    value = body.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise BadRequest(f"\"{key}\" must be a string, not {type(value).__name__}")
    return value


def _choice(body: dict, key: str, choices: tuple[str, ...], default: str | None) -> str:
    value = _string(body, key, default or "")
    if value.lower() not in [choice.lower() for choice in choices]:
        raise BadRequest(f"\"{key}\" must be one of {', '.join(choices)}, not {value!r}")
    return value


def _day(body: dict, key: str, date_order: str | None) -> date | None:
    value = _string(body, key, "")
    if not value.strip():
        return None
    from ..dateparser_adapter import parse_date

    day = parse_date(value, date_order or "MDY")
    if day is None:
        raise BadRequest(f"\"{key}\" is not a date: {value[:100]!r} (use YYYY-MM-DD)")
    return day


def _codes(body: dict, key: str) -> tuple[str, ...]:
    value = body.get(key)
    if value is None:
        return ()
    from ..config_values import BadValue, rule_selectors
    from ..rules import UnknownRule

    try:
        return rule_selectors(value)
    except BadValue as error:
        raise BadRequest(f"\"{key}\" {error}, or a comma-separated string") from None
    except UnknownRule as error:
        raise BadRequest(f"\"{key}\": {error}") from None


def _language(body: dict) -> str:
    return _choice(body, "language", LANGUAGES, AUTO).lower()


def _country(body: dict) -> str | None:
    value = _string(body, "country", "").upper()
    if not value:
        return None
    if value not in countries():
        raise BadRequest(f"\"country\": {value[:20]!r} is not a country the holidays package knows")
    return value


def load(request: CheckRequest):  # type: ignore[no-untyped-def]
    """The request's text as a document, with the publication date it asks for."""
    document = load_text(request.text, request.path, format=request.format, date_order=request.date_order or "MDY")
    if request.published is not None:
        document.published = PublicationDate(request.published, REQUEST_SOURCE)
    elif document.published is None and request.default_published is not None:
        document.published = PublicationDate(request.default_published, DEFAULT_SOURCE)
    return document


def check_payload(request: CheckRequest) -> dict[str, object]:
    """What `datecheck check --format json` prints for the request's text, plus UTF-16 offsets
    (and the text's dates, when asked for)."""
    from ..engine import check_document
    from ..report.check_json import render_json
    from ..rules import select_rules

    document = load(request)
    rules = select_rules(list(request.select) or None, list(request.ignore))
    result = check_document(document, rules, country=request.country, date_order=request.date_order,
                            lang=request.language)
    payload = json.loads(render_json([result]))
    index = PositionIndex(document.text, UTF16)
    entry = payload["files"][0]
    for finding in entry["findings"]:
        add_utf16(finding, index)
        for part in (*finding["related"], *finding["suggestions"]):
            add_utf16(part, index)
    if document.warnings:
        entry["warnings"] = list(document.warnings)
    if request.mentions:
        entry["mentions"] = _mention_records(document, result.mentions, index)
    return payload


def extract_payload(request: CheckRequest) -> dict[str, object]:
    """What `datecheck extract --format json` prints for the request's text, plus UTF-16 offsets."""
    from ..extract import extract
    from ..lang.detect import choose

    document = load(request)
    lang, notice = choose(request.language, document.front_matter, document.text, document.format == "html")
    anchor = document.published.date if document.published else None
    mentions = extract(document.prose, anchor, date_order=request.date_order, country=request.country, lang=lang)
    for mention in mentions:
        mention.text = document.text[mention.start:mention.end]
    records = _mention_records(document, mentions, PositionIndex(document.text, UTF16))
    published = document.published.to_dict() if document.published else None
    entry = {"path": document.path, "published": published, "mentions": records}
    warnings = list(document.warnings) + ([f"{document.path}: {notice}"] if notice else [])
    if warnings:
        entry["warnings"] = warnings
    return {"schema_version": 1, "files": [entry]}


def document_payload(data: bytes, name: str, max_bytes: int) -> dict[str, object]:
    """A file's text: decoded as the CLI decodes files, a Word document read paragraph by paragraph."""
    from ..document import DocumentError, decode
    from ..document.docx import binary_text

    try:
        text = binary_text(data, name, max_bytes)
        warnings: list[str] = []
        if text is None:
            text, warnings = decode(data, name)
    except DocumentError as error:
        raise BadRequest(str(error)) from None
    fmt = "text" if name.lower().endswith(".docx") else detect_format(name)
    return {"name": name, "format": fmt, "text": text, "warnings": warnings}


def _mention_records(document, mentions, index: PositionIndex) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    from ..report.extract_json import mention_record
    from ..report.safe import json_text

    records = json.loads(json_text([mention_record(document, mention) for mention in mentions]))
    for record in records:
        add_utf16(record, index)
    return records


def add_utf16(record: dict, index: PositionIndex) -> None:
    """`start_utf16` and `end_utf16` beside a record's `start` and `end`."""
    record["start_utf16"] = index.units(0, record["start"])
    record["end_utf16"] = index.units(0, record["end"])


def rules_payload(docs_url: str = "/rules/{code}") -> dict[str, object]:
    """Every rule: code, name, default severity, whether it runs by default, its summary, its
    documentation (Markdown) and where the page shows it."""
    from ..lsp.rule_docs import rule_markdown
    from ..rules import RULES

    return {"rules": [
        {"code": rule.code, "name": rule.name, "severity": rule.severity.value,
         "default_enabled": rule.default_enabled, "summary": rule.summary(),
         "documentation": rule_markdown(rule), "url": docs_url.format(code=rule.code, name=rule.name)}
        for rule in RULES
    ]}
