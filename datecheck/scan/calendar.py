"""Calendar dates as written: ISO and numeric dates, month-day-year, day-month-year, month-year,
ranges of days and of years, bare and spoken years."""

from __future__ import annotations

import calendar
import re

from ..model import Flag, Rel, Stated
from ..patterns import after_dateline_place
from .context import Context, Handler, optional, plural, spelled, stated_date


def _two_digit(yy: str) -> int:
    """A two-digit year as written; the resolver picks its century."""
    return int(yy)


_DIGITS = re.compile("[0-9]+")
#: A range whose end day, month left out, is smaller than its start runs into the next month when it
#: then lasts at most this many days ("Aug. 30 to 2"); a longer one is reversed ("Oct. 20 to 12",
#: "August 19 - 2, 2022").
_INTO_NEXT_MONTH = 14
#: Between a day and a year without a comma, what separates two cells of a table: two blanks or a tab.
_CELL_GAP = re.compile(r"[ \xa0]*(?:[ \xa0]{2}|\t)[ \t\xa0]*")
#: A price in fractions after a day: "Sep 7-1/2" is no date.
_FRACTION_AFTER = re.compile(r"-[0-9]{1,2}/[0-9]")


def _day(text: str) -> int:
    """The number of a day written in digits, with or without an ordinal suffix."""
    if text.isdecimal() and text.isascii():
        return int(text)
    return int(_DIGITS.match(text).group())  # type: ignore[union-attr]


def _year_fields(m: re.Match[str]) -> tuple[int | None, bool]:
    y = optional(m, "y")
    if y:
        return int(y), False
    yy = optional(m, "yy")
    if yy:
        return _two_digit(yy), True
    return None, False


def _month_ok(c: Context, m: re.Match[str], group: str, has_day: bool) -> bool:
    """Is the month word a month here? "may"/"march" the words, "Jan" the name, are not."""
    word = m.group(group)
    pos = m.start(group)
    bare = word.rstrip(".")
    words = c.words
    if bare in words.AMBIGUOUS_MONTHS or (bare in words.MONTH_ABBREVIATIONS and not word.endswith(".")):
        if not c.month_cased(pos):
            return False
    if not has_day and bare in words.MONTH_ABBREVIATIONS and bare not in words.MONTHS:
        return False
    return True


def _a_pair(c: Context, sep: str, opener: str | None) -> bool:
    """"May 3 and May 9" names two dates; "between May 3 and May 9" a range."""
    return sep == c.rel.PAIR_WORD and c.rel.RANGE_OPENERS.get(opener or "") != "between"


def _iso(c: Context, m: re.Match[str], s: int, e: int) -> None:
    time = m.group("hh") is not None
    stated = Stated(year=int(m.group("y")), month=int(m.group("m")), day=int(m.group("d")), numeric_order="YMD")
    c.add(s, e, "calendar", stated, "TIME" if time else "DATE")


def _numeric(c: Context, m: re.Match[str], s: int, e: int) -> None:
    if m.group("s1") != m.group("s2"):
        return
    if s > 0 and (c.low[s - 1].isdigit() or c.low[s - 1] in "./-$"):
        return
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    if a == 0 or b == 0:
        return
    if a > 12 and b > 12:
        order = None
    elif a > 12:
        order = "DMY"
    elif b > 12:
        order = "MDY"
    elif a == b:
        order = "MDY"
    else:
        order = "AMBIGUOUS-DOT" if m.group("s1") == "." else "AMBIGUOUS"
    if order is None and m.group("s1") == ".":
        return  # 17.23.2024 is a version number, not a date
    year = int(y)
    if order == "AMBIGUOUS-DOT":  # 07.12.2023: dotted dates are written day first
        stated = Stated(year=year, month=b, day=a, two_digit_year=len(y) == 2, numeric_order="AMBIGUOUS-DMY")
    else:
        stated = Stated(
            year=year, month=a if order in ("MDY", "AMBIGUOUS") else b, day=b if order in ("MDY", "AMBIGUOUS") else a,
            two_digit_year=len(y) == 2, numeric_order=order,
        )
    if order is None:
        stated = Stated(year=year, month=a, day=b, two_digit_year=len(y) == 2, numeric_order="MDY")
    c.add(s, e, "calendar", stated)


def _mdy(c: Context, m: re.Match[str], s: int, e: int) -> None:
    month_number = c.month
    if not _month_ok(c, m, "m", True):
        return
    day = _day(m.group("d"))
    year, two = _year_fields(m)
    if day == 0 or (day > 31 and year is None):
        return
    follows = c.low[e:e + 2]
    if year is None and (follows[:1] == "%" or follows[:1] == ":" and follows[1:2].isdigit() or follows in (".5", ".0")
                         or _FRACTION_AFTER.match(c.low, e)):
        return  # "May 3%", "March 3:15", "Aug 4.5", "Sep 7-1/2" (a price): not dates
    if year is None:
        after = c.word_after(e)
        if after.lower() in c.cues.NOT_DAY_AFTER:
            return
    if m.group("y") and _CELL_GAP.fullmatch(c.low, m.end("d"), m.start("y")):
        # "June 7      1990": two cells of a table, a month-day and a year
        mention = c.add(s, m.end("d"), "calendar", stated_date(None, month_number(m.group("m")), day))
        c.add(m.start("y"), e, "calendar", stated_date(year))
    else:
        mention = c.add(s, e, "calendar", stated_date(year, month_number(m.group("m")), day, two))
    if m.group("wk"):
        mention.flags = frozenset({Flag.WEEK_OF})  # "the week of March 6": the week holding that day


def _dmy(c: Context, m: re.Match[str], s: int, e: int) -> None:
    month_number = c.month
    if not _month_ok(c, m, "m", True):
        return
    if s > 0 and c.low[s - 1] in "$.,":
        return
    d_text = m.group("d")
    day = _day(d_text)
    year, _ = _year_fields(m)
    ordinal = not d_text.isdigit()
    if day == 0:
        return
    if day > 31 and year is None and not ordinal:
        # "32 March" is an impossible date only when it reads as one: a capitalized full month name
        if m.group("m") not in c.words.MONTHS or not c.month_cased(m.start("m")):
            return
    if year is None and not ordinal and m.group("m").rstrip(".") in c.words.AMBIGUOUS_MONTHS:
        # "5 May" is a date, "5 march" a count of marches; require capitals and a plain day
        if not c.month_cased(m.start("m")):
            return
    if not ordinal:
        s = m.start("d")  # "the 7 December": the article belongs to the phrase, not the date
    if c.names_a_place(s):
        return  # "Avenida 9 de Julio", "Straße des 18. Oktober": a name
    mention = c.add(s, e, "calendar", stated_date(year, month_number(m.group("m")), day))
    if optional(m, "rely"):  # "3. Mai dieses Jahres", "5. Juni d. J.": the year placed by the words
        mention.rel = Rel(c.relation(m, "rely"))
    _listed_days(c, s, month_number(m.group("m")), year)


_LIST_TOKEN = re.compile(r"[^\s,]+|,")


def _listed_days(c: Context, start: int, month: int, year: int | None) -> None:
    """The days listed before a day and its month share them: "am 6., 7. und 8. Mai", "am 2.
    und 3. sowie am 9. und 10. März". Only in a language that writes such lists (``DAY_LIST``:
    the form of a listed day, and the words joining them); the days are put before the mention at
    `start`, in text order."""
    listed = c.rel.DAY_LIST
    if listed is None:
        return
    window_start = max(0, start - 120)
    tokens = [(t.start(), t.group()) for t in _LIST_TOKEN.finditer(c.low, window_start, start)]
    days: list[tuple[int, int, int]] = []
    opener = ""  # the word before the first day listed must introduce days ("am 6., 7. und 8."; not "Sie wurde 4. am 9.")
    for offset, token in reversed(tokens):
        if token == "," or token in c.rel.DAY_LIST_JOINERS:
            opener = opener or token
            continue
        item = listed.fullmatch(token)
        if item is None or offset == window_start:
            break
        days.append((offset, offset + len(item.group(1)), int(item.group(1))))
        opener = ""
    if not days or opener not in c.rel.DAY_LIST_OPENERS:
        return
    at = next(i for i in range(len(c.out) - 1, -1, -1) if c.out[i].start == start)
    kept = c.out[at:]
    del c.out[at:]
    for begin, end, day in reversed(days):
        if 1 <= day <= 31:
            c.add(begin, end, "calendar", stated_date(year, month, day))
    c.out.extend(kept)


def _my(c: Context, m: re.Match[str], s: int, e: int) -> None:
    month_number = c.month
    if not _month_ok(c, m, "m", False) and not m.group("m").endswith("."):
        return
    mod = c.modifier(m.group("mod"))
    year = int(m.group("y")) if m.group("y") else spelled(c, m)
    c.add(s, e, "calendar", Stated(year=year, month=month_number(m.group("m")), modifier=mod))


_AMOUNT_AFTER = re.compile(r"[.,/][0-9]")
_AMOUNT_OR_FRACTION_AFTER = re.compile(_AMOUNT_AFTER.pattern + "|" + _FRACTION_AFTER.pattern)
#: The flags of a range's ends (one frozen set each, shared).
_RANGE = frozenset({Flag.RANGE})
_YEAR_FROM_RANGE = frozenset({Flag.YEAR_FROM_RANGE})
_RANGE_WITH_ITS_YEAR = frozenset({Flag.RANGE, Flag.YEAR_FROM_RANGE})


def _no_range(c: Context, m: re.Match[str], e: int) -> bool:
    """Not a range: a wire dateline's dash ("BOISE, June 12 - 3rd qtr net"), or an end that is an
    amount or a price ("rose on June 10 to 5.3 billion", "to 5 pct", "Sep 7-1/2 over")."""
    low = c.low
    if _AMOUNT_OR_FRACTION_AFTER.match(low, e) or c.word_after(e).lower() in c.cues.NOT_DAY_AFTER:
        return True
    dash = m.group("sep")
    start = min(m.start("m1"), m.start("d1"))
    return dash[:1].isspace() and not dash.strip().isalpha() and after_dateline_place(c.text, start, True)


def _into_next_month(month: int, first: int, last: int, year: int | None) -> bool:
    """Whether a range from day `first` to a smaller day `last`, its month left out, is short enough
    read into the next month to be meant that way."""
    days_in_month = calendar.monthrange(year or 2023, month)[1] if 1 <= month <= 12 else 31
    return days_in_month - first + last + 1 <= _INTO_NEXT_MONTH


def _md_range(c: Context, m: re.Match[str], s: int, e: int) -> None:
    if not _month_ok(c, m, "m1", True):
        return
    sep = " ".join(m.group("sep").split())
    if _no_range(c, m, e):
        return
    year, _ = _year_fields(m)
    m1 = c.month(m.group("m1"))
    m2 = c.month(m.group("m2")) if m.group("m2") else m1
    d1, d2 = _day(m.group("d1")), _day(m.group("d2"))
    pair = _a_pair(c, sep, m.group("between"))
    if d2 < d1 and not m.group("m2") and not pair and _into_next_month(m1, d1, d2, year):
        if m.start("m1") > m.start("d2"):
            m1 = (m1 - 2) % 12 + 1  # "30 al 2 de septiembre": the month written is the end's
        else:
            m2 = m1 % 12 + 1  # "Aug. 30 to 2": the end's month is left out, it is the next one
    start1 = min(m.start("m1"), m.start("d1"))  # "Dec. 5-7", or the day first: "5 al 7 de diciembre"
    first = c.add(start1, m.end("d1"), "calendar", stated_date(None, m1, d1))
    if m.start("d1") < m.start("m1"):
        _listed_days(c, start1, m1, year)
    second_start = m.start("m2") if m.group("m2") else m.start("d2")
    second = c.add(second_start, e, "calendar", stated_date(year, m2, d2))
    if pair:
        if year is not None:
            first.flags = _YEAR_FROM_RANGE
        return  # two dates, not a range
    first.range_role, second.range_role = "start", "end"
    first.flags = _RANGE_WITH_ITS_YEAR if year is not None else _RANGE
    second.flags = _RANGE


def _dm_range(c: Context, m: re.Match[str], s: int, e: int) -> None:
    """"19-21 March", "from 19 to 12 March": the days first, the month once after both. A dash
    between a larger and a smaller number is a score ("won 3-2 March 4"), not a range."""
    dash = not m.group("sep").strip().isalpha()
    if dash and int(_DIGITS.match(m.group("d2")).group()) <= _day(m.group("d1")):  # type: ignore[union-attr]
        return
    if s > 0 and c.low[s - 1] in "$.,-/":
        return
    _md_range(c, m, s, e)


def _day_alone(c: Context, m: re.Match[str], s: int, e: int) -> None:
    """"hasta el día 21", "del pasado día 20", "del día 27 al 29": days of a month the text does not write."""
    d1 = _day(m.group("d"))
    d2 = _day(m.group("d2")) if m.group("d2") else None
    if d1 == 0 or d2 == 0:
        return
    rel = c.relation(m, "rel")
    if m.group("mrel"):  # "el 5 del actual", "el 3 del mes pasado": the month said after the day
        rel = c.rel.DAY_MONTH_RELATIONS[" ".join(m.group("mrel").split())]
    first = c.add(s, m.end("d") if d2 is not None else e, "calendar", Stated(day=d1))
    if rel:
        first.rel = Rel(rel)
    if d2 is None:
        return
    second = c.add(m.start("d2"), e, "calendar", Stated(day=d2))
    second.rel = first.rel
    if d2 > d1 and " y " not in c.low[m.end("d"):m.start("d2")]:
        first.range_role, second.range_role = "start", "end"
        first.flags = second.flags = frozenset({Flag.RANGE})


def _year_range(c: Context, m: re.Match[str], s: int, e: int) -> None:
    if s > 0 and (c.low[s - 1] in "$#,." or c.low[s - 1].isdigit()):
        return
    y1 = int(m.group("y1"))
    y2_text = m.group("y2")
    sep = " ".join(m.group("sep").split())
    if len(y2_text) == 2:
        if sep not in ("-", "\u2013", "\u2014", "/"):
            return
        y2 = y1 // 100 * 100 + int(y2_text)
        if y2 < y1 and y2 + 100 - y1 <= 20:
            y2 += 100  # "1998-02" runs into the next century; "1997-94" is written backwards (DC304)
        if y2 - y1 > 20 and sep == "/":
            return
    else:
        y2 = int(y2_text)
    if _a_pair(c, sep, m.group("pre")):
        return
    if not (1000 <= y1 <= 2199):
        return
    if c.word_after(e).lower() in c.cues.MEASURE_NOUNS or c.cues.CLOCK_AFTER.match(c.low, m.end("y1")):
        return  # "1990-2011 votes"; "1630 to 1800 GMT" (times of day)
    first_start = m.start("y1")
    first = c.add(first_start, m.end("y1"), "calendar", stated_date(y1))
    second = c.add(m.start("y2"), e, "calendar", stated_date(y2, None, None, len(y2_text) == 2))
    first.range_role, second.range_role = "start", "end"
    first.flags = second.flags = _RANGE


def _year(c: Context, m: re.Match[str], s: int, e: int) -> None:
    low = c.low
    cues = c.cues
    y_start, y_end = m.span("y")
    year = int(low[y_start:y_end])
    before_char = low[y_start - 1] if y_start > 0 else " "
    if before_char in "$#\u00a3\u20ac.,:/-" or before_char.isdigit():
        if not (before_char == "-" and y_start > 1 and low[y_start - 2].isalpha()):  # "mid-1996" handled elsewhere
            return
    mark = low[e:e + 1]
    if mark and mark in "%:,.-" and (mark in "%:" or low[e + 1:e + 2].isdigit()):
        return  # "1990%", "1990:", "1990,5", "1990.5", "1990-5"
    before = c.word_before(y_start)
    written_after = c.word_after(e)
    after_word = written_after.lower()
    if before in cues.NOT_YEAR_BEFORE and s == y_start:
        if before != c.rel.DEFINITE_ARTICLE or after_word in cues.MEASURE_NOUNS:
            return
    cue = before in cues.YEAR_CUES
    if after_word in cues.MEASURE_NOUNS or after_word in cues.NOT_YEAR_AFTER or cues.CLOCK_AFTER.match(low, e):
        return
    if not cue and written_after.islower() and plural(c, after_word):
        return  # "2011 votes"
    if not 1800 <= year <= 2099 and not cue:
        return
    c.add(s, e, "calendar", stated_date(year))


def _spelled_year(c: Context, m: re.Match[str], s: int, e: int) -> None:
    if c.word_after(e).lower() in c.cues.NOT_SPOKEN_YEAR_AFTER:
        return  # "nineteen twenty people": a count, not a year
    year = spelled(c, m)
    assert year is not None
    c.add(s, e, "calendar", stated_date(year))


HANDLERS: dict[str, Handler] = {
    "iso": _iso,
    "numeric": _numeric,
    "md_range": _md_range,
    "mdy": _mdy,
    "my": _my,
    "dmy": _dmy,
    "dm_range": _dm_range,
    "day_alone": _day_alone,
    "year_range": _year_range,
    "year": _year,
    "spelled_year": _spelled_year,
}
