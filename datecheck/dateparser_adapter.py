"""The one place dateparser is used: reading a free-form date a person typed or a page stated.

dateparser is imported only when a date is not ISO 8601, with every setting pinned: only absolute
dates, all of day, month and year required, strict parsing. Relative words ("yesterday") are
refused rather than read against the system clock.
"""

from __future__ import annotations

from datetime import date, datetime

_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_LOCALE_DATE_ORDER": False,
}
#: Languages tried, in order; asking dateparser to guess among all of them takes seconds.
LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "nl"]


def parse_date(text: str, date_order: str = "MDY") -> date | None:
    """The calendar day `text` states ("2024-12-24", "24 December 2024", "Dec. 24, 2024"), or None."""
    text = text.strip()
    if not text or len(text) > 100:
        return None
    try:
        return date.fromisoformat(text[:10]) if _looks_iso(text) else _parse_free(text, date_order)
    except ValueError:
        return None


def _looks_iso(text: str) -> bool:
    return len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit()


def _parse_free(text: str, date_order: str) -> date | None:
    import dateparser  # slow to import; most documents state their date in ISO form

    settings = dict(_SETTINGS, DATE_ORDER=date_order)
    result: datetime | None = dateparser.parse(text, settings=settings, languages=LANGUAGES)
    return result.date() if result is not None else None
