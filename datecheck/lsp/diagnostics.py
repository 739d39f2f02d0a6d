"""Findings -> LSP diagnostics: the range in the negotiated encoding, the code and a link to the
rule's documentation, the severity, the rule's name, and the other side of the conflict."""

from __future__ import annotations

from lsprotocol import types

from ..model import Finding, Severity
from ..positions import PositionIndex
from ..rules.unused_suppression import UnusedSuppression
from .analysis import Analysis

SOURCE = "datecheck"
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
#: Findings about something to delete rather than correct (an unused suppression).
_UNNECESSARY = frozenset({UnusedSuppression.code})


def lsp_range(index: PositionIndex, start: int, end: int) -> types.Range:
    (line, character), (end_line, end_character) = index.range(start, end)
    return types.Range(types.Position(line, character), types.Position(end_line, end_character))


def to_diagnostic(analysis: Analysis, finding: Finding) -> types.Diagnostic:
    index = analysis.index
    related = [
        types.DiagnosticRelatedInformation(
            location=types.Location(analysis.buffer.uri, lsp_range(index, r.start, r.end)),
            message=f"{r.label}: '{r.text}'" if r.text else r.label,
        )
        for r in finding.related
    ]
    return types.Diagnostic(
        range=lsp_range(index, finding.start, finding.end),
        message=f"{finding.message} [{finding.name}]",
        severity=_SEVERITY[finding.severity],
        code=finding.code,
        code_description=types.CodeDescription(href=analysis.editor.rule_url(finding.code, finding.name)),
        source=SOURCE,
        related_information=related or None,
        tags=[types.DiagnosticTag.Unnecessary] if finding.code in _UNNECESSARY else None,
        data={"name": finding.name, "start": finding.start, "end": finding.end},
    )


def diagnostics(analysis: Analysis) -> list[types.Diagnostic]:
    """The buffer's diagnostics; a buffer that could not be checked gets one, at its start, saying why."""
    if analysis.result is not None:
        return [to_diagnostic(analysis, finding) for finding in analysis.result.findings]
    if analysis.problem is not None:
        start = types.Position(0, 0)
        return [types.Diagnostic(
            range=types.Range(start, start), message=analysis.problem,
            severity=types.DiagnosticSeverity.Information, source=SOURCE,
        )]
    return []
