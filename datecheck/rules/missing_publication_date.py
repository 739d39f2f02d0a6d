"""DC901 missing-publication-date."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Severity
from .base import CheckContext, Rule, Violation


class MissingPublicationDate(Rule):
    """No publication date could be found for the document.

    What it does:
        Reports, once per file, that neither --published, the front matter, the HTML metadata, a
        dateline nor the file name gives a publication date. The rules that need no anchor
        (calendar facts, arithmetic between written dates) still run.

    Why is this bad?
        Without it, "yesterday", "on Tuesday" and a year-less "Dec. 3" cannot be checked.

    Example:
        ---
        title: Budget vote
        ---
        The council passed the budget Tuesday.   (a Markdown file, no date anywhere)

    Use instead:
        ---
        title: Budget vote
        date: 2024-12-04
        ---
        The council passed the budget Tuesday.
    """

    code = "DC901"
    name = "missing-publication-date"
    severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        if ctx.published is None:
            yield Violation(
                0, 0,
                ctx.say("no publication date: add one to the front matter (date: YYYY-MM-DD) or pass "
                        "--published; relative dates were not checked"),
            )
