"""`datecheck check --format json`: every finding of every file, for programs (schema_version 1).

Written as the files are checked (`report/stream.py`): the opening at once, each file's entry as it
is done, the summary at the end. Always valid UTF-8: a file name that is not UTF-8 is written with
`\\xff` escapes (`report/safe.py`).
"""

from __future__ import annotations

import io
from typing import IO

from ..engine import CheckResult
from .stream import JsonArrayWriter, Tally

SCHEMA_VERSION = 1


def file_entry(result: CheckResult) -> dict[str, object]:
    document = result.document
    return {
        "path": document.path,
        "published": document.published.to_dict() if document.published else None,
        "findings": [finding.to_dict() for finding in result.findings],
    }


class JsonWriter:
    """The JSON report, written file by file."""

    def __init__(self, out: IO[str]) -> None:
        self.summary: dict[str, object] = {}
        self.array = JsonArrayWriter(
            out, lambda files: {"schema_version": SCHEMA_VERSION, "files": files, "summary": self.summary}
        )

    def add(self, result: CheckResult) -> None:
        self.array.add(file_entry(result))

    def close(self, tally: Tally, errors: list[str], extra: str = "") -> None:
        self.summary.update({
            "files": tally.files,
            "findings": tally.findings,
            "by_severity": dict(sorted(tally.severities.items())),
        })
        if errors:
            self.summary["errors"] = list(errors)
        self.array.finish()


def render_json(results: list[CheckResult], errors: list[str] | None = None) -> str:
    out = io.StringIO()
    writer = JsonWriter(out)
    for result in results:
        writer.add(result)
    writer.close(Tally.of(results), errors or [])
    return out.getvalue()
