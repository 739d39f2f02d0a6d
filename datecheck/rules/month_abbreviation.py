"""DC504 month-abbreviation (house style: severity info, off unless selected)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Severity, Suggestion
from ..style import same_case
from .base import CheckContext, Rule, Violation
from .cues import CUES as _CUES, WORDS

class MonthAbbreviation(Rule):
    """A month abbreviated, or spelled out, against AP style.

    What it does:
        AP style abbreviates Jan., Feb., Aug., Sept., Oct., Nov. and Dec. with a day of the month,
        never March to July, and spells every month out when it stands alone or with a year only.

    Why is this bad?
        House style keeps copy consistent; mixed forms look careless.

    Example:
        It opened December 7, 2023, and closed in Sept. 2024.

    Use instead:
        It opened Dec. 7, 2023, and closed in September 2024.

    Fixes:
        Safe: only the month's spelling changes.
    """

    code = "DC504"
    name = "month-abbreviation"
    severity = Severity.INFO
    default_enabled = False
    languages = ("en",)

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for mention in ctx.mentions:
            st = mention.stated
            if mention.kind != "calendar" or st.month is None:
                continue
            token = _CUES.MONTH_TOKEN.search(ctx.text, mention.start, mention.end)
            if token is None:
                continue
            written = token.group(0)
            full = WORDS.MONTH_NAMES[st.month - 1]
            if st.day is not None:
                wanted = WORDS.AP_MONTH_ABBREVIATIONS.get(st.month, full)
            else:
                wanted = full
            wanted = same_case(written, wanted)
            if written == wanted:
                continue
            if written.lower() == wanted.lower():
                continue
            yield Violation(
                token.start(),
                token.end(),
                f"AP style writes '{wanted}' {'with a day of the month' if st.day else 'without a day'}, not '{written}'",
                (),
                (Suggestion(token.start(), token.end(), wanted, f"Write {wanted}"),),
            )
