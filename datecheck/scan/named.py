"""Named days and months: holidays, weekdays, month names alone or with a relation ("last March")."""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from ..holiday import holiday_key, written_in_lower_case
from ..model import Flag, Rel, Stated
from .context import Context, Handler


def _holiday(c: Context, m: re.Match[str], s: int, e: int) -> None:
    h_start = m.start("h")
    if not c.capitalized(h_start) and not c.low.startswith(c.rel.DEFINITE_ARTICLE, h_start) \
            and not written_in_lower_case(m.group("h"), c.lang):
        return  # "the Fourth of July" may be written in lower case
    key = holiday_key(m.group("h"), c.lang)
    if key is None:
        return
    year = int(m.group("y")) if m.group("y") else None
    mention = c.add(s, e, "holiday", Stated(holiday=key, year=year))
    mention.flags = frozenset({Flag.WEEK_OF}) if m.group("wk") else frozenset()  # "Christmas week": the week holding the day
    if m.group("rel"):
        mention.rel = Rel(c.relation(m, "rel"))


def _after_a_capital(text: str, pos: int) -> bool:
    """Whether the word just before `pos` (blanks between) is capitalized ("Toronto Sun")."""
    i = pos
    while i > 0 and text[i - 1] in " \t\xa0":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return j < i and text[j].isupper()


_WEEKDAYS_STATED: dict[tuple[int, str | None, str | None], Stated] = {}


@lru_cache(maxsize=8)
def _alone(lang: str, words: ModuleType, cues: ModuleType) -> dict[str, Stated]:
    """What each weekday name written alone states, in a language where nothing around it can make
    it a name (weekdays capitalized, no compounds of words): most weekdays of a text are read here."""
    if cues.HYPHEN_COMPOUNDS or not words.MONTHS_CAPITALIZED:
        return {}
    return {name: _stated(day, None, None) for name, day in words.WEEKDAYS.items()}


def _stated(day: int, pod: str | None, modifier: str | None) -> Stated:
    key = (day, pod, modifier)
    stated = _WEEKDAYS_STATED.get(key)
    if stated is None:  # a few dozen in all: kept, as a text may name thousands of weekdays
        stated = _WEEKDAYS_STATED[key] = Stated(weekday=day, part_of_day=pod, modifier=modifier)
    return stated


def _weekday(c: Context, m: re.Match[str], s: int, e: int) -> None:
    stated = _alone(c.lang, c.words, c.cues).get(c.low[s:e])
    if stated is not None:
        c.add(s, e, "weekday", stated)
        return
    words = c.words
    groups = m.groupdict()  # one call for every group read
    rel = groups["rel"] or groups.get("rel_after")  # "last Tuesday"; "el martes pasado"
    full, abbreviated, part = groups["wd"], groups["wda"], groups["pod"]
    modifier = None
    if rel:
        rel = c.relation_of(rel)
        modifier = c.modifier(rel)  # "late Tuesday"
        if modifier:
            rel = None
    if abbreviated:
        if not c.capitalized(m.start("wda")):
            return  # "wed." is a verb; an abbreviated weekday is capitalized
        if c.text[m.end("wda"):m.end("wda") + 1] != "." and _after_a_capital(c.text, s):
            return  # "Edmonton Sun, Aug. 16": without its period, after a capital, a name's last word
    if c.cues.HYPHEN_COMPOUNDS and c.in_compound(m.start("wd" if full else "wda"), e):
        return  # "Kino-Montag": a name
    if full and not words.MONTHS_CAPITALIZED and c.capitalized(m.start("wd")) \
            and not c.sentence_start(m.start("wd")) and c.word_after(e)[:1].isupper():
        return  # "Domingo García": a name, where weekdays are written in lower case
    day = words.WEEKDAYS[full] if full else words.WEEKDAY_ABBREVIATIONS[abbreviated]
    pod = words.PARTS_OF_DAY.get(part) if part else None
    mention = c.add(s, e, "weekday", _stated(day, pod, modifier))
    if rel:
        mention.rel = Rel(rel)


def _month(c: Context, m: re.Match[str], s: int, e: int) -> None:
    month_number, _modifier = c.month, c.modifier
    words, cues = c.words, c.cues
    word = m.group("m")
    pos = m.start("m")
    bare = word.rstrip(".")
    if not c.month_cased(pos) or c.in_compound(pos, e) or c.after_a_day(pos):
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
    if not mod and not words.NOUNS_CAPITALIZED and after[:1].isupper() and after.lower() not in words.MONTHS and after.lower() not in words.WEEKDAYS:
        if c.text[e:e + 1] != ",":
            return  # "April Smith", "June Carter"
    if bare in words.NAME_MONTHS and not mod and before not in cues.MONTH_CUES and s > 0 and not adjectival \
            and c.capitalized(pos):  # "Rosa Mayo" a name; "cierra mayo con pérdidas" the month
        if c.text[max(0, s - 2):s].strip() not in ("", ".", ",", "(", ";"):
            return
    c.add(s, e, "calendar", Stated(month=month_number(word), modifier=_modifier(mod)))


def _rel_month(c: Context, m: re.Match[str], s: int, e: int) -> None:
    month = "m" if m.group("m") else "m2"
    if not c.month_cased(m.start(month)):
        return
    month_number = c.month
    rel = c.relation(m, "rel", "rel2")  # "last March", "March of last year"
    rel = c.rel.MONTH_RELATION_KEYS.get(rel, rel)  # "septiembre pasado": the latest September
    modifier = c.modifier(m.group("mod") or m.group("mod2"))
    mention = c.add(s, e, "calendar", Stated(month=month_number(m.group(month)), modifier=modifier))
    mention.rel = Rel(rel)


HANDLERS: dict[str, Handler] = {
    "holiday": _holiday,
    "weekday": _weekday,
    "month": _month,
    "rel_month": _rel_month,
}
