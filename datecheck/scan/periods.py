"""Periods longer than a day: quarters and halves, fiscal years, decades, centuries, parts of a year
("mid-1996"), seasons."""

from __future__ import annotations

import re

from ..model import Flag, Rel, Stated
from .context import Context, Handler, spelled, strip_the


def _quarter(c: Context, m: re.Match[str], s: int, e: int) -> None:
    rel = c.rel
    unit = rel.QUARTER_UNITS[m.group("unit")]
    q = re.sub(r"\s+", " ", m.group("q"))
    year = m.group("y1") or m.group("y2") or m.group("y3")
    fiscal = bool(m.group("fis1") or m.group("fis2"))
    flags: set[Flag] = set()
    if unit == "half":
        alone = m.group("unit") in rel.HALF_WORDS_ALONE  # "el primer semestre": no game's half
        if q not in rel.HALF_ORDINALS or (year is None and m.group("rely") is None and not alone):
            return
        half = rel.HALF_ORDINALS[q]
        stated = Stated(year=int(year) if year else None, half=half, fiscal=fiscal)
        mention = c.add(s, e, "quarter", stated)
        if m.group("rely"):
            mention.rel_year = Rel(c.relation(m, "rely"))
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
    rely = c.relation(m, "rely", "rely2")  # "this year's third quarter", "the third quarter of this year"
    if c.low[m.end("q")] == "-" and not year:
        s = strip_the(c, s, e)  # "the third-quarter loss": the date is "third-quarter"
    mention = c.add(s, e, "quarter", Stated(year=int(year) if year else None, quarter=q_number, fiscal=fiscal))
    mention.flags, mention.rel_year = frozenset(flags), Rel(rely) if rely else None


def _year_quarter(c: Context, m: re.Match[str], s: int, e: int) -> None:
    mention = c.add(s, e, "quarter", Stated(year=int(m.group("y"))))
    mention.flags = frozenset({Flag.SAME_QUARTER})


def _qcode(c: Context, m: re.Match[str], s: int, e: int) -> None:
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


def _fiscal(c: Context, m: re.Match[str], s: int, e: int) -> None:
    if m.group("y") or m.group("y2"):
        stated = Stated(year=int(m.group("y") or m.group("y2")), fiscal=True)
    else:
        stated = Stated(year=int(m.group("yy") or m.group("yy2")), two_digit_year=True, fiscal=True)
    c.add(strip_the(c, s, e), e, "calendar", stated)


def _decade(c: Context, m: re.Match[str], s: int, e: int) -> None:
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
        s = strip_the(c, s, e)
    c.add(s, e, "decade", Stated(decade=decade, two_digit_year=two, modifier=_modifier(mod)))


def _century(c: Context, m: re.Match[str], s: int, e: int) -> None:
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


def _year_mod(c: Context, m: re.Match[str], s: int, e: int) -> None:
    _modifier = c.modifier
    mod = " ".join(m.group("mod").split())
    stated_half = None
    if m.group("hpos"):  # "the first half of 1990", "the last two quarters of 1990"
        stated_half = c.rel.HALF_POSITIONS[m.group("hpos")]
        c.add(s, e, "quarter", Stated(year=int(m.group("y")), half=stated_half))
        return
    c.add(s, e, "calendar", Stated(year=int(m.group("y")), modifier=_modifier(mod)))


def _season(c: Context, m: re.Match[str], s: int, e: int) -> None:
    _modifier = c.modifier
    cues = c.cues
    rel = c.relation(m, "rel_after", "rel")  # "last summer"; "el verano pasado"
    season = c.words.SEASONS[m.group("s")]
    year = int(m.group("y")) if m.group("y") else spelled(c, m)
    if rel is None and year is None:
        if m.group("s") in cues.BARE_SEASON_NOT_DATES or c.word_before(s) not in cues.SEASON_CUES:
            return
    if rel == Rel.THE and year is None and c.word_before(s) not in cues.THE_SEASON_CUES:
        return
    if c.word_after(e).lower() in cues.NOT_SEASON_AFTER or c.in_compound(m.start("s"), e):
        return  # "im Winter-Triathlon": a name
    mention = c.add(s, e, "season", Stated(year=year, season=season, modifier=_modifier(m.group("mod"))))
    if rel:
        mention.rel = Rel(rel)


HANDLERS: dict[str, Handler] = {
    "quarter": _quarter,
    "year_quarter": _year_quarter,
    "qcode": _qcode,
    "fiscal": _fiscal,
    "decade": _decade,
    "century": _century,
    "year_mod": _year_mod,
    "season": _season,
}
