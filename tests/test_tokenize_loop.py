"""The tokenizer's scan loop hands each match to its family's handler in place; it must find what
the grammar's own scan finds when every match is offered to the handlers the slow way (the
generator of `patterns.Grammar.scan`, a match turned down by sending False back). The shared
`Stated` values and the word readers must read as the plain code would."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datecheck.lang import SUPPORTED
from datecheck.model import Stated
from datecheck.scan import HANDLERS, lower_same_length, tokenize
from datecheck.scan.context import Context, stated_date, stated_offset
from datecheck.patterns import grammar

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def tokenize_by_generator(text: str, lang: str) -> list[tuple]:
    """The mentions as the tokenizer once made them: through `Grammar.scan`, one match at a time."""
    low = lower_same_length(text)
    context = Context(text, low, lang)
    found = grammar(lang).scan(low)
    step = next(found, None)
    while step is not None:
        kind, match = step
        count = len(context.out)
        HANDLERS[kind](context, match, match.start(), match.end())
        try:
            step = found.send(len(context.out) > count)
        except StopIteration:
            step = None
    return [_fields(mention) for mention in context.out]


def _fields(mention) -> tuple:
    return (mention.start, mention.end, mention.kind, mention.stated, mention.type, mention.flags, mention.rel,
            mention.unit, mention.range_role)


def both(text: str, lang: str) -> tuple[list[tuple], list[tuple]]:
    return [_fields(mention) for mention in tokenize(text, lang=lang)], tokenize_by_generator(text, lang)


SENTENCES = {
    "en": [
        "Nora Quill, 52, born in 1973, opened the third branch on Tuesday, Oct. 14, 2025; two years after the 2023 "
        "merger, the co-op rehired 40 staff. The two-day fair, June 6-7, 2026, ran late Friday night.",
        "In 1990 and 1991 the board met twice a week; the 1990s ended, and by 2001-02 the fund had 1,998 members. "
        "Last Monday, a week ago, she turned 61. In two weeks the Q3 results arrive, about three days ago or so.",
        "The 1,534 votes of 2019 votes; $2,024 and 2024% and 2024:15 and 2024.5 and mid-1996, then 1630 to 1800 GMT.",
    ],
    "es": ["El lunes 13 de octubre de 2025 la junta votó; hace cuatro años, en los años 80, del 27 al 29 de mayo."],
    "de": ["Am Montag, dem 6. Oktober 2025, tagte der Rat; vor drei Jahren, am 6., 7. und 8. Mai 2024."],
}


@pytest.mark.parametrize("lang", SUPPORTED)
def test_same_mentions_on_sentences(lang: str) -> None:
    for text in SENTENCES.get(lang, []):
        fast, slow = both(text, lang)
        assert fast == slow
        assert fast, "the sentences contain dates"


def test_same_mentions_on_fixtures() -> None:
    for path in sorted(FIXTURES.rglob("*")):
        if path.is_file() and path.suffix in (".md", ".txt", ".html"):
            lang = "es" if "/es/" in str(path) else "de" if "/de/" in str(path) else "en"
            text = path.read_text(encoding="utf-8")
            fast, slow = both(text, lang)
            assert fast == slow, path.name


WORDS = st.sampled_from(
    ["The", "last", "in", "a", "two", "twenty-one", "1990s", "May", "Dec.", "7", "7th", "31", "2024", "12/07/2024",
     "Q3", "fiscal", "third", "quarter", "year", "years", "ago", "after", "old", "aged", "Ito,", "45,", "(38)",
     "-", "to", "between", "and", "from", "Tuesday", "Tue.", "night", "Christmas", "spring", "mid-", "late", "\n",
     "  ", "\u2019s", "of", "day", "days", "lunes", "martes", "pasado", "hace", "Montag", "Mai", "vor", "Jahren"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=30), st.sampled_from(SUPPORTED))
def test_same_mentions_on_date_soup(words: list[str], lang: str) -> None:
    text = " ".join(words)
    fast, slow = both(text, lang)
    assert fast == slow


def _word_after_by_characters(text: str, pos: int) -> str:
    i, n = pos, len(text)
    while i < n and text[i] in " \t\xa0":
        i += 1
    j = i
    while j < n and (text[j].isalnum() or text[j] in "'-"):
        j += 1
    return text[i:j]


def test_word_after_stops_where_the_character_loop_stops() -> None:
    """Every character that is a letter, digit or number by `str.isalnum` continues the word, and no other
    but "'" and "-" (the pattern's word characters, less "_")."""
    stops = "".join(chr(code) for code in range(sys.maxunicode + 1)
                    if not (chr(code).isalnum() or chr(code) in "'-") and unicodedata.category(chr(code)) != "Cs")
    goes_on = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isalnum()]
    context = Context(" ab" + "".join(goes_on) + "_x", "")
    assert context.word_after(0) == "ab" + "".join(goes_on)
    for stop in stops[::97] + "_ .,;\n":
        text = "\t Caf\u00e9-o'k" + stop + "more"
        assert Context(text, "").word_after(0) == _word_after_by_characters(text, 0)


@pytest.mark.parametrize("text", ["  Smith_Jones said", "x", "", " \xa0 ", "Tom's-2nd_floor", "\u00e9t\u00e9 1990"])
def test_word_after_as_the_character_loop(text: str) -> None:
    for pos in range(len(text) + 2):
        assert Context(text, "").word_after(pos) == _word_after_by_characters(text, pos)


def test_shared_stated_values_equal_new_ones() -> None:
    assert stated_date(2024, 5, 7) == Stated(year=2024, month=5, day=7)
    assert stated_date(None, 5, 7) is stated_date(None, 5, 7)
    assert stated_date(98, None, None, True) == Stated(year=98, two_digit_year=True)
    assert stated_offset("year", -2, True) == Stated(offset=("year", -2), vague_offset=True)
