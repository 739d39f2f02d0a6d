"""`--format concise`: one `path:line:col: CODE message` per finding, for editors and grep.

The hint at the first suggestion ("did you mean '...'?") is in the messages' language, as the
text report's words are. Control characters in a path or message are shown escaped (`report/safe.py`): one finding, one line.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine import CheckResult
from ..messages import N_, say
from .safe import printable


def did_you_mean(code: str, replacement: str) -> str:
    """The one-line hint at a finding's first suggestion, in the messages' language."""
    return say(code, N_("did you mean '{replacement}'?"), replacement=replacement)


def concise_lines(result: CheckResult) -> Iterator[str]:
    """The lines of one result (the report is written result by result: `report/stream.py`)."""
    for f in result.findings:
        hint = f" ({did_you_mean(result.messages, f.suggestions[0].replacement)})" if f.suggestions and f.suggestions[0].replacement else ""
        yield printable(f"{result.document.path}:{f.line}:{f.column}: {f.code} {f.message}{hint}")


def render_concise(results: list[CheckResult]) -> str:
    return "".join(line + "\n" for result in results for line in concise_lines(result))
