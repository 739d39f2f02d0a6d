"""Code actions: a quick fix for each suggestion (the weekday, or the date on the other side of the
conflict), "suppress on this line" in the document's own comment syntax, and "fix all safe" (every
finding with exactly one suggestion, not marked unsafe). A quick fix marked unsafe says so in its
title, is never the preferred one, and carries `data: {"unsafe": true}`."""

from __future__ import annotations

import re

from lsprotocol import types

from ..model import Finding
from ..rules.unused_suppression import UnusedSuppression
from .analysis import Analysis
from .diagnostics import lsp_range, to_diagnostic

QUICK_FIX = types.CodeActionKind.QuickFix
FIX_ALL = types.CodeActionKind.SourceFixAll
KINDS = [QUICK_FIX, FIX_ALL]
#: After the title of a quick fix that is a guess of its rule's (the suggestion is marked unsafe).
UNSAFE_MARK = " (unsafe: a guess, check it)"

#: An end-of-line suppression already on the line, to add a code to rather than write a second one.
_TRAILING = re.compile(r"datecheck:\s*ignore\[(?P<codes>[^\]\n]*)\]")


def wanted(kind: str, only: list[str] | None) -> bool:
    """Whether the client asked for actions of `kind` (a kind covers its sub-kinds)."""
    return not only or any(kind == want or kind.startswith(f"{want}.") for want in only)


def _edit(analysis: Analysis, edits: list[tuple[int, int, str]], versioned: bool) -> types.WorkspaceEdit:
    text_edits = [types.TextEdit(lsp_range(analysis.index, start, end), new) for start, end, new in edits]
    if versioned:
        document = types.OptionalVersionedTextDocumentIdentifier(analysis.buffer.uri, analysis.buffer.version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(document, text_edits)])
    return types.WorkspaceEdit(changes={analysis.buffer.uri: text_edits})


def _quick_fixes(analysis: Analysis, finding: Finding, versioned: bool) -> list[types.CodeAction]:
    diagnostic = to_diagnostic(analysis, finding)
    return [
        types.CodeAction(
            title=f"{suggestion.title}: '{suggestion.replacement}'" + (UNSAFE_MARK if suggestion.unsafe else ""),
            kind=QUICK_FIX,
            diagnostics=[diagnostic],
            # an unsafe fix (a guess of the rule's) is offered, never preferred, and not in "fix all safe"
            is_preferred=(len(finding.suggestions) == 1 and not suggestion.unsafe) or None,
            edit=_edit(analysis, [(suggestion.start, suggestion.end, suggestion.replacement)], versioned),
            data={"unsafe": True} if suggestion.unsafe else None,
        )
        for suggestion in finding.suggestions
    ]


def suppression_edit(text: str, format: str, offset: int, code: str) -> tuple[int, int, str]:
    """The edit that silences rule `code` on the line holding `offset`, as datecheck.suppress reads
    it: a code added to the line's own suppression, else an end-of-line one (in an HTML comment in
    Markdown and HTML), else, where the line's end cannot take a comment (a Markdown hard break
    with a backslash, an HTML tag still open), a "disable-next-line" comment on a line above."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    if end > start and text[end - 1] == "\r":
        end -= 1
    line = text[start:end]
    existing = None
    for existing in _TRAILING.finditer(line):
        pass
    if existing is not None and not line[existing.end():].strip(" \t>-"):
        at = start + existing.end("codes")
        return at, at, f", {code}" if existing.group("codes").strip() else code
    content = line.rstrip(" \t")
    if format == "text":
        return start + len(content), start + len(content), f"  datecheck: ignore[{code}]"
    open_tag = format == "html" and content.rfind("<") > content.rfind(">")
    if content.endswith("\\") or open_tag:
        newline = "\r\n" if text[end:end + 2] == "\r\n" else "\n"
        indent = line[:len(line) - len(line.lstrip(" \t"))]
        return start, start, f"{indent}<!-- datecheck-disable-next-line {code} -->{newline}"
    return start + len(content), start + len(content), f" <!-- datecheck: ignore[{code}] -->"


def _suppress(analysis: Analysis, finding: Finding, versioned: bool) -> types.CodeAction:
    assert analysis.result is not None
    edit = suppression_edit(analysis.text, analysis.result.document.format, finding.start, finding.code)
    return types.CodeAction(
        title=f"Suppress {finding.code} ({finding.name}) on this line",
        kind=QUICK_FIX,
        diagnostics=[to_diagnostic(analysis, finding)],
        edit=_edit(analysis, [edit], versioned),
    )


def safe_edits(findings: list[Finding]) -> list[tuple[int, int, str]]:
    """The replacements of every finding with exactly one suggestion (not one marked unsafe), in order,
    none overlapping: the edits `check --fix` makes (datecheck/edits.py)."""
    from ..edits import fix_of

    edits: list[tuple[int, int, str]] = []
    for suggestion in sorted((s for s in map(fix_of, findings) if s is not None), key=lambda s: (s.start, s.end)):
        if edits and suggestion.start < edits[-1][1]:
            continue
        edits.append((suggestion.start, suggestion.end, suggestion.replacement))
    return edits


def code_actions(analysis: Analysis, start: int, end: int, only: list[str] | None,
                 versioned: bool = False) -> list[types.CodeAction]:
    """The actions for the findings touching [start, end], then "fix all safe" for the whole buffer."""
    if analysis.result is None:
        return []
    actions: list[types.CodeAction] = []
    if wanted(QUICK_FIX, only):
        touching = [f for f in analysis.result.findings if f.start <= end and start <= f.end]
        for finding in touching:
            actions.extend(_quick_fixes(analysis, finding, versioned))
        suppressed = set()
        for finding in touching:
            if finding.code != UnusedSuppression.code and finding.code not in suppressed:
                suppressed.add(finding.code)
                actions.append(_suppress(analysis, finding, versioned))
    edits = safe_edits(analysis.result.findings)
    if edits and wanted(FIX_ALL, only):
        count = len(edits)
        actions.append(types.CodeAction(
            title=f"Fix all safe date problems ({count} fix{'es' if count != 1 else ''})",
            kind=f"{FIX_ALL.value}.datecheck", edit=_edit(analysis, edits, versioned),
        ))
    return actions
