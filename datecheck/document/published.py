"""Where a document says when it was published: front matter, HTML metadata, a dateline, its file name."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import PublicationDate, Span

if TYPE_CHECKING:
    from . import Document

DEFAULT_PUBLICATION_KEYS = ("date", "publishDate", "pubDate", "published", "pubdate")


def coerce_date(value: object, date_order: str = "MDY") -> date | None:
    """A front matter or metadata value as a day: dates, datetimes, ISO strings, written dates."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        from ..dateparser_adapter import parse_date

        return parse_date(value, date_order)
    return None


_FILE_NAME_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})-([01][0-9])-([0-3][0-9])(?![0-9])")
_HTML_META_KEYS = (
    ("article:published_time", "html:article:published_time"),
    ("json-ld:datePublished", "html:json-ld:datePublished"),
    ("date", "html:meta:date"),
    ("dc.date", "html:meta:dc.date"),
    ("pubdate", "html:meta:pubdate"),
    ("datepublished", "html:meta:datePublished"),
)


#: A wire dateline's place before its date: words in capitals, a state or country after a comma,
#: an agency in parentheses ("SPRINGFIELD, Ill., ", "LYON (AFP), ", "KÖLN, ").
_WIRE_PLACE = re.compile(
    r"[ \t]*(?P<place>[^\W\d_][\w.'\u2019-]*(?:[ \t]+[^\W\d_][\w.'\u2019-]*){0,3})"
    r"(?:,[ \t]+[^\W\d_][\w.]{0,14})?(?:[ \t]+\([^()\n]{1,30}\))?[ \t]*,[ \t]*"
)
#: What ends a wire dateline after its date: an agency in parentheses and a dash ("-", "--", "–",
#: "—", ".-"), or a colon, then the story.
_WIRE_END = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:\.?-{1,2}|[\u2013\u2014]|:)[ \t]+\S")


def _wire_dateline(line: str, mentions: list, offset: int) -> PublicationDate | None:
    """"CITY, Month D, YYYY - The story ...": a place in capitals, a full date, a dash, the story."""
    place = _WIRE_PLACE.match(line)
    if place is None or not mentions or not place.group("place").isupper():
        return None
    first = mentions[0]
    if first.start != place.end() or first.kind != "calendar" or first.stated.year is None \
            or first.resolved_date is None or not _WIRE_END.match(line, first.end):
        return None
    return PublicationDate(first.resolved_date, "dateline", Span(offset + first.start, offset + first.end))


def find_dateline(prose: str, date_order: str = "MDY", lang: str = "en") -> PublicationDate | None:
    """A line near the top that holds nothing but a full date (and the words a date line may hold
    in language `lang`), or that opens with a wire dateline ("CITY, Month D, YYYY - ..."): the
    story's dateline."""
    from ..extract import extract

    offset = 0
    seen = 0
    for line in prose[:4000].split("\n"):
        stripped = line.strip()
        if stripped:
            seen += 1
            mentions = extract(line, None, date_order=date_order, lang=lang)
            wire = _wire_dateline(line, mentions, offset)
            if wire is not None:
                return wire
            full = [
                m for m in mentions
                if m.kind == "calendar" and m.resolved_date is not None and m.stated.year is not None
            ]
            if len(full) == 1 and all(m.kind in ("calendar", "weekday") for m in mentions):
                if all("date-line" in m.flags for m in mentions):
                    day = full[0].resolved_date
                    assert day is not None
                    return PublicationDate(day, "dateline", Span(offset + full[0].start, offset + full[0].end))
            if seen >= 15:
                break
        offset += len(line) + 1
    return None


def read_in_language(document: Document, lang: str) -> None:
    """Once a document's language is known: a story in another language than English whose
    publication date was not found, or only in its file name, takes its dateline in that language
    ("24 de diciembre de 2024", "Veröffentlicht am 24. Dezember 2024")."""
    if lang == "en" or document.published is not None and document.published.source != "file-name":
        return
    from ..lang import language

    dateline = find_dateline(document.prose, language(lang).words.DATE_ORDER, lang)
    if dateline is not None:
        document.published = dateline


def find_publication_date(
    document: Document,
    html_meta: dict[str, str],
    *,
    keys: tuple[str, ...] = DEFAULT_PUBLICATION_KEYS,
    date_order: str = "MDY",
) -> PublicationDate | None:
    for key in keys:
        if key in document.front_matter:
            day = coerce_date(document.front_matter[key], date_order)
            if day is not None:
                return PublicationDate(day, f"front-matter:{key}", document.front_matter_span)
            shown = repr(document.front_matter[key])
            shown = shown if len(shown) <= 80 else shown[:77] + "..."
            document.warnings.append(f"{document.path}: front matter {key}: not a date: {shown}")
    for meta_key, source in _HTML_META_KEYS:
        if meta_key in html_meta:
            day = coerce_date(html_meta[meta_key], date_order)
            if day is not None:
                return PublicationDate(day, source)
    dateline = find_dateline(document.prose, date_order)
    if dateline is not None:
        return dateline
    match = _FILE_NAME_DATE.search(Path(document.path).name)
    if match:
        try:
            return PublicationDate(date(int(match.group(1)), int(match.group(2)), int(match.group(3))), "file-name")
        except ValueError:
            pass
    return None
