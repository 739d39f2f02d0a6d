"""Inline suppressions: comments in a document that silence findings.

In Markdown and HTML:

    <!-- datecheck-disable-next-line DC201 -->      the line after the comment
    <!-- datecheck-disable DC201, weekday-mismatch --> ... <!-- datecheck-enable -->
    <!-- datecheck-disable-file -->                  the whole file

Anywhere (and the only form in plain text), at the end of a line:

    The fire began on Jan. 2, 2025.  datecheck: ignore[DC201]

Codes may be codes, prefixes ("DC2"), rule names or ALL, in any case; no codes means every rule. An
enable comment ends what it names of each open region: `enable DC101` after `disable DC1` lets
DC101 speak again and keeps the rest of DC1 silent.

Only a suppression the document reads as prose counts: one shown inside a code block, inline code,
front matter (or, in HTML, a script, a style or an attribute) is an example, not an instruction.
A suppression that silences nothing, names no rule or cannot be read is itself reported (DC902,
info), so that stale and mistyped ones do not pile up. Every pattern here is linear: a comment is
found by its opening and closed with one search, and a line holds at most one trailing note.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .model import Finding, Severity
from .report.safe import printable
from .rules import RULES, matches
from .suppress_scan import comment_directives, in_prose_checks, trailing_notes

if TYPE_CHECKING:
    from .document import Document
    from .rules import Rule

_DIRECTIVE_KIND = re.compile(r"datecheck-(disable-next-line|disable-file|disable|enable)(?![^\s,])", re.IGNORECASE)
_DIRECTIVE_SPACED = re.compile(r"datecheck[\s:]+(?:disable|enable)", re.IGNORECASE)
_COMMENT_NOTE = re.compile(r"datecheck:[ \t]*ignore", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s,]+")
_SELECTOR = re.compile(r"[\w-]+")
_ALL_CODES = frozenset(rule.code for rule in RULES)


@dataclass
class Suppression:
    start: int  # the comment, for reporting it when it silences nothing
    end: int
    first_line: int
    last_line: int  # inclusive
    codes: tuple[str, ...]  # as written; empty: every rule
    used: bool = False
    unknown: tuple[str, ...] = field(default=())
    kind: str = "line"  # "line", "next-line", "file", "region" or "enable"
    problem: str | None = None  # why it cannot be read; it then silences nothing
    rules: frozenset[str] = _ALL_CODES  # the codes it silences
    parent: Suppression | None = None  # set on what a region keeps silent after an enable
    ended: bool = False  # a region an enable comment has ended

    def covers(self, finding: Finding) -> bool:
        return (self.problem is None and self.kind != "enable" and finding.code in self.rules
                and self.first_line <= finding.line <= self.last_line)

    def mark_used(self) -> None:
        self.used = True
        if self.parent is not None:
            self.parent.used = True


@lru_cache(maxsize=1024)
def _picks(selector: str) -> frozenset[str]:
    """The codes of the rules one selector (code, prefix, name or ALL, any case) picks."""
    return frozenset(rule.code for rule in RULES if matches(rule, selector))


def _selected(codes: tuple[str, ...]) -> frozenset[str]:
    if not codes:
        return _ALL_CODES
    return frozenset().union(*(_picks(code) for code in codes))


def _read_codes(text: str) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """(codes, unknown codes, problem) from "DC201, weekday-mismatch DC3"."""
    codes = tuple(part for part in _SEPARATORS.split(text.strip()) if part)
    bad = [code for code in codes if not _SELECTOR.fullmatch(code)]
    if bad:
        return (), (), f"{bad[0]!r} is not a rule code or name"
    unknown = tuple(code for code in codes if not _picks(code))
    return codes, unknown, None


def _looks_like_codes(text: str) -> bool:
    """Whether `text` is a list of rule codes or names (a note written without its brackets)."""
    parts = [part for part in _SEPARATORS.split(text.strip()) if part]
    return bool(parts) and all(
        _SELECTOR.fullmatch(part) and (re.fullmatch(r"(?i)dc\d+", part) or _picks(part))
        for part in parts
    )


def read_ignore(rest: str, *, comment_end: bool) -> tuple[tuple[str, ...], tuple[str, ...], str | None] | None:
    """What follows `datecheck: ignore` to the end of its line: (codes, unknown, problem), or None
    when it is prose that merely mentions the note."""
    body = rest.strip()
    if comment_end and body.endswith("-->"):
        body = body[:-3].rstrip()
    if not body:
        return (), (), None
    if body.startswith("["):
        close = body.find("]")
        if close < 0:
            return (), (), "its '[' is never closed with ']'"
        if body[close + 1:].strip():
            return (), (), "it does not end its line"
        return _read_codes(body[1:close])
    if _looks_like_codes(body):
        return (), (), "the codes go in brackets: datecheck: ignore[DC101]"
    return None


def read_directive(content: str) -> tuple[str, tuple[str, ...], tuple[str, ...], str | None] | None:
    """(kind, codes, unknown, problem) of a comment's content that starts with `datecheck`; None
    when the comment only mentions datecheck."""
    note = _COMMENT_NOTE.match(content)
    if note is not None:
        parsed = read_ignore(content[note.end():], comment_end=False)
        return ("line", *parsed) if parsed else ("line", (), (), "what follows 'ignore' is not [codes]")
    directive = _DIRECTIVE_KIND.match(content)
    if directive is not None:
        return (directive.group(1).lower(), *_read_codes(content[directive.end():]))
    if _DIRECTIVE_SPACED.match(content):
        return "line", (), (), "write the directive with dashes, as in datecheck-disable DC101"
    if content[:len("datecheck-")].lower() == "datecheck-":
        head = content.split(None, 1)[0]
        return "line", (), (), (f"'{printable(head[:40])}' is none of datecheck-disable, datecheck-disable-next-line, "
                                "datecheck-disable-file, datecheck-enable")
    return None


def _line_index(text: str) -> Callable[[int], int]:
    starts = [0] + [m.end() for m in re.finditer(r"\r\n?|\n", text)]
    return lambda offset: bisect.bisect_right(starts, offset)


#: The word every suppression holds (its patterns match it in any case, and `str.lower` maps each
#: character they take for one of its letters to that letter).
_NAME = "datecheck"


def find_suppressions(text: str, *, comments: bool = True, document: Document | None = None) -> list[Suppression]:
    """Every suppression in `text`; `comments` reads the HTML-comment forms (Markdown, HTML).

    With the `document`, only the suppressions in its prose count, and lines are its own.
    """
    if document is not None:
        text = document.text
    if _NAME not in text.lower():  # every comment and note names datecheck (in any case): nearly no text does
        return []
    if document is not None:
        line_of: Callable[[int], int] = lambda offset: document.location(offset)[0]  # noqa: E731
    else:
        line_of = _line_index(text)
    last_line = line_of(len(text))
    in_prose, comments_in_prose = in_prose_checks(document)
    found: list[Suppression] = []
    spans: list[tuple[int, int]] = []
    if comments:
        directives = list(comment_directives(text))
        spans = [(start, end) for start, end, _, _ in directives]
        readable = [directive for directive, ok in zip(directives, comments_in_prose(spans)) if ok]
        found.extend(_directives(readable, line_of, last_line))
    for start, end, rest in trailing_notes(text, spans):
        parsed = read_ignore(rest, comment_end=not comments)
        if parsed is None or not in_prose(start, end):
            continue
        codes, unknown, problem = parsed
        line = line_of(start)
        found.append(Suppression(start, end + len(rest), line, line, codes, unknown=unknown, problem=problem,
                                 rules=_selected(codes)))
    found.sort(key=lambda s: s.start)
    return found


def _directives(
    directives: list[tuple[int, int, str, bool]], line_of: Callable[[int], int], last_line: int
) -> Iterator[Suppression]:
    """The suppressions of the comments, in order: regions opened by disable, ended by enable."""
    open_by_code: dict[str, list[Suppression]] = {}  # each rule's open regions (ended ones skipped)
    for start, end, content, closed in directives:
        parsed = read_directive(content)
        if parsed is None:
            continue
        kind, codes, unknown, problem = parsed
        if not closed:
            kind, problem = "line", "the comment is never closed with '-->'"
        line = line_of(start)
        rules = _selected(codes)
        if problem is not None or kind == "line":
            yield Suppression(start, end, line, line, codes, unknown=unknown, problem=problem, rules=rules)
        elif kind == "disable-next-line":
            after = line_of(max(start, end - 1)) + 1
            yield Suppression(start, end, after, after, codes, unknown=unknown, kind="next-line", rules=rules)
        elif kind == "disable-file":
            yield Suppression(start, end, 1, last_line, codes, unknown=unknown, kind="file", rules=rules)
        elif kind == "disable":
            region = Suppression(start, end, line, last_line, codes, unknown=unknown, kind="region", rules=rules)
            _open(region, open_by_code)
            yield region
        else:
            enable = Suppression(start, end, line, line, codes, unknown=unknown, kind="enable", rules=rules)
            yield enable
            yield from _enable(enable, open_by_code, line, last_line)


def _open(region: Suppression, open_by_code: dict[str, list[Suppression]]) -> None:
    for code in region.rules:
        open_by_code.setdefault(code, []).append(region)


def _enable(
    enable: Suppression, open_by_code: dict[str, list[Suppression]], line: int, last_line: int
) -> Iterator[Suppression]:
    """End, at `line`, what `enable` names of each open region; what it does not name stays silent.

    Each region is ended once and is listed under each of its rules once, so a run of comments
    costs time in proportion to their number."""
    ending: dict[int, Suppression] = {}
    for code in sorted(enable.rules):
        for region in open_by_code.pop(code, ()):
            if not region.ended:
                ending[id(region)] = region
    for region in sorted(ending.values(), key=lambda r: r.start):
        enable.used = True
        region.ended = True
        region.last_line = line
        rest = region.rules - enable.rules
        if rest:
            remainder = Suppression(region.start, region.end, line, last_line, region.codes, kind="region",
                                    rules=rest, parent=region.parent or region)
            _open(remainder, open_by_code)
            yield remainder


def apply(findings: list[Finding], suppressions: list[Suppression]) -> list[Finding]:
    """The findings no suppression covers; marks the suppressions that were used.

    Worked out per rule on sorted lines, so many suppressions and many findings cost
    (suppressions + findings) x log, never their product."""
    lines: dict[str, list[int]] = {}
    for finding in findings:
        lines.setdefault(finding.code, []).append(finding.line)
    for found in lines.values():
        found.sort()
    spans: dict[str, list[tuple[int, int]]] = {}
    for suppression in suppressions:
        if suppression.problem is not None or suppression.kind == "enable":
            continue
        for code in suppression.rules:
            found = lines.get(code)
            if not found:
                continue
            spans.setdefault(code, []).append((suppression.first_line, suppression.last_line))
            i = bisect.bisect_left(found, suppression.first_line)
            if i < len(found) and found[i] <= suppression.last_line:
                suppression.mark_used()
    merged = {code: _merged(pairs) for code, pairs in spans.items()}
    return [finding for finding in findings if not _inside(merged.get(finding.code), finding.line)]


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Line spans joined where they touch: (first lines, last lines), both sorted."""
    firsts: list[int] = []
    lasts: list[int] = []
    for first, last in sorted(spans):
        if first > last:
            continue
        if lasts and first <= lasts[-1] + 1:
            lasts[-1] = max(lasts[-1], last)
        else:
            firsts.append(first)
            lasts.append(last)
    return firsts, lasts


def _inside(merged: tuple[list[int], list[int]] | None, line: int) -> bool:
    if not merged:
        return False
    firsts, lasts = merged
    i = bisect.bisect_right(firsts, line) - 1
    return i >= 0 and line <= lasts[i]


def notice(suppression: Suppression, ran: list[type[Rule]], messages: str = "en") -> str | None:
    """The DC902 message for a suppression (in the language `messages`), or None when it did its
    work (or named only rules that did not run this time)."""
    from .messages import N_, say

    if suppression.parent is not None:
        return None
    if suppression.problem is not None:
        return say(messages, N_("this suppression cannot be read and silences nothing: {problem}"),
                   problem=printable(suppression.problem))
    if suppression.unknown:
        return say(messages, N_("this suppression names no rule: {names} (see `datecheck rules`)"),
                   names=printable(", ".join(suppression.unknown)))
    if suppression.used:
        return None
    ran_codes = {rule.code for rule in ran}
    if suppression.codes and not all(_picks(code) & ran_codes for code in suppression.codes):
        return None
    if suppression.kind == "enable":
        return say(messages, N_("this enable comment ends no disable comment: remove it"))
    return say(messages, N_("this suppression silences nothing: remove it"))


def suppressed(
    document: Document, findings: list[Finding], rules: list[type[Rule]], severities: dict[str, Severity],
    messages: str = "en",
) -> list[Finding]:
    """The findings left after the document's suppressions, plus DC902 for each one that silenced
    nothing, names no rule or cannot be read (its message in the language `messages`)."""
    from .rules.unused_suppression import UnusedSuppression

    suppressions = find_suppressions(document.text, comments=document.format in ("markdown", "html"),
                                     document=document)
    if not suppressions:
        return findings
    kept = apply(findings, suppressions)
    if UnusedSuppression not in rules:
        return kept
    ran = [rule for rule in rules if rule is not UnusedSuppression]
    severity = severities.get(UnusedSuppression.code, UnusedSuppression.severity)
    for suppression in suppressions:
        message = notice(suppression, ran, messages)
        if message is None:
            continue
        line, column = document.location(suppression.start)
        end_line, end_column = document.location(suppression.end)
        kept.append(Finding(
            code=UnusedSuppression.code, name=UnusedSuppression.name, severity=severity, message=message,
            start=suppression.start, end=suppression.end, text=document.text[suppression.start:suppression.end],
            line=line, column=column, end_line=end_line, end_column=end_column,
        ))
    return kept
