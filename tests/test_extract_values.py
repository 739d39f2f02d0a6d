"""(sentence, publication date) -> the value of the date expression in it, family by family."""

from __future__ import annotations

from datetime import date

import pytest

import datecheck

PUB = date(2024, 12, 24)  # a Tuesday


def values(text: str, published: date | None = PUB) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in datecheck.extract(text, published=published)]


def only(text: str, published: date | None = PUB) -> datecheck.Mention:
    mentions = [m for m in datecheck.extract(text, published=published)]
    assert len(mentions) == 1, [(m.text, m.value) for m in mentions]
    return mentions[0]


CASES = [
    # explicit dates in newsroom forms
    ("The league said on Dec. 7, 2023, that it had settled.", PUB, "Dec. 7, 2023", "2023-12-07"),
    ("The vote is set for December 7.", PUB, "December 7", "2024-12-07"),
    ("It opened on 7 December 2023 in Leeds.", PUB, "7 December 2023", "2023-12-07"),
    ("Tickets go on sale Dec 7th at noon.", PUB, "Dec 7th", "2024-12-07"),
    ("It happened on the 7th of December.", PUB, "the 7th of December", "2024-12-07"),
    ("The filing is dated 2023-12-07.", PUB, "2023-12-07", "2023-12-07"),
    ("The form was signed 12/07/2023 by both.", PUB, "12/07/2023", "2023-12-07"),
    ("Der Vertrag vom 07.12.2023 gilt.", PUB, "07.12.2023", "2023-12-07"),
    ("Payments resumed Sept. 30.", PUB, "Sept. 30", "2024-09-30"),
    ("Payments resumed Sep. 30.", PUB, "Sep. 30", "2024-09-30"),
    ("Payments resumed Sept 30.", PUB, "Sept 30", "2024-09-30"),
    ("Prices peaked in December 2023.", PUB, "December 2023", "2023-12"),
    ("The plant closed in 2023.", PUB, "2023", "2023"),
    ("Snow is expected by mid-December.", PUB, "mid-December", "2024-12"),
    ("The law takes effect in early 2024.", PUB, "early 2024", "2024"),
    ("Rents doubled in the 1990s.", PUB, "1990s", "199"),
    ("It was a hit in the '90s.", PUB, "the '90s", "199"),
    ("It was a hit in the nineties.", PUB, "the nineties", "199"),
    ("Sales fell in Q3 2024.", PUB, "Q3 2024", "2024-Q3"),
    ("Sales fell in the third quarter.", PUB, "the third quarter", "2024-Q3"),
    ("The budget for fiscal 2024 passed.", PUB, "fiscal 2024", "2024"),
    ("The pool was busy this summer.", PUB, "this summer", "2024-SU"),
    ("He wrote it in the 20th century.", PUB, "the 20th century", "19"),
    # weekdays
    ("The council met Tuesday.", PUB, "Tuesday", "2024-12-24"),
    ("The council met last Tuesday.", PUB, "last Tuesday", "2024-12-17"),
    ("The council meets next Tuesday.", PUB, "next Tuesday", "2024-12-31"),
    ("The mayor said Friday that she would run.", PUB, "Friday", "2024-12-20"),
    ("The mayor will speak Friday.", PUB, "Friday", "2024-12-27"),
    ("Shots were heard Sunday night.", PUB, "Sunday night", "2024-12-22"),
    # relative days and units
    ("Officials spoke today.", PUB, "today", "2024-12-24"),
    ("Officials will speak tonight.", PUB, "tonight", "2024-12-24"),
    ("Officials spoke yesterday.", PUB, "yesterday", "2024-12-23"),
    ("Officials will speak tomorrow.", PUB, "tomorrow", "2024-12-25"),
    ("It began the day before yesterday.", PUB, "the day before yesterday", "2024-12-22"),
    ("The storm hit two days ago.", PUB, "two days ago", "2024-12-22"),
    ("The storm hit a decade ago.", PUB, "a decade ago", "2014"),
    ("Results are due in two weeks.", PUB, "two weeks", "2025-W02"),
    ("So, a week or so ago, the coach picked her lineup.", date(2003, 6, 16), "a week or so ago", "2003-W24"),
    ('"This week, the roof held," she said.', date(2003, 6, 16), "This week", "2003-W25"),
    ("Markets Fall Today", date(1998, 3, 31), "Today", "1998-03-31"),
    # after a superlative, "in N units" is a span of time, not a date ahead
    ("Exports edged up 0.4%, the weakest rise in a year.", PUB, "a year", "P1Y"),
    ("Rates hit their highest level in five years.", PUB, "five years", "P5Y"),
    ("Enrollment dipped, the first drop in a decade.", PUB, "a decade", "P10Y"),
    ("The first plant will open in two years.", PUB, "two years", "2026"),
    ("Talks stalled last week.", PUB, "last week", "2024-W51"),
    ("Talks resume this week.", PUB, "this week", "2024-W52"),
    ("Talks resume next week.", PUB, "next week", "2025-W01"),
    ("Prices rose last month.", PUB, "last month", "2024-11"),
    ("Prices rose this month.", PUB, "this month", "2024-12"),
    ("Prices will rise next month.", PUB, "next month", "2025-01"),
    ("Prices rose last year.", PUB, "last year", "2023"),
    ("Prices rose this year.", PUB, "this year", "2024"),
    ("Prices will rise next year.", PUB, "next year", "2025"),
    ("Prices rose earlier this year.", PUB, "earlier this year", "2024"),
    ("Prices will rise later this month.", PUB, "later this month", "2024-12"),
    ("The road is now open.", PUB, "now", "PRESENT_REF"),
    ("The road is currently closed.", PUB, "currently", "PRESENT_REF"),
    ("The road was recently paved.", PUB, "recently", "PAST_REF"),
    # holidays, resolved for the right year
    ("Shops close on Christmas.", PUB, "Christmas", "2024-12-25"),
    ("Shops close on Christmas Eve.", PUB, "Christmas Eve", "2024-12-24"),
    ("Shops close on New Year's Day.", PUB, "New Year's Day", "2025-01-01"),
    ("Shops close on New Year's Eve.", PUB, "New Year's Eve", "2024-12-31"),
    ("Fireworks lit up Independence Day.", PUB, "Independence Day", "2024-07-04"),
    ("Fireworks lit up the Fourth of July.", PUB, "the Fourth of July", "2024-07-04"),
    ("Families gathered on Thanksgiving.", PUB, "Thanksgiving", "2024-11-28"),
    ("Churches fill on Easter.", PUB, "Easter", "2025-04-20"),
    ("Churches fill on Good Friday.", PUB, "Good Friday", "2025-04-18"),
    ("Parades mark Memorial Day.", PUB, "Memorial Day", "2025-05-26"),
    ("Parades marked Labor Day.", PUB, "Labor Day", "2024-09-02"),
    ("Children dressed up for Halloween.", PUB, "Halloween", "2024-10-31"),
    ("Florists prepare for Valentine's Day.", PUB, "Valentine's Day", "2025-02-14"),
    ("Florists prepare for Mother's Day.", PUB, "Mother's Day", "2025-05-11"),
    ("Stores prepare for Father's Day.", PUB, "Father's Day", "2025-06-15"),
    ("Thanksgiving 2023 was quiet.", PUB, "Thanksgiving 2023", "2023-11-23"),
    ("Polls opened on Election Day 1998.", PUB, "Election Day 1998", "1998-11-03"),
    ("Turnout fell on Election Day.", date(2024, 11, 20), "Election Day", "2024-11-05"),
    # year boundaries: a month-day with no year is its occurrence nearest publication
    ("The fair opens Jan. 2.", date(2025, 12, 29), "Jan. 2", "2026-01-02"),
    ("The fair closed Dec. 27.", date(2026, 1, 4), "Dec. 27", "2025-12-27"),
    ("A fire broke out on Jan. 2, 2025.", date(2026, 1, 5), "Jan. 2, 2025", "2025-01-02"),
    ("Talks resume next week.", date(2020, 12, 30), "next week", "2021-W01"),
    ("Prices rose last month.", date(2025, 1, 3), "last month", "2024-12"),
    # tense breaks ties only far from publication
    ("The retailer's budget year closed Jan. 28.", date(1994, 11, 5), "Jan. 28", "1994-01-28"),
    ("The festival will open June 20.", date(2025, 12, 20), "June 20", "2026-06-20"),
    ("The festival opened June 20.", date(2025, 12, 20), "June 20", "2025-06-20"),
    # half a year either way and no tense to go by: the one before
    ("The bond yield sits close to its peak of Aug. 6.", date(2009, 2, 6), "Aug. 6", "2008-08-06"),
    ("The bond yield sits close to its peak of July 20.", date(2009, 2, 6), "July 20", "2009-07-20"),
    # "planned", "vowed", "pledged" are past verbs; "planned for" and "plans to" look ahead
    ("On Friday, the ministry planned to hand out school vouchers.", date(2003, 4, 16), "Friday", "2003-04-11"),
    ("A rally planned for Saturday will go ahead.", date(1998, 9, 30), "Saturday", "1998-10-03"),
    ("He dropped his travel plans on Friday.", date(2003, 4, 16), "Friday", "2003-04-11"),
    ("The mayor plans to sign it on Friday.", date(1998, 9, 30), "Friday", "1998-10-02"),
    # what a past verb of intent governs is still ahead; the intent itself is past
    ("The delegation planned to fly home on Thursday.", date(2003, 4, 16), "Thursday", "2003-04-17"),
    ("Tenants planned a rally on Sunday and were planning to walk to city hall.", date(2004, 3, 5), "Sunday",
     "2004-03-07"),
    ("On Thursday, the union plans to brief reporters.", date(2006, 2, 13), "Thursday", "2006-02-16"),
    # a deadline lies ahead unless the clause's own verb is in the past
    ("Only three clubs had paid their fees by Thursday.", date(2007, 6, 22), "Thursday", "2007-06-21"),
    ("The clip was shared 40,000 times by Monday night.", date(2019, 4, 10), "Monday night", "2019-04-08"),
    ("Banks have stretched the credit line through February.", date(2001, 11, 19), "February", "2002-02"),
    ("The builder told lenders it would settle the debt by May.", date(2001, 11, 19), "May", "2002-05"),
    ("The board must decide by Friday.", date(2024, 12, 24), "Friday", "2024-12-27"),
    # a timetable in the present tense looks ahead; a noun that looks like such a verb does not
    ("The rival owners meet individually Tuesday with the arbitrator.", date(2005, 9, 7), "Tuesday", "2005-09-13"),
    ("The exhibit opens Saturday.", date(2024, 12, 24), "Saturday", "2024-12-28"),
    ("The fair got off to a slow start on Sunday afternoon.", date(2011, 8, 10), "Sunday afternoon",
     "2011-08-07"),
    # a weekday's own event ("Wednesday's ruling") is one reported on, whatever the sentence's verb
    ("Lawyers said they would seek a path around Thursday's verdict.", date(2002, 5, 10), "Thursday",
     "2002-05-09"),
    ("Saturday's game will decide the title.", date(2000, 1, 7), "Saturday", "2000-01-08"),
    # the day a change announced takes hold lies ahead
    ("The council also formed a housing office, effective Feb. 20.", date(2006, 11, 20), "Feb. 20",
     "2007-02-20"),
    ("Fares rise starting June 1.", date(1989, 10, 26), "June 1", "1990-06-01"),
    # postponed until: later than the postponement
    ("The landlord has given the tenants until Friday to move out.", date(2010, 6, 8), "Friday", "2010-06-11"),
    ("Regulators delayed until Monday afternoon any vote on the merger.", date(2008, 7, 17), "Monday afternoon",
     "2008-07-21"),
    ("The meeting lasted until Tuesday.", date(2000, 3, 30), "Tuesday", "2000-03-28"),
    # a participle after "be" is passive: the modal before it sets the tense; "could" looks back
    ("The refund would be mailed on an undetermined day in February.", date(2002, 11, 4), "February", "2003-02"),
    ("The driver could not be reached Thursday.", date(2009, 2, 9), "Thursday", "2009-02-05"),
    # the verb of a "that" clause after the date is not the date's verb
    ("Mayors warned the state transit board Tuesday that they expect long delays.", date(2000, 3, 29),
     "Tuesday", "2000-03-28"),
    # "since" looks back
    ("Rescuers have looked for the hikers since soon after the Nov. 12 avalanche.", date(2005, 6, 2), "Nov. 12",
     "2004-11-12"),
    # a reading turned down lets the next one try: "1990 and 1991" without "between" is two years
    ("Margins shrink in both 2031 and 2032.", date(2030, 4, 8), "2032", "2032"),
    # a month named alone: the nearest one when it is close, whatever the tense
    ("The league gave the owners until mid-December to respond.", date(2004, 11, 29), "mid-December", "2004-12"),
    ("Ridership held steady this year through July.", date(2011, 9, 23), "July", "2011-07"),
    ("The plant closed in March.", date(1989, 10, 27), "March", "1989-03"),
    ("The senate passed the bill in late September this year.", date(2003, 11, 20), "late September this year",
     "2003-09"),
    ("Prices fell in mid-March last year.", date(1998, 12, 3), "mid-March last year", "1997-03"),
    # "into the summer"
    ("Staffing gaps delayed repairs well into the summer.", date(2006, 10, 12), "the summer", "2006-SU"),
    # a month before a noun, after an article; not a name, not "the March on Washington"
    ("The March accession will let them join.", date(1999, 2, 10), "March", "1999-03"),
    ("The club is still looking for a buyer, under a July deal with its lenders.", date(2011, 9, 14), "July",
     "2011-07"),
    # a list of months runs onward
    ("We play Oslo in December, Lisbon in February, Austin in March, and Cairo in June.",
     date(2014, 11, 5), "June", "2015-06"),
    ("Sales fell in April, and in May.", date(2013, 10, 9), "May", "2013-05"),
    # "the following month/year" runs on from the month or year the story last named
    ("In July, the mill got a bid. The following month, its owners listed it.", date(2012, 11, 2),
     "The following month", "2012-08"),
    ("She was hired on Sept. 9, 2011, and the following year she transferred to Austin.", PUB,
     "the following year", "2012"),
    ("The plant opened in 1994. The following year it was sold.", PUB, "The following year", "1995"),
    ("Output fell a year ago. Frost slowed the harvest earlier in the year.", date(2008, 10, 15),
     "earlier in the year", "2008"),
    # "the next day" runs on from the last day named, never from a year named alone
    ("The count began on Saturday. (Picture: archive, 2012.) The final tally came at 4:15 the next day.",
     date(2014, 3, 12), "the next day", "2014-03-09"),
    ("He moved to Ohio in 1994. Two years later he left.", PUB, "Two years later", "1996"),
    ("Rent income last year was $7 million, up from $6 million a year earlier.", date(2012, 5, 9),
     "a year earlier", "2011"),
    # "the day before/after" a day named next to it
    ("The day before last Thursday's trial, she drove to Denver.", date(2000, 2, 24), "The day before", "2000-02-16"),
    ("Stores reopen the day after Christmas.", PUB, "the day after", "2024-12-26"),
    ("He left the day after Dec. 3.", PUB, "the day after", "2024-12-04"),
    ("On March 3 the rally began. The day after, it ended.", PUB, "The day after", "2024-03-04"),
    # a holiday's week
    ("Pilgrims gathered as Easter week opened.", date(2011, 4, 18), "Easter week", "2011-W16"),
    ("Sales rose in Christmas week.", date(2024, 12, 30), "Christmas week", "2024-W52"),
    # two quarters make a half
    ("Weak demand should persist over the first two quarters of 1996.", date(1995, 10, 20),
     "the first two quarters of 1996", "1996-H1"),
    # the week holding a day
    ("A ruling could arrive the week of April 15.", date(2002, 3, 27), "the week of April 15", "2002-W16"),
    ("Talks began the week of Jan. 1, 2021.", PUB, "the week of Jan. 1, 2021", "2020-W53"),
    # leap days
    ("The law was signed Feb. 29, 2024.", PUB, "Feb. 29, 2024", "2024-02-29"),
    ("The law was signed Feb. 29.", date(2024, 3, 10), "Feb. 29", "2024-02-29"),
    # two-digit years
    ("The 2008-09 season was poor.", date(2013, 3, 20), "09", "2009"),
    ("The 1999-00 budget passed.", date(2013, 3, 20), "00", "2000"),
    ("The order is dated 11/02/89.", date(1989, 11, 2), "11/02/89", "1989-11-02"),
    # "the plan" is a noun and "the reduced dividend" an adjective: neither sets the tense
    ("The agency unveiled the plan July 9.", date(2004, 9, 20), "July 9", "2004-07-09"),
    ("The higher dividend is payable Feb. 3.", date(2004, 12, 1), "Feb. 3", "2005-02-03"),
    # a date followed by a colon (an editorial's date line) is still a date; a clock time is not
    ("The magazine argued in a column on Friday, May 9: the tax is unfair.", date(2003, 5, 8),
     "May 9", "2003-05-09"),
    # years said aloud, as transcripts write them
    ("Seattle, nineteen ninety-nine. Crowds filled the streets.", date(2001, 6, 4), "nineteen ninety-nine", "1999"),
    ("It was first tried in nineteen oh five.", date(1998, 2, 27), "nineteen oh five", "1905"),
    ("The goal is set for twenty twenty-four.", date(2019, 2, 27), "twenty twenty-four", "2024"),
    ("Waiting lists were meant to vanish by the year two thousand.", date(1997, 7, 15),
     "the year two thousand", "2000"),
    ("Then came March nineteen eighty-eight.", date(1990, 2, 27), "March nineteen eighty-eight", "1988-03"),
    ("Heating bills soared during the winter of nineteen eighty-seven.", date(1990, 2, 23),
     "the winter of nineteen eighty-seven", "1987-WI"),
    ("Over recent years the neighborhood has changed.", date(2008, 5, 30), "recent years", "PAST_REF"),
    ("Similar floods struck the valley in past years as well.", date(2008, 5, 30), "past years", "PAST_REF"),
    ("Nobody doubts the risks facing growers in the near term.", date(2008, 5, 30), "the near term", "FUTURE_REF"),
    ("Bookings over the full year climbed 8%.", date(2008, 5, 30), "the full year", "2008"),
    # "year-earlier": a year before, and in a quarterly report the same quarter a year before
    ("The year-ago figures reflected a write-down.", date(2007, 8, 1), "year-ago", "2006"),
    ("Revenue climbed in the second quarter, set against a year-earlier deficit of $3 million.", date(2006, 8, 3),
     "year-earlier", "2005-Q2"),
    # the quarter reported on, not a forecast: "the year-ago period" is a year before the third quarter
    ("Income dropped in the second quarter. Weakness could persist into the second quarter of 2008. "
     "For the year-ago period, it earned $57 million.", date(2007, 7, 25), "the year-ago period", "2006-Q2"),
    ("Orders grew in the first quarter. The pace should carry on into the second quarter. "
     "Orders were $820 million a year ago.", date(2009, 4, 22), "a year ago", "2008-Q1"),
    # a fiscal quarter still under way on the calendar, reported in the past tense
    ("Dunmore Foods posted a 31% drop in fourth-quarter earnings, against $52.3 million a year earlier.",
     date(1995, 11, 8), "a year earlier", "1994-Q4"),
    # "the latest period" is the quarter reported on; a quarter under way is not, unless told in the past
    ("Dunmore Foods posted a 31% drop in fourth-quarter earnings. Revenue in the latest period was $2.14 billion.",
     date(1995, 11, 8), "the latest period", "1995-Q4"),
    ("Harbor Mutual's third-quarter earnings slid. It has no forecast yet of the strike's cost to fourth-quarter "
     "results. Over the latest quarter, claims reached $8 million.", date(1997, 10, 29), "the latest quarter", "1997-Q3"),
    # "the year ended Dec. 31" is the year that ended then
    ("Payouts for the year ended Dec. 31 shrank.", date(2016, 2, 25), "the year", "2015"),
    # "the latest fiscal year" is the last one finished
    ("Turnover reached $910 million in the latest fiscal year.", date(2004, 10, 14), "the latest fiscal year", "2003"),
    # a quarter of this year or last
    ("Sales rose in the second quarter of this year.", date(2013, 3, 20), "the second quarter of this year",
     "2013-Q2"),
    ("Bookings slipped during the fourth quarter of last year.", date(2013, 3, 20), "the fourth quarter of last year",
     "2012-Q4"),
    # ages with "age"
    ("He died at age 87.", date(2013, 3, 20), "age 87", "P87Y"),
    ("Smith, age 45, resigned.", date(2013, 3, 20), "age 45", "P45Y"),
    # "this quarter" in a report on a finished quarter is that quarter; looking ahead, the current one
    ("The brewer reported a third-quarter deficit. This quarter's deficit reflects a $2.6 million write-off.",
     date(2010, 10, 27), "This quarter", "2010-Q3"),
    ("The brewer reported a third-quarter deficit. It hopes to turn a profit this quarter.", date(2010, 10, 27),
     "this quarter", "2010-Q4"),
    # a quarter named as background ("after a weak second quarter") is not the one reported on
    ("Larkspur Mills reported a 14% rise in third-quarter income. After a weak second quarter, demand recovered. "
     "For the year-earlier period, it booked write-downs.", date(1998, 10, 28), "the year-earlier period", "1997-Q3"),
    # "that quarter" is the quarter last named
    ("It lost money in the first quarter of 2002. Figures for that quarter reflected a write-off.",
     date(2003, 5, 14), "that quarter", "2002-Q1"),
]


@pytest.mark.parametrize(("sentence", "published", "text", "value"), CASES, ids=[c[2] + "|" + c[1].isoformat() for c in CASES])
def test_value(sentence: str, published: date, text: str, value: str) -> None:
    mentions = datecheck.extract(sentence, published=published)
    found = [(m.text, m.value) for m in mentions if m.text == text]
    assert found == [(text, value)], [(m.text, m.value) for m in mentions]


def test_a_fiscal_quarter_covers_the_months_before_the_day_it_ended() -> None:
    text = "Net income for its second quarter ended March 31 slipped below the year-earlier $2.7 million."
    quarter, _, year_earlier = datecheck.extract(text, published=date(1996, 5, 9))
    assert (quarter.value, quarter.interval.first, quarter.interval.last) == ("1996-Q2", date(1996, 1, 1), date(1996, 3, 31))
    assert (year_earlier.value, year_earlier.interval.first, year_earlier.interval.last) == (
        "1995-Q2", date(1995, 1, 1), date(1995, 3, 31))


def test_a_quarter_ended_more_than_a_year_off_keeps_its_calendar_months() -> None:
    text = "Net income for its second quarter ended March 31, 1995 slipped."  # a year typed wrong
    quarter = datecheck.extract(text, published=date(1996, 5, 9))[0]
    assert (quarter.value, quarter.interval.first) == ("1996-Q2", date(1996, 4, 1))


def test_a_year_ago_refers_to_the_quarter_a_few_paragraphs_on() -> None:
    filler = "The company makes valves, pumps and fittings for water utilities in four states. " * 10
    text = "Acme posted a 12% gain in third-quarter profit.\n\n" + filler + "\n\nSales were $9 million a year ago."
    assert datecheck.extract(text, published=date(1989, 11, 2))[-1].value == "1988-Q3"


@pytest.mark.parametrize("sentence", ["They joined the March on Washington.", "The May government fell.",
                                      "She met June Carter.", "According to USA Today, sales rose.",
                                      'Lopez told CBS\'s "This Week With Anna Reyes" that it works.'])
def test_a_month_word_that_is_not_a_month(sentence: str) -> None:
    assert datecheck.extract(sentence, published=PUB) == []


def test_offsets_are_offsets_into_the_text() -> None:
    text = "Before. On Dec. 7, 2023, a thing. Then — yesterday — another."
    for mention in datecheck.extract(text, published=PUB):
        assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials may decide later.",
        "Thousands march to the capital.",
        "Theresa May said the vote would go ahead.",
        "The Sun reported the story first.",
        "The bill came to $2,024 in all.",
        "The measure won 2011 votes.",
        "Take Route 66 west.",
        "Call room 1999 for details.",
        "April Lee and June Carter sang.",
        "Temperatures hit 1850 degrees.",
        "Nineteen twenty people signed the petition.",
        "The meeting starts at May 3:30 sharp.",
    ],
)
def test_not_a_date(sentence: str) -> None:
    assert [m for m in datecheck.extract(sentence, published=PUB) if m.type == "DATE"] == []


class TestWhatIsStated:
    def test_month_day_records_that_no_year_was_written(self) -> None:
        mention = only("The vote is on December 7.")
        assert mention.stated.year is None and mention.stated.month == 12 and mention.stated.day == 7
        assert "year inferred from the anchor date" in mention.assumptions
        assert mention.anchor == PUB and mention.anchor_source == "publication"

    def test_explicit_year_is_stated(self) -> None:
        mention = only("It began on Dec. 7, 2023.")
        assert mention.stated.year == 2023
        assert mention.anchor is None  # nothing was inferred

    def test_weekday_with_its_alternative(self) -> None:
        mention = only("The mayor spoke Friday.")
        assert mention.value == "2024-12-20"
        assert mention.alternatives == ("2024-12-27",)
        assert mention.stated.weekday == 4

    def test_relative_offset(self) -> None:
        mention = only("The storm hit two days ago.")
        assert mention.stated.offset == ("day", -2)
        assert mention.interval is not None and mention.interval.first == date(2024, 12, 22)

    def test_ambiguous_numeric_date_keeps_both_readings(self) -> None:
        mention = only("The form is dated 03/04/2024.")
        assert mention.value == "2024-03-04"
        assert mention.alternatives == ("2024-04-03",)
        assert mention.stated.numeric_order == "AMBIGUOUS"

    def test_numeric_date_with_one_possible_reading(self) -> None:
        mention = only("The form is dated 25/12/2024.")
        assert mention.value == "2024-12-25" and mention.alternatives == ()
        assert mention.stated.numeric_order == "DMY"

    def test_interval_of_a_modified_month(self) -> None:
        mention = only("Snow is expected in late January.")
        assert mention.value == "2025-01"
        assert mention.interval is not None
        assert mention.interval.first.day > 15 and mention.interval.last == date(2025, 1, 31)


class TestImpossibleDates:
    @pytest.mark.parametrize(
        ("sentence", "problem"),
        [
            ("It was signed Sept. 31.", "September has 30 days"),
            ("It was signed June 31, 2024.", "June has 30 days"),
            ("It was signed Feb. 29, 2025.", "2025 is not a leap year"),
            ("It was signed 13/25/2024.", "there is no month 13"),
        ],
    )
    def test_marked_invalid(self, sentence: str, problem: str) -> None:
        mention = only(sentence)
        assert not mention.valid
        assert mention.problem == problem
        assert mention.interval is None


class TestNarrative:
    def test_two_days_later_anchors_to_the_last_date(self) -> None:
        mentions = datecheck.extract("On March 3 the strike began. Two days later it ended.", published=date(2025, 3, 20))
        assert [(m.text, m.value) for m in mentions] == [("March 3", "2025-03-03"), ("Two days later", "2025-03-05")]
        assert mentions[1].anchor_source == "mention" and mentions[1].anchor_mention == 0

    def test_the_next_day(self) -> None:
        mentions = datecheck.extract("The storm hit on Oct. 4, 2023. The next day, crews arrived.", published=PUB)
        assert mentions[1].value == "2023-10-05"

    def test_date_line_starts_a_dated_section(self) -> None:
        text = "Live updates\n\nDec. 20, 2024\n\nThe mayor spoke yesterday.\n"
        mentions = datecheck.extract(text, published=PUB)
        yesterday = [m for m in mentions if m.text == "yesterday"][0]
        assert yesterday.value == "2024-12-19"
        assert yesterday.anchor_source == "dateline"


class TestDurationsAgesRanges:
    def test_hyphenated_duration(self) -> None:
        mention = only("The 13-year war ended.")
        assert (mention.text, mention.type, mention.value) == ("13-year", "DURATION", "P13Y")

    def test_for_three_days(self) -> None:
        mention = only("It rained for three days.")
        assert (mention.text, mention.type, mention.value) == ("three days", "DURATION", "P3D")

    def test_the_past_few_hours(self) -> None:
        mention = only("Over the past few hours, the river rose.")
        assert (mention.text, mention.type, mention.value) == ("the past few hours", "DURATION", "PTXH")

    def test_age_in_apposition(self) -> None:
        mention = only("Jordan Ellis, 38, said the plan was sound.")
        assert (mention.text, mention.kind, mention.value) == ("38", "age", "P38Y")

    def test_age_years_old(self) -> None:
        mention = only("The 45-year-old driver was unhurt.")
        assert (mention.kind, mention.value) == ("age", "P45Y")

    def test_day_range(self) -> None:
        start, end = datecheck.extract("The fair runs Dec. 5-7, 2024.", published=PUB)
        assert (start.value, end.value) == ("2024-12-05", "2024-12-07")
        assert (start.range_role, end.range_role) == ("start", "end")
        assert start.range_partner == end.index

    def test_year_range(self) -> None:
        start, end = datecheck.extract("He served from 2011 to 2014.", published=PUB)
        assert (start.value, end.value, start.range_role, end.range_role) == ("2011", "2014", "start", "end")

    def test_month_range(self) -> None:
        start, end = datecheck.extract("It is open between March and May.", published=PUB)
        assert (start.value, end.value, start.range_role) == ("2024-03", "2024-05", "start")


class TestLinks:
    def test_weekday_tied_to_its_date(self) -> None:
        weekday, day = datecheck.extract("The vote is on Tuesday, Dec. 3.", published=PUB)
        assert weekday.linked == day.index and day.linked == weekday.index
        assert weekday.value == day.value == "2024-12-03"

    def test_weekday_in_brackets(self) -> None:
        weekday, day = datecheck.extract("It opens Saturday (April 6).", published=date(2025, 3, 30))
        assert weekday.linked == day.index

    def test_wrong_weekday_keeps_its_own_reading(self) -> None:
        weekday, day = datecheck.extract("The vote is on Tuesday, Oct. 8.", published=date(2025, 10, 1))
        assert day.value == "2025-10-08"  # a Wednesday
        assert weekday.linked == day.index
        assert weekday.value != day.value


class TestNoPublicationDate:
    def test_explicit_dates_still_resolve(self) -> None:
        assert values("It began Dec. 7, 2023.", None) == [("Dec. 7, 2023", "2023-12-07")]

    def test_relative_dates_stay_unresolved(self) -> None:
        mention = only("It began yesterday.", None)
        assert mention.value == "XXXX-XX-XX" and mention.anchor is None

    def test_month_day_without_year(self) -> None:
        assert values("It began Dec. 7.", None) == [("Dec. 7", "XXXX-12-07")]


@pytest.mark.parametrize(
    ("country", "sentence", "value"),
    [
        ("GB", "Shops shut on Boxing Day.", "2024-12-26"),  # a country whose calendar has no unofficial days
        ("GB", "Children dressed up for Halloween.", "2024-10-31"),  # from the fixed-day fallback
        ("GB", "Turnout fell on Election Day.", "XXXX-XX-XX"),  # the U.S. rule is not applied elsewhere
        ("DE", "Churches fill on Easter Monday.", "2025-04-21"),
    ],
)
def test_holidays_in_other_countries(country: str, sentence: str, value: str) -> None:
    [mention] = datecheck.extract(sentence, published=PUB, country=country)
    assert mention.value == value
