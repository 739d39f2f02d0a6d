"""`--format github`: GitHub Actions workflow commands, shown as annotations on a pull request.

Values are escaped as the Actions runner unescapes them (its toolkit's `escapeData` and
`escapeProperty`): `%`, CR and LF in the message, and also `:` and `,` in a property, so no file name
or message can end a command early or start another (`::error ...`). The message is first made
printable like every human format (`report/safe.py`); a file name keeps its line breaks as `%0A`
(the runner turns them back, so the annotation finds the file) and shows its other controls escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..engine import CheckResult
from .check_concise import did_you_mean
from .safe import printable

_LINE_BREAK = re.compile(r"([\r\n])")
_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    text = "".join(part if part in ("\r", "\n") else printable(part) for part in _LINE_BREAK.split(text))
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def github_lines(result: CheckResult) -> Iterator[str]:
    """The workflow commands of one result (the report is written result by result)."""
    path = result.document.path
    for f in result.findings:
        message = f.message
        if f.suggestions and f.suggestions[0].replacement:
            message += f" ({did_you_mean(result.messages, f.suggestions[0].replacement)})"
        properties = [f"file={_property(path)}", f"line={f.line}", f"col={f.column}"]
        if f.end > f.start:
            properties += [f"endLine={f.end_line}", f"endColumn={f.end_column}"]
        properties.append(f"title={_property(f'{f.code} {f.name}')}")
        yield f"::{_LEVEL[f.severity.value]} {','.join(properties)}::{_data(printable(message))}"


def render_github(results: list[CheckResult]) -> str:
    return "".join(line + "\n" for result in results for line in github_lines(result))
