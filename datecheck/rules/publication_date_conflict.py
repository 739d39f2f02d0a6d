"""DC205 publication-date-conflict."""

from __future__ import annotations

import re
from collections.abc import Iterator

from datetime import date

from ..model import Mention, Severity, Suggestion
from ..style import date_like
from .base import CheckContext, Rule, Violation

#: A visible line that states the publication date: a dateline of its own, or a byline label.
#: Labels that date something else: the capture or reading date of a page, an update.
#: A line of running text: the story's body has started. (Ten words, counted from the start of one,
#: each word and the blanks after it taken whole: no start inside a word, no giving back a character;
#: a time's "a.m." ends no sentence.)
_BODY_TEXT = re.compile(r"(?<!\S)(?:\S++\s++){9,}\S|(?<!\.)[a-z][.!?][\"'\u201d\u2019]?\s*$")
class PublicationDateConflict(Rule):
    """The document states two different publication dates.

    What it does:
        Compares the publication date in the metadata (front matter, HTML meta tags, JSON-LD) with
        the one written where readers see it: a dateline near the top ("24 December 2024") or a
        byline label ("Published March 3, 2025", "By R. Osei · Posted 3 March 2025"); an "Updated"
        line dated before the publication date is a conflict too. A page header such as "Today:
        March 6, 2025" is the day the page was shown, not a publication date, and is never
        compared; nor are the date lines of a live blog (several days, each over its entries).

    Why is this bad?
        Every relative date in the story ("yesterday", "on Tuesday") is read from the publication
        date; when the two disagree, one set of readers gets every one of them wrong.

    Example:
        ---
        date: 2025-03-04
        ---
        Published March 3, 2025

    Use instead:
        ---
        date: 2025-03-04
        ---
        Published March 4, 2025   (the same date in both places)

    Fixes:
        Safe: the date line takes the publication date of the metadata, which the story is
        published under.
    """

    code = "DC205"
    name = "publication-date-conflict"
    severity = Severity.WARNING
    needs_publication_date = True

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        published = ctx.published
        if published is None or not published.source.startswith(("front-matter", "html")):
            return
        # a live blog: date lines of other days follow, each dating its own entries, not the page
        live_blog = len({day for _, day in ctx.timeline.sections}) > 1
        for offset, line in _top_lines(ctx.prose):
            updated = ctx.cues.UPDATED.match(line)
            if ctx.cues.NOT_PUBLICATION.match(line) and not updated:
                continue
            full, dateline = _written_date(ctx, line)
            if full is None:
                continue
            day = full.resolved_date
            assert day is not None
            if updated:
                if day < published.date:
                    yield _violation(ctx, offset, full, day, ctx.say(
                        "the update date {date} ({day}) is before the publication date in the metadata "
                        "({published}, {source})", date=ctx.text[offset + full.start:offset + full.end],
                        day=ctx.short_day(day), published=ctx.short_day(published.date), source=published.source))
                continue
            if not (ctx.cues.BYLINE.match(line) or dateline and not live_blog):
                continue
            if day != published.date:
                yield _violation(ctx, offset, full, day, ctx.say(
                    "the visible publication date {date} ({day}) differs from the metadata's ({published}, {source})",
                    date=ctx.text[offset + full.start:offset + full.end], day=ctx.short_day(day),
                    published=ctx.short_day(published.date), source=published.source))
            return  # only the first visible publication date counts


def _top_lines(prose: str) -> Iterator[tuple[int, str]]:
    """The lines above the story's body (at most 20 that are not blank), with their offsets."""
    offset, seen = 0, 0
    for line in prose[:6000].split("\n"):
        if line.strip():
            seen += 1
            if seen > 20 or _BODY_TEXT.search(line):
                return  # the story has begun: a date line further down dates an entry, not the page
            yield offset, line
        offset += len(line) + 1


def _written_date(ctx: CheckContext, line: str) -> tuple[Mention | None, bool]:
    """The one full date a line states (None when it states none or several), and whether the line
    is nothing but dates (a dateline)."""
    from ..extract import extract

    mentions = extract(line, None, date_order=ctx.date_order, lang=ctx.lang)
    full = [m for m in mentions if m.kind == "calendar" and m.resolved_date and m.stated.year]
    if len(full) != 1:
        return None, False
    return full[0], all("date-line" in m.flags for m in mentions)


def _violation(ctx: CheckContext, offset: int, full: Mention, day: date, message: str) -> Violation:
    """`message` (already in the messages' language) on the date `full` of the line at `offset`."""
    published = ctx.published
    assert published is not None
    start, end = offset + full.start, offset + full.end
    written = ctx.text[start:end]
    replacement = date_like(written, published.date, order=full.stated.numeric_order, lang=ctx.lang)
    return Violation(start, end, message, ctx.publication_related(),
                     (Suggestion(start, end, replacement, ctx.say("Use the metadata's date")),))
