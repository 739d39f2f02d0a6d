"""A date's own phrase outranks a past verb further back in its clause: the verb of an intent, what
something is for, a noun the day names, the end of a span with an object, a modal, a timetable
verb, the day a change takes effect, a deadline of what is asked. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

import datecheck
from datecheck.tense import clause_tense
from datecheck.text import lower_same_length


def tense_of(text: str, written: str) -> str:
    low = lower_same_length(text)
    start = low.index(written.lower())
    return clause_tense(low, start, start + len(written)).value


CASES = [
    # an intent's verb: the verb before it ("voted", "agreed") does not date the day
    ("The council voted to hold the runoff on Oct. 9.", "Oct. 9", "unknown"),
    ("The carriers agreed to fly six weekly services from Oct. 9.", "Oct. 9", "unknown"),
    ("The firms decided late on Monday to close both mills on Oct. 9.", "Oct. 9", "unknown"),
    ("The ministry proposed allowing imports of the ore until Oct. 9 under strict terms.", "Oct. 9", "unknown"),
    ("The union turned down an offer to prolong the wage deal through Nov. 30.", "Nov. 30", "future"),
    ("Negotiators were hopeful about prospects for reaching a deal by Friday.", "Friday", "future"),
    ("The lenders agreed to defer the interest until Oct. 9.", "Oct. 9", "future"),
    ("The regulator asked the bank to repay the loan by Oct. 9.", "Oct. 9", "future"),
    ("The coop will try to negotiate up to Sept. 14 a new price for its members.", "Sept. 14", "future"),
    # ... but a past verb after the intent's verb does, and "planned to" is still a cue of its own
    ("The board agreed to buy back the shares it sold on Oct. 9.", "Oct. 9", "past"),
    ("The pair planned to leave on Thursday.", "Thursday", "future"),
    # what a day is for
    ("The utility called its notes for redemption on Oct. 9.", "Oct. 9", "unknown"),
    ("The fund sold the stock for delivery on Oct. 9.", "Oct. 9", "unknown"),
    ("A grain trader bought 30,000 tonnes of corn for Oct. 9-20 shipment.", "Oct. 9", "unknown"),
    ("Millers won a tender for 8,000 tonnes of wheat for delivery between Oct. 9 and Oct. 28.", "Oct. 28", "unknown"),
    ("The agency bought 9,000 tonnes of rice for export shipment Oct. 9-20.", "Oct. 9", "unknown"),
    ("A trader won a tender for 20,000 tonnes, priced at $190 a tonne, for delivery on Oct. 9 and 20.",
     "Oct. 9", "unknown"),
    ("The judge heard the motions and set the retrial for Oct. 9.", "Oct. 9", "unknown"),
    # a verb that orders its object for later: the ordering is done, the day may be the object's
    ("The board authorized the buyback on Oct. 9 of its preferred shares.", "Oct. 9", "unknown"),
    ("The trust called its bonds for the redemption on Oct. 9.", "Oct. 9", "unknown"),
    ("The governor ordered an evacuation on Oct. 9 of the coast.", "Oct. 9", "unknown"),
    ("The union called off the strike on Oct. 9.", "Oct. 9", "past"),
    ("The board approved the sale on Oct. 9.", "Oct. 9", "past"),
    # near misses: an event, a span, a period, a weekday
    ("Two men were jailed for the attack on Oct. 9.", "Oct. 9", "past"),
    ("The index rose for five days through Oct. 9.", "Oct. 9", "past"),
    ("The mill was shut for two weeks from Oct. 9.", "Oct. 9", "past"),
    ("The firm reported a loss for the year ended Oct. 9.", "Oct. 9", "past"),
    ("The pilots will stop work for 48 hours on Oct. 9.", "Oct. 9", "future"),
    ("The firm said it expects a similar payout for the second quarter.", "the second quarter", "future"),
    # a day that names a noun
    ("The two leaders reaffirmed their Oct. 9 accord.", "Oct. 9", "unknown"),
    ("The minister vowed sharp cuts in an Oct. 9 budget statement.", "Oct. 9", "unknown"),
    ("The Oct. 9 vote was close.", "Oct. 9", "past"),
    ("Rescue teams have searched for the climbers since the Oct. 9 storm.", "Oct. 9", "past"),
    ("Output was lower owing to the June 4 fire at the mill.", "June 4", "past"),
    ("The company posted a fourth-quarter loss.", "fourth-quarter", "past"),
    # the end of a span, with an object between the verb and it
    ("The mill obtained a waiver until Oct. 9 of its loan covenants.", "Oct. 9", "unknown"),
    ("The plant stayed closed until Oct. 9.", "Oct. 9", "past"),
    ("The suspect remained in custody until Oct. 9.", "Oct. 9", "past"),
    # "may" as a modal
    ("The company said the notes may be redeemed on Oct. 9.", "Oct. 9", "unknown"),
    ("The issuer said the bonds may not be called before Oct. 9.", "Oct. 9", "unknown"),
    # a timetable's verb, the day a change takes effect, a second date
    ("The banks said a new pact is needed before the old one expires on Oct. 9.", "Oct. 9", "future"),
    ("The current lease lapses on Oct. 9, the tenants said.", "Oct. 9", "future"),
    ("The pact had been due to expire Friday.", "Friday", "past"),
    ("The carrier raised its fares, effective on Oct. 9.", "Oct. 9", "future"),
    ("The levy was cut, starting from Oct. 9.", "Oct. 9", "future"),
    ("Interest was set at 7 pct, payable Oct. 9 and April 9.", "April 9", "future"),
    ("The change could come by July or August, a trader said.", "August", "future"),
    # deadlines of what is asked
    ("The bank asked for the change by Oct. 9.", "Oct. 9", "future"),
    ("The clerks had filed all the reports by Oct. 9.", "Oct. 9", "past"),
    # compounds are no verbs; a participle after "to" is an adjective; an infinitive after the date
    ("The minister said he is withdrawing the aid for the storm-hit farms from Oct. 9.", "Oct. 9", "present"),
    ("The state-owned carrier adds flights on Oct. 9.", "Oct. 9", "unknown"),
    ("Sales have been weaker this year due to storm-related closures in December.", "December", "unknown"),
    ("The accord was reached in December to reschedule loans due next year.", "December", "past"),
    ("The board approved the sale, with the money to be used to repay on Oct. 9 its older notes issued in 2001.",
     "Oct. 9", "future"),
]


@pytest.mark.parametrize("text,written,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_clause_tense(text: str, written: str, expected: str) -> None:
    assert tense_of(text, written) == expected


VALUES = [
    # published in March: the nearest Oct. 9 is last year's, the nearest June 30 this year's; a
    # past verb far back no longer moves the date a year away from the nearest
    ("The lenders agreed to an interim plan that defers payments until June 30.", date(2026, 3, 12), "June 30",
     "2026-06-30"),
    ("The carriers agreed to fly six weekly services from May 31.", date(2026, 3, 12), "May 31", "2026-05-31"),
    ("The mill obtained a waiver until May 26 of its loan covenants.", date(2026, 3, 12), "May 26", "2026-05-26"),
    ("A grain trader won a tender for delivery on July 5.", date(2026, 3, 12), "July 5", "2026-07-05"),
    ("The minister vowed sharp cuts in a May 14 budget statement.", date(2026, 3, 12), "May 14", "2026-05-14"),
    ("The lease, which expires on Oct. 22, was renewed last week.", date(2026, 3, 12), "Oct. 22", "2026-10-22"),
    # near misses: a past event keeps its past reading
    ("The firm reported a loss for the year ended Aug. 31.", date(2026, 3, 12), "Aug. 31", "2025-08-31"),
    ("The marketing year for soybeans began Sept. 1.", date(2026, 3, 12), "Sept. 1", "2025-09-01"),
    # a weekday: "starting on Monday" is the coming one
    ("Miners called a three-day strike starting on Monday.", date(2026, 3, 13), "Monday", "2026-03-16"),
]


@pytest.mark.parametrize("sentence,published,written,value", VALUES, ids=[v[0][:50] for v in VALUES])
def test_value(sentence: str, published: date, written: str, value: str) -> None:
    found = [m.value for m in datecheck.extract(sentence, published=published) if m.text == written]
    assert found == [value]


def test_word_offsets_found_from_the_date_outward() -> None:
    """Where each word stands, found from either end in any order, is where the word pattern found it."""
    import re

    from datecheck.lang import language
    from datecheck.tense.reading import _Side

    word = re.compile(language("en").tense.WORD)
    for text in ["the  harbor on, the 5 theme the", "aa aaa a-b  aa", "on", ""]:
        words, starts = word.findall(text), [m.start() for m in word.finditer(text)]
        for backward in (True, False):
            for order in (range(len(words)), range(len(words) - 1, -1, -1)):
                side = _Side(text, words, backward)
                assert sorted(side._start(i) for i in order) == starts
