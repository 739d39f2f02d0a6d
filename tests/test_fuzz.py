"""Nothing crashes: text built from date-ish words, over publication dates from year 1 to 9999.

Every mention and finding must point into the text it came from (0 <= start <= end <= len(text),
and text[start:end] is its text), whatever the words, the numbers (0, 9999, 10000, 999999999 …)
and the publication date.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import datecheck
from datecheck import calendar_math
from datecheck.rules import RULES

#: Inputs that once crashed inside the resolver, one per site, before its arithmetic was bounded.
RESOLVER_EDGES = [
    ("Thursday", date(1, 1, 1)),  # a weekday's week runs past the calendar
    ("last weekend", date(1, 1, 1)),  # "last weekend" before Jan. 1 of year 1
    ("tomorrow", date(9999, 12, 31)),  # a day count past the calendar
    ("April", date(9999, 12, 31)),  # no month interval for year 10000
    ("7/7/71", date(1, 1, 7)),  # a two-digit year before year 1
    ("the '20s", date(1, 1, 7)),  # a decade before year 1
    ("this past winter", date(1, 1, 1)),  # no winter before the story's in year 1
]


MONTHS = (
    "January February March April May June July August September October November December "
    "Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec. Jan Feb Sept Dec june MARCH"
).split()
WEEKDAYS = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon. Tue. Tues. Wed. Thu. Thurs. Fri. Sat. Sun. "
    "friday SUNDAY"
).split()
SEASONS = ["spring", "summer", "fall", "autumn", "winter", "Summer"]
SEASON_WORDS = ["last", "this", "next", "early", "late", "mid-", "the", "this past", "the coming"]
HOLIDAYS = [
    "Christmas", "Christmas Eve", "Christmas Day", "New Year's Day", "New Year's Eve", "Easter", "Good Friday",
    "Thanksgiving", "Independence Day", "the Fourth of July", "Memorial Day", "Labor Day", "Halloween",
    "Valentine's Day", "Mother's Day", "Father's Day", "Election Day", "Easter week", "Christmas week",
]
UNITS = ["second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century",
         "seconds", "minutes", "hours", "days", "weeks", "months", "quarters", "years", "decades", "centuries"]
RELATIVE = ["ago", "later", "earlier", "before", "after", "from now", "hence", "in"]
WORDS = [
    "yesterday", "today", "tomorrow", "tonight", "now", "recently", "the day before", "the day after",
    "the next day", "this weekend", "last weekend", "next weekend", "the weekend", "the following year", "the following month", "a year earlier", "a year ago", "year-earlier",
    "year-ago", "the year-ago period", "the latest quarter", "that quarter", "this quarter", "last week",
    "next month", "this year", "the week of", "since", "between", "from", "to", "through", "until", "and",
    "on", "in", "the", "a", "of", "said", "will", "was", "born in", "marked the", "anniversary of", "aged", "age",
    "fiscal", "fiscal year", "the year ended", "quarter ended", "the first two quarters of", "the second half",
    "first-quarter", "third-quarter", "the third quarter", "Q1", "Q4", "H2", "the 1990s", "the '90s",
    "the nineties", "the 20th century", "the 1st century", "nineteen ninety-six", "twenty twenty-four",
    "the year two thousand", "Smith,", "Ms. Lee,", "years old", "-year-old", "Updated", "Published",
    "datecheck: ignore", "<!-- datecheck-disable-next-line DC201 -->", "the past few hours", "the day before yesterday",
    "a week or so ago", "two days later", "mid-", "early", "late", "the end of", "the first half of", "noon", "midnight",
    "a.m.", "p.m.", "2:30", "nineteen", "twenty", "oh", "five", "thousand", "Tuesday's", "Wednesday night", "2008-09",
    "1999-00", "this past", "this coming", "Easter Sunday", "the year", "that day", "that year", "the same day",
]
PUNCTUATION = [",", ".", "(", ")", "-", "\u2013", "\u2014", ":", ";", "'s", "\u2019s", '"', "\u201c", "\u201d",
               "'", "\n", "\n\n", "!", "?", "/", "#", "*", "---\n"]

#: Numbers of every size, the edges of the calendar and beyond it.
EDGE_NUMBERS = [0, 1, 2, 9, 10, 12, 13, 24, 28, 29, 30, 31, 32, 59, 60, 99, 100, 101, 999, 1000, 1899, 1900,
                1969, 1970, 1999, 2000, 2024, 9998, 9999, 10000, 99999, 316000, 999999999, 10**18]
NUMBERS = st.one_of(st.sampled_from(EDGE_NUMBERS), st.integers(min_value=0, max_value=10**12))
SMALL = st.one_of(st.sampled_from([0, 1, 2, 9, 10, 12, 13, 28, 29, 30, 31, 32, 99, 100]), st.integers(0, 400))
YEARS = st.one_of(st.sampled_from([0, 1, 9, 10, 99, 100, 999, 1000, 1582, 1900, 2024, 9998, 9999, 10000, 316000,
                                   999999999]), st.integers(0, 10**9))


def _spelled(n: int) -> str:
    return f"{n:,}" if n >= 1000 and n % 3 == 0 else str(n)


TOKENS = st.one_of(
    st.sampled_from(MONTHS),
    st.sampled_from(WEEKDAYS),
    st.builds(lambda w, s: f"{w} {s}", st.sampled_from(SEASON_WORDS), st.sampled_from(SEASONS)),
    st.sampled_from(HOLIDAYS),
    st.sampled_from(WORDS),
    st.sampled_from(PUNCTUATION),
    NUMBERS.map(_spelled),
    YEARS.map(str),
    # ages
    NUMBERS.map(lambda n: f"{n}-year-old"),
    NUMBERS.map(lambda n: f", {n},"),
    NUMBERS.map(lambda n: f"age {n}"),
    # counts with "ago", "later", "earlier"
    st.builds(lambda n, u, r: f"{n} {u} {r}", NUMBERS.map(_spelled), st.sampled_from(UNITS), st.sampled_from(RELATIVE)),
    st.builds(lambda n, u: f"{n}-{u}", NUMBERS, st.sampled_from(UNITS)),
    st.builds(lambda n: f"the {n}th anniversary of", NUMBERS),
    st.builds(lambda n, m: f"the {n}th of {m}", NUMBERS, st.sampled_from(MONTHS)),
    st.builds(lambda n: f"{n}th", NUMBERS),
    # quarters, fiscal years, decades
    st.builds(lambda q, y: f"Q{q} {y}", SMALL, YEARS),
    st.builds(lambda y: f"fiscal {y}", YEARS),
    st.builds(lambda y: f"the {y}s", YEARS),
    st.builds(lambda y: f"'{y % 100:02d}s", YEARS),
    st.builds(lambda n: f"the {n}th century", NUMBERS),
    # written and numeric dates
    st.builds(lambda m, d, y: f"{m} {d}, {y}", st.sampled_from(MONTHS), SMALL, YEARS),
    st.builds(lambda d, m, y: f"{d} {m} {y}", SMALL, st.sampled_from(MONTHS), YEARS),
    st.builds(lambda m, y: f"{m} {y}", st.sampled_from(MONTHS), YEARS),
    st.builds(lambda m, d: f"{m} {d}", st.sampled_from(MONTHS), SMALL),
    st.builds(lambda a, b, y: f"{a:02d}/{b:02d}/{y:04d}", SMALL, SMALL, YEARS),
    st.builds(lambda a, b, y: f"{a}/{b}/{y % 100:02d}", SMALL, SMALL, YEARS),
    st.builds(lambda y, a, b: f"{y:04d}-{a:02d}-{b:02d}", YEARS, SMALL, SMALL),
    st.builds(lambda a, b, y: f"{a:02d}.{b:02d}.{y}", SMALL, SMALL, YEARS),
    st.builds(lambda m, a, b: f"{m} {a}-{b}", st.sampled_from(MONTHS), SMALL, SMALL),
    st.sampled_from(["12/31/9999", "01/01/0001", "9999-12-31", "0001-01-01", "Dec. 31, 9999", "Jan. 1, 1",
                     "31 December 9999", "1 January 0001", "02/29/2023", "Feb. 29, 9999", "Sept. 31"]),
)
SEPARATORS = st.sampled_from([" ", " ", " ", "", ", ", "\n", " \u2014 "])


@st.composite
def texts(draw) -> str:  # type: ignore[no-untyped-def]
    tokens = draw(st.lists(TOKENS, max_size=25))
    out = []
    for token in tokens:
        out.append(token)
        out.append(draw(SEPARATORS))
    return "".join(out)


PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
                      st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(9999, 12, 24), date(1, 1, 7)]))
ALL_RULES = [rule.code for rule in RULES]


def _in_text(text: str, start: int, end: int) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))


@settings(max_examples=250, deadline=None)
@given(texts(), PUBLISHED, st.sampled_from(["MDY", "DMY"]))
def test_extract_never_crashes(text: str, published: date | None, order: str) -> None:
    mentions = datecheck.extract(text, published, date_order=order)
    for mention in mentions:
        _in_text(text, mention.start, mention.end)
        assert text[mention.start:mention.end] == mention.text


@settings(max_examples=250, deadline=None)
@given(texts(), PUBLISHED, st.sampled_from([None, None, "story.md", "story.html"]))
def test_check_never_crashes(text: str, published: date | None, path: str | None) -> None:
    findings = datecheck.check(text, published, path, select=ALL_RULES)
    for finding in findings:
        _in_text(text, finding.start, finding.end)
        assert text[finding.start:finding.end] == finding.text
        for related in finding.related:
            _in_text(text, related.start, related.end)
        for suggestion in finding.suggestions:
            _in_text(text, suggestion.start, suggestion.end)


@pytest.mark.parametrize(("text", "published"), RESOLVER_EDGES, ids=[text for text, _ in RESOLVER_EDGES])
def test_resolver_edges(text: str, published: date) -> None:
    for mention in datecheck.extract(text, published):
        _in_text(text, mention.start, mention.end)


#: Inputs that crashed outside the resolver, one per site fixed (the rules, the holiday table).
EDGES = [
    ("The deal was signed on Sept. 10, 9999.", date(9999, 12, 31)),  # DC202: a day after the last
    ("It will open Sept. 10, 1.", date(1, 1, 7)),  # DC203: a year before the first
    ("Prices rose on 12/31/9999, after a quiet week.", date(1, 1, 7)),  # DC201: a year either side
    ("The deal was signed on Feb. 20, 1.", date(1, 1, 5)),  # DC202: its suggestion window
    ("The plant shut on 12/20/9998, officials said yesterday.", date(9999, 12, 31)),  # DC201: recent evidence
    ("The plant shut on 01/03/0002, officials said yesterday.", date(1, 1, 5)),
    ("Halloween", date(9999, 12, 31)),  # holidays of year 10000
    ("Easter week", date(9999, 12, 31)),
    ("Christmas", date(1, 1, 1)),
    ("The vote was on Sunday, 01/01/0001, in town.", date(2020, 1, 1)),  # DC101: no Sunday before it
    ("The vote was on Tuesday, 12/31/9999, in town.", date(2020, 1, 1)),
    ("The 3,650,000-day fair, March 4-7, drew crowds.", date(2020, 3, 1)),  # DC304: an end past 9999
    ("The form is dated 31/2/00.", date(1, 1, 7)),  # DC102: the last day of February in year 0
    ("The results come 0 weeks hence.", date(9999, 12, 31)),  # the last week of 9999 (timex)
]


@pytest.mark.parametrize(("text", "published"), EDGES, ids=[text for text, _ in EDGES])
def test_edges_of_the_calendar(text: str, published: date) -> None:
    for finding in datecheck.check(text, published, select=ALL_RULES):
        assert text[finding.start:finding.end] == finding.text


def test_a_suggestion_at_the_start_of_the_calendar_keeps_four_digits() -> None:
    text = "The vote was on Sunday, 01/01/0001, in town."
    [finding] = datecheck.check(text, date(2020, 1, 1), select=["DC101"])
    assert [s.replacement for s in finding.suggestions] == ["Monday", "01/07/0001"]


@settings(max_examples=200, deadline=None)
@given(st.dates(), st.integers(min_value=-(10**12), max_value=10**12))
def test_calendar_math_stays_in_the_calendar(day: date, days: int) -> None:
    try:
        expected: date | None = day + timedelta(days=days)
    except OverflowError:
        expected = None
    assert calendar_math.add_days(day, days) == expected
    clamped = calendar_math.clamp_days(day, days)
    assert clamped == expected or (expected is None and clamped in (date.min, date.max))
    moved = calendar_math.add_years(day, days % 20000 - 10000)
    assert moved is None or (moved.month, moved.day) in ((day.month, day.day), (2, 28))
