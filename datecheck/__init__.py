"""datecheck: find, resolve and check the dates in news copy."""

from __future__ import annotations

from datetime import date as _date

from .extract import extract as _extract
from .model import (
    Finding, Grain, Interval, Kind, Mention, PublicationDate, Reading, Ref, Related, Severity, Span, Stated, Suggestion,
    Tense, TimexType,
)


def _day(published):  # type: ignore[no-untyped-def]
    """A publication date given as a date, a datetime (its day) or an ISO string ("2026-03-04")."""
    if published is None or type(published) is _date:
        return published
    if isinstance(published, _date):  # a datetime
        return published.date() if hasattr(published, "date") else published
    if isinstance(published, str):
        try:
            return _date.fromisoformat(published.strip())
        except ValueError:
            raise ValueError(f"published: not an ISO date (YYYY-MM-DD): {published!r}") from None
    raise TypeError(f"published: expected a date or an ISO date string, not {type(published).__name__}")


def check(text, published=None, path=None, **options):  # type: ignore[no-untyped-def]
    """The findings for `text`: see `datecheck.engine.check` (imported on first use). `published`
    may be a date, a datetime or an ISO date string."""
    from .engine import check as run

    return run(text, _day(published), path, **options)


def fix(text, published=None, path=None, *, unsafe=False, **options):  # type: ignore[no-untyped-def]
    """(new text, findings fixed, findings remaining): `text` with every finding that has one clear
    suggestion fixed (the unsafe ones too with `unsafe`), checked again; see `datecheck.edits.fix`.
    Takes `check`'s settings."""
    from .edits import fix as run

    return run(text, _day(published), path, unsafe=unsafe, **options)


def extract(text, published=None, **options):  # type: ignore[no-untyped-def]
    """Every date expression in `text`: see `datecheck.extract.extract`. `published` may be a date,
    a datetime or an ISO date string."""
    return _extract(text, _day(published), **options)


__all__ = [
    "Finding", "Grain", "Interval", "Kind", "Mention", "PublicationDate", "Reading", "Ref", "Related", "Severity", "Span",
    "Stated", "Suggestion", "Tense", "TimexType", "check", "extract", "fix",
]
__version__ = "0.1.0"
