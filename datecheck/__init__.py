"""datecheck: find, resolve and check the dates in news copy."""

from __future__ import annotations

from .extract import extract
from .model import (
    Finding, Grain, Interval, Kind, Mention, PublicationDate, Reading, Ref, Related, Severity, Span, Stated, Suggestion,
    Tense, TimexType,
)


def check(text, published=None, path=None, **options):  # type: ignore[no-untyped-def]
    """The findings for `text`: see `datecheck.engine.check` (imported on first use)."""
    from .engine import check as run

    return run(text, published, path, **options)


__all__ = [
    "Finding", "Grain", "Interval", "Kind", "Mention", "PublicationDate", "Reading", "Ref", "Related", "Severity", "Span",
    "Stated", "Suggestion", "Tense", "TimexType", "check", "extract",
]
__version__ = "0.1.0"
