"""Decades and centuries: "the 1990s", "the '80s", "the 20th century"."""

from __future__ import annotations

from datetime import date

from .. import timex
from ..model import Grain, Mention, Reading
from .context import Context


def resolve_decade(mention: Mention, anchor: date | None, ctx: Context) -> None:
    st = mention.stated
    assert st.decade is not None
    decade = st.decade
    mention.anchor = None
    if st.two_digit_year:  # "the '80s": the last such decade up to the anchor
        reference = anchor.year if anchor is not None else 2000
        decade = reference // 100 * 10 + decade
        if decade * 10 > reference:
            decade -= 10
    mention.reading = Reading(Grain.DECADE, decade=decade)
    mention.interval = timex.narrow(timex.years_interval(decade * 10, decade * 10 + 9), st.modifier)


def resolve_century(mention: Mention, anchor: date | None, ctx: Context) -> None:
    century = mention.stated.century
    assert century is not None
    mention.anchor = None
    mention.reading = Reading(Grain.CENTURY, century=century)
    mention.interval = timex.years_interval(century * 100, century * 100 + 99)
