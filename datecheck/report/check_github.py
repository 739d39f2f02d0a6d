"""`--format github`: GitHub Actions workflow commands, shown as annotations on a pull request."""

from __future__ import annotations

from ..engine import CheckResult

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(results: list[CheckResult]) -> str:
    lines = []
    for result in results:
        path = result.document.path
        for f in result.findings:
            message = f.message
            if f.suggestions and f.suggestions[0].replacement:
                message += f" (did you mean '{f.suggestions[0].replacement}'?)"
            properties = [f"file={_property(path)}", f"line={f.line}", f"col={f.column}"]
            if f.end > f.start:
                properties += [f"endLine={f.end_line}", f"endColumn={f.end_column}"]
            properties.append(f"title={_property(f'{f.code} {f.name}')}")
            lines.append(f"::{_LEVEL[f.severity.value]} {','.join(properties)}::{_data(message)}")
    return "".join(line + "\n" for line in lines)
