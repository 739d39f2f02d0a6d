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
from collections.abc import Iterator

from ..lang import DEFAULT
from ..model import Mention
from ..patterns import grammar
from . import amounts, calendar, named, periods, relative, written
from .context import Context, Handler, lower_same_length

__all__ = ["HANDLERS", "lower_same_length", "scan", "tokenize"]

HANDLERS: dict[str, Handler] = {
    **calendar.HANDLERS, **written.HANDLERS, **periods.HANDLERS, **named.HANDLERS, **relative.HANDLERS,
    **amounts.HANDLERS,
}
"""The handler of each expression family, by the family's name in the language's pattern table."""


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
    handlers = HANDLERS
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
