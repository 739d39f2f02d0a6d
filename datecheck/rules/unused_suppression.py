"""DC902 unused-suppression."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Severity
from .base import CheckContext, Rule, Violation


class UnusedSuppression(Rule):
    """A suppression comment that silences nothing.

    What it does:
        Reports a `<!-- datecheck-disable... -->` comment or a `datecheck: ignore[...]` note that
        covered no finding in this run, names a rule that does not exist, or cannot be read (a
        misspelled directive, an unclosed bracket or comment, codes without brackets), and an
        enable comment that ends no disable comment. The engine reports it after the other rules
        have run; a suppression naming a rule that was not selected in this run is not reported.

    Why is this bad?
        Suppressions outlive the text they were written for; a stale one will hide the next real
        error on that line.

    Example:
        (published Jan. 5, 2026)
        <!-- datecheck-disable-next-line DC201 -->
        The fire began on Jan. 2, 2026.

    Use instead:
        The fire began on Jan. 2, 2026.
    """

    code = "DC902"
    name = "unused-suppression"
    severity = Severity.INFO

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        return iter(())  # the engine reports unused suppressions once the findings are known
