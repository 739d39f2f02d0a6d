"""`--format jsonl`: one JSON object per finding and line, with its path, for streaming tools.

(With `--records`, one line per record instead: records/check.py.)
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

