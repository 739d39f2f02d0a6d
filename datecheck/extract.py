"""text + publication date -> resolved mentions: the tokenizer, then the links between mentions, then
the resolver."""

from __future__ import annotations

from datetime import date
from types import ModuleType

from .collector import fewer_collections
from .lang import DEFAULT, language
from .model import Flag, Mention, Span
from .patterns import after_dateline_place
from .resolve import resolve_with_timeline
from .timeline import Timeline
from .scan import lower_same_length, tokenize

_TIEABLE = frozenset({"weekday", "holiday", "relative", "relunit", "anaphoric"})
_TABLES: dict[str, tuple[ModuleType, ModuleType]] = {}


def _tables(lang: str) -> tuple[ModuleType, ModuleType]:
    """The cue patterns and relation words of language `lang`, looked up once."""
    found = _TABLES.get(lang)
    if found is None:
        found = _TABLES[lang] = (language(lang).rule_cues, language(lang).relative)
    return found


def link_mentions(text: str, mentions: list[Mention], lang: str = DEFAULT) -> None:
    """Tie a weekday, holiday or relative day to the date written right beside it.

    "Tuesday, Dec. 3", "Saturday (April 6)", "Christmas Eve, Dec. 23", "yesterday, March 3",
    "last Monday, Oct. 6": each side gets the other's index in ``linked``.
    """
    cues = _tables(lang)[0]
    tie = cues.TIE
    describing = getattr(cues, "DATE_TO_WEEKDAY", tie)  # a language without one ties as it ties a weekday before
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
        if len(gap) > 8 or not (describing if first.kind == "calendar" else tie).match(gap):
            continue  # after a date, only a weekday that describes it: "Aug. 8, 1925, a Saturday"
        if first.kind == "calendar" and _dates_after(text, mentions, second, tie):
            continue  # "... July 3 (Wednesday, July 28)": the weekday is July 28's
        if first.kind == "weekday" and _weekday_range(text, mentions, first, second, cues):
            continue
        if first.kind == "holiday" and all(ch.isspace() or ch.isalpha() for ch in gap) \
                and cues.FOR_HOLIDAY.search(text, max(0, first.start - 12), first.start):
            continue  # "breaks for Easter April 9": the break starts that day, it does not date Easter
        first.linked, second.linked = second.index, first.index


def _dates_after(text: str, mentions: list[Mention], weekday: Mention, tie) -> bool:  # type: ignore[no-untyped-def]
    """Whether a weekday after a date belongs to a date it is tied to after it ("July 3 (Wednesday,
    July 28)")."""
    following = mentions[weekday.index + 1] if weekday.index + 1 < len(mentions) else None
    if following is None or following.kind != "calendar" or following.stated.day is None:
        return False
    between = text[weekday.end:following.start]
    return len(between) <= 8 and tie.match(between) is not None


def _weekday_range(text: str, mentions: list[Mention], weekday: Mention, dated: Mention, cues: ModuleType) -> bool:
    """Whether `weekday` ends a range of weekdays ("Friday through Monday, June 28-July 1"): each
    weekday is then tied to its end of a range of dates written right after, or to nothing."""
    if weekday.index == 0:
        return False
    opening = mentions[weekday.index - 1]
    gap = text[opening.end:weekday.start]
    if opening.kind != "weekday" or len(gap) > 10 or not cues.RANGE_GAP.match(gap):
        return False
    end = mentions[dated.index + 1] if dated.index + 1 < len(mentions) else None
    if dated.range_role == "start" and end is not None and end.range_role == "end" and opening.linked is None:
        opening.linked, dated.linked = dated.index, opening.index
        weekday.linked, end.linked = end.index, weekday.index
    return True


def link_ranges(text: str, mentions: list[Mention], lang: str = DEFAULT) -> None:
    """Pair two dates written as a range: "from 2011 to 2014", "between March and May"."""
    cues, rel = _tables(lang)
    for first, second in zip(mentions, mentions[1:]):
        if first.range_role or second.range_role or first.kind != "calendar" or second.kind != "calendar":
            continue
        gap = text[first.end:second.start]
        if len(gap) > 10 or not cues.RANGE_GAP.match(gap):
            continue
        opener = cues.RANGE_OPENER.search(text, max(0, first.start - 10), first.start)
        word = gap.strip().lower()
        if (word in rel.RANGE_WORDS or word == rel.PAIR_WORD) and opener is None:
            continue  # "in 2011 to …" is no range without "from" or "between"
        if word == rel.PAIR_WORD and rel.RANGE_OPENERS.get(opener.group().split()[0].lower()) != "between":
            continue
        if not word.isalpha() and (first.stated.month is None) != (second.stated.month is None):
            continue  # "1991 - June 7": a year, then a day in it (a label), not a range
        if gap[:1].isspace() and not word.isalpha() and after_dateline_place(text, first.start, True):
            continue  # "BOISE, June 12 - May 30 end ...": a wire dateline's dash
        first.range_role, second.range_role = "start", "end"
        first.flags = first.flags | {Flag.RANGE}
        second.flags = second.flags | {Flag.RANGE}


def mark_date_lines(text: str, mentions: list[Mention], lang: str = DEFAULT) -> None:
    """Flag the mentions that make up a line holding nothing but a date ("24 December 2024")."""
    date_line_rest = _tables(lang)[0].DATE_LINE_REST
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
            if date_line_rest.match("".join(rest).strip()):
                for m in group:
                    m.flags = m.flags | {Flag.DATE_LINE}
        i = j + 1


def extract(
    text: str,
    published: date | None = None,
    *,
    date_order: str | None = None,
    country: str | None = None,
    lang: str = DEFAULT,
    language: str | None = None,
) -> list[Mention]:
    """Every date expression in `text`, resolved against `published`.

    Offsets are character offsets into `text`. Without a publication date, explicit dates are
    still resolved; relative ones get TIMEX3 values with ``X`` placeholders. `lang` is the
    language the text is read in ("en", "es", "de"); the order of numeric dates and the country
    whose holidays are meant default to the language's (month first and US for English, day first
    and Spain or Germany for Spanish and German).
    """
    lang = language or lang  # `language` is the public name of the setting
    return extract_with_timeline(text, published, date_order=date_order, country=country, lang=lang)[0]


@fewer_collections
def extract_with_timeline(
    text: str,
    published: date | None = None,
    *,
    published_span: Span | None = None,
    date_order: str | None = None,
    country: str | None = None,
    lang: str = DEFAULT,
    low: str | None = None,
) -> tuple[list[Mention], Timeline]:
    """`extract`, with the story's timeline the resolver built (`published_span`: where the
    publication date is written in `text`, if it is; `low`: `text` lower-cased, when the caller
    has it)."""
    tables = language(lang)
    date_order = date_order or tables.words.DATE_ORDER
    country = country or tables.holidays.COUNTRY
    if low is None:
        low = lower_same_length(text)
    mentions = tokenize(text, low, lang)
    link_mentions(text, mentions, lang)
    link_ranges(text, mentions, lang)
    mark_date_lines(text, mentions, lang)
    timeline = resolve_with_timeline(
        mentions, text, low, published, date_order=date_order, country=country, lang=lang,
        published_span=published_span,
    )
    return mentions, timeline
