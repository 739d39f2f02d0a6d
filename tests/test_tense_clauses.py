"""The tense of a date's clause is read in its clause and the clause that governs it, not in a window
of characters: sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

import datecheck
from datecheck.rules.base import CheckContext
from datecheck.tense import clause_tense
from datecheck.text import lower_same_length

PUB = date(2025, 6, 11)  # a Wednesday


def tense_of(text: str, written: str) -> str:
    low = lower_same_length(text)
    start = low.index(written.lower())
    return clause_tense(low, start, start + len(written)).value


CASES = [
    # a past verb in another clause does not decide the date's tense (it used to)
    ("Voters rejected the levy, but a second vote on Nov. 4 could pass it.", "Nov. 4", "unknown"),
    ("The council, which rejected it, takes up a new plan Friday.", "Friday", "unknown"),
    ("The board declared a dividend, payable June 22 to holders of record.", "June 22", "future"),
    # a cue more than 40 characters (and ten words) away in the same clause is read
    ("The state will reopen the two hundred miles of coastal highway between the northern ports "
     "and the capital on Friday.", "Friday", "future"),
    ("Crews repaved the whole of the old market road from the river bridge to the station "
     "on Monday.", "Monday", "past"),
    # a line break inside a sentence does not end the clause
    ("The museum will reopen its east wing to the public on\nSaturday.", "Saturday", "future"),
    ("The museum reopened its east wing to the\npublic on Saturday.", "Saturday", "past"),
    # the clause that governs the date's own
    ("On Friday, the board voted to close the pool.", "Friday", "past"),
    ("On Tuesday, June 3, the board, which meets monthly, voted to close the pool.", "Tuesday", "past"),
    ("The May jobless count, out on Monday, is expected to climb sharply.", "Monday", "future"),
    ("Officials said that the June 2 deadline stands firm.", "June 2", "past"),
    ("When the office opens on Monday, staff will hand out the forms.", "Monday", "future"),
    # a clause of its own after a reporting verb
    ("The agency said the new rules are in force from July 1.", "July 1", "present"),
    # what a modal or an infinitive governs is not read from the verb before it
    ("The union said an accord could be reached by Friday.", "Friday", "future"),
    ("Officials said that talks could resume Monday.", "Monday", "future"),
    ("The firms to be merged had sales of $5 million in the year ended May 31.", "May 31", "past"),
    ("The park, to be opened on Thursday, cost $4 million.", "Thursday", "future"),
    ("The panel's verdict is scheduled to be read aloud Friday.", "Friday", "future"),
    # "due to the ..." names a cause, not a date ahead
    ("Shares fell sharply due to the earthquake on Thursday.", "Thursday", "past"),
]


@pytest.mark.parametrize("text,written,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_clause_tense(text: str, written: str, expected: str) -> None:
    assert tense_of(text, written) == expected


def test_a_verb_two_clauses_away_no_longer_moves_a_weekday() -> None:
    # published on a Wednesday: with "rejected" read as its tense, "Friday" was last Friday
    [mention] = [m for m in datecheck.extract(
        "The council, which rejected the plan in May, takes it up again Friday.", published=PUB) if m.text == "Friday"]
    assert mention.tense == "unknown"
    [mention] = [m for m in datecheck.extract(
        "The council will take up the plan for the old harbor district and its two piers again on\nFriday.",
        published=PUB) if m.text == "Friday"]
    assert mention.tense == "future"
    assert mention.value == "2025-06-13"


def context(text: str) -> CheckContext:
    return CheckContext(text=text, prose=text, low=lower_same_length(text), mentions=[], published=None)


def test_check_context_reads_the_segments() -> None:
    text = 'Gov. Ruiz met the U.S. envoy on Aug. 5. She said "the talks resume Friday" and left.\n\nNew paragraph.'
    ctx = context(text)
    envoy = text.index("envoy")
    assert ctx.sentence(envoy) == "Gov. Ruiz met the U.S. envoy on Aug. 5."
    assert ctx.before(envoy, 200) == "gov. ruiz met the u.s. "
    assert ctx.after(envoy, 200) == "envoy on aug. 5."
    assert ctx.in_quotes(text.index("Friday")) and not ctx.in_quotes(text.index("left"))
    assert text[slice(*ctx.paragraph_bounds(text.index("New")))] == "New paragraph."
    assert ctx.before(text.index("Friday"), 200, clause=True) == 'she said "the talks resume '
