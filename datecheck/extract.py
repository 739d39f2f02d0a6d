"""text + publication date -> resolved mentions: the tokenizer, then the links between mentions, then
the resolver."""

from __future__ import annotations

from datetime import date
from types import ModuleType

from .lang import DEFAULT, language
from .model import Flag, Mention, Span
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
    tie = _tables(lang)[0].TIE
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
        if len(gap) > 8 or not tie.match(gap):
            continue
        first.linked, second.linked = second.index, first.index


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


def extract_with_timeline(
    text: str,
    published: date | None = None,
    *,
    published_span: Span | None = None,
    date_order: str | None = None,
    country: str | None = None,
    lang: str = DEFAULT,
) -> tuple[list[Mention], Timeline]:
    """`extract`, with the story's timeline the resolver built (`published_span`: where the
    publication date is written in `text`, if it is)."""
    tables = language(lang)
    date_order = date_order or tables.words.DATE_ORDER
    country = country or tables.holidays.COUNTRY
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
