"""Text -> mentions: where each date expression is and what it writes. Nothing is resolved here.

The text is lower-cased (same length, so offsets are offsets into the original). The language's
grammar (``patterns.Grammar``: the pattern table of ``datecheck/lang/<code>/patterns.py``) finds
each date expression and the family it belongs to; the family's handler below reads the match's
named groups into a ``Mention``. Handlers hold no words: what a word means (a month number, a
relation, a cue) they ask the language's tables, ``c.words``, ``c.rel`` and ``c.cues``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from types import ModuleType

from .holiday import holiday_key
from .lang import DEFAULT
from .model import Flag, Kind, Mention, Rel, Stated, Unit
from .patterns import Grammar, grammar


def lower_same_length(text: str) -> str:
    """`text` lower-cased, one character for one character, so offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class _Context:
    """What a family handler needs besides its match: the text, both cases, and the output."""

    __slots__ = ("text", "low", "out", "words", "rel", "cues", "numbers", "lang", "grammar")

    def __init__(self, text: str, low: str, lang: str = DEFAULT) -> None:
        self.text = text
        self.low = low
        self.out: list[Mention] = []
        self.lang = lang
        self.grammar: Grammar = grammar(lang)
        self.words: ModuleType = self.grammar.words
        self.rel: ModuleType = self.grammar.relative
        self.cues: ModuleType = self.grammar.cues
        self.numbers: ModuleType = self.grammar.numbers

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

    def next_word(self, pos: int) -> str:
        """The lower-case letters starting just after `pos` (skipping blanks)."""
        found = _LETTERS.match(self.low, pos)
        return found.group(1) if found else ""

    def modifier(self, mod: str | None) -> str | None:
        """TimeML's modifier for the words of one ("the end of" -> "END"), or None."""
        return self.rel.MODIFIERS.get(" ".join(mod.split())) if mod else None

    def month(self, word: str) -> int:
        word = word.rstrip(".")
        return self.words.MONTHS.get(word) or self.words.MONTH_ABBREVIATIONS[word]


_LETTERS = re.compile(r"[ \t\xa0\n]*([a-z]*)")


def _two_digit(yy: str) -> int:
    """A two-digit year as written; the resolver picks its century."""
    return int(yy)


def _strip_the(c: _Context, start: int, end: int) -> int:
    """Move `start` past a leading "the " (TimeML leaves it out of bare dates)."""
    low = c.low
    the = c.rel.DEFINITE_ARTICLE
    if low.startswith(the, start) and end - start > len(the) + 1 and not low[start + len(the)].isalnum():
        i = start + len(the)
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


_DIGITS = re.compile("[0-9]+")


def _day(text: str) -> int:
    """The number of a day written in digits, with or without an ordinal suffix."""
    return int(_DIGITS.match(text).group())  # type: ignore[union-attr]


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
    words = c.words
    if bare in words.AMBIGUOUS_MONTHS or (bare in words.MONTH_ABBREVIATIONS and not word.endswith(".")):
        if not c.capitalized(pos):
            return False
    if not has_day and bare in words.MONTH_ABBREVIATIONS and bare not in words.MONTHS:
        return False
    return True


def _mdy(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    month_number = c.month
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
        if after.lower() in c.cues.NOT_DAY_AFTER:
            return
    mention = c.add(s, e, "calendar", Stated(year=year, month=month_number(m.group("m")), day=day, two_digit_year=two))
    if m.group("wk"):
        mention.flags = frozenset({Flag.WEEK_OF})  # "the week of March 6": the week holding that day


def _dmy(c: _Context, m: re.Match[str], s: int, e: int) -> None:
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
        if m.group("m") not in c.words.MONTHS or not c.capitalized(m.start("m")):
            return
    if year is None and not ordinal and m.group("m").rstrip(".") in c.words.AMBIGUOUS_MONTHS:
        # "5 May" is a date, "5 march" a count of marches; require capitals and a plain day
        if not c.capitalized(m.start("m")):
            return
    if not ordinal:
        s = m.start("d")  # "the 7 December": the article belongs to the phrase, not the date
    c.add(s, e, "calendar", Stated(year=year, month=month_number(m.group("m")), day=day))


def _my(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    month_number = c.month
    if not _month_ok(c, m, "m", False) and not m.group("m").endswith("."):
        return
    mod = c.modifier(m.group("mod"))
    year = int(m.group("y")) if m.group("y") else _spelled(c, m)
    c.add(s, e, "calendar", Stated(year=year, month=month_number(m.group("m")), modifier=mod))


def _md_range(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    if not _month_ok(c, m, "m1", True):
        return
    sep = " ".join(m.group("sep").split())
    year, _ = _year_fields(m)
    m1 = c.month(m.group("m1"))
    m2 = c.month(m.group("m2")) if m.group("m2") else m1
    d1, d2 = _day(m.group("d1")), _day(m.group("d2"))
    start1 = m.start("m1")
    first = c.add(start1, m.end("d1"), "calendar", Stated(month=m1, day=d1))
    second_start = m.start("m2") if m.group("m2") else m.start("d2")
    second = c.add(second_start, e, "calendar", Stated(year=year, month=m2, day=d2))
    first.flags = frozenset({Flag.YEAR_FROM_RANGE}) if year is not None else frozenset()
    if _a_pair(c, sep, m.group("between")):
        return  # two dates, not a range
    first.range_role, second.range_role = "start", "end"
    first.flags = first.flags | {Flag.RANGE}
    second.flags = frozenset({Flag.RANGE})


def _a_pair(c: _Context, sep: str, opener: str | None) -> bool:
    """"May 3 and May 9" names two dates; "between May 3 and May 9" a range."""
    return sep == c.rel.PAIR_WORD and c.rel.RANGE_OPENERS.get(opener or "") != "between"


def _year_range(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    if s > 0 and (c.low[s - 1] in "$#,." or c.low[s - 1].isdigit()):
        return
    y1 = int(m.group("y1"))
    y2_text = m.group("y2")
    sep = " ".join(m.group("sep").split())
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
    if _a_pair(c, sep, m.group("pre")):
        return
    if not (1000 <= y1 <= 2199):
        return
    if c.word_after(e).lower() in c.cues.MEASURE_NOUNS:
        return
    first_start = m.start("y1")
    first = c.add(first_start, m.end("y1"), "calendar", Stated(year=y1))
    second = c.add(m.start("y2"), e, "calendar", Stated(year=y2, two_digit_year=len(y2_text) == 2))
    first.range_role, second.range_role = "start", "end"
    first.flags = second.flags = frozenset({Flag.RANGE})


def _quarter(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    rel = c.rel
    unit = rel.QUARTER_UNITS[m.group("unit")]
    q = re.sub(r"\s+", " ", m.group("q"))
    year = m.group("y1") or m.group("y2") or m.group("y3")
    fiscal = bool(m.group("fis1") or m.group("fis2"))
    flags: set[Flag] = set()
    if unit == "half":
        if q not in rel.HALF_ORDINALS or (year is None and m.group("rely") is None):
            return
        half = rel.HALF_ORDINALS[q]
        stated = Stated(year=int(year) if year else None, half=half, fiscal=fiscal)
        mention = c.add(s, e, "quarter", stated)
        if m.group("rely"):
            mention.rel_year = Rel(m.group("rely"))
        return
    if unit == "period" and not (m.group("ye") and not m.group("qo")) and q not in rel.PERIOD_RELATIONS:
        return
    if m.group("ye"):  # "the year-earlier quarter", "the year-ago second quarter"
        flags.add(Flag.YEAR_EARLIER)
        q_number = rel.QUARTER_ORDINALS.get(m.group("qo") or "")
    elif q in rel.QUARTER_ORDINALS:
        q_number = rel.QUARTER_ORDINALS[q]
    else:
        # "the latest quarter"; "the last quarter": the final quarter of a year written with it, else
        # the previous quarter
        relation = rel.QUARTER_RELATIONS[q]
        q_number = 4 if year and relation == "last" else None
        if q_number is None:
            flags.add(Flag.PREVIOUS if relation == "last" else Flag(relation))
        if s == m.start("q"):
            return  # "latest quarter" without "the" is rare and usually part of a longer phrase
    rely = m.group("rely") or m.group("rely2")  # "this year's third quarter", "the third quarter of this year"
    if c.low[m.end("q")] == "-" and not year:
        s = _strip_the(c, s, e)  # "the third-quarter loss": the date is "third-quarter"
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
    c.add(_strip_the(c, s, e), e, "calendar", stated)


def _decade(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    _modifier = c.modifier
    if m.group("y"):
        decade = int(m.group("y")) // 10
        two = False
    elif m.group("yy"):
        decade, two = int(m.group("yy")) // 10, True
    else:
        decade, two = c.words.DECADE_WORDS[m.group("w")], True
        if not m.group("the") and not m.group("mod"):
            return  # "in her forties" is an age, not a decade
    mod = m.group("mod")
    if mod is None and m.group("y"):
        s = _strip_the(c, s, e)
    c.add(s, e, "decade", Stated(decade=decade, two_digit_year=two, modifier=_modifier(mod)))


def _century(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    o = " ".join(m.group("o").split())
    ordinals = c.words.ORDINALS
    number = ordinals.get(o) or ordinals.get(o.replace(" ", "-"))
    if number is None:
        digits = c.numbers.digit_ordinal(o)
        if digits is None:
            return
        number = int(digits.group(1))
    if not 1 <= number <= 22:
        return
    c.add(s, e, "century", Stated(century=number - 1))


def _year_mod(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    _modifier = c.modifier
    mod = " ".join(m.group("mod").split())
    stated_half = None
    if m.group("hpos"):  # "the first half of 1990", "the last two quarters of 1990"
        stated_half = c.rel.HALF_POSITIONS[m.group("hpos")]
        c.add(s, e, "quarter", Stated(year=int(m.group("y")), half=stated_half))
        return
    c.add(s, e, "calendar", Stated(year=int(m.group("y")), modifier=_modifier(mod)))


def _holiday(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    h_start = m.start("h")
    if not c.capitalized(h_start) and not c.low.startswith(c.rel.DEFINITE_ARTICLE, h_start):
        return  # "the Fourth of July" may be written in lower case
    key = holiday_key(m.group("h"), c.lang)
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
    WEEKDAYS = c.words.WEEKDAYS
    pod = c.words.PARTS_OF_DAY.get(m.group("pod")) if m.group("pod") else None
    modifier = c.modifier(rel)  # "late Tuesday"
    if modifier:
        rel = None
    mention = c.add(s, e, "weekday", Stated(weekday=WEEKDAYS[m.group("wd")], part_of_day=pod, modifier=modifier))
    if rel:
        mention.rel = Rel(rel)


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
    _modifier = c.modifier
    word = " ".join(m.group("w").split())
    days, pod = c.rel.DAY_WORDS[word]
    if word in c.rel.DAY_WORDS_IN_NAMES and not m.group("mod") and _in_a_name(c, m.start("w")):
        return  # "USA Today", "This is VOA Today"
    if m.group("pod"):
        pod = c.words.PARTS_OF_DAY[m.group("pod")]
    mod = m.group("mod")
    c.add(s, e, "relative", Stated(offset=("day", days), part_of_day=pod, modifier=_modifier(mod)))


def _relday_unit(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    words = " ".join(m.group("w").split())
    unit, offset, pod, role = c.rel.ANAPHORIC[words]
    flags = {Flag.NARRATIVE}
    if role is not None:  # "the day before", "the year before": tied to a date, or to an event
        if role == "day" and c.grammar.day_named_next.match(c.low, e):
            flags = {Flag.OF_NEXT}  # "the day after Christmas", "the day before last Tuesday"
        elif c.low[e:e + 12].lstrip()[:1].isalpha() and c.next_word(e) not in c.cues.CLAUSE_WORDS:
            return  # "the day before the vote": anchored to an event, not to a date
    mention = c.add(s, e, "anaphoric", Stated(offset=(unit, offset), part_of_day=pod))
    mention.flags = frozenset(flags)


def _age(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    if m.group("n3"):
        # "Jordan Ellis, 38, ..." : an age in apposition to a name
        before = c.text[max(0, s - 40):s]
        word = re.search(r"([A-Z][\w'.-]*)\s*$", before)
        cues = c.cues
        if not word or word.group(1).lower() in cues.NOT_AGE_WORDS:
            # or a person named by role: "the captain, 42,", "a local driver, 23,"
            role = re.search(cues.AGE_ROLE, before)
            if not role or role.group(1) in cues.NOT_AGE_WORDS or role.group(1) in cues.NOT_AGE_ROLES:
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
    at_event = m.group("at") is not None
    if at_event:
        s = m.start("age")  # "at age 87": the age is "age 87"
    mention = c.add(s, e, "age", Stated(offset=("year", n)), "DURATION")
    if at_event:
        mention.flags = frozenset({Flag.AT_EVENT})  # "died at age 87": the age then, not now


def _ago(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    n_text = " ".join(m.group("n").split())
    unit = c.words.UNIT_WORDS[m.group("unit")]
    sign, role = c.rel.DIRECTIONS[" ".join(m.group("dir").split())]
    if role in ("event", "back"):  # "two days after the vote": a span before an event, not a date
        if c.low[e:e + 12].lstrip()[:1].isalnum() and c.next_word(e) not in c.cues.CLAUSE_WORDS:
            _duration_from(c, m, s, m.end("unit"), n_text, unit, None)
            return
    n = c.numbers.number_value(n_text)
    vague = n is None or n_text in c.words.VAGUE_QUANTITIES
    mention = c.add(s, e, "relative", Stated(offset=(unit, sign * (n or 0)), vague_offset=vague))
    if role in ("narrative", "event"):
        mention.flags = frozenset({Flag.NARRATIVE})
    if m.group("approx") or m.group("orso"):  # "about a week ago", "a week or so ago"
        mention.flags = mention.flags | {Flag.APPROXIMATE}


def _in_n(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    """"in two weeks": a date that many units after the anchor (the "in" is not part of it)."""
    n_text = " ".join(m.group("n").split())
    unit = c.words.UNIT_WORDS[m.group("unit")]
    n = c.numbers.number_value(n_text)
    if n is None or n_text in c.words.VAGUE_QUANTITIES or unit in ("second", "minute"):
        return
    start = m.start("n")
    if _superlative_before(c, s):  # "the highest level in five years": a span of time, not a date
        _duration_from(c, m, start, e, n_text, unit, None)
        return
    c.add(start, e, "relative", Stated(offset=(unit, n)))


def _superlative_before(c: _Context, pos: int) -> bool:
    """A superlative just before "in N units": "the smallest gain in a year", "the first time in a
    decade" (but not "the first plant will open in two years")."""
    cues = c.cues
    found = re.compile(cues.SUPERLATIVE).search(c.low, max(0, pos - 60), pos)
    if found is None or found.group("sup") in cues.NOT_SUPERLATIVE:
        return False
    return not cues.VERBISH & set(re.split(r"[ \t-]+", found.group("between")))


_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018", "`"})


def _relunit(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    _modifier = c.modifier
    rel = " ".join(m.group("rel").split())
    role = c.rel.UNIT_RELATIONS[rel]
    unit = c.rel.RELATIVE_UNITS[" ".join(m.group("unit").split())]
    mod = m.group("mod")
    if c.text[m.start("unit")].isupper() and c.text[max(0, s - 1):s] in _OPENING_QUOTES:
        return  # ABC's "This Week": a title
    if role == "article":
        before = c.word_before(s)
        if unit in ("week", "month", "year", "decade", "century", "half"):
            if not mod and before not in c.cues.SPAN_PREPOSITIONS:
                return  # "the year" alone is too often not a date
            if unit == "half":
                return
        elif unit == "fiscal year" and not mod and before not in c.cues.FISCAL_YEAR_PREPOSITIONS:
            return
    if role == "demonstrative" and unit not in ("year", "week", "month", "quarter", "weekend", "day"):
        return
    if unit == "half":
        if rel not in c.rel.HALF_RELATIONS or not mod:
            return
    flags: set[Flag] = set()
    narrative_mod = role == "article" and mod and " ".join(mod.split()) in c.rel.NARRATIVE_MODIFIERS
    if role in ("demonstrative", "narrative") or narrative_mod:  # "that week", "later in the year"
        flags.add(Flag.NARRATIVE)
    mention = c.add(s, e, "relunit", Stated(modifier=_modifier(mod), fiscal=unit == "fiscal year"))
    mention.flags, mention.rel = frozenset(flags), Rel(rel)
    mention.unit = Unit("year" if unit == "fiscal year" else unit)


def _season(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    _modifier = c.modifier
    cues = c.cues
    rel = " ".join(m.group("rel").split()) if m.group("rel") else None
    season = c.words.SEASONS[m.group("s")]
    year = int(m.group("y")) if m.group("y") else _spelled(c, m)
    if rel is None and year is None:
        if m.group("s") in cues.BARE_SEASON_NOT_DATES or c.word_before(s) not in cues.SEASON_CUES:
            return
    if rel == c.rel.DEFINITE_ARTICLE and year is None and c.word_before(s) not in cues.THE_SEASON_CUES:
        return
    if c.word_after(e).lower() in cues.NOT_SEASON_AFTER:
        return
    mention = c.add(s, e, "season", Stated(year=year, season=season, modifier=_modifier(m.group("mod"))))
    if rel:
        mention.rel = Rel(rel)


def _plural(c: _Context, word: str) -> bool:
    """Does `word` look like a plural noun ("votes", not "was", "class" or "Smith's")?"""
    cues = c.cues
    return (
        word.endswith(cues.PLURAL_ENDING) and len(word) > 3 and word not in cues.NOT_PLURAL
        and not word.endswith(cues.NOT_PLURAL_ENDINGS)
    )


def _duration_from(c: _Context, m: re.Match[str], s: int, e: int, n_text: str, unit: str, pre: str | None) -> None:
    n = c.numbers.number_value(n_text)
    vague = n is None or n_text in c.words.VAGUE_QUANTITIES
    type_ = "DURATION"
    before = c.word_before(s)
    if n_text in c.words.INDEFINITE_ARTICLES and (
        before in c.cues.FREQUENCY_WORDS or before[-1:].isdigit() or _plural(c, before)
    ):
        type_ = "SET"  # "40,000 vehicles a day", "twice a week"
    mention = c.add(s, e, "duration", Stated(offset=(unit, n or 0), vague_offset=vague), type_)


def _duration(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    n_text = " ".join(m.group("n").split())
    unit = c.words.UNIT_WORDS[m.group("unit")]
    if n_text in c.words.VAGUE_NEEDING_PREFIX and not m.group("pre"):
        return
    if n_text in c.words.INDEFINITE_ARTICLES and unit == "second":
        return
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", n_text) and s > 0 and c.low[s - 1] in "$.,":
        return
    pre = m.group("pre")
    _duration_from(c, m, s, e, n_text, unit, pre)


def _month(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    month_number, _modifier = c.month, c.modifier
    words, cues = c.words, c.cues
    word = m.group("m")
    pos = m.start("m")
    bare = word.rstrip(".")
    if not c.capitalized(pos):
        return
    before = c.word_before(s)
    after = c.word_after(e)
    mod = m.group("mod")
    # "a June agreement", "the March accession": a month before a noun, after an article
    adjectival = (
        before in cues.ARTICLES and after[:1].islower() and after not in cues.NOT_NOUNS
        and bare not in words.NOT_ADJECTIVE_MONTHS
    )
    if bare in words.VERB_MONTHS and not mod and before not in cues.MONTH_CUES and not adjectival:
        return
    if not mod and after[:1].isupper() and after.lower() not in words.MONTHS and after.lower() not in words.WEEKDAYS:
        if c.text[e:e + 1] != ",":
            return  # "April Smith", "June Carter"
    if bare in words.NAME_MONTHS and not mod and before not in cues.MONTH_CUES and s > 0 and not adjectival:
        if c.text[max(0, s - 2):s].strip() not in ("", ".", ",", "(", ";"):
            return
    c.add(s, e, "calendar", Stated(month=month_number(word), modifier=_modifier(mod)))


def _ref(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    role = c.rel.REFERENCES[" ".join(m.group("w").split())]
    if role == "before-hyphen" and c.text[e:e + 1] == "-":
        return  # "now-defunct"
    if role == "not-a-date":
        return
    c.add(s, e, "ref", Stated())


def _year(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    low = c.low
    cues = c.cues
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
    after_word = c.word_after(e).lower()
    if before in cues.NOT_YEAR_BEFORE and m.start() == y_start:
        if before != c.rel.DEFINITE_ARTICLE or after_word in cues.MEASURE_NOUNS:
            return
    cue = before in cues.YEAR_CUES
    if after_word in cues.MEASURE_NOUNS or after_word in cues.NOT_YEAR_AFTER:
        return
    if not cue and c.word_after(e).islower() and _plural(c, after_word):
        return  # "2011 votes"
    if not 1800 <= year <= 2099 and not cue:
        return
    c.add(s, e, "calendar", Stated(year=year))


def _year_ago_adj(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    """"year-earlier profit", "the year-ago results": a year before the story's own period."""
    c.add(s, e, "relative", Stated(offset=("year", -1)))


def _spelled_year(c: _Context, m: re.Match[str], s: int, e: int) -> None:
    if c.word_after(e).lower() in c.cues.NOT_SPOKEN_YEAR_AFTER:
        return  # "nineteen twenty people": a count, not a year
    year = _spelled(c, m)
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
    month_number = c.month
    rel = " ".join((m.group("rel") or m.group("rel2")).split())  # "last March", "March of last year"
    modifier = c.modifier(m.group("mod") or m.group("mod2"))
    mention = c.add(s, e, "calendar", Stated(month=month_number(m.group(month)), modifier=modifier))
    mention.rel = Rel(rel)


_HANDLERS["rel_month"] = _rel_month



def _spelled(c: _Context, m: re.Match[str]) -> int | None:
    """The year a year said aloud states (None when the pattern's spelled-year part did not match)."""
    groups = m.groupdict()
    return c.numbers.spoken_year(groups.get("cent"), groups.get("rest"), bool(groups.get("thousand")), groups.get("k"))


def scan(low: str, lang: str = DEFAULT) -> Iterator[tuple[str, re.Match[str]]]:
    """Each family match in the lower-cased text, in order (see ``patterns.Grammar.scan``)."""
    return grammar(lang).scan(low)


def tokenize(text: str, low: str | None = None, lang: str = DEFAULT) -> list[Mention]:
    """Every date expression in `text`, read as language `lang`, in order, with what it writes
    (``Mention.stated``).

    Values are left empty: `datecheck.resolve.resolve` fills them in.
    """
    if low is None:
        low = lower_same_length(text)
    context = _Context(text, low, lang)
    handlers = _HANDLERS
    found = context.grammar.scan(low)
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
