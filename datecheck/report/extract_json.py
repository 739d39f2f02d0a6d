"""`datecheck extract --format json`: every mention of every file, for programs."""

from __future__ import annotations

from ..document import Document
from ..model import Mention
from .safe import json_text

SCHEMA_VERSION = 1


def mention_record(document: Document, mention: Mention) -> dict[str, object]:
    line, column = document.location(mention.start)
    end_line, end_column = document.location(mention.end)
    record: dict[str, object] = {
        "start": mention.start,
        "end": mention.end,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
    }
    record.update(mention.to_dict())
    return record


def render_json(results: list[tuple[Document, list[Mention]]]) -> str:
    files = []
    for document, mentions in results:
        files.append({
            "path": document.path,
            "published": document.published.to_dict() if document.published else None,
            "mentions": [mention_record(document, m) for m in mentions],
        })
    return json_text({"schema_version": SCHEMA_VERSION, "files": files}, indent=2) + "\n"
