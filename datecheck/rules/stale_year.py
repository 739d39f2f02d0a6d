"""DC201 stale-year."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from datetime import date, timedelta

from ..calendar_math import clamp_delta
from ..model import Mention, Severity
from ..timex import safe_date
from .base import CheckContext, Rule, Violation, short_day, year_suggestion
from .recency import OLD_CUES, OLD_CUES_NEAR, recent_evidence

FAR = timedelta(days=180)  # as written, the date is at least this far from the story's date


class StaleYear(Rule):
    """An explicit date whose year looks like a slip: last year's number on this year's news.

    What it does:
        Flags a full date ("March 11, 2024") that lies far from the publication date as written,
        while the same month and day one year off would be recent, and the text reports it as
        current news: it sits among the story's near-publication dates or recency cues ("over the
        past few hours", "on Tuesday", "now"). It stays quiet when the text says the old year is
        meant ("last year", "a year earlier", "back in", "ago", "anniversary", "since"), when the
        paragraph deals with that year elsewhere, and inside quotations.

    Why is this bad?
        Typing last year's number is the most common date slip, above all in January, and it moves
        the story's main event a year into the past.

    Example:
        (published March 18, 2025) On March 11, 2024, the water authority closed the dam road.
        "Over the past few hours ..." a spokeswoman said.

    Use instead:
        On March 11, 2025, the water authority closed the dam road.
    """

    code = "DC201"
    name = "stale-year"
    severity = Severity.WARNING
    needs_publication_date = True
    options = {
        "near-past-days": (int, 45, 1, 366, "how far before the story the corrected date may lie"),
        "near-future-days": (int, 60, 0, 366, "how far after the story the corrected date may lie"),
    }

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        near_past = timedelta(days=self.option(ctx, "near-past-days"))
        near_future = timedelta(days=self.option(ctx, "near-future-days"))
        slips = {m.index: self._slip(ctx, m, near_past, near_future) for m in ctx.mentions}
        candidates = [m for m in ctx.mentions if slips[m.index] is not None]
        kept: dict[int | None, list[int]] = {}  # year -> where it is written and not a slip (sorted)
        for m in ctx.mentions:
            if slips[m.index] is None and "date-line" not in m.flags:
                kept.setdefault(m.stated.year, []).append(m.start)
        for offsets in kept.values():
            offsets.sort()
        for mention in candidates:
            now = ctx.now_at(mention.start)
            corrected = slips[mention.index]
            assert now is not None and corrected is not None
            if ctx.in_quotes(mention.start):
                continue
            around = ctx.before(mention.start, 90) + " " + ctx.after(mention.end, 35)
            if OLD_CUES.search(around) or OLD_CUES_NEAR.search(ctx.before(mention.start, 30)):
                continue
            written_year = mention.stated.year
            start, end = ctx.paragraph_bounds(mention.start)
            others = kept.get(written_year, [])
            if bisect_left(others, start) < bisect_left(others, end):
                continue  # the paragraph deals with that year on purpose
            evidence = recent_evidence(ctx, mention, now) or recent_evidence(ctx, mention, now, whole_story=True)
            if evidence is None:
                continue
            written = ctx.text[mention.start:mention.end]
            suggestion = year_suggestion(ctx, mention, corrected)
            replacement = suggestion.replacement
            related = ctx.publication_related() + (ctx.related(evidence, "reported as recent here"),)
            yield Violation(
                mention.start,
                mention.end,
                f"'{written}' is more than a year before this story ({short_day(now)}), which reports it "
                f"as recent news; {replacement} would be {abs((now - corrected).days)} days "
                f"{'before' if corrected <= now else 'after'} it",
                related,
                (suggestion,),
            )

    @staticmethod
    def _slip(ctx: CheckContext, mention: Mention, near_past: timedelta, near_future: timedelta) -> date | None:
        """The date one year off that would be recent, when the written one is far."""
        st = mention.stated
        if (
            mention.kind != "calendar" or not mention.valid or st.year is None or st.month is None
            or st.day is None or mention.range_role is not None
            or "date-line" in mention.flags
        ):
            return None
        day = mention.resolved_date
        now = ctx.now_at(mention.start)
        if day is None or now is None or abs(day - now) < FAR:
            return None
        best = None
        for year in (st.year - 1, st.year + 1):
            other = safe_date(year, st.month, st.day)
            if other is None:
                continue
            # recent: just before the story, or (a plan, an announcement) just after it
            if clamp_delta(now, -near_past) <= other <= clamp_delta(now, near_future) and (best is None or abs(other - now) < abs(best - now)):
                best = other
        return best
