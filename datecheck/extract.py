"""text + publication date -> resolved mentions: the tokenizer, then the links between mentions, then
the resolver."""

from __future__ import annotations

import re
from datetime import date

from .model import Flag, Mention, Span
from .resolve import resolve_with_timeline
from .timeline import Timeline
from .tokenize import lower_same_length, tokenize

#: What may stand between a weekday (or holiday, or relative day) and the date it is tied to.
_TIE = re.compile(r"[ \t\xa0]*(?:,|\(|\u2014|\u2013|-|:)?[ \t\xa0]*(?:on[ \t\xa0]+|the[ \t\xa0]+)?\Z")
_TIEABLE = frozenset({"weekday", "holiday", "relative", "relunit", "anaphoric"})
#: What else a date line may hold besides its dates: labels, times, punctuation.
_DATE_LINE_REST = re.compile(
    r"(?:updated|published|posted|last|modified|on|at|and|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]?[scemp][sd]t|et|ist|cet|"
    r"[0-9]{1,2}[:.][0-9]{2}|[\W_]+)*\Z",
    re.IGNORECASE,
)


def link_mentions(text: str, mentions: list[Mention]) -> None:
    """Tie a weekday, holiday or relative day to the date written right beside it.

    "Tuesday, Dec. 3", "Saturday (April 6)", "Christmas Eve, Dec. 23", "yesterday, March 3",
    "last Monday, Oct. 6": each side gets the other's index in ``linked``.
    """
    for first, second in zip(mentions, mentions[1:]):
        if first.linked is not None or second.range_role == "end":
            continue
        if first.kind in _TIEABLE and second.kind == "calendar" and second.stated.day is not None:
            pass
        elif second.kind in ("weekday", "holiday") and first.kind == "calendar" and first.stated.day is not None:
            pass
        else:
            continue
        gap = text[first.end:second.start]
        if len(gap) > 8 or not _TIE.match(gap):
            continue
        first.linked, second.linked = second.index, first.index


_RANGE_GAP = re.compile(r"\s*(?:-|\u2013|\u2014|to|through|until|till|and)\s*\Z", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"(?:between|from)\s+\Z", re.IGNORECASE)


def link_ranges(text: str, mentions: list[Mention]) -> None:
    """Pair two dates written as a range: "from 2011 to 2014", "between March and May"."""
    for first, second in zip(mentions, mentions[1:]):
        if first.range_role or second.range_role or first.kind != "calendar" or second.kind != "calendar":
            continue
        gap = text[first.end:second.start]
        if len(gap) > 10 or not _RANGE_GAP.match(gap):
            continue
        opener = _RANGE_OPENER.search(text, max(0, first.start - 10), first.start)
        word = gap.strip().lower()
        if word in ("to", "through", "until", "till", "and") and opener is None:
            continue
        if word == "and" and not opener.group().lower().startswith("between"):
            continue
        first.range_role, second.range_role = "start", "end"
        first.flags = first.flags | {Flag.RANGE}
        second.flags = second.flags | {Flag.RANGE}


def mark_date_lines(text: str, mentions: list[Mention]) -> None:
    """Flag the mentions that make up a line holding nothing but a date ("24 December 2024")."""
    i = 0
    count = len(mentions)
    while i < count:
        mention = mentions[i]
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        if line_end < 0:
            line_end = len(text)
        j = i
        while j + 1 < count and mentions[j + 1].start < line_end:
            j += 1
        group = mentions[i:j + 1]
        if any(m.kind == "calendar" and m.stated.day is not None for m in group):
            rest = []
            cursor = line_start
            for m in group:
                rest.append(text[cursor:m.start])
                cursor = m.end
            rest.append(text[cursor:line_end])
            if _DATE_LINE_REST.match("".join(rest).strip()):
                for m in group:
                    m.flags = m.flags | {Flag.DATE_LINE}
        i = j + 1


def extract(
    text: str,
    published: date | None = None,
    *,
    date_order: str = "MDY",
    country: str = "US",
) -> list[Mention]:
    """Every date expression in `text`, resolved against `published`.

    Offsets are character offsets into `text`. Without a publication date, explicit dates are
    still resolved; relative ones get TIMEX3 values with ``X`` placeholders.
    """
    return extract_with_timeline(text, published, date_order=date_order, country=country)[0]


def extract_with_timeline(
    text: str,
    published: date | None = None,
    *,
    published_span: Span | None = None,
    date_order: str = "MDY",
    country: str = "US",
) -> tuple[list[Mention], Timeline]:
    """`extract`, with the story's timeline the resolver built (`published_span`: where the
    publication date is written in `text`, if it is)."""
    low = lower_same_length(text)
    mentions = tokenize(text, low)
    link_mentions(text, mentions)
    link_ranges(text, mentions)
    mark_date_lines(text, mentions)
    timeline = resolve_with_timeline(
        mentions, text, low, published, date_order=date_order, country=country, published_span=published_span
    )
    return mentions, timeline
