"""The shortcuts taken for speed give what the long way gives: the tense of a clause with no cue,
the clauses kept for the last offset asked."""

from __future__ import annotations

import random

import pytest

from datecheck import tense
from datecheck.text import segments
from datecheck.text import Segments, lower_same_length

PIECES = [
    "Monday", "Tuesday, Jan. 7", "on Friday", "by June", "until May 2", "the council", "voted",
    "will meet", "is expected", "said that", "which closed", "but", "when", "could", "to be held",
    "it's", "the bread", "fed", "red", "scheduled for", "a list", "and", "then", "payable",
    "postponed", "given", "the plan", ",", ";", " -", ":", ".", "\n", "\n\n", "due to the storm",
    "credit", "anybody", "willow", "o'clock",
]


def _texts(count: int, seed: int, length: tuple[int, int] = (1, 30), pieces: list[str] = PIECES) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(*length))) for _ in range(count)]


#: Pieces that end no clause: texts of them have clauses longer than the tense reader's reach.
RUN_ON = [p for p in PIECES if p not in {",", ";", " -", ":", ".", "\n", "\n\n", "but", "when", "said that", "which closed"}]


def _long_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tense, "SHORTCUTS", False)


def test_tense_shortcuts_agree_with_the_long_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each text's segments are shared by every question about it (twice over), as in a run, so
    that what is kept between questions is used."""
    cases = []
    for text in _texts(150, 3) + _texts(6, 5, (120, 200), RUN_ON):
        low = lower_same_length(text)
        spans = [(i, j) for i in range(0, len(low), 3) for j in (i + 1, i + 6) if j <= len(low)]
        shared = Segments(low)
        fast = [tense.clause_tense(low, i, j, shared).value for i, j in spans]
        assert [tense.clause_tense(low, i, j, shared).value for i, j in spans] == fast
        cases.append((low, spans, fast))
    _long_way(monkeypatch)
    for low, spans, fast in cases:
        assert [tense.clause_tense(low, i, j, Segments(low)).value for i, j in spans] == fast, low


def test_clauses_kept_for_the_last_offset_match_a_fresh_lookup() -> None:
    for text in _texts(80, 7):
        low = lower_same_length(text)
        kept = Segments(low)
        rng = random.Random(len(low))
        offsets = sorted(rng.randrange(-2, len(low) + 3) for _ in range(40)) + [rng.randrange(len(low) + 1) for _ in range(10)]
        for offset in offsets:
            fresh = Segments(low)
            assert kept.clauses_at(offset).clauses == fresh.block_at(offset).clauses_at(offset).clauses


def test_lookups_from_the_last_answer_match_a_bisection() -> None:
    """Clauses, sentences and paragraphs asked about in text order, backwards and at random give
    what a bisection of their starts gives."""
    from bisect import bisect_right

    def bisected(starts: list[int], offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    for text in _texts(60, 11, (5, 60)):
        low = lower_same_length(text)
        segments = Segments(low)
        rng = random.Random(len(low))
        offsets = list(range(-1, len(low) + 2)) + list(range(len(low) + 1, -2, -1))
        offsets += [rng.randrange(-1, len(low) + 2) for _ in range(60)]
        for offset in offsets:
            sentence = segments.clauses_at(offset)
            assert sentence.index(offset) == bisected([c.start for c in sentence.clauses], offset)
            block = segments.block_at(offset)
            assert block.sentence_index(offset) == bisected([s for s, _ in block.sentences], offset)
            assert segments.paragraph_at(offset) == segments.paragraphs[
                bisected([s for s, _ in segments.paragraphs], offset)]


class _Span:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def test_a_run_of_answers_matches_asking_each_date() -> None:
    """`read_run` answers the dates of a sentence at once, whichever of them asks first; what it
    answers is what `clause_tense` answers, and what it leaves open it leaves to `clause_tense`."""
    texts = _texts(120, 13) + _texts(4, 17, (150, 300), RUN_ON) + _texts(60, 19, (20, 80), WEEKDAY_LIST)
    answered = 0
    for text in texts:
        low = lower_same_length(text)
        rng = random.Random(len(low))
        spans = sorted({(i, min(len(low), i + rng.choice([1, 3, 6, 8]))) for i in range(0, len(low), 4)})
        mentions = [_Span(i, j) for i, j in spans if j > i]
        shared = Segments(low)
        answers: list[object] = [tense.UNREAD] * len(mentions)
        for index in rng.sample(range(len(mentions)), len(mentions)):  # asked in any order
            if answers[index] is tense.UNREAD:
                tense.read_run(low, shared, mentions, index, answers)
            assert answers[index] is not tense.UNREAD
        for mention, answer in zip(mentions, answers):
            asked = tense.clause_tense(low, mention.start, mention.end, Segments(low))
            assert answer is None or answer is asked, (low, mention.start, mention.end)
            answered += answer is not None
    assert answered > 600, answered


#: Pieces of lists of weekdays: mostly quiet sentences, whose dates the run answers without reading;
#: some with a hyphen where a clause may end inside a word ("well-", "x-ray"), some holding a cue
#: word inside a longer one ("willow").
WEEKDAY_LIST = ["Monday", "Tuesday", "Friday", ",", ", then", "and", "or", ";", "x-ray", "-", "Thursday\n",
                "well-", "o-", " - ", "-then", "\u2014", "willow", "anybody"]


def test_the_resolver_reads_the_same_tenses_without_the_shortcuts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole texts of dates, news-like and list-like, resolved with the shortcuts (runs of answers,
    kept readings) and the long way give the same mentions."""
    from datetime import date

    import datecheck

    pieces = PIECES + WEEKDAY_LIST + ["last Friday", "next Monday", "Saturday, March 8", "Sunday's", "will", "said"]
    texts = _texts(80, 23, (5, 60), pieces) + _texts(6, 29, (200, 400), WEEKDAY_LIST)

    def read(text: str) -> list[tuple[object, ...]]:
        return [(m.start, m.end, m.value, m.tense, m.alternatives, m.anchor)
                for m in datecheck.extract(text, published=date(2025, 2, 12))]

    fast = [read(text) for text in texts]
    assert sum(len(found) for found in fast) > 500
    _long_way(monkeypatch)
    segments._segments_of.cache_clear()  # nothing the shortcuts kept with the segments is read again
    assert [read(text) for text in texts] == fast


#: Pieces of sentences of marks and dates: lists of weekdays, a mark at the end, marks side by side,
#: a mark before a quotation, a dash inside a word or between blanks, a piece with no word.
MARKED = ["Monday", "Tuesday", "Jan. 7", "May 3", ", ", "; ", ", then ", " and ", " \u2014 ", "\u2014", " - ", " -- ",
          ",", ', "', ",\u201d ", "x-ray", "well-", "  ", "\n", "\u00a0", "7", ": ", ":", " \u2013 ", "(", ";", "Friday;"]
#: Lists of dates with a mark after most of them, the marks alone ending clauses.
LISTED = ["Monday", "Tuesday,", "Friday;", "Sunday, then", "and", "or", "Jan. 7,", "2026;", "Thursday\u2014", "May 3,"]


def _one_at_a_time(low: str, code: str) -> list:
    """The clauses of `low`, one sentence, cut at each boundary in turn (the general way)."""
    from bisect import bisect_left, bisect_right

    from datecheck.lang import language
    from datecheck.text import scan

    ats, kinds = scan._cut_lists(low, code, language(code).segment)
    clauses: list = []
    first, last = bisect_right(ats, 0), bisect_left(ats, len(low))
    scan._cut_each(low, ats, kinds, first, last, 0, len(low), 0, 0, clauses)
    return clauses


@pytest.mark.parametrize("code", ["en", "es", "de"])
def test_clauses_built_at_once_match_those_cut_one_at_a_time(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence split at its marks in one call, or cut by lists, gives the clauses cut one
    boundary at a time; with words that open clauses too."""
    from datecheck.lang import language
    from datecheck.text import scan

    words = language(code).segment
    texts = [t.strip() for t in _texts(400, 31, (1, 40), MARKED) + _texts(200, 37, (1, 30), MARKED + PIECES)
             + _texts(200, 41, (1, 60), LISTED)]
    for few in (0, scan._FEW):
        monkeypatch.setattr(scan, "_FEW", few)
        for text in texts:
            low = lower_same_length(text)
            if low:
                assert scan.clause_spans(low, [(0, len(low))], code, words) == _one_at_a_time(low, code), low
