"""`datecheck check --format json`: every finding of every file, for programs (schema_version 1).

Written as the files are checked (`report/stream.py`): the opening at once, each file's entry as it
is done, the summary at the end. Always valid UTF-8: a file name that is not UTF-8 is written with
`\\xff` escapes (`report/safe.py`).
"""

from __future__ import annotations

from ..engine import CheckResult
from .stream import JsonArrayWriter, Tally, render

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

    flush_each = False

    def __init__(self) -> None:
        self.summary: dict[str, object] = {}
        self.array = JsonArrayWriter(
            lambda files: {"schema_version": SCHEMA_VERSION, "files": files, "summary": self.summary}
        )

    def head(self) -> str:
        return self.array.head()

    def entry(self, result: CheckResult) -> str:
        return self.array.entry([file_entry(result)])

    def tail(self, tally: Tally, errors: list[str], extra: str = "") -> str:
        self.summary.update({
            "files": tally.files,
            "findings": tally.findings,
            "by_severity": dict(sorted(tally.severities.items())),
        })
        if errors:
            self.summary["errors"] = list(errors)
        return self.array.tail()


def render_json(results: list[CheckResult], errors: list[str] | None = None) -> str:
    return render(JsonWriter(), results, errors)
