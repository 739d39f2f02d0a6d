"""Text -> mentions: where each date expression is and what it writes. Nothing is resolved here.

The text is lower-cased (same length, so offsets are offsets into the original). The language's
grammar (``patterns.Grammar``: the pattern table of ``datecheck/lang/<code>/patterns.py``) finds
each date expression and the family it belongs to; the family's handler reads the match's named
groups into a ``Mention``. Handlers hold no words: what a word means (a month number, a relation,
a cue) they ask the language's tables, ``c.words``, ``c.rel`` and ``c.cues``.

The handlers live in one module per family of expressions:

* ``calendar``: ISO and numeric dates, month-day-year, day-month-year, ranges, years;
* ``written``: a day/month after a weekday, five-digit years, days spelled out;
* ``periods``: quarters, fiscal years, decades, centuries, parts of a year, seasons;
* ``named``: holidays, weekdays, months;
* ``relative``: "today", "the day before", "next week", "now", "year-earlier";
* ``amounts``: ages, durations, "two days ago", "in two weeks";

and share ``context.Context`` (the text, the language's tables, the output).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..lang import DEFAULT
from ..model import Mention
from ..patterns import Grammar, canonical_key, grammar
from . import amounts, calendar, named, periods, relative, written
from .context import Context, Handler, lower_same_length

__all__ = ["HANDLERS", "lower_same_length", "scan", "tokenize"]

HANDLERS: dict[str, Handler] = {
    **calendar.HANDLERS, **written.HANDLERS, **periods.HANDLERS, **named.HANDLERS, **relative.HANDLERS,
    **amounts.HANDLERS,
}
"""The handler of each expression family, by the family's name in the language's pattern table."""

Bound = tuple[Callable[[str, int], "re.Match[str] | None"], Handler]
"""A family to try at a place: its pattern's match method and its handler."""


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
    context = Context(text, low, lang)
    _run(context, low)
    mentions = context.out
    for index, mention in enumerate(mentions):
        mention.index = index
    return mentions


def _run(context: Context, low: str) -> None:
    """`patterns.Grammar.scan` with each match handed to its family's handler in place: the same
    places, families and order, and a handler that adds no mention turns its match down (the next
    family is tried there), without a generator's round trip per match."""
    grammar_ = context.grammar
    out = context.out
    depth = grammar_.table.dispatch_depth
    bound = grammar_.bound
    resume = 0
    for start in grammar_.candidates(low):
        if start < resume:
            continue
        inside_word = False
        if start > 0:  # inside a word ("1990s" in "abcé1990s"), or after an elision ("o'clock")
            prev = low[start - 1]  # never [a-z0-9_] (`Grammar.candidates` starts after one of those only at a comma)
            if prev >= "\x80" or prev == "'":
                if prev.isalnum() or (prev == "'" and start > 1 and low[start - 2].isalpha()):
                    inside_word = low[start] != ","
        key = low[start:start + depth]
        families = bound.get(key)
        if families is None:
            families = _bind(grammar_, key, bound)
        for match_at, handler in families:
            match = match_at(low, start)
            if match is None:
                continue
            end = match.end()
            if inside_word:
                resume = end  # the rest of that word is no date either
                break
            count = len(out)
            handler(context, match, start, end)
            if len(out) > count:
                resume = end
                break


def _bind(grammar_: Grammar, key: str, bound: dict[str, tuple[Bound, ...]]) -> tuple[Bound, ...]:
    """The families to try at a text beginning with `key` (see `patterns.Grammar.families_at`), each as
    its pattern's match method and its handler, kept in `bound` by the key's canonical form (a few
    thousand at most: digits as 0, blanks as one space) and, up to a bound on its size, by the key
    itself (text of digits and marks has nearly as many keys as places, and few canonical ones)."""
    canonical = canonical_key(key)
    found = bound.get(canonical)
    if found is None:
        families = grammar_.families_at(canonical)
        found = bound[canonical] = tuple((family.match, HANDLERS[kind]) for kind, family in families)
    if len(bound) < 50_000:
        bound[key] = found
    return found
