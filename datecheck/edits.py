"""Applying suggestions: which findings a fix may settle, and the text with their edits made.

A finding is fixable when it carries exactly one suggestion (a choice between two repairs is left
to the writer), and that suggestion is safe or unsafe fixes were asked for. Its edit may lie on
the finding's own text or on the other side of the conflict (the date rather than the weekday).
Edits are taken in the order of the findings; one that overlaps an edit already taken is left for
a later pass (the first may settle both). After each pass the text is checked again: what is
reported then is what remains, at its place in the fixed text, and a fix whose finding is still
there is not kept. Pure functions of text and findings: nothing here reads or writes a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from .model import Finding, Suggestion

#: Passes over one text at most (each pass re-checks it); fixes settle in one or two.
MAX_PASSES = 8


@dataclass(frozen=True, slots=True)
class Edit:
    """`replacement` for the text at [start, end), made to settle `finding`."""

    start: int
    end: int
    replacement: str
    findings: tuple[Finding, ...]  # the first, and any other whose one suggestion is this same edit

    def clashes(self, other: "Edit") -> bool:
        """True when the two edits touch the same text (or insert at the same place)."""
        if self.start == other.start:
            return True
        return self.start < other.end and other.start < self.end


def fix_of(finding: Finding, unsafe: bool = False) -> Suggestion | None:
    """The one suggestion a fix would apply for `finding`, or None when it has none, several, or an
    unsafe one and unsafe fixes were not asked for."""
    if len(finding.suggestions) != 1:
        return None
    suggestion = finding.suggestions[0]
    if suggestion.unsafe and not unsafe:
        return None
    if suggestion.start < 0 or suggestion.end < suggestion.start:
        return None
    return suggestion


Guard = Callable[[int, int, str], bool]


def plan_edits(findings: Iterable[Finding], text: str, unsafe: bool = False, editable: Guard | None = None) -> list[Edit]:
    """The edits to make, in order of position: the first of any overlapping pair, only edits whose
    text differs from what is written, and (with `editable`) only where it allows."""
    taken: list[Edit] = []
    for finding in findings:
        suggestion = fix_of(finding, unsafe)
        if suggestion is None or suggestion.end > len(text):
            continue
        if text[suggestion.start:suggestion.end] == suggestion.replacement:
            continue
        if editable is not None and not editable(suggestion.start, suggestion.end, suggestion.replacement):
            continue
        edit = Edit(suggestion.start, suggestion.end, suggestion.replacement, (finding,))
        clash = next((number for number, other in enumerate(taken) if edit.clashes(other)), None)
        if clash is None:
            taken.append(edit)
        elif (taken[clash].start, taken[clash].end, taken[clash].replacement) == (edit.start, edit.end, edit.replacement):
            taken[clash] = Edit(edit.start, edit.end, edit.replacement, taken[clash].findings + (finding,))
    return sorted(taken, key=lambda edit: edit.start)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """`text` with the edits (in order of position, none overlapping) made; linear in its length."""
    pieces: list[str] = []
    at = 0
    for edit in edits:
        pieces.append(text[at:edit.start])
        pieces.append(edit.replacement)
        at = edit.end
    pieces.append(text[at:])
    return "".join(pieces)


def moved(offset: int, edits: Sequence[Edit]) -> int:
    """Where `offset` of the old text is in the new one (an offset inside an edit goes to its start)."""
    shift = 0
    for edit in edits:
        if edit.start >= offset:
            break
        if edit.end > offset:
            return edit.start + shift
        shift += len(edit.replacement) - (edit.end - edit.start)
    return offset + shift


def still_there(edit: Edit, edits: Sequence[Edit], findings: Iterable[Finding]) -> bool:
    """True when the re-checked `findings` still hold a finding `edit` was made to settle."""
    left = {(f.code, f.start) for f in findings}
    return any((fixed.code, moved(fixed.start, edits)) in left for fixed in edit.findings)


@dataclass
class Fixed:
    """What fixing one text came to: the text, the findings fixed, and what a check of it reports."""

    text: str
    applied: list[Finding]
    remaining: list[Finding]
    result: object = None  # the last check's result, when the checker gives one


Checker = Callable[[str], tuple[list[Finding], object]]


def fix_text(text: str, findings: list[Finding], checker: Checker, *, unsafe: bool = False,
             guard: Callable[[object], Guard | None] | None = None, result: object = None,
             on_pass: Callable[[list[Edit]], None] | None = None) -> Fixed:
    """Fix `text`, whose check found `findings` (and gave `result`), pass by pass: `checker(text)`
    gives the findings of a text and its result; `guard(result)`, where its text may be edited;
    `on_pass(edits)` hears each pass kept (its edits in positions of the text before it), to make
    them elsewhere too (a Word document). A pass whose fix leaves its finding in place is made
    again without that fix; the passes stop when no fixable finding is left, or when a pass would
    bring back a text already seen."""
    applied: list[Finding] = []
    refused: set[tuple[str, int, int]] = set()
    seen = {text}
    for _ in range(MAX_PASSES):
        candidates = [f for f in findings if (f.code, f.start, f.end) not in refused]
        edits = plan_edits(candidates, text, unsafe, guard(result) if guard else None)
        if not edits:
            break
        new_text = apply_edits(text, edits)
        if new_text in seen:  # fixes that undo each other: stop where the text was
            break
        seen.add(new_text)
        new_findings, new_result = checker(new_text)
        failed = [edit for edit in edits if still_there(edit, edits, new_findings)]
        if failed:
            refused.update((f.code, f.start, f.end) for e in failed for f in e.findings)
            continue
        applied.extend(finding for edit in edits for finding in edit.findings)
        if on_pass is not None:
            on_pass(edits)
        text, findings, result = new_text, new_findings, new_result
    return Fixed(text, applied, findings, result)


def fix(text: str, published=None, path: str | None = None, *, unsafe: bool = False,  # type: ignore[no-untyped-def]
        **options) -> tuple[str, list[Finding], list[Finding]]:
    """`text` with the findings that have one clear fix fixed: (new text, the findings fixed, the
    findings a check of the new text still reports). Takes `datecheck.check`'s settings."""
    from . import check

    def checker(candidate: str) -> tuple[list[Finding], object]:
        return check(candidate, published, path, **options), None

    fixed = fix_text(text, check(text, published, path, **options), checker, unsafe=unsafe)
    return fixed.text, fixed.applied, fixed.remaining
