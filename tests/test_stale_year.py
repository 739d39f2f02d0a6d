"""DC201 stale-year by family: the slips it must find, whatever their written form, and the kinds of
real copy that write an old or a coming year on purpose, which it must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from datecheck import check, extract


def _flagged(text: str, published: str) -> list[str]:
    return [f.text for f in check(text, date.fromisoformat(published), select=["DC201"])]


# (published, text, the date flagged)
SLIPS = [
    # the plain January slip, in each written form
    ("2026-01-08", "The vote came after a petition drive that began on Jan. 2, 2025, organizers said yesterday.",
     "Jan. 2, 2025"),
    ("2026-01-06", "Police said Monday that the two men were arrested on 2024-12-30 after a chase.", "2024-12-30"),
    ("2026-01-07", "Flights resumed on 2024-12-29 after the storm, the airline said Tuesday.", "2024-12-29"),
    ("2025-03-05", "OSLO, March 4 - The ferry line said on Tuesday that its Kiel route began on Feb. 20, 2024.",
     "Feb. 20, 2024"),
    # the month before, given with its year, is recent news, not that year dealt with
    ("2026-01-08", "In December 2025, the library board asked for a new roof.\n\nThe vote came after a petition "
     "drive that began on Jan. 2, 2025, organizers said yesterday.", "Jan. 2, 2025"),
    # a plan: last year's number on a day just ahead
    ("2026-01-06", "The new ferry will start service on Feb. 3, 2025, the port authority said Monday.", "Feb. 3, 2025"),
    # the end of a reporting period, set against the year before or named as the story's quarter
    ("2025-10-28", "Pellham Steel posted net income of $14 million for the quarter ended Sept. 30, 2024. "
     "It had a loss of $3 million a year earlier.", "Sept. 30, 2024"),
    ("2025-11-03", "For the year ended 30 September 2024, Alder Mills earned $42.5 million, up 8.9% from $39 million.",
     "30 September 2024"),
    ("2025-10-28", "Pellham Steel said its third-quarter profit doubled. It had net income of $14 million for the "
     "quarter ended Sept. 30, 2024.", "Sept. 30, 2024"),
    ("2025-10-28", "Corvin Labs reported sales of $88 million for the quarter ended Sept. 27, 2024, up 12% from $78.6 "
     "million a year earlier. In the 2024 period, it lost $2 million.", "Sept. 27, 2024"),
    # the end of a range that lends its year to the other end, or the start of one that borrows none
    ("2025-11-04", "The fund bought 80,000 shares from Aug. 26 to Oct. 21, 2024, it said in a filing on Monday.",
     "Oct. 21, 2024"),
    ("2025-11-04", "The fund bought 60,000 shares between 26 August and 21 October 2024, it said on Monday.",
     "21 October 2024"),
    ("2026-01-29", "The gallery celebrated Thursday's opening with a crowd of 300. The show is to run from "
     "Jan. 22, 2025 through March 15.", "Jan. 22, 2025"),
    # "since" with a count of the time since that fits the corrected year
    ("2025-08-18", "Relief crews have worked since the Aug. 4, 2024 landslide, officials said Monday, as the "
     "two-week search wound down.", "Aug. 4, 2024"),
    ("2025-05-19", "Talks have stalled since the May 5, 2024 walkout, and the two-week strike has closed 14 plants, "
     "the union said Monday.", "May 5, 2024"),
]


@pytest.mark.parametrize(("published", "text", "flag"), SLIPS, ids=[f"{p}-{f}" for p, _, f in SLIPS])
def test_last_years_number_on_this_years_news_is_flagged(published: str, text: str, flag: str) -> None:
    assert _flagged(text, published) == [flag]


MEANT = {
    "a future year": [
        ("2026-06-10", "The council on Tuesday adopted a budget for the fiscal year that ends June 30, 2027."),
        ("2026-02-03", "The utility said Monday it had sold $300 million of notes that mature Feb. 15, 2027."),
        ("2025-03-04", "The agency said on Monday that the firm has until March 31, 2026 to file the reports."),
        ("2026-03-30", "The board said Friday that the warrants stay exercisable until April 20, 2027."),
    ],
    "a background date with its year": [
        ("2025-10-20", "On Oct. 9, 2024, Halvorsen Tools signed a supply deal with Brightwater Marine, the firm it "
         "later bought outright. Halvorsen said Monday that it would cut 40 jobs."),
        ("2025-09-29", "On Sept. 14, 2024, Ridgeway Bank opened the Kell Street branch it eventually closed. "
         "Customers learned on Friday that the building will be sold."),
        ("2026-09-22", "Kestrel Outdoor named a new chief executive on Monday. The retailer lost $4.2 million for "
         "the year ended Aug. 31, 2025, on sales of $61 million."),
        ("2026-10-02", "Marlow Foods said Tuesday that it earned $8.1 million in the year ended Sept. 12, 2026, "
         "compared with $6.4 million for the year ended Sept. 12, 2025."),
        ("2026-03-12", "Ostrand Mills expects to report a loss on Thursday. It earned $2.2 million in the previous "
         "fiscal year ended Feb. 14, 2025."),
        ("2026-03-24", "Quarter profit rose on Monday's figures. Prior qtr ended March 2, 2025."),
        ("2026-03-18", "Results for the 53 weeks ended Feb. 28, 2026, and the 52 weeks ended Feb. 22, 2025 were "
         "released on Monday."),
        ("2026-03-03", "OSLO, March 2 - The ferry line said its route to Kiel began on Feb. 20, 2025."),
    ],
    "a day still to come, told as done": [
        ("2026-03-18", "Another 9,000 tonnes of feed remain under the export program announced April 2, 2025, the "
         "ministry said Tuesday."),
        ("2026-03-03", "For the 12 months ended March 31, 2025, the unit had pretax profit of $470,000, the buyer "
         "said Monday."),
    ],
    "a dated list": [
        ("2026-01-04", "The year in Millbrook, as the town saw it:\n\nJan. 14, 2025 \u2014 Ice closes the ferry."
         "\n\nMarch 3, 2025 \u2014 Floods close the Elm Street bridge.\n\nJune 20, 2025 \u2014 The library opens."
         "\n\nThe council looked back on the year at its meeting on Friday."),
        ("2026-01-05", "Highlights of the year, as the club chose them on Friday:\n\nFeb. 2, 2025: The new pitch "
         "opens.\n\nMarch 1, 2025: The women's team wins the cup.\n\nAug. 9, 2025: A record crowd of 4,100."),
        ("2026-01-05", "The council reviewed its year on Friday.\n\n- Jan. 9, 2025 \u2014 Snow closes the schools."
         "\n- Feb. 20, 2025 \u2014 The budget passes.\n- May 2, 2025 \u2014 The new mayor is sworn in."),
    ],
    "a year reckoned from the date": [
        ("2025-03-20", "Turnout fell to 41 percent on March 2, 2024. The year before, it had reached 55 percent, "
         "officials said Tuesday."),
        ("2025-03-20", "The year before, after a long and bitter campaign that split the valley's towns and its "
         "unions, voters approved the levy on March 9, 2024. Officials said Tuesday the money is spent."),
        ("2025-10-20", "The mill closed on Oct. 9, 2024. Nearly a year afterwards, the town is still waiting for "
         "the promised jobs, the mayor said Monday."),
        ("2025-10-20", "The mill closed on Oct. 9, 2024. A year later, its lot is still empty, the mayor said Monday."),
        ("2025-10-20", "The mill closed on Oct. 9, 2024. Some 12 months on, the lot is empty, the mayor said Monday."),
    ],
    "the year given in an earlier paragraph": [
        ("2026-03-20", "The 2025 floods cost Dunmore County $40 million, a report released Tuesday found.\n\n"
         "The river crested on March 3, 2025, and the Elm Street bridge stayed shut for a month."),
        ("2026-03-20", "The report released Tuesday looks back at the storms of March 2025.\n\n"
         "The river crested on March 3, 2025, and the Elm Street bridge stayed shut for a month."),
        ("2025-10-20", "A year after the mill closed, about 200 people marched through Tallis on Sunday.\n\n"
         "The company shut the mill on Oct. 16, 2024, citing the price of pulp."),
    ],
    "since, with nothing counting the time since": [
        ("2025-08-18", "The plant has been idle since its Aug. 4, 2024 fire, the owners said Monday."),
        ("2026-01-20", "The Harbor Road bridge has been closed since Jan. 5, 2025, the county said on Monday."),
    ],
}
MEANT_CASES = [(family, published, text) for family, cases in MEANT.items() for published, text in cases]


@pytest.mark.parametrize(("family", "published", "text"), MEANT_CASES,
                         ids=[f"{family}-{n}" for n, (family, _, _) in enumerate(MEANT_CASES)])
def test_a_year_written_on_purpose_is_left_alone(family: str, published: str, text: str) -> None:
    assert _flagged(text, published) == [], family


@pytest.mark.parametrize(("published", "text", "flag"), SLIPS, ids=[f"{p}-{f}" for p, _, f in SLIPS])
def test_the_message_says_how_far_before_the_story_the_date_lies(published: str, text: str, flag: str) -> None:
    now = date.fromisoformat(published)
    (finding,) = check(text, now, select=["DC201"])
    day = next(m.resolved_date for m in extract(text, now) if m.text == flag)
    assert day is not None and day < now  # a date after the story is never last year's number
    wanted = "more than a year before" if day < now.replace(year=now.year - 1) else "nearly a year before"
    assert wanted in finding.message, finding.message
