"""Seasons: "last summer", "this winter", "spring 2024", "in the fall"."""

from __future__ import annotations

from datetime import date

from .. import timex
from ..model import Grain, Mention, Reading, Rel, Tense
from .context import Context

_ORDER = ("WI", "SP", "SU", "FA")
_LAST = frozenset({Rel.LAST, Rel.THIS_PAST})
_NEXT = frozenset({Rel.NEXT, Rel.THIS_COMING})


def _index(year: int, season: str) -> int:
    """Seasons counted in order, a winter counted with the year it ends in."""
    return year * 4 + _ORDER.index(season) if season != "WI" else (year + 1) * 4


def resolve_season(mention: Mention, anchor: date | None, ctx: Context) -> None:
    st = mention.stated
    assert st.season is not None
    if st.year is not None:
        year: int | None = st.year
        mention.anchor = None
    elif anchor is None:
        mention.reading = Reading(Grain.SEASON, season=st.season)
        return
    else:
        year = _year_of(mention, st.season, anchor, ctx)
    if year is None:
        return
    mention.reading = Reading(Grain.SEASON, year, season=st.season)
    mention.interval = timex.narrow(timex.season_interval(year, st.season), st.modifier)


def _year_of(mention: Mention, season: str, anchor: date, ctx: Context) -> int | None:
    """The year that names the season meant, from the season the anchor is in."""
    here = _index(*timex.season_of(anchor))
    # two years back: "last winter" in January is the winter before the one under way
    years = [y for y in range(anchor.year - 2, anchor.year + 2)]
    past = [y for y in years if _index(y, season) < here]
    future = [y for y in years if _index(y, season) > here]
    same = [y for y in years if _index(y, season) == here]
    rel = mention.rel
    if rel in _LAST:
        return max(past, default=None)
    if rel in _NEXT:
        return min(future, default=None)
    if same:
        return same[0]
    tense = ctx.tense(mention)
    if rel == Rel.THIS:
        year = anchor.year if season != "WI" or anchor.month == 12 else anchor.year - 1
        if tense is Tense.FUTURE and _index(year, season) < here:
            year += 1
        return year
    if tense is Tense.FUTURE:
        return min(future, default=None)
    return max(past, default=None)
