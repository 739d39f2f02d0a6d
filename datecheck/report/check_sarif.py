"""`--format sarif`: SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning and others).

Artifact locations are URI references (a space is `%20`, a byte that is not UTF-8 `%FF`), and the log
is always valid UTF-8 (`report/safe.py`). It is written as the results come (`report/stream.py`).
"""

from __future__ import annotations

from pathlib import Path

from ..engine import CheckResult
from ..model import Finding
from ..rules import RULES
from .safe import uri_path
from .stream import JsonArrayWriter, Tally, render

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return uri_path(Path(path).as_posix()) if path != "-" else "stdin"


def _region(result: CheckResult, start: int, end: int) -> dict[str, object]:
    document = result.document
    line, column = document.location(start)
    region: dict[str, object] = {"startLine": line, "startColumn": column, "charOffset": start}
    if end > start:
        end_line, end_column = document.location(end)
        region.update({"endLine": end_line, "endColumn": end_column, "charLength": end - start,
                       "snippet": {"text": document.text[start:end]}})
    return region


def _result(result: CheckResult, finding: Finding, rule_index: dict[str, int]) -> dict[str, object]:
    location = {"physicalLocation": {"artifactLocation": {"uri": _uri(result.document.path)},
                                     "region": _region(result, finding.start, finding.end)}}
    record: dict[str, object] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index[finding.code],
        "level": _LEVEL[finding.severity.value],
        "message": {"text": finding.message},
        "locations": [location],
    }
    related = [
        {"id": number, "message": {"text": r.label},
         "physicalLocation": {"artifactLocation": {"uri": _uri(result.document.path)},
                              "region": _region(result, r.start, r.end)}}
        for number, r in enumerate(finding.related) if r.end > r.start
    ]
    if related:
        record["relatedLocations"] = related
    fixes = []
    for suggestion in finding.suggestions:
        deleted = _region(result, suggestion.start, suggestion.end)
        deleted.pop("snippet", None)
        fix: dict[str, object] = {
            "description": {"text": suggestion.title},
            "artifactChanges": [{
                "artifactLocation": {"uri": _uri(result.document.path)},
                "replacements": [{"deletedRegion": deleted, "insertedContent": {"text": suggestion.replacement}}],
            }],
        }
        if suggestion.unsafe:  # a guess of the rule's: `check --fix` makes it only with --unsafe-fixes
            fix["properties"] = {"unsafe": True}
        fixes.append(fix)
    if fixes:
        record["fixes"] = fixes
    return record


def _rules() -> list[dict[str, object]]:
    return [{
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": rule.documentation()},
        "help": {"text": rule.documentation()},
        "defaultConfiguration": {"level": _LEVEL[rule.severity.value], "enabled": rule.default_enabled},
    } for rule in RULES]


class SarifWriter:
    """The SARIF log, written result by result: the tool and its rules first, then each finding."""

    flush_each = False

    def __init__(self) -> None:
        from .. import __version__

        self.rule_index = {rule.code: number for number, rule in enumerate(RULES)}
        driver = {"name": "datecheck", "version": __version__, "rules": _rules()}

        def log(results: list[str]) -> dict[str, object]:
            run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
            return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}

        self.array = JsonArrayWriter(log)

    def head(self) -> str:
        return self.array.head()

    def entry(self, result: CheckResult) -> str:
        return self.array.entry([_result(result, finding, self.rule_index) for finding in result.findings])

    def tail(self, tally: Tally, errors: list[str], extra: str = "") -> str:
        return self.array.tail()


def render_sarif(results: list[CheckResult]) -> str:
    return render(SarifWriter(), results)
