"""The entries of a dated list: a schedule, a fixture list, a chronology, one date opening each line
("- Sat., Oct. 18: ...", "Feb. 14 — ...").

Entries run on from one another: a yearless entry that stands far from the date the text is
written from, with no tense to place it, is in the year that puts it nearest the entry above it
("- Dec. 12: ...", "- Feb. 14: ..." is the February after that December in a season's schedule,
wherever the publication date falls).
"""

from __future__ import annotations

from datetime import date

from .. import timex
from ..model import Kind, Mention
from .context import Context

#: What may stand before an entry's date on its line: blanks and bullets.
_BULLETS = " \t*-+\u2022\u00b7>"
#: How many mentions back the entry above is looked for (its line holds a few at most).
_BACK = 8


def _opens_line(mention: Mention, ctx: Context) -> int | None:
    """Where the line `mention` opens starts (its weekday before it counted in: "Sat., Oct. 18"),
    or None when something else comes first on the line."""
    start = mention.start
    previous = ctx.previous(mention)
    if previous is not None and previous.kind == Kind.WEEKDAY and previous.linked == mention.index:
        start = previous.start
    text = ctx.text
    while start > 0 and text[start - 1] in _BULLETS:
        start -= 1
    return start if start == 0 or text[start - 1] in "\r\n" else None


def entry_above(mention: Mention, ctx: Context) -> date | None:
    """The date of the entry on the line above, when `mention` opens a line of a dated list."""
    line = _opens_line(mention, ctx)
    if line is None or line == 0:
        return None
    above = ctx.text[:line].rstrip(" \t\r\n")
    above_start = max(above.rfind("\n"), above.rfind("\r")) + 1
    if not above:
        return None
    for back in range(1, _BACK + 1):
        other = ctx.mentions[mention.index - back] if mention.index - back >= 0 else None
        if other is None or other.start < above_start:
            return None
        if other.kind == Kind.CALENDAR and other.stated.day is not None and other.resolved_date is not None:
            first = other
            while (earlier := ctx.previous(first)) is not None and earlier.start >= above_start:
                first = earlier
            opener = first if first.kind == Kind.CALENDAR else ctx.mentions[first.linked] if first.linked is not None else None
            if opener is None or _opens_line(opener, ctx) != above_start:
                return None
            return other.resolved_date
    return None


def nearest_to(month: int, day: int, base: date) -> int | None:
    """The year that puts month-day nearest `base`."""
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        found = timex.safe_date(year, month, min(day, timex.days_in_month(year, month)))
        if found is not None:
            options.append((abs((found - base).days), year))
    return min(options)[1] if options else None
