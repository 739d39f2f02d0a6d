"""DC201 stale-year."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from ..calendar_math import add_years, clamp_delta, safe_date
from ..messages import N_
from ..model import Flag, Kind, Mention, Related, Severity, Tense
from .base import CheckContext, Rule, Violation
from .year_fixes import year_suggestion
from .stale_reading import FAR, StoryReading, stale_cues



class StaleYear(Rule):
    """An explicit date whose year looks like a slip: last year's number on this year's news.

    What it does:
        Flags a full date ("March 11, 2024") that lies far before the publication date as written,
        while the same month and day one year on would be recent (a date after the story is never
        last year's number), and the text presents it as this story's news. For the end of a
        reporting period ("the quarter ended Sept. 30, 2024") that means the period is set against
        the year before ("up 12% from a year earlier") or named as the story's quarter; for any
        other date, it sits among the story's recent dates or recency cues ("over the past few
        hours", "on Tuesday", "now"; a wire dateline does not count), or a count of the time since
        it fits the corrected year ("since the Aug. 4 landslide ... the two-week search"). The
        end of a range counts when the other end borrows its year. A deadline or a schedule its own
        clause tells as still ahead ("applications close March 3, 2025", "the deadline is ...")
        counts when that day one year on is ahead of the story.

        It stays quiet when the text shows the old year is meant: an old-news cue in the sentence
        ("last year", "a year earlier", "back in", "ago", "anniversary", "previous", "since"), at
        the start of the next one ("The year before, ...", "Nearly a year afterwards, ..."), or a
        sequel told as history ("the firm it later bought"); a year reckoned from the date, or a
        count of a year since it; the year written elsewhere in the paragraph or given earlier in
        the story ("the 2025 floods"); the corrected year written beside it (a comparison of two
        years); the earlier side of a comparison ("compared with the year ended ..."); a dated
        list ("March 3, 2025 — Floods close the bridge"); a day still to come told as done
        ("announced April 2, 2025" a month before April 2, 2026); and inside quotations.

    Why is this bad?
        Typing last year's number is the most common date slip, above all in January, and it moves
        the story's main event a year into the past.

    Example:
        (published March 18, 2025) On March 11, 2024, the water authority closed the dam road.
        "Over the past few hours ..." a spokeswoman said.

    Use instead:
        On March 11, 2025, the water authority closed the dam road.

    Fixes:
        Safe: the rule speaks only when the story reports the date as recent news, and the fix
        changes only the year, to the one that makes the date recent.
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
        # only a written date can be a slip (`_slip` is None for every other kind)
        windows: dict[date, tuple[date, date]] = {}  # the story's date -> the days a corrected date may be
        slips = {m.index: self._slip(ctx, m, near_past, near_future, windows) for m in ctx.of_kind(Kind.CALENDAR)}
        if not any(slips.values()):
            return
        story = StoryReading(ctx, (m for m in ctx.mentions if slips.get(m.index) is None))
        for mention in ctx.of_kind(Kind.CALENDAR):
            corrected = slips[mention.index]
            if corrected is None or story.in_chronology(mention):
                continue
            now = ctx.now_at(mention.start)
            assert now is not None and mention.resolved_date is not None
            ahead = still_ahead(ctx, mention, corrected, now)
            if self._meant(ctx, story, mention, corrected, now, ahead is not None):
                continue
            evidence = story.evidence(mention, corrected, now)
            if ahead is not None:  # the more telling side: a deadline or schedule that cannot lie a year back
                yield self._violation(ctx, mention, corrected, now, ahead, True)
            elif evidence is not None:
                yield self._violation(ctx, mention, corrected, now, evidence, False)

    @staticmethod
    def _meant(ctx: CheckContext, story: StoryReading, mention: Mention, corrected: date, now: date,
               ahead: bool) -> bool:
        """Whether the text shows the written year is meant."""
        day = mention.resolved_date
        assert day is not None
        if ctx.in_quotes(mention.start) or story.told_as_old(mention, day, corrected, now):
            return True
        if story.dealt_with(mention, now) or story.year_contrast(mention, corrected):
            return True
        # a day still to come cannot have been done: "announced April 14, 2025" is last year's (unless
        # its own clause tells it as ahead: "applications close March 3, 2025, the office said")
        return not ahead and corrected > now and ctx.tense(mention) == Tense.PAST.value

    @staticmethod
    def _violation(ctx: CheckContext, mention: Mention, corrected: date, now: date, evidence: Related,
                   ahead: bool) -> Violation:
        day = mention.resolved_date
        assert day is not None
        written = ctx.text[mention.start:mention.end]
        suggestion = year_suggestion(ctx, mention, corrected)
        a_year_before = add_years(now, -1)
        far = a_year_before is not None and day < a_year_before
        gap = (now - corrected).days
        template = {
            (True, True): N_("'{date}' is more than a year before this story ({now}), which reports it as recent "
                             "news; {corrected} would be {days} before it"),
            (True, False): N_("'{date}' is more than a year before this story ({now}), which reports it as recent "
                              "news; {corrected} would be {days} after it"),
            (False, True): N_("'{date}' is nearly a year before this story ({now}), which reports it as recent "
                              "news; {corrected} would be {days} before it"),
            (False, False): N_("'{date}' is nearly a year before this story ({now}), which reports it as recent "
                               "news; {corrected} would be {days} after it"),
        }[far, gap >= 0] if not ahead else N_("'{date}' is nearly a year before this story ({now}), which tells it "
                                              "as still ahead; {corrected} would be {days} after it")
        days = ctx.say("1 day") if abs(gap) == 1 else ctx.say("{n} days", n=abs(gap))
        return Violation(
            mention.start,
            mention.end,
            ctx.say(template, date=written, now=ctx.short_day(now), corrected=suggestion.replacement, days=days),
            ctx.publication_related() + (evidence,),
            (suggestion,),
        )

    @staticmethod
    def _slip(ctx: CheckContext, mention: Mention, near_past: timedelta, near_future: timedelta,
              windows: dict[date, tuple[date, date]]) -> date | None:
        """The same day one year on, when the date as written is far before the story and that day
        would be recent (just before the story, or, for a plan, just after it). A date after the
        story is never last year's number. The end of a range counts when the other end borrows
        its year ("from Aug. 26 to Oct. 20, 2024")."""
        st = mention.stated
        if (
            mention.kind != Kind.CALENDAR or not mention.valid or st.year is None or st.month is None
            or st.day is None or Flag.DATE_LINE in mention.flags
        ):
            return None
        if mention.range_role is not None:
            partner = ctx.mention_at(mention.range_partner)
            if partner is None or partner.stated.year is not None:
                return None
        now = ctx.now_at(mention.start)
        if now is None:
            return None
        window = windows.get(now)
        if window is None:  # worked out once for each date a story is told from
            window = windows[now] = (clamp_delta(now, -near_past), clamp_delta(now, near_future))
        if not window[0].year <= st.year + 1 <= window[1].year:
            return None  # the day one year on lies in no year of the window (most dates of a chronology)
        day = mention.resolved_date
        if day is None or now - day < FAR:
            return None
        corrected = safe_date(st.year + 1, st.month, st.day)
        if corrected is None:
            return None
        return corrected if window[0] <= corrected <= window[1] else None


def still_ahead(ctx: CheckContext, mention: Mention, corrected: date, now: date) -> Related | None:
    """The words of the date's own clause that tell it as a deadline or a schedule still ahead
    ("applications close", "the deadline is", "will run through"), when the day one year on is
    ahead of the story: a day that lies a year behind cannot be still to come."""
    if corrected <= now or mention.range_role is not None or ctx.in_quotes(mention.start):
        return None
    before = ctx.before(mention.start, 60)  # the words right before the date: anchored at its end
    found = stale_cues(ctx.lang).STILL_AHEAD.search(before)
    if found is None:
        return None
    start = mention.start - len(before) + found.start()
    end = mention.start - len(before) + len(before[:found.end()].rstrip())
    return Related(start, end, ctx.text[start:end], ctx.say("told as still ahead here"))
