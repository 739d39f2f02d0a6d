"""Every regular expression in datecheck runs in linear time on long runs of one kind of character.

The patterns are the ones the package really compiles (tests/regex_inventory.py runs it and records
them: module constants, the language tables, every family of the date grammar, the clause patterns
built from a language's words, and the inline ``re.search(r"...")`` calls). Each is fed thousands of
characters of punctuation, dots, dashes, blanks, commas, slashes, digits, word characters and mixes,
alone or after the start of a date line, and run as the code runs them: ``.search``, ``.finditer``
and ``.match``. Nothing here is timed: a pattern that backtracks exponentially makes the test hang,
and that is the failure. How the time grows is measured by ``benchmarks/regex_audit.py``.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import datecheck
from cli_run import run_datecheck
from regex_inventory import PREFIXES, RUN_UNITS, SUFFIXES, UNREACHED, call_sites, collect

ENTRIES = collect()

#: Lines that once backtracked for minutes in the date-line pattern (a date, then a long run of
#: characters that are not words, then a word), written for this test.
SLOW_LINES = (
    "March 4 " + "." * 40 + " Board meeting",
    "Dec. 3, 2024 " + "-" * 60 + " Agenda",
    "12/31 " + ", " * 40 + "closing notes",
    "Updated Feb. 9, 2025 " + " " * 80 + "Read more",
    "July 14, 2026 \u2014 " + "*" * 50 + " x",
)


def _mixed(units: list[str]) -> st.SearchStrategy[str]:
    """The units, each repeated a few times or a few thousand, in one piece."""
    return st.lists(st.integers(1, 3000), min_size=len(units), max_size=len(units)).map(
        lambda counts: "".join(unit * count for unit, count in zip(units, counts))
    )


_LONG_RUN = st.one_of(
    # one unit repeated thousands of times: "....", "- - - ", "0,0,0,"
    st.tuples(st.sampled_from(RUN_UNITS), st.integers(1000, 5000)).map(lambda pair: pair[0] * pair[1]),
    # a few units one after another, each repeated
    st.lists(st.sampled_from(RUN_UNITS), min_size=2, max_size=4).flatmap(_mixed),
    # a short mix of punctuation repeated: ".-, .-, .-, "
    st.tuples(st.text(".-, /:;'()_0a\t", min_size=2, max_size=6), st.integers(300, 1500)).map(
        lambda pair: pair[0] * pair[1]
    ),
)
TEXTS = st.builds(
    lambda prefix, run, suffix, lower: (prefix + run + suffix).lower() if lower else prefix + run + suffix,
    st.sampled_from(PREFIXES), _LONG_RUN, st.sampled_from(SUFFIXES), st.booleans(),
)


def test_the_inventory_reaches_every_regex_in_the_source() -> None:
    """Each `re.<function>(...)` call in datecheck/ was reached when the patterns were collected."""
    reached = {origin for entry in ENTRIES for origin in entry.origins}
    assert call_sites() - reached - set(UNREACHED) == set()
    names = {entry.name for entry in ENTRIES}
    assert "datecheck.lang.en.rule_cues.DATE_LINE_REST" in names
    assert {"grammar[en].mdy", "grammar[en].after_word_break"} <= names


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry.name for entry in ENTRIES])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=TEXTS)
@example(text=SLOW_LINES[0])
@example(text=SLOW_LINES[3].lower())
def test_pattern_is_linear_on_long_runs(entry, text: str) -> None:  # type: ignore[no-untyped-def]
    """Run as the code runs it: from every start if the code searches with it (or was never seen
    running it), else matched at a few places (the date grammar matches at each word start)."""
    pattern = re.compile(entry.pattern, entry.flags)
    if entry.searched:
        pattern.search(text)
        for _ in pattern.finditer(text):
            pass
    for start in (0, 1, len(text) // 3, len(text) // 2):
        pattern.match(text, start)


@pytest.mark.parametrize("line", SLOW_LINES)
def test_a_date_followed_by_a_long_run_is_read_at_once(line: str) -> None:
    """The whole way, as a dateline and in the body: extract, check, and the publication-date search."""
    text = f"{line}\n\nThe library reopens Tuesday, March 10, 2026.\n"
    datecheck.extract(text)
    datecheck.check(text, date(2026, 3, 2))
    datecheck.check(text)


def test_an_html_update_line_with_a_link_is_read_at_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "story.html"
    page.write_text(
        "<html><body><p>Updated Dec. 3, 2024 <a href=\"https://example.org/city/2024/12/03/"
        "ferry-terminal-budget-vote-delayed-again\" class=\"story-link\">Earlier coverage</a></p>"
        "<p>The council meets Thursday, Dec. 5.</p></body></html>\n",
        encoding="utf-8",
    )
    done = run_datecheck("check", str(page), "--format", "json")
    assert done.returncode in (0, 1), done.stderr


def test_the_cli_reads_a_dotted_date_line_at_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.txt"
    notes.write_text("March 4 " + "." * 40 + " Zoning\n", encoding="utf-8")
    done = run_datecheck("check", str(notes))
    assert done.returncode in (0, 1), done.stderr
