"""The patterns rewritten to run in linear time still say what they said.

Each rewritten pattern is compared with the form it had before (which backtracked without end on
long runs) on short texts made of the pieces it reads, where the old form is still quick.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from datecheck.document.masking import mask_markdown
from datecheck.lang.en import patterns as en_patterns
from datecheck.lang.en import rule_cues
from datecheck.patterns import SP
from datecheck.rules import publication_date_conflict
from datecheck.rules.base import front_matter_value

#: The forms before the rewrite.
OLD_DATE_LINE_REST = re.compile(
    r"(?:updated|published|posted|last|modified|on|at|and|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]?[scemp][sd]t|et|ist|cet|"
    r"[0-9]{1,2}[:.][0-9]{2}|[\W_]+)*\Z",
    re.IGNORECASE,
)
OLD_TIE = re.compile(r"[ \t\xa0]*(?:,|\(|\u2014|\u2013|-|:)?[ \t\xa0]*(?:on[ \t\xa0]+|the[ \t\xa0]+)?\Z")
#: (with the one change made on purpose since: a letter after a period, the end of "a.m.", ends no sentence)
OLD_BODY_TEXT = re.compile(r"(?:\S+\s+){9,}\S|(?<!\.)[a-z][.!?][\"'\u201d\u2019]?\s*$")
OLD_COMMA_SP = r"[ \t]*,?" + SP
OLD_FRONT_MATTER_VALUE = re.compile(r"^[ \t]*date[ \t]*[:=][ \t]*[\"']?([^\"'\r\n]+?)[\"']?[ \t]*\r?$", re.M)


def _texts(pieces: list[str], most: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


_BLANKS = [" ", "  ", "\t", "\n", "\xa0", ",", ", "]
_LINE_PIECES = _BLANKS + [
    ".", "-", "_", "|", "\u2014", "(", ")", ":", "Updated", "updated", "on", "at", "and", "am", "pm", "a.m.", "p.m.",
    "GMT", "utc", "est", "PDT", "amst", "cest", "et", "ist", "cet", "12:30", "9.05", "1", "a", "m", "s", "x", "Board",
]


@settings(max_examples=800, deadline=None)
@given(_texts(_LINE_PIECES, 8))
def test_date_line_rest_reads_the_same_lines(rest: str) -> None:
    rest = rest[:18]  # the old form doubles its time with each mark in a run: keep it short
    assert bool(rule_cues.DATE_LINE_REST.match(rest)) == bool(OLD_DATE_LINE_REST.match(rest))


@settings(max_examples=500, deadline=None)
@given(_texts(_BLANKS + ["(", "\u2014", "\u2013", "-", ":", "on", "the", "on ", "the ", "x"], 6))
def test_tie_reads_the_same_gaps(gap: str) -> None:
    assert bool(rule_cues.TIE.match(gap)) == bool(OLD_TIE.match(gap))


@settings(max_examples=500, deadline=None)
@given(_texts([" ", "\t", "  ", "word", "a", "b.", "x!", "\u201d", "-", "Mr.", "7"], 30))
def test_body_text_finds_the_same_lines(line: str) -> None:
    assert bool(publication_date_conflict._BODY_TEXT.search(line)) == bool(OLD_BODY_TEXT.search(line))


_DATE_PIECES = _BLANKS + [
    "march", "mar.", "4", "4th", "2024", "'24", "\u201924", "christmas", "of", "week", "the", "-", "to", "x", "12",
]
_FAMILIES_WITH_A_COMMA = [name for name, pattern in en_patterns.PATTERNS.items() if en_patterns._COMMA_SP in pattern]


def test_every_date_family_with_a_comma_before_its_year_is_compared() -> None:
    assert {"mdy", "md_range", "my", "dmy", "holiday"} <= set(_FAMILIES_WITH_A_COMMA)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_FAMILIES_WITH_A_COMMA), _texts(_DATE_PIECES, 9))
def test_date_families_match_the_same_text(family: str, text: str) -> None:
    """The same span and the same groups as with blanks, an optional comma and blanks again."""
    pattern = en_patterns.PATTERNS[family]
    new = re.compile(pattern).match(text)
    old = re.compile(pattern.replace(en_patterns._COMMA_SP, OLD_COMMA_SP)).match(text)
    assert (new and (new.span(), new.groupdict())) == (old and (old.span(), old.groupdict()))


def test_inline_code_opens_at_a_whole_run_of_backticks() -> None:
    """A code span opens at a whole run of backticks and closes at a run of the same length."""
    assert mask_markdown("Run `make` on May 4.", None) == "Run        on May 4."
    assert mask_markdown("Run ``a`b`` on May 4.", None) == "Run         on May 4."
    # two backticks open nothing here (no closing pair), and the single one has no partner either
    assert mask_markdown("Run ``a` on May 4.", None) == "Run ``a` on May 4."


@settings(max_examples=800, deadline=None)
@given(_texts([" ", "\t", "  ", "date", ":", "=", "'", '"', "2024-01-05", "a b", "#", "\r", "\n", "\xa0", "x"], 12))
def test_front_matter_value_points_at_the_same_characters(front_matter: str) -> None:
    """The same value, except a value of blanks alone (no date there to point at)."""
    old = OLD_FRONT_MATTER_VALUE.search(front_matter)
    if old and not old.group(1).strip(" \t"):
        return
    new = front_matter_value("date").search(front_matter)
    assert (new and new.span(1)) == (old and old.span(1))


#: The anniversary and birth cues before each was given a lookahead for the word it needs.
_ORDINAL = r"(?P<ordinal>[0-9]{1,3}(?:st|nd|rd|th)|(?:[a-z]+-)?[a-z]+(?:st|nd|rd|th))"
OLD_ANNIVERSARY = re.compile(rf"(?<![a-z0-9]){_ORDINAL}[ \t]+anniversary[ \t]+of\b")
OLD_BORN = re.compile(r"\bborn\b(?:[ \t]+(?:in|on))?[ \t]*"
                      r"|(?P<whose>\b(?:his|her|[a-z][a-z-]*['\u2019]s))[ \t]+birth[ \t]+(?:in|on)[ \t]+")
_CUE_PIECES = [" ", "\t", "  ", "-", "'", "\u2019", "s", "x", "7", "12", "th", "st", "nd", "fif", "ty",
               "anniversary", "of", "her", "his", "born", "reborn", "birth", "in", "on", ",", "."]


@settings(max_examples=800, deadline=None)
@given(_texts(_CUE_PIECES, 14))
def test_anniversary_and_birth_cues_find_the_same_matches(text: str) -> None:
    for new, old in ((rule_cues.ANNIVERSARY, OLD_ANNIVERSARY), (rule_cues.BORN, OLD_BORN)):
        assert [(m.span(), m.groupdict()) for m in new.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in old.finditer(text)], (new.pattern, text)


def test_anniversary_and_birth_cues_still_read_their_examples() -> None:
    text = "the town's 40th anniversary of the fire; marta's birth in 1961, born on oct. 2"
    assert [m.group("ordinal") for m in rule_cues.ANNIVERSARY.finditer(text)] == ["40th"]
    assert [m.group() for m in rule_cues.BORN.finditer(text)] == ["marta's birth in ", "born on "]


def test_born_possessive_starts_where_a_word_starts() -> None:
    """A possessive before "birth" is read from the start of its word or hyphenated chain, as the
    earlier form read it, also after a number ("the 2018-winner's birth in")."""
    for text in ("the 2018-winner's birth in 1971", "o'hara's birth in 1950", "the step-son's birth on June 2",
                 "this birth in 1990", "a-b-c-d-e's birth in 1960", "her birth in 1948"):
        assert [m.group() for m in rule_cues.BORN.finditer(text)] == [m.group() for m in OLD_BORN.finditer(text)]
