"""LanguageTool's HTTP API (/v2/check, /v2/languages), so its clients show datecheck's findings.

The request: form fields `text` or `data` (annotated text: annotated.py), `language` ("en-US",
"en-GB", "de-AT", "es", "auto": what the text declares, else its words; a language datecheck does not
read gets no datecheck matches), `enabledRules`,
`disabledRules` and `enabledOnly` (datecheck's codes and names among them apply; the others are a
LanguageTool server's), `disabledCategories` (DATECHECK turns datecheck off), `level` ("picky" adds
the house-style rules), and datecheck's own `published` (the publication date, when the text gives
none). The variant sets the holiday calendar (de-AT: Austria's) and, for English, how 03/04/2024 is
read: en-GB is GB and day first; otherwise the language's own calendar and date order apply.

Each finding is a match at its place in UTF-16 code units (`offset`, `length`), with `message`,
`shortMessage`, `replacements` (`value`), `rule` (`id` is the code; `issueType`; `category`),
`context` and `sentence`. A suggestion for a span other than the finding's (the date rather than its
weekday) becomes a replacement of the text covering both. A finding with no span (a missing
publication date) is left out: a LanguageTool client has nowhere to show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..model import Finding, Severity
from ..positions import UTF16, PositionIndex
from .annotated import Annotated, AnnotationError, parse_annotation, plain
from .checking import BadRequest

#: English variants, with the holiday calendar and date order each implies.
ENGLISH = {"en-US": ("US", "MDY"), "en-GB": ("GB", "DMY"), "en-AU": ("AU", "DMY"), "en-CA": ("CA", "MDY"),
           "en-NZ": ("NZ", "DMY"), "en-ZA": ("ZA", "DMY")}
#: LanguageTool's names for the languages datecheck reads, and the variants /v2/languages lists.
NAMES = {"en": "English", "es": "Spanish", "de": "German"}
LISTED = (*ENGLISH, "de-DE", "de-AT", "de-CH")
AUTO = "auto"
CATEGORY = {"id": "DATECHECK", "name": "Dates (datecheck)"}
#: A suggestion farther than this from its finding is not offered as one of its replacements.
MAX_JOINED = 120
CONTEXT = 40
#: datecheck's own form fields, which are not forwarded to a LanguageTool server.
OWN_FIELDS = ("published",)


@dataclass(frozen=True)
class Reading:
    """How datecheck reads a LanguageTool language: its own code ("auto": chosen per text), and the
    holiday calendar and date order (None: the language's own)."""

    lang: str
    country: str | None = None
    date_order: str | None = None


@dataclass(frozen=True)
class LTRequest:
    annotated: Annotated
    language: str  # as asked: "en-US", "auto", "fr" ...
    reading: Reading | None  # None: a language datecheck does not read
    select: tuple[str, ...] | None  # None: the default rules
    ignore: tuple[str, ...]
    published: date | None
    fields: tuple[tuple[str, str], ...]  # every field, for a LanguageTool server


def parse_check(fields: list[tuple[str, str]]) -> LTRequest:
    """The request a /v2/check form makes. Raises BadRequest."""
    values = dict(fields)
    if ("text" in values) == ("data" in values):
        raise BadRequest("give exactly one of the fields \"text\" and \"data\"")
    try:
        annotated = plain(values["text"]) if "text" in values else parse_annotation(values["data"])
    except AnnotationError as error:
        raise BadRequest(str(error)) from None
    if "\x00" in annotated.checked:
        raise BadRequest("the text holds NUL characters: binary data, not a story")
    language = values.get("language", AUTO).strip() or AUTO
    select, ignore = _rules(values)
    published = None
    if values.get("published", "").strip():
        from ..dateparser_adapter import parse_date

        published = parse_date(values["published"])
        if published is None:
            raise BadRequest(f"\"published\" is not a date: {values['published'][:100]!r} (use YYYY-MM-DD)")
    return LTRequest(annotated, language, reading(language), select, ignore, published, tuple(fields))


def reading(language: str) -> Reading | None:
    """How datecheck reads a LanguageTool language code; None for a language it does not read."""
    from ..lang import SUPPORTED
    from .checking import countries

    code = language.replace("_", "-")
    if code.lower() == AUTO:
        return Reading(AUTO)
    base, _, region = code.partition("-")
    base, region = base.lower(), region.upper()
    if base not in SUPPORTED:
        return None
    country = region if region in countries() else None
    if base == "en":
        country, order = ENGLISH.get(f"en-{region}", (country or "US", "MDY"))
        return Reading(base, country, order)
    return Reading(base, country, None)


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _rules(values: dict[str, str]) -> tuple[tuple[str, ...] | None, tuple[str, ...]]:
    """(select, ignore) from LanguageTool's rule fields: the ids among them that are datecheck's."""
    from ..rules import RULES, matches

    def ours(ids: list[str]) -> list[str]:
        return [i for i in ids if any(matches(rule, i) for rule in RULES) and i.upper() != "ALL"]

    enabled, disabled = ours(_split(values.get("enabledRules"))), ours(_split(values.get("disabledRules")))
    if CATEGORY["id"] in [c.upper() for c in _split(values.get("disabledCategories"))]:
        return (), ()
    if values.get("enabledOnly", "").lower() == "true":
        return tuple(enabled), tuple(disabled)
    if values.get("level", "").lower() == "picky":
        return tuple(rule.code for rule in RULES), tuple(disabled)
    if enabled:
        from ..rules import select_rules

        return tuple(rule.code for rule in select_rules()) + tuple(enabled), tuple(disabled)
    return None, tuple(disabled)


def check_matches(request: LTRequest, docs_url: str) -> tuple[list[dict[str, object]], str | None]:
    """datecheck's matches for a /v2/check request, and the language it read the text in (none,
    and None, for a language it does not read)."""
    if request.reading is None or request.select == ():
        return [], None
    from ..document import load_text
    from ..engine import check_document
    from ..lang.detect import choose
    from ..model import PublicationDate
    from ..rules import select_rules
    from ..text.segments import Segments

    text, how = request.annotated.checked, request.reading
    document = load_text(text, "-", format="text", date_order=how.date_order or "MDY")
    if request.published is not None and document.published is None:
        document.published = PublicationDate(request.published, "request")
    lang = choose(how.lang, document.front_matter, text, False)[0]
    rules = select_rules(list(request.select) if request.select is not None else None, list(request.ignore))
    result = check_document(document, rules, country=how.country, date_order=how.date_order, lang=lang)
    index = PositionIndex(request.annotated.document, UTF16)
    segments = Segments(text, lang)
    matches = [_match(f, text, request.annotated, index, segments, docs_url) for f in result.findings if f.end > f.start]
    return matches, lang


def _match(finding: Finding, text: str, annotated: Annotated, index: PositionIndex, segments, docs_url: str) -> dict:  # type: ignore[no-untyped-def]
    start, end, values = joined_replacements(finding, text)
    first, last = annotated.to_document(start), annotated.to_document(end, end=True)
    sentence_start, sentence_end = segments.sentence_at(finding.start)
    from ..rules import find_rule

    rule = find_rule(finding.code)
    return {
        "message": finding.message,
        "shortMessage": finding.name.replace("-", " "),
        "replacements": [{"value": value} for value in values],
        "offset": index.units(0, first),
        "length": index.units(first, last),
        "context": context(text, start, end),
        "sentence": text[sentence_start:sentence_end].strip(),
        "type": {"typeName": "Hint" if finding.severity is Severity.INFO else "Other"},
        "rule": {
            "id": finding.code, "description": f"{finding.name}: {rule.summary() if rule else finding.message}",
            "issueType": issue_type(finding.code), "category": dict(CATEGORY),
            "urls": [{"value": docs_url.format(code=finding.code, name=finding.name)}],
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def joined_replacements(finding: Finding, text: str) -> tuple[int, int, list[str]]:
    """The span a match covers and its replacements: the finding's span, widened to cover each
    suggestion near enough to offer (the text between kept as it is)."""
    near = [s for s in finding.suggestions
            if max(s.end, finding.end) - min(s.start, finding.start) <= MAX_JOINED]
    start = min([finding.start, *(s.start for s in near)])
    end = max([finding.end, *(s.end for s in near)])
    values: list[str] = []
    for suggestion in near:
        value = text[start:suggestion.start] + suggestion.replacement + text[suggestion.end:end]
        if value not in values and value != text[start:end]:
            values.append(value)
    return start, end, values


def context(text: str, start: int, end: int) -> dict[str, object]:
    """LanguageTool's `context`: the match with up to CONTEXT characters either side, "..." where
    cut, line breaks as spaces; `offset` and `length` in UTF-16 units within it."""
    left, right = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    before = ("..." if left else "") + text[left:start]
    shown = (before + text[start:end] + text[end:right] + ("..." if right < len(text) else ""))
    shown = shown.replace("\r", " ").replace("\n", " ")
    index = PositionIndex(shown, UTF16)
    return {"text": shown, "offset": index.units(0, len(before)), "length": index.units(len(before), len(before) + end - start)}


def issue_type(code: str) -> str:
    """LanguageTool's issue type (from the W3C localization quality issue types) for a code."""
    group = code[2:3]
    return {"5": "style", "9": "other"}.get(group, "inconsistency")


def languages() -> list[dict[str, str]]:
    """/v2/languages: the languages datecheck reads, and the variants LanguageTool clients ask for."""
    listed = [{"name": name, "code": code, "longCode": code} for code, name in NAMES.items()]
    return listed + [{"name": language_name(code), "code": code[:2], "longCode": code} for code in LISTED]


def language_name(code: str) -> str:
    """LanguageTool's kind of name for a code: "English", "German (AT)"."""
    base, _, region = code.partition("-")
    name = NAMES.get(base.lower(), code)
    return f"{name} ({region.upper()})" if region and name != code else name


def response(request: LTRequest, matches: list[dict[str, object]], lang: str | None) -> dict[str, object]:
    """The /v2/check answer for datecheck's matches (`lang`: the language the text was read in)."""
    from .. import __version__

    asked_auto = request.language.lower() == AUTO
    code = (lang or "en") if asked_auto else request.language
    detected = (lang or request.language) if asked_auto else request.language
    return {
        "software": {"name": "datecheck", "version": __version__, "buildDate": None, "apiVersion": 1,
                     "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {"name": language_name(code), "code": code,
                     "detectedLanguage": {"name": language_name(detected), "code": detected, "confidence": 1.0}},
        "matches": matches,
    }
