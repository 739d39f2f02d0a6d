"""`--format concise`: one `path:line:col: CODE message` per finding, for editors and grep."""

from __future__ import annotations

from ..engine import CheckResult


def render_concise(results: list[CheckResult]) -> str:
    lines = []
    for result in results:
        for f in result.findings:
            hint = f" (did you mean '{f.suggestions[0].replacement}'?)" if f.suggestions and f.suggestions[0].replacement else ""
            lines.append(f"{result.document.path}:{f.line}:{f.column}: {f.code} {f.message}{hint}")
    return "".join(line + "\n" for line in lines)
