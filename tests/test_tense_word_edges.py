"""The tense reader's tests of where words run, answered from a character or two, agree with the
language's word pattern run over the whole text; a clause of a quiet sentence is inert exactly
when reading it alone finds nothing."""

from __future__ import annotations

import random

import pytest

from datecheck.tense import _inert, _quiet_sentence
from datecheck.tense.words import cuts_word, in_a_word, patterns, quiet
from datecheck.text import Segments, lower_same_length

PIECES = [
    "Thursday", "x-ray", "well-", "-then", "half-term", "and", "or", ",", "-", "\u2014", "then", "Sunday-",
    "-Sat", "Feb.", "14", "told", "will", "\u2014which", "that", "a-will", "that-", " - ", "; ", ": ",
    "\u00f6-\u00e4", "a\u00f1o-", "-\u00fcber", "but-", "p--q", "when-ed", "-ed", "because", "which-", "o'clock",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        rng.choice(["", "z"]).join(rng.choice(PIECES) + rng.choice([" ", "", ", "]) for _ in range(rng.randint(1, 25)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("code", ["en", "es", "de"])
def test_word_edges_agree_with_the_word_pattern(code: str) -> None:
    word = patterns(code)[0]
    for text in _texts(400, 11):
        low = lower_same_length(text)
        spans = [m.span() for m in word.finditer(low)]
        inside = {at for start, end in spans for at in range(start + 1, end)}
        for at in range(-1, len(low) + 2):
            assert in_a_word(low, at, code) == (at in inside), (low, at)
            found = word.match(low, at - 1, at + 1) if 0 < at < len(low) else None
            expected = found is not None and found.end() == at + 1 and not low[at - 1].isspace() \
                and not low[at].isspace()
            assert cuts_word(low, at, code) == expected, (low, at)


@pytest.mark.parametrize("code", ["en", "es", "de"])
def test_clauses_of_a_quiet_sentence_are_inert_as_read_alone(code: str) -> None:
    checked = 0
    for text in _texts(400, 12) + ["Friday, Monday and Tuesday, then Sunday; Wednesday or Saturday"]:
        low = lower_same_length(text)
        segments = Segments(low, code)
        for start, _ in segments.paragraphs:
            block = segments.block_at(start)
            for index in range(len(block.sentences)):
                sentence = block.clauses_of(index)
                if not sentence.clauses or not _quiet_sentence(low, sentence, code):
                    continue
                for i, clause in enumerate(sentence.clauses):
                    assert _inert(low, sentence, i, code) == quiet(low[clause.start:clause.end], code), low
                    checked += 1
    assert checked > 100
