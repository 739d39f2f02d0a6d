"""Arbitrary text never breaks extraction, and no pattern backtracks badly on long input."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import datecheck
from datecheck.document import load_text

WORDS = st.sampled_from(
    ["Dec.", "7,", "2023", "the", "last", "Tuesday", "May", "march", "a", "year", "ago", "mid-", "1990s",
     "'90s", "Q3", "fiscal", "-", "to", "between", "and", "Christmas", "Eve", ",", "(", ")", "\n", "\n\n",
     "12/07/2023", "07.12.2023", "2024-02-30", "Smith", "45", "years", "old", "early", "the day before",
     "yesterday", "<p>", "`code`", "---", "31", "Sept.", "quarter", "third", "weeks", "later", "\u2019s"]
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    for mention in datecheck.extract(text, published=date(2024, 12, 24)):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=60).map(" ".join), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_date_like_soup_never_raises(text: str, published: date) -> None:
    for mention in datecheck.extract(text, published=published):
        assert text[mention.start:mention.end] == mention.text
        assert mention.value != "" or mention.type in ("DURATION", "SET")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["a.md", "a.html", "a.txt"]))
def test_documents_keep_their_length(text: str, name: str) -> None:
    document = load_text(text, name)
    assert len(document.prose) == len(document.text)


def test_long_pathological_inputs_finish() -> None:
    # each of these would take exponential time in a pattern with nested quantifiers
    for chunk in ["Dec. 7, ", "the the ", "1 ", "early late mid-", "- - ", "a few a few ", ", 45, ", "'9", "\n \n"]:
        text = chunk * 4000
        datecheck.extract(text, published=date(2024, 12, 24))
    load_text("<p>" * 5000, "x.html")
    load_text("`" * 5000 + "*" * 5000, "x.md")


@pytest.mark.parametrize("lang", ["en", "es", "de"])
@pytest.mark.parametrize("text", ["\x00", "\x00\x00", "a\x00\x00b", "\x00\x00 3 \x00\x00\x00 2024"])
def test_nul_characters_match_no_family_a_language_does_not_write(lang: str, text: str) -> None:
    """A family a language does not write is a pattern that matches nothing (patterns.NEVER), not
    one that matches an unlikely character: NULs are text like any other."""
    from datecheck.extract import extract

    mentions = extract(text, date(2024, 3, 15), lang=lang)
    assert all("\x00" not in text[m.start:m.end] for m in mentions)


def test_a_family_that_matches_nothing_has_no_beginnings() -> None:
    from datecheck.patterns import NEVER
    from datecheck.triggers import beginnings, build

    assert beginnings(NEVER, 6) == set()
    word, comma, families = build({"never": NEVER, "year": r"[12][0-9]{3}"})
    assert families["never"] == "" and "\\x00" not in word and "\x00" not in word
