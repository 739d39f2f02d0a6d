"""datecheck: find, resolve and check the dates in news copy."""

from __future__ import annotations

from .extract import extract
from .model import Interval, Mention, PublicationDate, Severity, Span, Stated, Tense, TimexType

__all__ = [
    "Interval", "Mention", "PublicationDate", "Severity", "Span", "Stated", "Tense", "TimexType",
    "extract",
]
__version__ = "0.1.0"
