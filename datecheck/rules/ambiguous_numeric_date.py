"""DC501 ambiguous-numeric-date (house style: severity info, off unless selected)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..model import Severity, Suggestion
from .base import CheckContext, Rule, Violation
from .cues import WORDS


class AmbiguousNumericDate(Rule):
    """A numeric date that reads differently in the United States and elsewhere.

    What it does:
        Flags dates such as "03/04/2024", which is March 4 to an American reader and April 3 to
        most others, and offers both spelled out.

    Why is this bad?
        Half of the readers may take the wrong day; AP style spells the month out.

    Example:
        The vote is on 03/04/2024.

    Use instead:
        The vote is on March 4, 2024.

    Fixes:
        Always unsafe, and two of them: which order the writer used is the question.
    """

    code = "DC501"
    name = "ambiguous-numeric-date"
    severity = Severity.INFO
    default_enabled = False
    languages = ("en",)

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for mention in ctx.mentions:
            st = mention.stated
            if mention.kind != "calendar" or st.numeric_order != "AMBIGUOUS" or st.year is None:
                continue
            assert st.month is not None and st.day is not None
            readings = []
            for month, day in ((st.month, st.day), (st.day, st.month)):
                try:
                    readings.append(date(st.year, month, day))
                except ValueError:
                    continue
            names = [WORDS.AP_MONTH_ABBREVIATIONS.get(d.month, WORDS.MONTH_NAMES[d.month - 1]) for d in readings]
            spelled = [f"{name} {d.day}, {d.year}" for name, d in zip(names, readings)]
            yield Violation(
                mention.start,
                mention.end,
                f"'{ctx.text[mention.start:mention.end]}' can be read as {' or as '.join(spelled)}",
                (),
                tuple(Suggestion(mention.start, mention.end, s, f"Spell it out: {s}", unsafe=True) for s in spelled),
            )
