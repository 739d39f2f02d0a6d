"""A cue searched only in the stretches holding its trigger words finds what it finds over the whole text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datecheck.lang import SUPPORTED, language
from datecheck.rules.gated import Gated, fewer, gated, required_words, separators
from datecheck.triggers import P


def _words(pattern: str) -> set[str] | None:
    found = required_words(P.parse(pattern))
    return set(found) if found is not None else None


@pytest.mark.parametrize("pattern, words", [
    (r"\bpier\b", {"pier"}),
    (r"\b(?:wharf|quay)[ \t]+(?:north|south)\b", {"north", "south"}),  # the longer shortest word wins
    (r"(?:ferry|dock[a-z]*)s?", {"ferry", "dock"}),
    (r"(?=[a-z]+ lighthouse)[a-z]+", {" lighthouse"}),  # a lookahead's words count: they are on the line
    (r"(?:beacon)?[0-9]+", None),  # an optional word is not required
    (r"(?!buoy)[a-z]+", None),
    (r"(?i:jetty)[0-9]", None),  # a case-blind part: its word may be written in capitals
])
def test_required_words(pattern: str, words: set[str] | None) -> None:
    assert _words(pattern) == words


@pytest.mark.parametrize("pattern, ends", [
    (r"\bcanal[ \t]+lock\b", "\n.,;:!?()[]{}\"|<>"),
    (r"^harbor[^\"\r\n]+$", ""),  # '$' tells the text's end from a line's
    (r"(?m)^harbor[^\"\r\n]+", "\n\""),
    (r"harbor\s+master", ".,;:!?()[]{}\"|<>"),  # \s takes a line break
    (r"harbor[^x]", ""),
    (r"harbor.", "\n"),
    (r"harbor[^.,]", ".,"),
    (r"harbor\Z", ""),
    (r"(?<![a-z,])harbor(?![ \t]+of\b)", "\n.;:!?()[]{}\"|<>"),  # a lookaround's characters count
    (r"(harbor)\1", ""),  # a back reference is not understood
    (r"harbor\W", ""),
])
def test_separators(pattern: str, ends: str) -> None:
    assert separators(P.parse(pattern)) == ends


def test_fewer_words_are_looked_for() -> None:
    assert fewer(frozenset({"harbours", "harboured", "pier", "piers", "quay", "tide-table", "tide"})) == (
        "harbour", "pier", "quay", "tide")


def test_a_pattern_that_crosses_lines_is_searched_whole() -> None:
    cue = Gated(re.compile(r"tide\s+table"))
    assert cue.words == ()
    assert [m.span() for m in cue.finditer("the tide\ntable")] == [(4, 14)]


def test_matches_stretch_by_stretch() -> None:
    cue = Gated(re.compile(r"\b(?:its|the)[ \t]+(?P<n>[0-9]+th)[ \t]+(?:season|year)\b(?![ \t]+of\b)"))
    assert cue.words == ("season", "year")
    text = ("The club opened its 12th season\nwith a loss.\n\nThe 40th year of the lease\n"
            "ends; its 7th year began. the 8th year, the 9th season; (its 10th season)")
    assert [m.span() for m in cue.finditer(text)] == [m.span() for m in cue.pattern.finditer(text)]
    assert [m.group("n") for m in cue.finditer(text)] == ["12th", "7th", "8th", "9th", "10th"]
    assert cue.search("no such line\nat all") is None
    assert cue.search(text).span() == cue.pattern.search(text).span()


def _patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    found = []
    for code in SUPPORTED:
        cues = language(code).rule_cues
        for name in dir(cues):
            value = getattr(cues, name)
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str) and gated(value).words:
                found.append((code, name, value))
    return found


PATTERNS = _patterns()
_PIECES = ["born in ", "birth in ", "his ", "her ", "Ana's ", "its ", "the ", "their ", "12th ", "fifth ",
           "anniversary ", "anniversary of ", "year", "season ", "birthday", "wedding ", "marks ", "celebrates ",
           "celebrating ", "since ", "1987", ", ", "\n", "\n\n", "\t", "  ", "x", "-", "'", ".", ";", "(", ")",
           "\"", "5", "_", "\u2019s ", "aniversario ",
           "nació en ", "jubiläum ", "jahrestag ", "yesterday", "now ", "tomorrow "]


def test_every_gated_rule_cue_has_its_sample() -> None:
    assert {(code, name) for code, name, _ in PATTERNS} >= {("en", "OWN_ANNIVERSARY"), ("en", "BORN")}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_gated_rule_cues_find_what_the_whole_text_search_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    low = text.lower()
    for _, _, pattern in PATTERNS:
        cue = gated(pattern)
        assert [m.span() for m in cue.finditer(low)] == [m.span() for m in pattern.finditer(low)]
        found, whole = cue.search(low), pattern.search(low)
        assert (found and found.span()) == (whole and whole.span())


def _screened_patterns() -> list[re.Pattern[str]]:
    from datecheck.rules.recency import cues
    from datecheck.rules.stale_reading import stale_cues

    found = []
    for code in SUPPORTED:
        tables = [language(code).rule_cues, vars(cues(code)), vars(stale_cues(code))]
        for table in tables:
            values = table.values() if isinstance(table, dict) else [getattr(table, n) for n in dir(table)]
            for value in values:
                pattern = getattr(value, "_gated", None)
                pattern = pattern.pattern if pattern is not None else value
                if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str) and gated(pattern).words_within:
                    found.append(pattern)
    return found


SCREENED = _screened_patterns()
_WINDOW_PIECES = _PIECES + ["years after ", "decade before ", "two ", "ago", "later", "since ", "last year ",
                            "a year earlier", "scheduled ", "will ", "previous ", "quarter ended ", "hace ", "seit ",
                            "b", "1", "é"]


def test_screened_cues_are_many() -> None:
    assert len(SCREENED) > 30


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WINDOW_PIECES), max_size=30), st.integers(0, 80), st.integers(0, 80))
def test_a_screened_search_finds_what_the_search_finds(pieces: list[str], pos: int, length: int) -> None:
    low = "".join(pieces).lower()
    for pattern in SCREENED:
        cue = gated(pattern)
        whole, plain_whole = cue.search_in(low), pattern.search(low)
        assert (whole and whole.span()) == (plain_whole and plain_whole.span())
        found, plain = cue.search_in(low, pos, pos + length), pattern.search(low, pos, pos + length)
        assert (found and found.span()) == (plain and plain.span()), (pattern.pattern, low, pos, length)
