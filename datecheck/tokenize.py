"""The tokenizer's former home: its names now live in ``datecheck.scan``, re-exported here."""

from __future__ import annotations

from .scan import lower_same_length, scan, tokenize

__all__ = ["lower_same_length", "scan", "tokenize"]
