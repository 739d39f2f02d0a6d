"""DC502 relative-day-word (house style: severity info, off unless selected)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Severity, Suggestion
from ..style import weekday_like
from .base import CheckContext, Rule, Violation
from .cues import CUES as _CUES, WORDS


class RelativeDayWord(Rule):
    """"Yesterday" or "tomorrow" where AP style names the day of the week.

    What it does:
        Flags "yesterday", "tomorrow" (and "last night") outside quotations, and offers the day of
        the week they stand for.

    Why is this bad?
        Stories are read on other days than they are written; the weekday stays true.

    Example:
        (published Tuesday, Dec. 3, 2024) The council voted yesterday.

    Use instead:
        The council voted Monday.

    Fixes:
        Naming the day is safe when the word counts from the publication date or a date line,
        and unsafe when it counts from a date the story gave earlier (where the narrative stands
        is an inference).
    """

    code = "DC502"
    name = "relative-day-word"
    severity = Severity.INFO
    default_enabled = False
    languages = ("en",)

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for mention in ctx.mentions:
            if mention.kind != "relative" or ctx.in_quotes(mention.start):
                continue
            words = ctx.low[mention.start:mention.end]
            match = _CUES.DAY_BESIDE_TODAY.search(words)
            if match is None:
                continue
            day = mention.resolved_date
            word = ctx.text[mention.start + match.start():mention.start + match.end()]
            suggestions = ()
            if day is not None:
                suggestions = (Suggestion(mention.start + match.start(), mention.start + match.end(),
                                          weekday_like(word if word[0].isupper() else word.capitalize(), day.weekday()),
                                          f"Name the day: {WORDS.WEEKDAY_NAMES[day.weekday()]}",
                                          unsafe=mention.anchor_source == "mention"),)  # counted from the narrative's day
            yield Violation(mention.start + match.start(), mention.start + match.end(),
                            f"AP style names the day of the week instead of '{word}'", (), suggestions)
