"""Amounts of time: ages, durations, and dates that many units from the anchor ("two days ago",
"in two weeks")."""

from __future__ import annotations

import re

from ..model import Flag
from .context import Context, Handler, compiled, optional, plural, stated_offset

#: A capitalized word (a name's last) at the end of the text before an age, blanks after it or not.
_NAME_AT_END = re.compile(r"([A-Z][\w'.-]*)\s*$")
_NAME_BLANK_AT_END = re.compile(r"[A-Z][\w'.-]*[ \t]$")
_WORD_GAPS = re.compile(r"[ \t-]+")
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _age(c: Context, m: re.Match[str], s: int, e: int) -> None:
    if m.group("n3") or m.group("n5"):
        # "Jordan Ellis, 38, ..." or "Jordan Ellis (38), ...": an age in apposition to a name
        group = "n3" if m.group("n3") else "n5"
        before = c.text[max(0, s - 40):s]
        word = _NAME_AT_END.search(before)
        cues = c.cues
        if not word or word.group(1).lower() in cues.NOT_AGE_WORDS:
            # or a person named by role: "the captain, 42,", "a local driver, 23,"
            role = compiled(cues.AGE_ROLE).search(before)
            if not role or role.group(1) in cues.NOT_AGE_WORDS or role.group(1) in cues.NOT_AGE_ROLES:
                return
        if group == "n5" and not _NAME_BLANK_AT_END.search(before):
            return  # in parentheses only right after a name: "Ellis (38)", not "the sum (12)"
        n = int(m.group(group))
        if not 1 <= n <= 120:
            return
        c.add(m.start(group), m.end(group), "age", stated_offset("year", n), "DURATION")
        return
    for group, flag in (("n6", Flag.AT_TIME_TOLD), ("n7", Flag.TURNED), ("n8", Flag.AT_TIME_TOLD)):
        if optional(m, group):  # "He was 81.", "who is 33,", "who turned 52 last month": the number is the age
            if group == "n6" and c.word_before(s) in c.cues.AGE_HYPOTHETICAL:
                return  # "before he is 40": an age not reached
            n = int(m.group(group))
            if 1 <= n <= 120:
                mention = c.add(m.start(group), m.end(group), "age", stated_offset("year", n), "DURATION")
                if group != "n6" or optional(m, "pv") == c.cues.AGE_THEN:  # "at 29, the youngest": then
                    mention.flags = frozenset({flag})
            return
    spelled_age = optional(m, "nw")
    if spelled_age:  # "forty-year-old"
        n = c.number_value(spelled_age.replace(" ", "-"))
        if n is not None:
            c.add(s, e, "age", stated_offset("year", n), "DURATION")
        return
    n = int(m.group("n") or m.group("n2") or m.group("n4"))
    if not 0 <= n <= 130:
        return
    at_event = m.group("at") is not None
    if at_event:
        s = m.start("age")  # "at age 87": the age is "age 87"
    mention = c.add(s, e, "age", stated_offset("year", n), "DURATION")
    if at_event:
        mention.flags = frozenset({Flag.AT_EVENT})  # "died at age 87": the age then, not now


def _ago(c: Context, m: re.Match[str], s: int, e: int) -> None:
    after = optional(m, "n2") is not None  # "tres días después": the direction after the count
    n_text = " ".join(m.group("n2" if after else "n").split())
    unit_end = m.end("unit2" if after else "unit")
    unit = c.words.UNIT_WORDS[m.group("unit2" if after else "unit")]
    sign, role = c.rel.DIRECTIONS[" ".join(m.group("dir2" if after else "dir").split())]
    if role in ("event", "back") and _before_an_event(c, e):  # "two days after the vote": a span before an event
        _duration_from(c, m, s, unit_end, n_text, unit, None)
        return
    n = c.number_value(n_text)
    vague = n is None or n_text in c.words.VAGUE_QUANTITIES
    mention = c.add(s, e, "relative", stated_offset(unit, sign * (n or 0), vague))
    if role in ("narrative", "event"):
        mention.flags = frozenset({Flag.NARRATIVE})
    if m.group("approx") or optional(m, "approx2") or m.group("orso"):  # "about a week ago", "a week or so ago"
        mention.flags = mention.flags | {Flag.APPROXIMATE}


def _before_an_event(c: Context, e: int) -> bool:
    """Whether the direction word ending at `e` leads on to an event ("two days after the vote",
    "dos días después de la votación"): a word the language lists after it, or, where it lists
    none, any word that opens no clause."""
    links = c.cues.EVENT_LINKS
    if links:
        return c.next_word(e) in links
    return c.low[e:e + 12].lstrip()[:1].isalnum() and c.next_word(e) not in c.cues.CLAUSE_WORDS


def _in_n(c: Context, m: re.Match[str], s: int, e: int) -> None:
    """"in two weeks": a date that many units after the anchor (the "in" is not part of it)."""
    n_text = " ".join(m.group("n").split())
    unit = c.words.UNIT_WORDS[m.group("unit")]
    n = c.number_value(n_text)
    if n is None or n_text in c.words.VAGUE_QUANTITIES or unit in ("second", "minute"):
        return
    start = m.start("n")
    if _superlative_before(c, s):  # "the highest level in five years": a span of time, not a date
        _duration_from(c, m, start, e, n_text, unit, None)
        return
    c.add(start, e, "relative", stated_offset(unit, n))


def _superlative_before(c: Context, pos: int) -> bool:
    """A superlative just before "in N units": "the smallest gain in a year", "the first time in a
    decade" (but not "the first plant will open in two years")."""
    cues = c.cues
    found = compiled(cues.SUPERLATIVE).search(c.low, max(0, pos - 60), pos)
    if found is None or found.group("sup") in cues.NOT_SUPERLATIVE:
        return False
    return not cues.VERBISH & set(_WORD_GAPS.split(found.group("between")))


def _duration_from(c: Context, m: re.Match[str], s: int, e: int, n_text: str, unit: str, pre: str | None) -> None:
    n = c.number_value(n_text)
    vague = n is None or n_text in c.words.VAGUE_QUANTITIES
    type_ = "DURATION"
    before = c.word_before(s)
    if n_text in c.words.INDEFINITE_ARTICLES and (
        before in c.cues.FREQUENCY_WORDS or before[-1:].isdigit() or plural(c, before)
    ):
        type_ = "SET"  # "40,000 vehicles a day", "twice a week"
    mention = c.add(s, e, "duration", stated_offset(unit, n or 0, vague), type_)


def _duration(c: Context, m: re.Match[str], s: int, e: int) -> None:
    n_text = " ".join(m.group("n").split())
    unit = c.words.UNIT_WORDS[m.group("unit")]
    if n_text in c.words.VAGUE_NEEDING_PREFIX and not m.group("pre"):
        return
    if n_text in c.words.INDEFINITE_ARTICLES and unit == "second":
        return
    if _DECIMAL.fullmatch(n_text) and s > 0 and c.low[s - 1] in "$.,":
        return
    pre = m.group("pre")
    _duration_from(c, m, s, e, n_text, unit, pre)


HANDLERS: dict[str, Handler] = {
    "age": _age,
    "ago": _ago,
    "in_n": _in_n,
    "duration": _duration,
}
