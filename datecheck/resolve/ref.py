"""References to now, the past or the future ("now", "recently", "soon"), durations ("three
days") and ages ("45-year-old"): a value, and for "now" the day it stands for."""

from __future__ import annotations

from datetime import date

from .. import timex
from ..model import Mention, Unit
from .context import Context


def resolve_ref(mention: Mention, anchor: date | None, ctx: Context) -> None:
    words = " ".join(mention.text.lower().split())
    if words in ctx.words.PRESENT_REFS:
        mention.value = "PRESENT_REF"
    elif words in ctx.words.FUTURE_REFS:
        mention.value = "FUTURE_REF"
    else:
        mention.value = "PAST_REF"
    if anchor is not None and mention.value == "PRESENT_REF":
        mention.interval = timex.day_interval(anchor)


def resolve_duration(mention: Mention, anchor: date | None, ctx: Context) -> None:
    """A duration or an age: its TIMEX3 value, anchored to nothing."""
    mention.value = duration_value(mention)
    mention.anchor = None


_LETTERS = {Unit.DECADE: ("0Y", "PXDE"), Unit.CENTURY: ("00Y", "PXCE"), Unit.QUARTER: ("Q", None), Unit.WEEKEND: ("WE", None)}


def duration_value(mention: Mention) -> str:
    """The TIMEX3 value of a duration: "P3D", "PT2H", "P20Y" for two decades, "PXY" when vague."""
    assert mention.stated.offset is not None
    unit, amount = mention.stated.offset
    n = "X" if mention.stated.vague_offset else str(abs(amount))
    if unit in (Unit.HOUR, Unit.MINUTE, Unit.SECOND):
        return f"PT{n}{unit[0].upper()}"
    if unit in _LETTERS:
        letters, vague = _LETTERS[unit]
        return vague if n == "X" and vague else f"P{n}{letters}"
    return f"P{n}{unit[0].upper()}"
