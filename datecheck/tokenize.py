"""Text -> mentions: where each date expression is and what it writes. Nothing is resolved here.

The text is lower-cased (same length, so offsets are offsets into the original). One scan finds the
places where a date expression could start (``triggers.py`` works them out from the patterns);
at each, the expression families of ``patterns.py`` that can begin with those characters are tried
in order, and the first that matches wins, exactly as one alternation of all families would. The
family's handler below reads the match's named groups into a ``Mention``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .holiday import holiday_key
from .lexicon import (
    AMBIGUOUS_MONTHS, DECADE_WORDS, MONTH_ABBREVIATIONS, MONTHS, ORDINALS, PARTS_OF_DAY, SEASONS, VAGUE_QUANTITIES, WEEKDAYS, month_number, number_value,
    spelled_year, SP,
)
from .model import Flag, Kind, Mention, Rel, Stated, Unit
from .patterns import DAY_NAMED, PATTERNS
from .triggers import load as load_trigger_table


_YEAR_CUE = frozenset(
    "in since by of from until till during before after through throughout between and to the "
    "until around circa early late mid fiscal year 's summer spring fall winter autumn".split()
)
_COUNT_NOUN_EXCEPTIONS = frozenset("was has is its this as us his hers ours yours plus thus less".split())
_NOT_YEAR_BEFORE = frozenset(
    "no. no number route highway interstate flight room page pages model boeing airbus windows "
    "article section rule psalm chapter verse form item code exit suite apt. apartment unit "
    "channel gate platform track the dow index at".split()
)
_MONTH_CUE = frozenset(
    "in since until till by from through during before after early late mid last next this of "
    "throughout around between and to or since mid-".split()
)


def lower_same_length(text: str) -> str:
    """`text` lower-cased, one character for one character, so offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class _Context:
    """What a family handler needs besides its match: the text, both cases, and the output."""

    __slots__ = ("text", "low", "out")

    def __init__(self, text: str, low: str) -> None:
        self.text = text
        self.low = low
        self.out: list[Mention] = []

    def add(self, start: int, end: int, kind: str, stated: Stated, type_: str = "DATE") -> Mention:
        mention = Mention(start, end, self.text[start:end], Kind(kind), stated, type=type_)
        self.out.append(mention)
        return mention

    def word_before(self, pos: int) -> str:
        """The lower-case word ending just before `pos` (skipping blanks), or ''."""
        low = self.low
        i = pos
        while i > 0 and low[i - 1] in " \t\xa0\n":
            i -= 1
        j = i
        while j > 0 and (low[j - 1].isalnum() or low[j - 1] in ".'-"):
            j -= 1
        return low[j:i]

    def word_after(self, pos: int) -> str:
        """The word starting just after `pos` (skipping blanks), as written, or ''."""
        text = self.text
        i = pos
        n = len(text)
        while i < n and text[i] in " \t\xa0":
            i += 1
        j = i
        while j < n and (text[j].isalnum() or text[j] in "'-"):
            j += 1
        return text[i:j]

    def capitalized(self, pos: int) -> bool:
        return self.text[pos].isupper()


def _two_digit(yy: str) -> int:
    """A two-digit year as written; the resolver picks its century."""
    return int(yy)


def _strip_the(low: str, start: int, end: int) -> int:
    """Move `start` past a leading "the " (TimeML leaves it out of bare dates)."""
    if low.startswith("the", start) and end - start > 4 and not low[start + 3].isalnum():
        i = start + 3
        while i < end and not low[i].isalnum():
            i += 1
        return i
    return start


# --- family handlers ----------------------------------------------------------------------------
# Each reads one match and adds zero or more mentions; a handler that adds nothing rejects the match.


def _iso(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    time = m.group("hh") is not None
    stated = Stated(year=int(m.group("y")), month=int(m.group("m")), day=int(m.group("d")), numeric_order="YMD")
    c.add(s, e, "calendar", stated, "TIME" if time else "DATE")


def _numeric(c: _Context, m: re.Match[str], s: int, e: int) -> None:
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


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _year_fields(m: re.Match[str]) -> tuple[int | None, bool]:
    y = m.groupdict().get("y")
    if y:
        return int(y), False
    yy = m.groupdict().get("yy")
    if yy:
        return _two_digit(yy), True
    return None, False


def _month_ok(c: _Context, m: re.Match[str], group: str, has_day: bool) -> bool:
    """Is the month word a month here? "may"/"march" the words, "Jan" the name, are not."""
    word = m.group(group)
    pos = m.start(group)
    bare = word.rstrip(".")
    if bare in AMBIGUOUS_MONTHS or (bare in MONTH_ABBREVIATIONS and not word.endswith(".")):
        if not c.capitalized(pos):
            return False
    if not has_day and bare in MONTH_ABBREVIATIONS and bare not in MONTHS:
        return False
    return True


def _mdy(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    if not _month_ok(c, m, "m", True):
        return
    day = _day(m.group("d"))
    year, two = _year_fields(m)
    if day == 0 or (day > 31 and year is None):
        return
    follows = c.low[e:e + 2]
    if year is None and (follows[:1] == "%" or follows[:1] == ":" and follows[1:2].isdigit() or follows in (".5", ".0")):
        return  # "May 3%", "March 3:15", "Aug 4.5": not dates
    if year is None:
        after = c.word_after(e)
        if after.lower() in ("percent", "per", "million", "billion", "points", "people", "votes"):
            return
    mention = c.add(s, e, "calendar", Stated(year=year, month=month_number(m.group("m")), day=day, two_digit_year=two))
    if m.group("wk"):
        mention.flags = frozenset({Flag.WEEK_OF})  # "the week of March 6": the week holding that day


def _dmy(c: _Context, m: re.Match[str], s: int, e: int) -> None:
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
        if m.group("m") not in MONTHS or not c.capitalized(m.start("m")):
            return
    if year is None and not ordinal and m.group("m").rstrip(".") in AMBIGUOUS_MONTHS:
        # "5 May" is a date, "5 march" a count of marches; require capitals and a plain day
        if not c.capitalized(m.start("m")):
            return
    if not ordinal:
        s = m.start("d")  # "the 7 December": the article belongs to the phrase, not the date
    c.add(s, e, "calendar", Stated(year=year, month=month_number(m.group("m")), day=day))


def _my(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    if not _month_ok(c, m, "m", False) and not m.group("m").endswith("."):
        return
    mod = _modifier(m.group("mod"))
    year = int(m.group("y")) if m.group("y") else spelled_year(m)
    c.add(s, e, "calendar", Stated(year=year, month=month_number(m.group("m")), modifier=mod))


def _md_range(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    if not _month_ok(c, m, "m1", True):
        return
    sep = m.group("sep").strip()
    year, _ = _year_fields(m)
    m1 = month_number(m.group("m1"))
    m2 = month_number(m.group("m2")) if m.group("m2") else m1
    d1, d2 = _day(m.group("d1")), _day(m.group("d2"))
    start1 = m.start("m1")
    first = c.add(start1, m.end("d1"), "calendar", Stated(month=m1, day=d1))
    second_start = m.start("m2") if m.group("m2") else m.start("d2")
    second = c.add(second_start, e, "calendar", Stated(year=year, month=m2, day=d2))
    first.flags = frozenset({Flag.YEAR_FROM_RANGE}) if year is not None else frozenset()
    if sep == "and" and m.group("between") != "between":
        return  # two dates, not a range
    first.range_role, second.range_role = "start", "end"
    first.flags = first.flags | {Flag.RANGE}
    second.flags = frozenset({Flag.RANGE})


def _year_range(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    if s > 0 and (c.low[s - 1] in "$#,." or c.low[s - 1].isdigit()):
        return
    y1 = int(m.group("y1"))
    y2_text = m.group("y2")
    sep = m.group("sep").strip()
    if len(y2_text) == 2:
        if sep not in ("-", "\u2013", "\u2014", "/"):
            return
        y2 = y1 // 100 * 100 + int(y2_text)
        if y2 <= y1:
            y2 += 100
        if y2 - y1 > 20 and sep == "/":
            return
    else:
        y2 = int(y2_text)
    if sep == "and" and m.group("pre") != "between":
        return
    if not (1000 <= y1 <= 2199):
        return
    if c.word_after(e).lower() in _MEASURE_NOUNS:
        return
    first_start = m.start("y1")
    first = c.add(first_start, m.end("y1"), "calendar", Stated(year=y1))
    second = c.add(m.start("y2"), e, "calendar", Stated(year=y2, two_digit_year=len(y2_text) == 2))
    first.range_role, second.range_role = "start", "end"
    first.flags = second.flags = frozenset({Flag.RANGE})


_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}


def _quarter(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    unit = m.group("unit")
    q = re.sub(r"\s+", " ", m.group("q"))
    year = m.group("y1") or m.group("y2") or m.group("y3")
    fiscal = bool(m.group("fis1") or m.group("fis2"))
    flags: set[Flag] = set()
    if unit == "half":
        if q not in ("first", "second", "1st", "2nd", "last") or (year is None and m.group("rely") is None):
            return
        half = 2 if q in ("second", "2nd", "last") else 1
        stated = Stated(year=int(year) if year else None, half=half, fiscal=fiscal)
        mention = c.add(s, e, "quarter", stated)
        if m.group("rely"):
            mention.rel_year = Rel(m.group("rely"))
        return
    if unit == "period" and q not in ("latest", "year-earlier", "year-ago", "comparable", "corresponding",
                                      "comparable year-ago", "comparable year-earlier", "same", "previous", "prior"):
        return
    if q.startswith(("year-earlier", "year-ago", "comparable", "corresponding")):
        flags.add(Flag.YEAR_EARLIER)
        q_number = 3 if q.endswith("third") else None
    elif q in _QUARTER_WORDS:
        q_number = _QUARTER_WORDS[q]
    elif q == "last":
        # "the last quarter": the final quarter of a year written with it, else the previous quarter
        q_number = 4 if year else None
        if not year:
            flags.add(Flag.PREVIOUS)
    else:
        q_number = None
        flags.add(Flag(q))  # latest, current, previous, prior, same
    if s == m.start("q") and q in ("last", "latest", "current", "previous", "prior", "same"):
        return  # "latest quarter" without "the" is rare and usually part of a longer phrase
    rely = m.group("rely") or m.group("rely2")  # "this year's third quarter", "the third quarter of this year"
    if c.low[m.end("q")] == "-" and not year:
        s = _strip_the(c.low, s, e)  # "the third-quarter loss": the date is "third-quarter"
    mention = c.add(s, e, "quarter", Stated(year=int(year) if year else None, quarter=q_number, fiscal=fiscal))
    mention.flags, mention.rel_year = frozenset(flags), Rel(rely) if rely else None


def _year_quarter(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    mention = c.add(s, e, "quarter", Stated(year=int(m.group("y"))))
    mention.flags = frozenset({Flag.SAME_QUARTER})


def _qcode(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    code = m.group("q") or m.group("q2")
    if m.group("y"):
        year = int(m.group("y"))
        two = False
    elif m.group("yy"):
        year, two = int(m.group("yy")), True
    else:
        year, two = int(m.group("y2")), False
    number = int(code[1])
    if code[0] == "q":
        stated = Stated(year=year, quarter=number, two_digit_year=two)
    else:
        stated = Stated(year=year, half=number, two_digit_year=two)
    c.add(s, e, "quarter", stated)


def _fiscal(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    if m.group("y") or m.group("y2"):
        stated = Stated(year=int(m.group("y") or m.group("y2")), fiscal=True)
    else:
        stated = Stated(year=int(m.group("yy") or m.group("yy2")), two_digit_year=True, fiscal=True)
    c.add(_strip_the(c.low, s, e), e, "calendar", stated)


def _decade(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    if m.group("y"):
        decade = int(m.group("y")) // 10
        two = False
    elif m.group("yy"):
        decade, two = int(m.group("yy")) // 10, True
    else:
        decade, two = DECADE_WORDS[m.group("w")], True
        if not m.group("the") and not m.group("mod"):
            return  # "in her forties" is an age, not a decade
    mod = m.group("mod")
    if mod is None and m.group("y"):
        s = _strip_the(c.low, s, e)
    c.add(s, e, "decade", Stated(decade=decade, two_digit_year=two, modifier=_modifier(mod)))


def _century(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    o = m.group("o")
    number = ORDINALS.get(o) or ORDINALS.get(o.replace(" ", "-"))
    if number is None:
        digits = o.rstrip("stndrh")
        if not digits.isdigit():
            return
        number = int(digits)
    if not 1 <= number <= 22:
        return
    c.add(s, e, "century", Stated(century=number - 1))


def _modifier(mod: str | None) -> str | None:
    if not mod:
        return None
    mod = " ".join(mod.split())
    if mod in ("early", "earlier", "earlier in", "early in", "the beginning of", "beginning of",
               "the start of", "start of", "the first half of", "first half of"):
        return "START" if "beginning" in mod or "start" in mod else "EARLY"
    if mod in ("late", "later", "later in", "late in", "the end of", "end of", "by the end of",
               "the second half of", "second half of", "the last half of", "the rest of"):
        return "END" if "end" in mod else "LATE"
    if mod in ("mid", "the middle of", "middle of"):
        return "MID"
    return None


def _year_mod(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    mod = " ".join(m.group("mod").split())
    stated_half = None
    if "half" in mod or "two quarters" in mod:  # "the first two quarters of 1990" is its first half
        stated_half = 1 if "first" in mod else 2
        c.add(s, e, "quarter", Stated(year=int(m.group("y")), half=stated_half))
        return
    c.add(s, e, "calendar", Stated(year=int(m.group("y")), modifier=_modifier(mod)))


def _holiday(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    h_start = m.start("h")
    if not c.capitalized(h_start) and not c.text[h_start:h_start + 3].lower() == "the":
        return
    key = holiday_key(m.group("h"))
    if key is None:
        return
    year = int(m.group("y")) if m.group("y") else None
    mention = c.add(s, e, "holiday", Stated(holiday=key, year=year))
    mention.flags = frozenset({Flag.WEEK_OF}) if m.group("wk") else frozenset()  # "Christmas week": the week holding the day
    if m.group("rel"):
        mention.rel = Rel(" ".join(m.group("rel").split()))


def _weekday(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    rel = m.group("rel")
    rel = " ".join(rel.split()) if rel else None
    pod = PARTS_OF_DAY.get(m.group("pod")) if m.group("pod") else None
    modifier = None
    if rel in ("early", "late"):
        modifier = rel.upper()
        rel = None
    mention = c.add(s, e, "weekday", Stated(weekday=WEEKDAYS[m.group("wd")], part_of_day=pod, modifier=modifier))
    if rel:
        mention.rel = Rel(rel)


_RELDAY_OFFSETS = {
    "today": (0, None), "tonight": (0, "NI"), "yesterday": (-1, None), "tomorrow": (1, None),
    "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
    "last night": (-1, "NI"), "this morning": (0, "MO"), "this afternoon": (0, "AF"), "this evening": (0, "EV"),
}


def _in_a_name(c: _Context, pos: int) -> bool:
    """A capitalized word at `pos` right after an acronym, as in the names "USA Today" and "VOA
    Today" (a headline in title case, "Markets Fall Today", keeps its date)."""
    if not c.text[pos:pos + 1].isupper():
        return False
    i = pos
    while i > 0 and c.text[i - 1] in " \t":
        i -= 1
    if i == pos or i == 0 or not c.text[i - 1].isalpha():
        return False  # the start of a sentence, a line or a quotation, or after punctuation
    j = i
    while j > 0 and c.text[j - 1].isalpha():
        j -= 1
    previous = c.text[j:i]
    return len(previous) >= 2 and previous.isupper()  # an acronym: "USA Today", "VOA Today"


def _relday(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    word = " ".join(m.group("w").split())
    days, pod = _RELDAY_OFFSETS[word]
    if word == "today" and not m.group("mod") and _in_a_name(c, m.start("w")):
        return  # "USA Today", "This is VOA Today"
    if m.group("pod"):
        pod = PARTS_OF_DAY[m.group("pod")]
    mod = m.group("mod")
    c.add(s, e, "relative", Stated(offset=("day", days), part_of_day=pod, modifier=_modifier(mod)))


def _relday_unit(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    words = " ".join(m.group("w").split())
    if words.startswith(("the next", "the following", "the day after")):
        offset = 1
    elif words.startswith(("the previous", "the day before", "the night before")):
        offset = -1
    else:
        offset = 0
    unit = "day"
    if words.startswith("the year"):
        unit, offset = "year", -1
    elif words.startswith("the week"):
        unit, offset = "week", -1
    pod = next((code for word, code in PARTS_OF_DAY.items() if words.endswith(word)), None)
    if words == "the night before":
        pod = "NI"
    flags = {Flag.NARRATIVE}
    if words in ("the day before", "the day after", "the year before", "the week before"):
        nxt = c.low[e:e + 12].lstrip()
        if words.startswith("the day") and _DAY_NAMED_NEXT.match(c.low, e):
            flags = {Flag.OF_NEXT}  # "the day after Christmas", "the day before last Tuesday"
        elif nxt and nxt[0].isalpha() and not nxt.startswith(("and", "or", "but", "when", "as", "in", "at", "on")):
            return  # "the day before the vote": anchored to an event, not to a date
    mention = c.add(s, e, "anaphoric", Stated(offset=(unit, offset), part_of_day=pod))
    mention.flags = frozenset(flags)


#: A day named right after "the day before/after": a weekday, a month-day or a holiday.
_DAY_NAMED_NEXT = re.compile(SP + DAY_NAMED)


_MEASURE_NOUNS = frozenset(
    "people persons votes voters troops soldiers residents students workers employees jobs homes houses "
    "cars vehicles units shares tons tonnes miles kilometers km meters feet acres barrels dollars euros "
    "pounds yuan yen rupees points seats members cases deaths victims refugees children women men "
    "families patients beds rooms copies pages words calories hectares square rounds times percent "
    "km/h mph degrees marines sailors officers police fighters rebels militants civilians prisoners "
    "villages towns cities companies firms stores flights passengers tourists visitors fans spectators "
    "signatures ballots participants delegates athletes teams games matches goals runs yards".split()
)


def _age(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    if m.group("n3"):
        # "Jordan Ellis, 38, ..." : an age in apposition to a name
        before = c.text[max(0, s - 40):s]
        word = re.search(r"([A-Z][\w'.-]*)\s*$", before)
        if not word or word.group(1).lower() in _NOT_AGE_WORDS:
            # or a person named by role: "the captain, 42,", "a local driver, 23,"
            role = re.search(r"\b(?:the|a|an|[Tt]he|An?)\s+(?:[a-z]+\s+)?([a-z]{3,})\s*$", before)
            if not role or role.group(1) in _NOT_AGE_WORDS or role.group(1) in _NOT_AGE_ROLES:
                return
        n = int(m.group("n3"))
        if not 1 <= n <= 120:
            return
        start = m.start("n3")
        c.add(start, m.end("n3"), "age", Stated(offset=("year", n)), "DURATION")
        return
    n = int(m.group("n") or m.group("n2") or m.group("n4"))
    if not 0 <= n <= 130:
        return
    at_event = bool(m.group("n4")) and c.low.startswith("at", s)
    if at_event:
        s = c.low.index("age", s)  # "at age 87": the age is "age 87"
    mention = c.add(s, e, "age", Stated(offset=("year", n)), "DURATION")
    if at_event:
        mention.flags = frozenset({Flag.AT_EVENT})  # "died at age 87": the age then, not now


#: Nouns that, after "the" and before ", 42,", name a thing rather than a person.
_NOT_AGE_ROLES = frozenset(
    "year years score scores total page pages route room number numbers vote votes count rate index "
    "price prices percent amount figure figures list tally margin average temperature game games "
    "quarter half round rounds seat seats district ward precinct chapter verse line item".split()
)
_NOT_AGE_WORDS = frozenset(
    "jan. feb. aug. sept. sep. oct. nov. dec. january february march april may june july august september "
    "october november december no. street st. avenue ave. route road highway page chapter section "
    "article vol. volume".split()
)


def _unit(word: str) -> str:
    word = word.rstrip("s")
    return "century" if word in ("centurie", "century") else word


def _ago(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    n_text = " ".join(m.group("n").split())
    unit = _unit(m.group("unit"))
    direction = " ".join(m.group("dir").split())
    if direction in ("before", "after", "back"):
        nxt = c.low[e:e + 12].lstrip()
        if nxt and (nxt[0].isalnum() and not nxt.startswith(("and ", "but ", "when", "as ", "in ", "on "))):
            _duration_from(c, m, s, m.end("unit"), n_text, unit, None)
            return
    n = number_value(n_text)
    vague = n is None or n_text in VAGUE_QUANTITIES
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    mention = c.add(s, e, "relative", Stated(offset=(unit, sign * (n or 0)), vague_offset=vague))
    if direction in ("earlier", "later", "before", "after", "previously", "prior"):
        mention.flags = frozenset({Flag.NARRATIVE})
    if m.group("approx") or m.group("orso"):  # "about a week ago", "a week or so ago"
        mention.flags = mention.flags | {Flag.APPROXIMATE}


def _in_n(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    """"in two weeks": a date that many units after the anchor (the "in" is not part of it)."""
    n_text = " ".join(m.group("n").split())
    unit = _unit(m.group("unit"))
    n = number_value(n_text)
    if n is None or n_text in VAGUE_QUANTITIES or unit in ("second", "minute"):
        return
    start = m.start("n")
    if _superlative_before(c, s):  # "the highest level in five years": a span of time, not a date
        _duration_from(c, m, start, e, n_text, unit, None)
        return
    c.add(start, e, "relative", Stated(offset=(unit, n)))


_SUPERLATIVE = re.compile(r"\b(?P<sup>first|most|least|[a-z]{2,}est)(?P<between>(?:[ \t-]+[a-z'-]+){0,3}?)[ \t]+$")
_NOT_SUPERLATIVE = frozenset(
    "interest interests rest west request protest test contest forest honest modest arrest guest suggest "
    "invest harvest digest manifest latest conquest quest nest chest pest crest vest zest".split()
)
_VERBISH = frozenset("will would to is are was were be can could may might should must shall".split())


def _superlative_before(c: _Context, pos: int) -> bool:
    """A superlative just before "in N units": "the smallest gain in a year", "the first time in a
    decade" (but not "the first plant will open in two years")."""
    found = _SUPERLATIVE.search(c.low, max(0, pos - 60), pos)
    if found is None or found.group("sup") in _NOT_SUPERLATIVE:
        return False
    return not _VERBISH & set(re.split(r"[ \t-]+", found.group("between")))


_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018", "`"})


def _relunit(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    rel = " ".join(m.group("rel").split())
    unit = " ".join(m.group("unit").split())
    mod = m.group("mod")
    if c.text[m.start("unit")].isupper() and c.text[max(0, s - 1):s] in _OPENING_QUOTES:
        return  # ABC's "This Week": a title
    if rel == "the":
        before = c.word_before(s)
        if unit in ("week", "month", "year", "decade", "century", "half"):
            if not mod and before not in ("for", "during", "throughout"):
                return  # "the year" alone is too often not a date
            if unit == "half":
                return
        elif unit == "fiscal year" and not mod and before not in ("for", "during", "in"):
            return
    if rel == "that" and unit not in ("year", "week", "month", "quarter", "weekend", "day"):
        return
    if unit == "half":
        if rel not in ("this", "next", "last", "the first", "the second") or not mod:
            return
    flags: set[Flag] = set()
    if rel in ("that", "the same", "the following", "the previous", "the prior") or (mod and "in" in mod.split() and rel == "the"):
        flags.add(Flag.NARRATIVE)
    mention = c.add(s, e, "relunit", Stated(modifier=_modifier(mod), fiscal=unit == "fiscal year"))
    mention.flags, mention.rel = frozenset(flags), Rel(rel)
    mention.unit = Unit("year" if unit == "fiscal year" else unit)


def _season(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    rel = " ".join(m.group("rel").split()) if m.group("rel") else None
    season = SEASONS[m.group("s")]
    year = int(m.group("y")) if m.group("y") else spelled_year(m)
    if rel is None and year is None:
        if season == "FA" or c.word_before(s) not in ("in", "into", "during", "by", "over", "until", "since", "through", "this", "last", "next", "early", "late"):
            return
    if rel == "the" and year is None and c.word_before(s) not in ("in", "into", "during", "by", "over", "until", "since", "through", "throughout", "for"):
        return
    if c.word_after(e).lower() in ("break", "season", "camp", "games", "olympics", "solstice", "storm", "wheat", "session", "school", "term", "semester", "collection", "league"):
        return
    mention = c.add(s, e, "season", Stated(year=year, season=season, modifier=_modifier(m.group("mod"))))
    if rel:
        mention.rel = Rel(rel)


def _duration_from(c: _Context, m: re.Match[str], s: int, e: int, n_text: str, unit: str, pre: str | None) -> None:
    n = number_value(n_text)
    vague = n is None or n_text in VAGUE_QUANTITIES
    type_ = "DURATION"
    before = c.word_before(s)
    if n_text in ("a", "an") and (
        before in ("times", "twice", "once", "thrice") or before[-1:].isdigit()
        or (before.endswith("s") and len(before) > 3 and before not in ("was", "has", "is", "this", "as"))
    ):
        type_ = "SET"  # "40,000 vehicles a day", "twice a week"
    mention = c.add(s, e, "duration", Stated(offset=(unit, n or 0), vague_offset=vague), type_)


def _duration(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    n_text = " ".join(m.group("n").split())
    unit = _unit(m.group("unit"))
    if n_text in ("some", "many") and not m.group("pre"):
        return
    if n_text in ("a", "an") and unit in ("second",):
        return
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", n_text) and s > 0 and c.low[s - 1] in "$.,":
        return
    pre = m.group("pre")
    _duration_from(c, m, s, e, n_text, unit, pre)


_ARTICLES = frozenset("a an the its his her their our".split())
_NOT_NOUNS = frozenset("on of to for and or in at by with from as is was".split())


def _month(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    word = m.group("m")
    pos = m.start("m")
    bare = word.rstrip(".")
    if not c.capitalized(pos):
        return
    before = c.word_before(s)
    after = c.word_after(e)
    mod = m.group("mod")
    # "a June agreement", "the March accession": a month before a noun, after an article
    adjectival = before in _ARTICLES and after[:1].islower() and after not in _NOT_NOUNS and bare != "may"
    if bare in ("may", "march") and not mod and before not in _MONTH_CUE and not adjectival:
        return
    if not mod and after[:1].isupper() and after.lower() not in MONTHS and after.lower() not in WEEKDAYS:
        if c.text[e:e + 1] != ",":
            return  # "April Smith", "June Carter"
    if bare in ("june", "april", "august") and not mod and before not in _MONTH_CUE and s > 0 and not adjectival:
        if c.text[max(0, s - 2):s].strip() not in ("", ".", ",", "(", ";"):
            return
    c.add(s, e, "calendar", Stated(month=month_number(word), modifier=_modifier(mod)))


def _ref(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    word = " ".join(m.group("w").split())
    if word == "now" and c.text[e:e + 1] == "-":
        return
    if word in ("previously", "formerly"):
        return
    c.add(s, e, "ref", Stated())


def _year(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    low = c.low
    y_start = m.start("y")
    year = int(m.group("y"))
    before_char = low[y_start - 1] if y_start > 0 else " "
    if before_char in "$#\u00a3\u20ac.,:/-" or before_char.isdigit():
        if not (before_char == "-" and y_start > 1 and low[y_start - 2].isalpha()):  # "mid-1996" handled elsewhere
            return
    after = low[e:e + 2]
    if after[:1] in ("%", ":") or (after[:1] in ",." and after[1:2].isdigit()) or after[:1] == "-" and after[1:2].isdigit():
        return
    before = c.word_before(y_start)
    after_word = c.word_after(e)
    if before in _NOT_YEAR_BEFORE and m.start() == y_start:
        if before != "the" or after_word.lower() in _MEASURE_NOUNS:
            return
    cue = before in _YEAR_CUE
    if after_word.lower() in _MEASURE_NOUNS or after_word.lower() in ("hours", "gmt", "utc", "est", "edt", "pdt"):
        return
    if not cue and after_word.islower() and after_word.endswith("s") and len(after_word) > 3 and after_word not in _COUNT_NOUN_EXCEPTIONS:
        if not after_word.endswith(("ss", "'s")):
            return  # "2011 votes"
    if not 1800 <= year <= 2099 and not cue:
        return
    c.add(s, e, "calendar", Stated(year=year))


def _year_ago_adj(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    """"year-earlier profit", "the year-ago results": a year before the story's own period."""
    c.add(s, e, "relative", Stated(offset=("year", -1)))


def _spelled_year(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    after = c.word_after(e)
    if after.lower() in _MEASURE_NOUNS or after.lower() in ("years", "days", "people", "dollars", "percent"):
        return  # "nineteen twenty people": a count, not a year
    year = spelled_year(m)
    assert year is not None
    c.add(s, e, "calendar", Stated(year=year))


_HANDLERS: dict[str, Callable[[_Context, re.Match[str], int, int], None]] = {
    "iso": _iso, "numeric": _numeric, "md_range": _md_range, "mdy": _mdy, "my": _my,
    "dmy": _dmy, "year_range": _year_range,
    "quarter": _quarter, "year_quarter": _year_quarter, "qcode": _qcode, "fiscal": _fiscal, "decade": _decade, "century": _century,
    "year_mod": _year_mod, "holiday": _holiday, "weekday": _weekday, "relday": _relday, "age": _age,
    "ago": _ago, "in_n": _in_n, "relday_unit": _relday_unit, "relunit": _relunit, "season": _season,
    "duration": _duration, "month": _month, "ref": _ref, "year": _year, "spelled_year": _spelled_year,
    "year_ago_adj": _year_ago_adj,
}


def _rel_month(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    month = "m" if m.group("m") else "m2"
    if not c.capitalized(m.start(month)):
        return
    if m.group("rel2"):
        rel = m.group("rel2") + " year"
    else:
        rel = " ".join(m.group("rel").split())
    modifier = _modifier(m.group("mod") or m.group("mod2"))
    mention = c.add(s, e, "calendar", Stated(month=month_number(m.group(month)), modifier=modifier))
    mention.rel = Rel(rel)


_HANDLERS["rel_month"] = _rel_month



class _CompiledOnUse(dict):
    """Family name -> compiled pattern, compiled the first time a text needs it (fast start-up)."""

    def __missing__(self, name: str) -> re.Pattern[str]:
        compiled = self[name] = re.compile(PATTERNS[name])
        return compiled


_SUB: dict[str, re.Pattern[str]] = _CompiledOnUse()
_ORDER = {name: rank for rank, name in enumerate(PATTERNS)}
_TABLE = load_trigger_table(PATTERNS)
_FAMILIES_BEGINNING: dict[str, list[str]] = {}  # a family's possible first characters -> families
for _name, _starts in _TABLE.beginnings.items():
    for _start in _starts.split("|"):
        _FAMILIES_BEGINNING.setdefault(_start, []).append(_name)
# Where a mention can start (see triggers.py): after a character that is not part of a word (the
# text is scanned with a blank in front, so its start counts), or at a comma for the age form.
# Beginning the pattern with a character class lets the regex engine skip through text quickly.
_AFTER_WORD_BREAK = re.compile("[^a-z0-9_](?=" + _TABLE.word_trigger + ")")
_AT_COMMA = re.compile(_TABLE.comma_trigger)
_DIGITS_TO_ZERO = str.maketrans("0123456789", "0000000000")
_ODD_BLANKS = re.compile(r"[\t\n\r\x0b\x0c\xa0]|  ")
_DISPATCH_CACHE: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}


def _families_at(key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The families, in order, that can match text beginning with `key` (see triggers.py)."""
    found = _DISPATCH_CACHE.get(key)
    if found is not None:
        return found
    canonical = key.translate(_DIGITS_TO_ZERO)
    found = _DISPATCH_CACHE.get(canonical)
    if found is None:
        if _ODD_BLANKS.search(canonical):
            return tuple((name, _SUB[name]) for name in PATTERNS)  # blanks spelt otherwise: try all
        names: set[str] = set()
        for length in range(1, len(canonical) + 1):
            names.update(_FAMILIES_BEGINNING.get(canonical[:length], ()))
        found = tuple((name, _SUB[name]) for name in sorted(names, key=_ORDER.__getitem__))
        _DISPATCH_CACHE[canonical] = found
    if len(_DISPATCH_CACHE) < 50_000:  # the raw key too, so the next time needs no translation
        _DISPATCH_CACHE[key] = found
    return found


def _candidates(low: str) -> list[int]:
    """The offsets, in order, where some family could match."""
    starts = [match.start() for match in _AFTER_WORD_BREAK.finditer(" " + low)]
    commas = [match.start() for match in _AT_COMMA.finditer(low)]
    if commas:  # never a word start too: no word trigger begins with a comma
        starts = sorted(starts + commas)
    return starts


def scan(low: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Each family match in the lower-cased text, in order and not overlapping, with its family.

    The same matches as one alternation of all families tried at every word start (and at commas):
    the first family, in order, that matches at a place wins and the scan resumes after it. A caller
    that sends False back for a match turns it down, and the next family is tried at that place.
    """
    depth = _TABLE.dispatch_depth
    resume = 0
    for start in _candidates(low):
        if start < resume:
            continue
        inside_word = False
        if start > 0:  # inside a word ("1990s" in "abc1990s"), or after an elision ("o'clock")
            prev = low[start - 1]
            if prev.isalnum() or prev == "_" or (prev == "'" and start > 1 and low[start - 2].isalpha()):
                inside_word = low[start] != ","
        for kind, family in _families_at(low[start:start + depth]):
            match = family.match(low, start)
            if match is None:
                continue
            if inside_word:
                resume = match.end()  # the rest of that word is no date either
                break
            taken = yield kind, match
            if taken is False:
                continue  # the caller turned it down: the next family may read it ("in both 1990 and 1991")
            resume = match.end()
            break


def tokenize(text: str, low: str | None = None) -> list[Mention]:
    """Every date expression in `text`, in order, with what it writes (``Mention.stated``).

    Values are left empty: `datecheck.resolve.resolve` fills them in.
    """
    if low is None:
        low = lower_same_length(text)
    context = _Context(text, low)
    handlers = _HANDLERS
    found = scan(low)
    step = next(found, None)
    while step is not None:
        kind, match = step
        count = len(context.out)
        handlers[kind](context, match, match.start(), match.end())
        try:
            step = found.send(len(context.out) > count)  # a handler that added nothing turned it down
        except StopIteration:
            step = None
    mentions = context.out
    for index, mention in enumerate(mentions):
        mention.index = index
    return mentions
