"""`--format concise`: one `path:line:col: CODE message` per finding, for editors and grep.

Control characters in a path or message are shown escaped (`report/safe.py`): one finding, one line.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine import CheckResult
from .safe import printable


def concise_lines(result: CheckResult) -> Iterator[str]:
    """The lines of one result (the report is written result by result: `report/stream.py`)."""
    for f in result.findings:
        hint = f" (did you mean '{f.suggestions[0].replacement}'?)" if f.suggestions and f.suggestions[0].replacement else ""
        yield printable(f"{result.document.path}:{f.line}:{f.column}: {f.code} {f.message}{hint}")


def render_concise(results: list[CheckResult]) -> str:
    return "".join(line + "\n" for result in results for line in concise_lines(result))
