"""DC205 publication-date-conflict."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Severity, Suggestion
from ..style import date_like
from .base import CheckContext, Rule, Violation

#: A visible line that states the publication date: a dateline of its own, or a byline label.
#: Labels that date something else: the capture or reading date of a page, an update.
#: A line of running text: the story's body has started. (Ten words, counted from the start of one,
#: each word and the blanks after it taken whole: no start inside a word, no giving back a character.)
_BODY_TEXT = re.compile(r"(?<!\S)(?:\S++\s++){9,}\S|[a-z][.!?][\"'\u201d\u2019]?\s*$")
class PublicationDateConflict(Rule):
    """The document states two different publication dates.

    What it does:
        Compares the publication date in the metadata (front matter, HTML meta tags, JSON-LD) with
        the one written where readers see it: a dateline near the top ("24 December 2024") or a
        byline label ("Published March 3, 2025"). A page header such as "Today: March 6, 2025" is
        the day the page was shown, not a publication date, and is never compared.

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
    """

    code = "DC205"
    name = "publication-date-conflict"
    severity = Severity.WARNING
    needs_publication_date = True

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        published = ctx.published
        if published is None or not published.source.startswith(("front-matter", "html")):
            return
        from ..extract import extract

        offset = 0
        seen = 0
        for line in ctx.prose[:6000].split("\n"):
            if line.strip():
                seen += 1
                if seen > 20 or _BODY_TEXT.search(line):
                    break  # the story has begun: a date line further down dates an entry, not the page
                if not ctx.cues.NOT_PUBLICATION.match(line):
                    mentions = extract(line, None, date_order=ctx.date_order, lang=ctx.lang)
                    full = [m for m in mentions if m.kind == "calendar" and m.resolved_date and m.stated.year]
                    byline = ctx.cues.BYLINE.match(line)
                    dateline = full and all("date-line" in m.flags for m in mentions)
                    if len(full) == 1 and (byline or dateline):
                        day = full[0].resolved_date
                        if day is not None and day != published.date:
                            start, end = offset + full[0].start, offset + full[0].end
                            written = ctx.text[start:end]
                            related = ctx.publication_related()
                            yield Violation(
                                start,
                                end,
                                ctx.say("the visible publication date {date} ({day}) differs from the metadata's "
                                        "({published}, {source})", date=written, day=ctx.short_day(day),
                                        published=ctx.short_day(published.date), source=published.source),
                                related,
                                (Suggestion(start, end, date_like(written, published.date,
                                                                   order=full[0].stated.numeric_order, lang=ctx.lang),
                                            ctx.say("Use the metadata's date")),),
                            )
                        return  # only the first visible publication date counts
            offset += len(line) + 1
