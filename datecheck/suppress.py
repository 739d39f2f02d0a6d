"""Inline suppressions: comments in a document that silence findings.

In Markdown and HTML:

    <!-- datecheck-disable-next-line DC201 -->      the line after the comment
    <!-- datecheck-disable DC201, weekday-mismatch --> ... <!-- datecheck-enable -->
    <!-- datecheck-disable-file -->                  the whole file

Anywhere (and the only form in plain text), at the end of a line:

    The fire began on Jan. 2, 2025.  datecheck: ignore[DC201]

Codes may be codes, prefixes ("DC2") or rule names; no codes means every rule. A suppression that
silences nothing is itself reported (DC902, info), so that stale ones do not pile up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Finding
from .rules import RULES, find_rule, matches

_COMMENT = re.compile(
    r"<!--\s*datecheck-(?P<kind>disable-next-line|disable-file|disable|enable)\b(?P<codes>[^>]*?)\s*-->",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"datecheck:\s*ignore(?:\[(?P<codes>[^\]\n]*)\])?[ \t]*(?:-->)?[ \t]*(?=\r?$)", re.IGNORECASE | re.M)


@dataclass
class Suppression:
    start: int  # the comment, for reporting it when it silences nothing
    end: int
    first_line: int
    last_line: int  # inclusive
    codes: tuple[str, ...]  # empty: every rule
    used: bool = False
    unknown: tuple[str, ...] = field(default=())

    def covers(self, finding: Finding) -> bool:
        if not self.first_line <= finding.line <= self.last_line:
            return False
        if not self.codes:
            return True
        rule = find_rule(finding.code)
        return rule is not None and any(matches(rule, code) for code in self.codes)


def _split_codes(text: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(codes, unknown codes) from "DC201, weekday-mismatch DC3"."""
    if not text:
        return (), ()
    codes = tuple(part for part in re.split(r"[\s,]+", text.strip()) if part)
    unknown = tuple(code for code in codes if not any(matches(rule, code) for rule in RULES) or code.upper() == "ALL")
    return codes, unknown


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def find_suppressions(text: str, *, comments: bool = True) -> list[Suppression]:
    """Every suppression in `text`; `comments` reads the HTML-comment forms (Markdown, HTML)."""
    found: list[Suppression] = []
    last_line = text.count("\n") + 1
    if comments and "datecheck-" in text:
        open_regions: list[Suppression] = []
        for match in _COMMENT.finditer(text):
            kind = match.group("kind").lower()
            codes, unknown = _split_codes(match.group("codes"))
            line = _line(text, match.start())
            if kind == "disable-next-line":
                found.append(Suppression(match.start(), match.end(), line + 1, line + 1, codes, unknown=unknown))
            elif kind == "disable-file":
                found.append(Suppression(match.start(), match.end(), 1, last_line, codes, unknown=unknown))
            elif kind == "disable":
                region = Suppression(match.start(), match.end(), line, last_line, codes, unknown=unknown)
                open_regions.append(region)
                found.append(region)
            else:  # enable: closes the regions it names (all of them without codes)
                for region in list(open_regions):
                    if not codes or set(codes) & set(region.codes) or not region.codes and not codes:
                        region.last_line = line
                        open_regions.remove(region)
    if "datecheck:" in text:
        for match in _TRAILING.finditer(text):
            codes, unknown = _split_codes(match.group("codes"))
            line = _line(text, match.start())
            found.append(Suppression(match.start(), match.end(), line, line, codes, unknown=unknown))
    return found


def apply(findings: list[Finding], suppressions: list[Suppression]) -> list[Finding]:
    """The findings no suppression covers; marks the suppressions that were used."""
    kept = []
    for finding in findings:
        covering = [s for s in suppressions if s.covers(finding)]
        for suppression in covering:
            suppression.used = True
        if not covering:
            kept.append(finding)
    return kept
