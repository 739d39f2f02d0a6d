"""`--format jsonl`: one JSON object per finding and line, with its path, for streaming tools.

With `--records`, one line per record instead: its id, where it is in the input, its publication
date and its findings (an empty list when it has none), written as each record is done.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine import CheckResult
from .safe import json_text


def jsonl_lines(result: CheckResult) -> Iterator[str]:
    """The lines of one file (the report is written file by file)."""
    for finding in result.findings:
        yield json_text({"path": result.document.path, **finding.to_dict()})


def render_jsonl(results: list[CheckResult]) -> str:
    return "".join(line + "\n" for result in results for line in jsonl_lines(result))


def record_line(result: CheckResult, record_id: object, place: tuple[str, int]) -> str:
    """The line of one record: `place` is ("line", n) in JSON Lines and CSV, ("row", n) in Parquet."""
    document = result.document
    return json_text({
        "id": record_id,
        place[0]: place[1],
        "published": document.published.to_dict() if document.published else None,
        "findings": [finding.to_dict() for finding in result.findings],
    })
