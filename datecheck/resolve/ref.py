"""References to now, the past or the future ("now", "recently", "soon"), durations ("three
days") and ages ("45-year-old"): a reading, and for "now" the day it stands for."""

from __future__ import annotations

from datetime import date

from .. import timex
from ..model import Mention, Reading, Ref
from .context import Context


def resolve_ref(mention: Mention, anchor: date | None, ctx: Context) -> None:
    words = " ".join(mention.text.lower().split())
    if words in ctx.words.PRESENT_REFS:
        mention.reading = Reading(ref=Ref.PRESENT)
    elif words in ctx.words.FUTURE_REFS:
        mention.reading = Reading(ref=Ref.FUTURE)
    else:
        mention.reading = Reading(ref=Ref.PAST)
    if anchor is not None and mention.reading.ref is Ref.PRESENT:
        mention.interval = timex.day_interval(anchor)


def resolve_duration(mention: Mention, anchor: date | None, ctx: Context) -> None:
    """A duration or an age: its amount and unit, anchored to nothing."""
    mention.reading = duration_reading(mention)
    mention.anchor = None


def duration_reading(mention: Mention) -> Reading:
    """The unit and amount a duration states: two decades, three days; no amount when vague."""
    assert mention.stated.offset is not None
    unit, amount = mention.stated.offset
    return Reading(duration=(unit, None if mention.stated.vague_offset else abs(amount)))


def duration_value(mention: Mention) -> str:
    """The TIMEX3 value of a duration: "P3D", "PT2H", "P20Y" for two decades, "PXY" when vague."""
    return timex.timex_value(duration_reading(mention))
