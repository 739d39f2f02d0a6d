"""Dates relative to the story's own time: named days ("today"), anaphoric days ("the day before"),
relative units ("next week"), references ("now") and "year-earlier"."""

from __future__ import annotations

import re

from ..model import Flag, Rel, Stated, Unit
from .context import Context, Handler


def _in_a_name(c: Context, pos: int) -> bool:
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


def _relday(c: Context, m: re.Match[str], s: int, e: int) -> None:
    _modifier = c.modifier
    word = " ".join(m.group("w").split())
    days, pod = c.rel.DAY_WORDS[word]
    if word in c.rel.DAY_WORDS_IN_NAMES and not m.group("mod") and _in_a_name(c, m.start("w")):
        return  # "USA Today", "This is VOA Today"
    if word in c.rel.NOUNS_WHEN_CAPITALIZED and c.capitalized(s) and not c.sentence_start(s):
        return  # German "Morgen" inside a sentence: the morning, not tomorrow
    if m.group("pod"):
        pod = c.words.PARTS_OF_DAY[m.group("pod")]
    mod = m.group("mod")
    c.add(s, e, "relative", Stated(offset=("day", days), part_of_day=pod, modifier=_modifier(mod)))


def _relday_unit(c: Context, m: re.Match[str], s: int, e: int) -> None:
    words = " ".join(m.group("w").split())
    unit, offset, pod, role = c.rel.ANAPHORIC[words]
    last = c.text[m.start("w"):e].split()[-1]
    if not c.words.MONTHS_CAPITALIZED and len(words.split()) > 1 and last[:1].isupper():
        return  # "el programa El Día Después": a title, where such words are written in lower case
    flags = {Flag.NARRATIVE}
    if role is not None:  # "the day before", "the year before": tied to a date, or to an event
        if role == "day" and (c.grammar.day_named_next.match(c.low, e) or _named_after_link(c, e)):
            flags = {Flag.OF_NEXT}  # "the day after Christmas", "the day before last Tuesday"
        elif c.low[e:e + 12].lstrip()[:1].isalpha() and c.next_word(e) not in c.cues.CLAUSE_WORDS:
            return  # "the day before the vote": anchored to an event, not to a date
    mention = c.add(s, e, "anaphoric", Stated(offset=(unit, offset), part_of_day=pod))
    mention.flags = frozenset(flags)


def _named_after_link(c: Context, e: int) -> bool:
    """A day named after a linking word: "la víspera de Navidad"."""
    link = c.next_word(e)
    if link not in c.rel.ANAPHORIC_LINKS:
        return False
    return bool(c.grammar.day_named_next.match(c.low, c.low.index(link, e) + len(link)))


_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018", "`"})


def _relunit(c: Context, m: re.Match[str], s: int, e: int) -> None:
    _modifier = c.modifier
    found = m.groupdict()
    if found.get("unit2"):  # "a finales de mes": the unit the story is in
        mention = c.add(s, e, "relunit", Stated(modifier=_modifier(found["mod2"])))
        mention.rel, mention.unit = Rel.THIS, Unit(c.rel.RELATIVE_UNITS[found["unit2"]])
        return
    rel = " ".join((found.get("rel_after") or m.group("rel")).split())  # "la semana pasada": after
    role = c.rel.UNIT_RELATIONS[rel]
    unit = c.rel.RELATIVE_UNITS[" ".join(m.group("unit").split())]
    mod = m.group("mod")
    if c.text[m.start("unit")].isupper() and c.text[max(0, s - 1):s] in _OPENING_QUOTES:
        return  # ABC's "This Week": a title
    if role == "article":
        before = c.word_before(s)
        if unit in ("week", "month", "year", "decade", "century", "half"):
            if not mod and before not in c.cues.SPAN_PREPOSITIONS and rel not in c.rel.OF_THE_UNIT:
                return  # "the year" alone is too often not a date; "la primera jornada del año" is one
            if unit == "half":
                return
        elif unit == "fiscal year" and not mod and (
                before not in c.cues.FISCAL_YEAR_PREPOSITIONS or c.next_word(e) in c.cues.NOT_FISCAL_AFTER):
            return  # "en el ejercicio de su cargo": an exercise
    if role == "demonstrative" and unit not in ("year", "week", "month", "quarter", "weekend", "day"):
        return
    if unit == "half":  # "the second half" is as often a game's: only with a part written, or a word that is half a year
        alone = " ".join(m.group("unit").split()) in c.rel.HALF_WORDS_ALONE
        if rel not in c.rel.HALF_RELATIONS or not (mod or alone):
            return
    flags: set[Flag] = set()
    narrative_mod = role == "article" and mod and " ".join(mod.split()) in c.rel.NARRATIVE_MODIFIERS
    if role in ("demonstrative", "narrative") or narrative_mod:  # "that week", "later in the year"
        flags.add(Flag.NARRATIVE)
    mention = c.add(s, e, "relunit", Stated(modifier=_modifier(mod), fiscal=unit == "fiscal year"))
    mention.flags, mention.rel = frozenset(flags), Rel(c.rel.RELATION_KEYS.get(rel, rel))
    mention.unit = Unit("year" if unit == "fiscal year" else unit)


def _ref(c: Context, m: re.Match[str], s: int, e: int) -> None:
    if m.groupdict().get("adj"):  # "la próxima temporada": the relation word alone
        c.add(m.start("adj"), e, "ref", Stated())
        return
    words = " ".join(m.group("w").split())
    role = c.rel.REFERENCES[words]
    if words in c.rel.REFERENCES_THAT_PLACE and _places_a_time(c, e):
        return  # "el pasado 12 de mayo", "el pasado mes": a relation, not "the past"
    if role == "before-hyphen" and c.text[e:e + 1] == "-":
        return  # "now-defunct"
    if role == "not-a-date":
        return
    if role == "noun" and (c.next_word(e) in c.rel.NOUN_OF or c.word_before(s) in c.rel.POSSESSIVES):
        return  # "el futuro de la fábrica", "su futuro": the future of something
    if not _a_time_here(c, words, s):
        return
    c.add(s, e, "ref", Stated())


def _a_time_here(c: Context, words: str, s: int) -> bool:
    """Is the reference at `s` a time where it stands? "hasta el momento" is, "ya no era el momento" is
    not; "desde entonces" is, "y entonces cerraron" joins two clauses."""
    rel = c.rel
    needs = rel.REFERENCE_NEEDS_BEFORE.get(words)
    if needs is not None and c.word_before(s) not in needs:
        return False
    if words in rel.CONNECTIVE_REFERENCES:
        before = c.low[max(0, s - 3):s].rstrip()
        return not before.endswith(",") and c.word_before(s) not in rel.CONNECTIVE_AFTER
    return True


def _places_a_time(c: Context, e: int) -> bool:
    """A number or a time word right after `e`."""
    rest = c.low[e:e + 3].lstrip()
    return rest[:1].isdigit() or c.next_word(e) in c.rel.TIME_NOUNS


def _year_ago_adj(c: Context, m: re.Match[str], s: int, e: int) -> None:
    """"year-earlier profit", "the year-ago results": a year before the story's own period."""
    c.add(s, e, "relative", Stated(offset=("year", -1)))


HANDLERS: dict[str, Handler] = {
    "relday": _relday,
    "relday_unit": _relday_unit,
    "relunit": _relunit,
    "ref": _ref,
    "year_ago_adj": _year_ago_adj,
}
