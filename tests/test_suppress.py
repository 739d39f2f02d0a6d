"""Inline suppressions in Markdown, HTML and plain text."""

from __future__ import annotations

from datetime import date

import datecheck
from datecheck.suppress import find_suppressions

WRONG = "The hearing is set for Tuesday, Oct. 8."  # Oct. 8, 2025 is a Wednesday
DAY = date(2025, 10, 1)


def codes(text: str, path: str, **options) -> list[str]:
    return [f.code for f in datecheck.check(text, DAY, path, **options)]


def test_next_line_in_markdown() -> None:
    text = f"<!-- datecheck-disable-next-line DC101 -->\n{WRONG}\n{WRONG}\n"
    findings = datecheck.check(text, DAY, "a.md")
    assert [(f.code, f.line) for f in findings] == [("DC101", 3)]


def test_region_file_and_names() -> None:
    region = f"<!-- datecheck-disable weekday-mismatch -->\n{WRONG}\n<!-- datecheck-enable -->\n{WRONG}\n"
    assert [f.line for f in datecheck.check(region, DAY, "a.md")] == [4]
    whole = f"{WRONG}\n<!-- datecheck-disable-file -->\n{WRONG}\n"
    assert codes(whole, "a.md") == []
    prefix = f"<!-- datecheck-disable DC1 -->\n{WRONG}\n"
    assert codes(prefix, "a.html") == []


def test_no_codes_means_every_rule() -> None:
    text = f"<!-- datecheck-disable-next-line -->\n{WRONG}\n"
    assert codes(text, "a.md") == []


def test_plain_text_trailing_note() -> None:
    assert codes(f"{WRONG} datecheck: ignore[DC101]\n", "a.txt") == []
    assert codes(f"{WRONG} datecheck: ignore\n", "a.txt") == []
    assert codes(f"{WRONG} datecheck: ignore[DC102]\n", "a.txt") == ["DC101", "DC902"]


def test_comments_are_not_read_in_plain_text() -> None:
    text = f"<!-- datecheck-disable-next-line DC101 -->\n{WRONG}\n"
    assert codes(text, "a.txt") == ["DC101"]


def test_unused_and_unknown_suppressions_are_reported_as_info() -> None:
    text = "<!-- datecheck-disable-next-line DC101 -->\nThe hearing is set for Wednesday, Oct. 8.\n"
    (finding,) = datecheck.check(text, DAY, "a.md")
    assert (finding.code, finding.severity.value, finding.line) == ("DC902", "info", 1)
    assert finding.text == "<!-- datecheck-disable-next-line DC101 -->"
    unknown = datecheck.check(f"<!-- datecheck-disable-next-line DC777 -->\n{WRONG}\n", DAY, "a.md")
    assert sorted(f.code for f in unknown) == ["DC101", "DC902"]
    assert "names no rule: DC777" in [f for f in unknown if f.code == "DC902"][0].message


def test_suppression_of_a_rule_not_run_is_not_reported() -> None:
    text = f"<!-- datecheck-disable-next-line DC201 -->\n{WRONG}\n"
    assert codes(text, "a.md", select=["DC101", "DC902"]) == ["DC101"]


def test_parser_lines() -> None:
    one, enable = find_suppressions("a\n<!-- datecheck-disable DC201 -->\nb\nc\n<!-- datecheck-enable DC201 -->\nd\n")
    assert (one.first_line, one.last_line, one.codes) == (2, 5, ("DC201",))
    assert (enable.kind, enable.used) == ("enable", True)  # it ended a region, and covers nothing itself


def test_a_suppression_written_in_any_case_is_found() -> None:
    """The scans are skipped when the text does not hold the tool's name: that test must see the name
    in any case the patterns accept, the Kelvin sign for its k too."""
    text = "The ferry sails Wednesday, March 4, 2026.  <!-- DateCheck-Disable-Next-Line -->\nx\n"
    assert [s.kind for s in find_suppressions(text)] == ["next-line"]
    assert find_suppressions("Docks open Monday.  DATECHEC\u212a: IGNORE[DC101]\n")[0].codes == ("DC101",)
    assert find_suppressions("Docks open Monday, no note here.\n") == []


def test_the_name_test_is_exact() -> None:
    """Every character a case-blind pattern takes for a letter of the name lowers to that letter."""
    import re

    from datecheck.suppress import _NAME

    every = "".join(map(chr, range(0x110000)))
    for letter in set(_NAME):
        assert {c.lower() for c in re.findall(letter, every, re.IGNORECASE)} == {letter}
