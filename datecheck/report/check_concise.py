"""`--format concise`: one `path:line:col: CODE message` per finding, for editors and grep.

Control characters in a path or message are shown escaped (`report/safe.py`): one finding, one line.
"""

from __future__ import annotations

from ..engine import CheckResult
from .safe import printable


def render_concise(results: list[CheckResult]) -> str:
    lines = []
    for result in results:
        for f in result.findings:
            hint = f" (did you mean '{f.suggestions[0].replacement}'?)" if f.suggestions and f.suggestions[0].replacement else ""
            lines.append(printable(f"{result.document.path}:{f.line}:{f.column}: {f.code} {f.message}{hint}"))
    return "".join(line + "\n" for line in lines)
