"""`datecheck check --format json`: every finding of every file, for programs (schema_version 1).

Always valid UTF-8: a file name that is not UTF-8 is written with `\\xff` escapes (`report/safe.py`).
"""

from __future__ import annotations

from collections import Counter

from ..engine import CheckResult
from .safe import json_text

SCHEMA_VERSION = 1


def render_json(results: list[CheckResult], errors: list[str] | None = None) -> str:
    files = []
    severities: Counter[str] = Counter()
    for result in results:
        document = result.document
        files.append({
            "path": document.path,
            "published": document.published.to_dict() if document.published else None,
            "findings": [finding.to_dict() for finding in result.findings],
        })
        severities.update(f.severity.value for f in result.findings)
    summary: dict[str, object] = {
        "files": len(results),
        "findings": sum(severities.values()),
        "by_severity": dict(sorted(severities.items())),
    }
    if errors:
        summary["errors"] = list(errors)
    payload = {"schema_version": SCHEMA_VERSION, "files": files, "summary": summary}
    return json_text(payload, indent=2) + "\n"
