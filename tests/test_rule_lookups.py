"""The rules' lookups by position (where a cue's words lie, the mentions of some kinds in a stretch,
the births between two ages) answer what reading the text or the mentions one by one answers."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import datecheck
from datecheck.document import load_text
from datecheck.engine import _context
from datecheck.model import Kind
from datecheck.rules import births as births_module
from datecheck.rules.gated import Places, gated

PUBLISHED = date(2024, 6, 1)


def _context_of(text: str):  # type: ignore[no-untyped-def]
    document = load_text(text, "story.txt", published=PUBLISHED)
    return _context(document, country="US", date_order="MDY", options=None)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab cdr-\n.", max_size=80), st.integers(0, 90), st.integers(0, 90))
def test_places_answer_as_a_search_of_the_stretch(text: str, pos: int, length: int) -> None:
    """Words that may overlap ("abab" in "ababab"), stretches that start inside one or run past the end."""
    gate = gated(re.compile(r"(?:abab|bcd|dr-a)[a-z]*"))
    places = Places(gate, text)
    assert places.may_match_in(pos, pos + length) == gate.may_match_in(text, pos, pos + length)


def test_places_of_a_pattern_without_words_let_every_stretch_through() -> None:
    places = Places(gated(re.compile(r"[0-9]+")), "no digits here")
    assert places.may_match_in(0, 3)


@pytest.mark.parametrize("cue", ["COUNT_BEFORE_YEAR", "COUNT_BEFORE_EVENT_YEAR"])
def test_a_count_of_years_is_searched_where_its_words_lie(cue: str) -> None:
    text = ("The pier reopened in 2009, a decade after the 1999 storm. Six years before its founding in "
            "1970 the yard stood empty. The mill, built in 1921, burned in 1950.")
    ctx = _context_of(text)
    pattern = getattr(ctx.cues, cue)
    places, gate = ctx.places(pattern), gated(pattern)
    for end in range(len(ctx.low) + 1):
        start = max(0, end - 60)
        assert places.may_match_in(start, end) == gate.may_match_in(ctx.low, start, end)


def test_cues_needing_the_same_words_share_their_places() -> None:
    ctx = _context_of("Four years after the 2001 vote, in 2005, the dock closed.")
    assert ctx.places(ctx.cues.COUNT_BEFORE_YEAR) is ctx.places(ctx.cues.COUNT_BEFORE_EVENT_YEAR)


def _one_paragraph_of_profiles(count: int, seed: int) -> str:
    """One long paragraph: people with an age, some born in the same sentence, some in a later one,
    with other people's ages between."""
    rng = random.Random(seed)
    names = ["Odile Sarto", "Ben Kerrigan", "Tove Anand", "Marit Gale"]
    out = []
    for _ in range(count):
        name = rng.choice(names)
        born = rng.randint(1940, 2000)
        age = PUBLISHED.year - born - rng.choice([0, 1, 2])
        surname = name.split()[1]
        style = rng.randrange(3)
        if style == 0:
            out.append(f"{name}, {age}, born in {born}, repaired the boats.")
        elif style == 1:
            out.append(f"{name}, {age}, runs the ferry. {surname} was born in {born}.")
        else:
            out.append(f"{name}, {age}, sells nets. Tove Anand, {age - 3}, fixes them. {surname} was born in {born}.")
    return " ".join(out)


def _nearby_one_by_one(ctx, age, found):  # type: ignore[no-untyped-def]
    """`birth_nearby` as it read before: every birth of the paragraph, ages between found one by one."""
    person = births_module.holder(ctx, age)
    if not person:
        return None
    start, end = ctx.sentence_bounds(age.start)
    para_start, para_end = ctx.paragraph_bounds(age.start)
    following = births_module._next_sentence(ctx, end)
    limit = max(para_end, following[1] if following else end)
    before = ctx.low[ctx.sentence_bounds(max(para_start, start - 1))[0]:end]
    for birth in found:
        if not para_start <= birth.cue < limit or start <= birth.cue < end or not birth.subject:
            continue
        if birth.subject in ctx.cues.AGE_PRONOUNS:
            same = following is not None and following[0] <= birth.cue < following[1] \
                and births_module._no_other_person(ctx, end, birth.cue)
        else:
            same = birth.subject == person or person in ctx.cues.AGE_PRONOUNS and birth.subject in re.findall(r"\w+", before)
        low, high = min(age.end, birth.cue), max(age.start, birth.mention.start)
        between = any(m.kind == Kind.AGE and m is not age for m in ctx.mentions if low <= m.start < high)
        if same and not between:
            return birth
    return None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_birth_nearby_is_the_one_found_reading_every_birth(seed: int) -> None:
    ctx = _context_of(_one_paragraph_of_profiles(60, seed))
    found = births_module.births(ctx)
    ages = ctx.of_kind(Kind.AGE)
    assert len(ages) > 60 and len(found) > 30
    tied = 0
    for age in ages:
        expected = _nearby_one_by_one(ctx, age, found)
        assert births_module.birth_nearby(ctx, age, found) is expected
        tied += expected is not None
    assert tied > 5


def test_a_span_ending_reads_the_two_years_of_its_paragraph() -> None:
    """"built in 1931 ... torn down in 1980, after 45 years", after many other dates in other
    paragraphs: the two years of its own paragraph before the count are found by bisection."""
    other = "The depot logged shipments on May 3, 2020, and June 9, 2021, among others."
    story = "\n\n".join([other] * 50 + ["The signal box was built in 1931 and torn down in 1980, after 45 years."])
    findings = [f for f in datecheck.check(story, published=PUBLISHED) if f.code == "DC301"]
    assert [f.text for f in findings] == ["45 years"]
    assert "1931 to 1980 is 49 years" in findings[0].message
