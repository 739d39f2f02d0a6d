"""What every family handler shares: the text in both cases, the language's tables, the output,
and a few readings of the words around a match."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from types import ModuleType

from ..lang import DEFAULT
from ..model import Kind, Mention, Stated
from ..patterns import Grammar, grammar


def lower_same_length(text: str) -> str:
    """`text` lower-cased, one character for one character, so offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class Context:
    """What a family handler needs besides its match: the text, both cases, and the output."""

    __slots__ = ("text", "low", "out", "words", "rel", "cues", "numbers", "number_value", "lang", "grammar")

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
        self.number_value: Callable[[str], int | None] = self.grammar.number_value  # kept answers

    def add(self, start: int, end: int, kind: str, stated: Stated, type_: str = "DATE") -> Mention:
        mention = Mention(start, end, self.text[start:end], _KINDS[kind], stated, type_)
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
        word = _WORD_AFTER(self.text, pos)[1]  # letters, digits, "'", "-" (and "_", where a word stops)
        return word[:word.index("_")] if "_" in word else word

    def capitalized(self, pos: int) -> bool:
        return self.text[pos].isupper()

    def month_cased(self, pos: int) -> bool:
        """Is the month name at `pos` written in the case the language writes month names in?
        English and German capitalize them ("May", "Mai"); Spanish writes them in lower case, so
        a capitalized "Mayo" inside a sentence is a name, at a sentence's start a month."""
        if self.words.MONTHS_CAPITALIZED:
            return self.text[pos].isupper()
        return self.text[pos].islower() or self.sentence_start(pos) or self._among_months(pos) \
            or self._month_by_place(pos)

    def _month_by_place(self, pos: int) -> bool:
        """A capitalized month where only a month stands: after a day ("5 de Mayo"), a part of a month
        ("finales de Junio") or a preposition of time ("en Mayo", "desde Abril"), or before its
        year ("Mayo de 2001"), as headline style and some newsrooms write it. A name is ruled out
        by the caller ("en Julio Iglesias": a capitalized word after it)."""
        words = self.words
        before, start = self._word_and_start_before(pos)
        if before in words.CAPITALIZED_MONTH_CUES:
            return True
        if before in words.MONTH_OF_DAY:
            previous = self._word_and_start_before(start)[0]
            if previous.rstrip(".ºª").isdigit() or previous in words.CAPITALIZED_MONTH_CUES_BEFORE_OF:
                return True
        end = pos
        while end < len(self.low) and self.low[end].isalpha():
            end += 1
        after = self.word_after(end).lower()
        if after in words.MONTH_OF_DAY:
            year = self.word_after(end + 1 + len(after))
            return year.isdigit() and len(year) in (2, 4)
        return False

    def _among_months(self, pos: int) -> bool:
        """A month name in the company of months: joined to another ("diciembre y Febrero", "Mayo y
        Junio") or after "mes de" ("un mes de Febrero"), it is a month whatever its case."""
        words = self.words
        before, start = self._word_and_start_before(pos)
        if before in words.MONTH_JOINERS and self._word_and_start_before(start)[0] in words.MONTHS:
            return True
        if before == words.MONTH_OF[1] and self._word_and_start_before(start)[0] == words.MONTH_OF[0]:
            return True
        end = pos
        while end < len(self.low) and self.low[end].isalpha():
            end += 1
        after = self.word_after(end).lower()
        return after in words.MONTH_JOINERS and self.next_word(end + 1 + len(after)) in words.MONTHS

    def after_a_day(self, pos: int) -> bool:
        """Whether a day and "de" stand before the month at `pos` ("17 de junio"): the month of a
        date, which the date's own handler takes or leaves ("Avenida 17 de junio", "calle del dos de
        mayo" name streets)."""
        before, start = self._word_and_start_before(pos)
        if before not in self.words.MONTH_OF_DAY:
            return False
        day = self._word_and_start_before(start)[0]
        return day.rstrip(".ºª").isdigit() or day in self.words.DAY_ORDINALS

    def _word_and_start_before(self, pos: int) -> tuple[str, int]:
        word = self.word_before(pos)
        i = pos
        while i > 0 and self.low[i - 1] in " \t\xa0\n":
            i -= 1
        return word, i - len(word)

    def in_compound(self, start: int, end: int) -> bool:
        """Is the word at [start, end) a part of a name joined by hyphens ("Winter-Triathlon",
        "Kino-Montag")? Only in a language that writes such names (``cues.HYPHEN_COMPOUNDS``)."""
        if not self.cues.HYPHEN_COMPOUNDS:
            return False
        text = self.text
        return (text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha()) or (
            start > 1 and text[start - 1] == "-" and text[start - 2].isalpha())

    def names_a_place(self, start: int) -> bool:
        """Is the date at `start` the name of a place ("Avenida 9 de Julio", "Straße des 18. Oktober")?"""
        cues = self.cues
        before = self.word_before(start)
        if before in cues.PLACE_LINKS:
            before = self.word_before(start - len(before) - 1)
        return before in cues.PLACE_NOUNS

    def sentence_start(self, pos: int) -> bool:
        """Nothing but blanks, quotes or brackets between `pos` and the end of the last sentence."""
        i = pos
        while i > 0 and self.text[i - 1] in " \t\xa0\"'\u201c\u00ab\u00bf\u00a1(":
            i -= 1
        return i == 0 or self.text[i - 1] in ".!?:\n"

    def relation(self, m: re.Match[str], *groups: str) -> str | None:
        """The relation words of the first of `groups` the match has ("last", "el pasado", "the
        previous"), spaced as one and mapped onto the language-free relation (``Rel``)."""
        present = _PRESENT.get((m.re.pattern, groups))
        if present is None:  # the groups of `groups` the pattern has, worked out once per pattern
            names = m.re.groupindex
            present = _PRESENT[m.re.pattern, groups] = tuple(name for name in groups if name in names)
        for name in present:
            words = m.group(name)
            if words:
                return self.relation_of(words)
        return None

    def relation_of(self, words: str) -> str:
        """The language-free relation (``Rel``) of relation words as written, spaced as one."""
        words = " ".join(words.split())
        return self.rel.RELATION_KEYS.get(words, words)

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


_KINDS = {kind.value: kind for kind in Kind}  # a dict lookup is several times cheaper than Kind(name)
_LETTERS = re.compile(r"[ \t\xa0\n]*([a-z]*)")
#: Blanks, then a word: what `str.isalnum` takes, "'" and "-" (and "_", which `word_after` cuts off).
_WORD_AFTER = re.compile(r"[ \t\xa0]*([\w'-]*)").match
#: (a pattern's text, group names asked for) -> those of the names the pattern has.
_PRESENT: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}
_COMPILED: dict[str, re.Pattern[str]] = {}


def compiled(pattern: str) -> re.Pattern[str]:
    """`pattern` (a language table's cue, written as a string) compiled, once."""
    found = _COMPILED.get(pattern)
    if found is None:
        found = _COMPILED[pattern] = re.compile(pattern)
    return found


@lru_cache(maxsize=8192)
def stated_date(year: int | None, month: int | None = None, day: int | None = None, two_digit: bool = False) -> Stated:
    """What a date written with these parts states. A `Stated` is immutable, so the mentions of one
    date share one (made once: a text of dates names the same few thousand again and again)."""
    return Stated(year=year, month=month, day=day, two_digit_year=two_digit)


@lru_cache(maxsize=2048)
def stated_offset(unit: str, amount: int, vague: bool = False) -> Stated:
    """What an amount of time written as such states ("two days", "41", "a few years"), shared as
    `stated_date` is."""
    return Stated(offset=(unit, amount), vague_offset=vague)


def optional(m: re.Match[str], name: str) -> str | None:
    """The text of group `name`, or None when it took no part in the match or the pattern has no such
    group (one lookup, where ``m.groupdict().get(name)`` builds a dict of every group)."""
    return m.group(name) if name in m.re.groupindex else None


def strip_the(c: Context, start: int, end: int) -> int:
    """Move `start` past a leading "the " (TimeML leaves it out of bare dates)."""
    low = c.low
    the = c.rel.DEFINITE_ARTICLE
    if low.startswith(the, start) and end - start > len(the) + 1 and not low[start + len(the)].isalnum():
        i = start + len(the)
        while i < end and not low[i].isalnum():
            i += 1
        return i
    return start


def spelled(c: Context, m: re.Match[str]) -> int | None:
    """The year a year said aloud states (None when the pattern's spelled-year part did not match)."""
    groups = m.groupdict()
    return c.numbers.spoken_year(groups.get("cent"), groups.get("rest"), bool(groups.get("thousand")), groups.get("k"))


def plural(c: Context, word: str) -> bool:
    """Does `word` look like a plural noun ("votes", not "was", "class" or "Smith's")?"""
    cues = c.cues
    return (
        word.endswith(cues.PLURAL_ENDING) and len(word) > 3 and word not in cues.NOT_PLURAL
        and not word.endswith(cues.NOT_PLURAL_ENDINGS)
    )


Handler = Callable[[Context, "re.Match[str]", int, int], None]
"""A family handler: reads one match (and its span) and adds zero or more mentions to the context."""
