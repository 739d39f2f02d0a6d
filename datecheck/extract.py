"""text + publication date -> resolved mentions: the tokenizer, then the links between mentions, then
the resolver."""

from __future__ import annotations

import re
from datetime import date
from types import ModuleType

from .collector import without_collections
from .lang import DEFAULT, language
from .model import Flag, Mention, Span
from .patterns import DATELINE_AFTER, after_dateline_place
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


#: What Markdown leaves of its inline markup in the prose: emphasis and the brackets of a link.
_MARKUP = re.compile(r"[*_\[\]]+")
_BLANKS = re.compile(r"\s+")
#: The longest stretch between two mentions read for a tie (a masked link target may stand there).
_TIE_REACH = 300


def tie_gap(text: str, start: int, end: int) -> str | None:
    """The text between two mentions as a reader sees it: inline markup dropped ("*Friday*, [Feb.
    7](url)"), a line break read as a blank ("Tuesday,\nOct. 9"); None when the two are farther
    apart than a tie can be, or a paragraph lies between."""
    gap = text[start:end]
    if len(gap) <= 8 and "\n" not in gap and "\r" not in gap and "*" not in gap and "_" not in gap \
            and "[" not in gap and "]" not in gap:
        return gap
    if end - start > _TIE_REACH or gap.count("\n") + gap.count("\r") - gap.count("\r\n") > 1:
        return None
    if "]" in gap:  # a link's target, masked to blanks, follows its text
        gap = _BLANKS.sub(" ", _MARKUP.sub("", gap))
    else:
        gap = _MARKUP.sub("", gap).replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return gap if len(gap) <= 8 else None


def link_mentions(text: str, mentions: list[Mention], lang: str = DEFAULT) -> None:
    """Tie a weekday, holiday or relative day to the date written right beside it.

    "Tuesday, Dec. 3", "Saturday (April 6)", "Christmas Eve, Dec. 23", "yesterday, March 3",
    "last Monday, Oct. 6", "Oct. 14, a Friday": each side gets the other's index in ``linked``.
    A holiday written before a weekday and its date ("Labor Day, Tuesday, Sept. 2") is tied to
    that date too (one way: the date stays tied to its weekday).
    """
    cues = _tables(lang)[0]
    tie, tie_after = cues.TIE, cues.TIE_AFTER
    count = len(mentions)
    for first, second in zip(mentions, mentions[1:]):
        if first.linked is not None or second.range_role == "end":
            continue
        if first.kind in _TIEABLE and second.kind == "calendar" and second.stated.day is not None:
            pattern = tie
            if _counted_from(mentions, first):
                counted = mentions[first.index - 1]
                if counted.linked is None and _ties(text, first, second, tie):
                    counted.linked, second.linked = second.index, counted.index
                continue  # "the day after Thanksgiving, Nov. 28": the date is the day after
        elif second.kind in ("weekday", "holiday") and first.kind == "calendar" and first.stated.day is not None:
            pattern = tie_after
            third = mentions[second.index + 1] if second.index + 1 < count else None
            if third is not None and third.kind == "calendar" and third.stated.day is not None \
                    and _ties(text, second, third, tie):
                continue  # "ended July 3 on Wednesday, July 28": the weekday has its own date
            if cues.POSSESSIVE_AFTER.match(text, second.end):
                continue  # "On Sept. 3, Monday's crowd": the weekday owns a noun
            if DATELINE_AFTER.match(text, first.end) and after_dateline_place(text, first.start):
                continue  # "DENVER, March 5 - Tuesday, the board ...": the dateline dates the filing
        else:
            continue
        gap = tie_gap(text, first.end, second.start)
        if (gap is None or not pattern.match(gap)) and not _held_on(text, first, second, cues):
            continue
        gap = gap or ""
        if first.kind == "weekday" and _weekday_range(text, mentions, first, second, cues, language(lang).words):
            continue
        if second.kind == "weekday" and first.range_role == "end" and _weekdays_after_range(text, mentions, first,
                                                                                             second, cues):
            continue
        if first.kind == "holiday" and all(ch.isspace() or ch.isalpha() for ch in gap) \
                and cues.FOR_HOLIDAY.search(text, max(0, first.start - 12), first.start):
            continue  # "breaks for Easter April 9": the break starts that day, it does not date Easter
        first.linked, second.linked = second.index, first.index
    _link_holidays_through_weekdays(text, mentions, cues)


def _held_on(text: str, first: Mention, second: Mention, cues: ModuleType) -> bool:
    """Words between a date and its weekday that tie them: "the May 9 vigil, held Saturday" (an
    event named by its date, then the weekday it is held), "Oct. 9, which is a Thursday"; or a time
    between a weekday and its date: "Tuesday at 7 p.m., Oct. 9"."""
    if second.start - first.end > 40:
        return False
    if first.kind == "weekday" and second.kind == "calendar":
        return cues.AT_TIME.match(text, first.end, second.start) is not None
    if first.kind != "calendar" or second.kind != "weekday":
        return False
    if cues.WHICH_IS.match(text, first.end, second.start):
        return True
    return cues.HELD_ON.match(text, first.end, second.start) is not None and \
        cues.EVENT_ARTICLE.search(text, max(0, first.start - 5), first.start) is not None


def _counted_from(mentions: list[Mention], named: Mention) -> bool:
    """Whether a named day is only the day counted from ("the day after Thanksgiving", "the week
    before Easter"): a date written after it dates the day counted to."""
    if named.index == 0:
        return False
    before = mentions[named.index - 1]
    return before.kind == "anaphoric" and Flag.OF_NEXT in before.flags and before.end <= named.start


def _ties(text: str, first: Mention, second: Mention, pattern: re.Pattern[str]) -> bool:
    gap = tie_gap(text, first.end, second.start)
    return gap is not None and pattern.match(gap) is not None


def _link_holidays_through_weekdays(text: str, mentions: list[Mention], cues: ModuleType) -> None:
    """"Veterans Day (Thursday, Nov. 10)", "Labor Day, Tuesday, Sept. 2": the holiday is dated by
    the date its weekday is tied to."""
    for holiday, weekday in zip(mentions, mentions[1:]):
        if holiday.kind != "holiday" or holiday.linked is not None or weekday.kind != "weekday":
            continue
        if weekday.linked is None or weekday.linked <= weekday.index or weekday.rel is not None:
            continue
        if _ties(text, holiday, weekday, cues.TIE) and not cues.FOR_HOLIDAY.search(
                text, max(0, holiday.start - 12), holiday.start):
            holiday.linked = weekday.linked


#: Between weekdays in a list: "Friday, Saturday and Sunday", "Friday/Saturday".
_LIST_MARK = re.compile(r"\s*[,/]\s*")
#: Before a weekday, the mark that ends a range of days whose start was not read as one ("Fri-Sun"):
#: the word before it is looked up in the language's weekday names.
_AFTER_RANGE_MARK = re.compile(r"([A-Za-z]+)\.?[-\u2013/]\Z")


def _joined(gap: str, cues: ModuleType) -> bool:
    """Whether `gap` joins two weekdays in a range or a list."""
    if len(gap) > 12:
        return False
    return bool(cues.RANGE_GAP.match(gap) or _LIST_MARK.fullmatch(gap))


def _after_an_unread_weekday(text: str, start: int, words: ModuleType) -> bool:
    mark = _AFTER_RANGE_MARK.search(text, max(0, start - 12), start)
    if mark is None:
        return False
    word = mark.group(1).lower()
    return word in words.WEEKDAYS or word in words.WEEKDAY_ABBREVIATIONS


def _weekday_range(text: str, mentions: list[Mention], weekday: Mention, dated: Mention, cues: ModuleType,
                   words: ModuleType) -> bool:
    """Whether `weekday` ends a range or a list of weekdays ("Friday through Monday, June 28-July 1",
    "Friday, Saturday and Sunday, Oct. 10-12", "Fri-Sun, Oct. 10-12"): the first and the last
    weekday are then tied to the ends of a range of dates written right after, and the others (and
    both, when no range follows) to nothing."""
    opening = weekday
    while opening.index > 0:
        before = mentions[opening.index - 1]
        if before.kind != "weekday" or before.rel is not None or not _joined(text[before.end:opening.start], cues):
            break
        opening = before
    if opening is weekday and not _after_an_unread_weekday(text, weekday.start, words):
        return False
    end = mentions[dated.index + 1] if dated.index + 1 < len(mentions) else None
    if dated.range_role == "start" and end is not None and end.range_role == "end" and opening.linked is None:
        if opening is not weekday:
            opening.linked, dated.linked = dated.index, opening.index
        weekday.linked, end.linked = end.index, weekday.index
    return True


def _weekdays_after_range(text: str, mentions: list[Mention], end: Mention, weekday: Mention,
                          cues: ModuleType) -> bool:
    """Whether `weekday` opens a list or a range of weekdays written after a range of dates whose end
    is `end` ("Oct. 8-9, Friday and Saturday", "June 6-8 (Friday through Sunday)"): the first weekday
    is then tied to the range's start and the last to its end, the others to nothing. A weekday
    written alone after a range is left to the usual tie."""
    closing = weekday
    while closing.index + 1 < len(mentions):
        after = mentions[closing.index + 1]
        if after.kind != "weekday" or after.rel is not None or not _joined(text[closing.end:after.start], cues):
            break
        closing = after
    if closing is weekday:
        return False
    start = mentions[end.index - 1] if end.index > 0 else None
    if start is not None and start.range_role == "start" and start.linked is None and start.stated.day is not None:
        weekday.linked, start.linked = start.index, weekday.index
        closing.linked, end.linked = end.index, closing.index
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
    cues = _tables(lang)[0]
    date_line_rest, wrapped_before, stamp = cues.DATE_LINE_REST, cues.WRAPPED_BEFORE, cues.STAMP_LABEL
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
            label = "".join(rest).strip()
            if date_line_rest.match(label) and not _wrapped(text, line_start, line_end, wrapped_before):
                flags = {Flag.DATE_LINE, Flag.STAMP_LINE} if stamp.search(label) else {Flag.DATE_LINE}
                for m in group:
                    m.flags = m.flags | flags
        i = j + 1


def _wrapped(text: str, start: int, end: int, wrapped_before: re.Pattern[str]) -> bool:
    """Whether the line text[start:end] is a piece of a sentence wrapped over lines: it ends in a
    comma, the next line goes on in lower case, or the line before stops on a word that needs
    what follows ("the flood of\nApril 9, 1965\nwill be inspected"), blank lines between or not
    ("is dated\n\nNov. 3, 1917\n\nand the last ...": the sentence goes on past them)."""
    if text[start:end].rstrip().endswith(","):
        return True
    following = text[end:end + 200].lstrip(" \t\xa0\r\n")
    if following[:1].islower():
        return True
    before = len(text[max(0, start - 200):start].rstrip(" \t\xa0\r\n")) + max(0, start - 200)
    if before == 0:
        return False
    return wrapped_before.search(text, max(0, before - 16), before) is not None


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


@without_collections
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
