"""The fast scan finds exactly what one alternation of all expression families would find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from datecheck import tokenize as tokenizer
from datecheck import triggers
from datecheck.lang import SUPPORTED, language
from datecheck.patterns import grammar
from tests.test_extract_values import CASES

PATTERNS = language("en").patterns.PATTERNS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_GROUP_NAME = re.compile(r"\(\?P<\w+>")
# The plain way: all families in one alternation, tried at every word start (and at commas).
REFERENCE = re.compile(
    r"(?:(?<![a-z0-9_])|(?=,))(?:"
    + "|".join(f"(?P<{name}>{_GROUP_NAME.sub('(?:', pattern)})" for name, pattern in PATTERNS.items())
    + ")"
)

WORDS = st.sampled_from(
    ["the", "The", "last", "this", "that", "in", "a", "an", "few", "two", "twenty-one", "1990s", "'90s",
     "Dec.", "Sept", "May", "7", "7th", "31", "2024", "2024-12-07", "12/07/2024", "07.12.24", "Q3", "H1",
     "fiscal", "FY24", "third", "quarter", "half", "year", "years", "ago", "earlier", "later", "old",
     "aged", "Smith,", ",", "45,", "1,534", "$2,024", "-", "\u2013", "to", "through", "between", "and",
     "from", "week", "weekend", "Tuesday", "night", "morning", "Christmas", "Eve", "New", "Year's", "Day",
     "spring", "summer", "mid", "mid-", "early", "late", "century", "21st", "now", "currently", "the past",
     "about", "more", "than", "some", "\n", "\t", "\xa0", "  ", "(", ")", "\u2019s", "of", "day", "days"]
)


def reference_spans(text: str) -> list[tuple[int, int, str]]:
    """What the old single-alternation scan finds, with the same word-start rules as tokenize."""
    low = tokenizer.lower_same_length(text)
    found = []
    for match in REFERENCE.finditer(low):
        start = match.start()
        if start > 0:
            prev = low[start - 1]
            if prev.isalnum() or prev == "_" or (prev == "'" and start > 1 and low[start - 2].isalpha()):
                if low[start] != ",":
                    continue
        found.append((start, match.end(), match.lastgroup))
    return found


def fast_spans(text: str) -> list[tuple[int, int, str]]:
    low = tokenizer.lower_same_length(text)
    return [(match.start(), match.end(), kind) for kind, match in tokenizer.scan(low)]


@pytest.mark.parametrize("code", SUPPORTED)
def test_stored_table_is_current(code: str) -> None:
    patterns = language(code).patterns.PATTERNS
    assert triggers.table_path(code).read_text(encoding="utf-8") == triggers.render_table(patterns), (
        f"datecheck/lang/{code}/triggers_table.py is stale: regenerate it as datecheck/triggers.py says"
    )


@pytest.mark.parametrize("code", SUPPORTED)
def test_table_in_use_was_made_from_these_patterns(code: str) -> None:
    patterns = language(code).patterns.PATTERNS
    assert grammar(code).table == triggers.load(patterns, code)
    assert grammar(code).table == triggers.Table(*triggers.build(patterns), triggers.DISPATCH_DEPTH)


def test_same_spans_on_every_table_case() -> None:
    text = "\n\n".join(case[0] for case in CASES)
    assert fast_spans(text) == reference_spans(text)
    assert fast_spans(text), "the cases contain dates"


def test_same_spans_on_fixtures() -> None:
    for path in sorted(FIXTURES.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert fast_spans(text) == reference_spans(text), path.name


def test_tokenize_agrees_with_the_spans() -> None:
    text = "On Tuesday, Dec. 3, Smith, 45, said the 1990s were over; a year ago, in fiscal 2024."
    mentions = tokenizer.tokenize(text)
    spans = reference_spans(text)
    assert len(mentions) == len(spans) == 6
    for mention, (start, end, _) in zip(mentions, spans):  # a handler may trim "the" or the comma
        assert start <= mention.start < mention.end <= end


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=40), st.lists(st.sampled_from([" ", "", "  ", "\n", "-", ", "]), max_size=40))
def test_same_spans_on_date_soup(words: list[str], gaps: list[str]) -> None:
    text = "".join(word + (gaps[i] if i < len(gaps) else " ") for i, word in enumerate(words))
    assert fast_spans(text) == reference_spans(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_same_spans_on_any_text(text: str) -> None:
    assert fast_spans(text) == reference_spans(text)


def test_beginnings_are_a_superset() -> None:
    pattern = r"(?:the\s+)?(?:19|20)[0-9]{2}s"
    starts = triggers.beginnings(pattern, 5)
    assert "the 0" in starts and "0000s" in starts
    assert all(re.match(r"the 0|00", start) for start in starts)
