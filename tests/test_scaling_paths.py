"""The shortcuts behind linear time give the answers of the long way: the tokenizer's dispatch at
blanks written otherwise than one space, the trie-shaped alternations, the date-line check on
padded table rows, and the collector thresholds put back after a document."""

from __future__ import annotations

import gc
import random
import re
from datetime import date

import pytest

import datecheck
from datecheck.extract import mark_date_lines
from datecheck.model import Flag
from datecheck.patterns import SP, alternation, grammar
from datecheck.scan import tokenize


def _plain_alternation(words: list[str]) -> str:
    """The alternation as it was written before the trie: every word, longest first."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", SP) for w in ordered) + ")"


WORD_SETS = [
    ["late", "later", "latest", "lately", "la"],
    ["the end of", "the end", "the middle of", "the start of", "end of", "mid", "middle"],
    ["a.m.", "am", "a", "p.m.", "pm", "sept.", "sept", "september"],
    ["no", "now", "nowadays", "not now", "now and then"],
]


@pytest.mark.parametrize("words", WORD_SETS, ids=lambda w: w[0])
def test_trie_alternation_matches_like_the_plain_one(words: list[str]) -> None:
    # followed by more pattern, so that a longer word that leaves the rest unmatched gives way to a shorter one
    trie = re.compile(alternation(words) + r"(?P<rest>[a-z]*)\b")
    plain = re.compile(_plain_alternation(words) + r"(?P<rest>[a-z]*)\b")
    rng = random.Random(3)
    pieces = [w for word in words for w in word.split()] + [" ", "  ", "\n", ".", "x", "r", "st", "of", "d"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        a, b = trie.match(text), plain.match(text)
        assert (a and (a.span(), a.group("rest"))) == (b and (b.span(), b.group("rest"))), text


@pytest.mark.parametrize("blank", ["  ", "\t", "\n", "\xa0", " \t ", "   "], ids=repr)
def test_blanks_written_otherwise_read_as_one_space(blank: str) -> None:
    plain = "We met late Tuesday and again on March 4, 2024, two days ago."
    odd = plain.replace(" ", blank)

    def shape(text: str) -> list[tuple[str, str, object]]:
        return [(str(m.kind), " ".join(m.text.split()), m.stated) for m in tokenize(text)]

    assert shape(odd) == shape(plain)


def test_a_key_with_odd_blanks_tries_only_the_families_that_can_begin_there() -> None:
    g = grammar("en")
    every = {name for name in g.patterns}
    tried = {name for name, _ in g.families_at("late  ")}
    assert "weekday" in tried  # "late  Tuesday": a longer beginning than the key holds
    assert tried < every


@pytest.mark.parametrize("padding", [1, 8, 25])
def test_padded_table_rows_are_not_date_lines(padding: int) -> None:
    row = f"| Jan. 5, 2024{' ' * padding}| Board meeting{' ' * padding}| Hall A |"
    mentions = tokenize(row)
    mark_date_lines(row, mentions)
    assert mentions and all(Flag.DATE_LINE not in m.flags for m in mentions)


@pytest.mark.parametrize("padding", [1, 25])
def test_a_date_with_padding_and_a_time_is_a_date_line(padding: int) -> None:
    line = f"Jan. 5, 2024{' ' * padding}10:30 a.m.{' ' * padding}"
    mentions = tokenize(line)
    mark_date_lines(line, mentions)
    assert mentions and all(Flag.DATE_LINE in m.flags for m in mentions)


@pytest.mark.parametrize("thresholds", [(700, 10, 10), (0, 10, 10), (250_000, 20, 20)])
def test_collector_thresholds_are_put_back(thresholds: tuple[int, int, int]) -> None:
    saved = gc.get_threshold()
    gc.set_threshold(*thresholds)
    try:
        datecheck.check("The board met on Tuesday, March 5, 2024.", published=date(2024, 3, 8))
        datecheck.extract("Two days later, on March 7, it voted.", published=date(2024, 3, 8))
        assert gc.get_threshold() == thresholds
    finally:
        gc.set_threshold(*saved)


def _profile_sentences() -> list[str]:
    rng = random.Random(8)
    out = []
    for i in range(40):
        born = rng.randint(1940, 2000)
        age = 2024 - born - rng.choice([0, 1, 3])
        start = rng.randint(1960, 2010)
        count = rng.choice([2, 5, 10])
        name = ("Robin Quill", "Noor Avery", "Pia Lindqvist", "Cal Osei")[i % 4]
        out.append(f"{name}, {age}, born in {born}, opened the fair. "
                   f"In {start + count + rng.choice([0, 3])}, {count} years after the {start} vote, it closed.")
    return out


def test_age_and_elapsed_years_found_by_offset_as_one_by_one() -> None:
    """Each age finds its birth year, and each count of years its year, by bisection: a long text
    of such sentences gives the findings of each sentence on its own."""
    published = date(2024, 6, 1)
    sentences = _profile_sentences()
    expected = []
    offset = 0
    for sentence in sentences:
        expected += [(f.code, f.start + offset, f.end + offset) for f in datecheck.check(sentence, published=published)]
        offset += len(sentence) + 1
    found = [(f.code, f.start, f.end) for f in datecheck.check(" ".join(sentences), published=published)]
    assert sorted(found) == sorted(expected)
    assert {"DC303", "DC301"} <= {code for code, _, _ in found}
