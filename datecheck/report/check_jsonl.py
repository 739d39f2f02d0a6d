"""`--format jsonl`: one JSON object per finding and line, with its path, for streaming tools."""

from __future__ import annotations

from ..engine import CheckResult
from .safe import json_text


def render_jsonl(results: list[CheckResult]) -> str:
    lines = []
    for result in results:
        for finding in result.findings:
            record = {"path": result.document.path, **finding.to_dict()}
            lines.append(json_text(record))
    return "".join(line + "\n" for line in lines)
