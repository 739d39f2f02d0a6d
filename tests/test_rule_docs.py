"""Every rule's documented Example and Use instead, run as a test (`datecheck rule CODE` prints them).

The two sections are written for people first; a few conventions make them runnable too:

- The section's indented body is the text to check. "..." in it stands for text left out and is
  checked as written.
- A body may open with "(published Oct. 1, 2025)": the publication date the text is checked
  against (a written date or YYYY-MM-DD). "Use instead" is checked against the Example's date
  unless it gives its own.
- A parenthesis set off by two or more spaces at the end of a line ("   (or: Tuesday, Oct. 7)")
  is a note to the reader, not part of the text.
- A body that opens with front matter ("---") or holds an HTML comment is a Markdown file;
  anything else is plain text.
- The rule is run on its own, together with the rules a suppression comment in the body names
  (a suppression of a rule that did not run is never reported as unused).

The Example must give at least one finding of the rule, "Use instead" none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest

import datecheck
from datecheck.dateparser_adapter import parse_date
from datecheck.rules import RULES

_HEADING = re.compile(r"^(?P<name>[A-Z][A-Za-z ]*[:?])[ \t]*$")
_PUBLISHED = re.compile(r"\A\(published (?P<date>[^)]+)\)[ \t]*\n?")
_NOTE = re.compile(r"[ \t]{2,}\([^()]*(?:\([^()]*\)[^()]*)*\)[ \t]*$", re.MULTILINE)
_CODE = re.compile(r"\bDC[0-9]{3}\b")


def sections(doc: str) -> dict[str, str]:
    """The documentation's sections by heading ("Example:"), each body dedented."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in doc.splitlines():
        heading = _HEADING.match(line)
        if heading:
            current = found.setdefault(heading.group("name"), [])
        elif current is not None and (not line.strip() or line.startswith("    ")):
            current.append(line[4:])
        else:
            current = None
    return {name: "\n".join(lines).strip("\n") for name, lines in found.items()}


@dataclass(frozen=True)
class Sample:
    text: str
    published: date | None
    path: str | None


def sample(body: str, published: date | None = None) -> Sample:
    """The text, publication date and file kind a section's body stands for."""
    given = _PUBLISHED.match(body)
    if given:
        published = parse_date(given.group("date"))
        assert published is not None, f"not a date: {given.group('date')!r}"
        body = body[given.end():]
    text = _NOTE.sub("", body).strip("\n") + "\n"
    markdown = text.startswith("---\n") or "<!--" in text
    return Sample(text, published, "example.md" if markdown else None)


def examples(rule) -> tuple[Sample, Sample]:  # type: ignore[no-untyped-def]
    parts = sections(rule.documentation())
    bad = sample(parts["Example:"])
    good = sample(parts["Use instead:"], bad.published)
    return bad, good


def codes(rule, text_sample: Sample) -> list[str]:  # type: ignore[no-untyped-def]
    select = [rule.code, *sorted(set(_CODE.findall(text_sample.text)) - {rule.code})]
    findings = datecheck.check(text_sample.text, text_sample.published, text_sample.path, select=select)
    for finding in findings:
        assert text_sample.text[finding.start:finding.end] == finding.text
    return [finding.code for finding in findings]


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_the_example_is_flagged(rule) -> None:  # type: ignore[no-untyped-def]
    bad, _ = examples(rule)
    assert rule.code in codes(rule, bad), (rule.code, bad)


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_use_instead_is_not_flagged(rule) -> None:  # type: ignore[no-untyped-def]
    _, good = examples(rule)
    assert datecheck.extract(good.text, good.published), f"{rule.code}: 'Use instead' holds no date, so it proves nothing"
    assert rule.code not in codes(rule, good), (rule.code, good)


def test_the_conventions() -> None:
    doc = (
        "Flags things.\n\nExample:\n    (published Oct. 1, 2025) Tuesday, Oct. 8.\n    Second line."
        "   (a note)\n\nUse instead:\n    ---\n    date: 2025-10-01\n    ---\n    Wednesday, Oct. 8.   (or: Oct. 7)\n"
    )
    parts = sections(doc)
    bad = sample(parts["Example:"])
    good = sample(parts["Use instead:"], bad.published)
    assert bad == Sample("Tuesday, Oct. 8.\nSecond line.\n", date(2025, 10, 1), None)
    assert good == Sample("---\ndate: 2025-10-01\n---\nWednesday, Oct. 8.\n", date(2025, 10, 1), "example.md")
