"""What every rule shares: the Rule class, the Violation a rule yields, and the CheckContext it reads.

A rule looks at one document's resolved mentions (and, where it must, at the words around them)
and yields Violations: a span, a message naming both sides of the conflict, the related spans and
the suggested replacements. The engine stamps the rule's code, name and severity on each and
turns offsets into lines and columns, so a rule cannot mislabel what it reports.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from operator import attrgetter
from typing import Any, ClassVar

from .. import messages
from ..lang import NAMES, language
from ..messages import say
from ..model import Flag, Kind, Mention, PublicationDate, Related, Severity, Stated, Suggestion
from ..tense import clause_tense
from ..text import Segments, segments_of
from ..timeline import Timeline
from .gated import Places, gated

_start = attrgetter("start")  # a mention's start, for sorting


@dataclass(frozen=True, slots=True)
class Violation:
    start: int
    end: int
    message: str
    related: tuple[Related, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()


class Rule:
    """One check. Subclasses set the class attributes and implement `check`.

    The docstring of a rule is its documentation: a one-line summary, then the sections
    "What it does", "Why is this bad?", "Example" and "Use instead" (``datecheck rule CODE``).
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    #: House-style rules are off unless selected.
    default_enabled: ClassVar[bool] = True
    #: The languages whose stories the rule reads (None: every language). The house-style rules
    #: apply English style (AP) and stay quiet on other languages.
    languages: ClassVar[tuple[str, ...] | None] = None
    #: Needs the publication date; without it the rule stays quiet.
    needs_publication_date: ClassVar[bool] = False
    #: Options a config file may set: name -> (type, default, lowest, highest, what it does).
    options: ClassVar[dict[str, tuple[type, Any, Any, Any, str]]] = {}

    def option(self, ctx: "CheckContext", name: str) -> Any:
        """This rule's option `name`: the config's value, or the default."""
        return ctx.options.get(self.name, {}).get(name, self.options[name][1])

    def check(self, ctx: "CheckContext") -> Iterator[Violation]:  # pragma: no cover - abstract
        raise NotImplementedError

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0]

    @classmethod
    def documentation(cls) -> str:
        import inspect

        doc = inspect.cleandoc(cls.__doc__ or "")
        if cls.options:
            lines = ["", "Options:"]
            for name, (kind, default, low, high, help_text) in cls.options.items():
                lines.append(f"    {name} = {default!r}   ({kind.__name__} from {low} to {high}) {help_text}")
            lines.append(f"    set in a config file under [rules.{cls.name}] (or [tool.datecheck.rules.{cls.name}])")
            doc += "\n" + "\n".join(lines)
        if cls.languages is not None:
            names = " and ".join(NAMES.get(code, code) for code in cls.languages)
            doc += f"\n\nLanguages:\n    {names} only: stories in other languages are not checked by this rule."
        return doc


@dataclass
class CheckContext:
    """One document as the rules see it."""

    text: str  # the original text (offsets point into it)
    prose: str  # the text with non-prose masked, same length
    low: str  # `prose` lower-cased, same length
    mentions: list[Mention]
    published: PublicationDate | None
    country: str = "US"
    date_order: str = "MDY"
    front_matter: dict[str, object] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)  # rule name -> option -> value
    #: The story's dated sections and the days it names, as the resolver built them (the engine
    #: passes that one on); a context made without one gets the timeline of its mentions.
    timeline: Timeline = None  # type: ignore[assignment]
    #: The language the story is read in, and the one its messages are written in.
    lang: str = "en"
    messages: str = "en"

    def __post_init__(self) -> None:
        if self.timeline is None:
            published = self.published
            span = published.span if published else None
            self.timeline = Timeline.of(self.mentions, published.date if published else None, span)

    # --- the story's language and the messages' ------------------------------------------------

    # (looked up once per document: rules ask for them at every mention they read)

    @cached_property
    def cues(self) -> Any:
        """The words the rules look for (``lang/<code>/rule_cues.py``), in the story's language."""
        return language(self.lang).rule_cues

    @cached_property
    def words(self) -> Any:
        """Month and weekday names (``lang/<code>/words.py``), in the story's language."""
        return language(self.lang).words

    @cached_property
    def numbers(self) -> Any:
        """Numbers in words (``lang/<code>/numbers.py``), in the story's language."""
        return language(self.lang).numbers

    def say(self, template: str, **fields: object) -> str:
        """A message or a suggestion's label in the messages' language (``datecheck.messages``)."""
        return say(self.messages, template, **fields)

    def short_day(self, day: date) -> str:
        """ "Dec. 3, 2024", in the messages' language."""
        return short_day(day) if self.messages == "en" else messages.short_day(day, self.messages)

    def day_text(self, day: date) -> str:
        """ "Tuesday, Dec. 3, 2024", in the messages' language."""
        return day_text(day) if self.messages == "en" else messages.long_day(day, self.messages)

    def weekday_name(self, weekday: int) -> str:
        """A weekday's name (Monday = 0) in the messages' language."""
        return language(self.messages).words.WEEKDAY_NAMES[weekday]

    # --- time -------------------------------------------------------------------------------

    def now_at(self, offset: int) -> date | None:
        """The date the text at `offset` is written from: the publication date, or the date line
        above it (a teaser or live-blog entry under its own date)."""
        return self.timeline.now_at(offset)

    def under_date_line(self, offset: int) -> bool:
        """Whether `offset` lies in a section opened by a date line other than the publication's own."""
        return self.timeline.under_date_line(offset)

    # --- text around a mention --------------------------------------------------------------

    @cached_property
    def segments(self) -> Segments:
        """The sentences, clauses and paragraphs of the prose, found once (and shared with the
        resolver, which asked for those of the same lower-cased text)."""
        return segments_of(self.low, self.lang)

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end of the sentence holding `offset` (a blank line always ends one)."""
        return self.segments.sentence_at(offset)

    def sentence(self, offset: int) -> str:
        start, end = self.sentence_bounds(offset)
        return self.prose[start:end]

    def paragraph_bounds(self, offset: int) -> tuple[int, int]:
        return self.segments.paragraph_at(offset)

    def clause_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end of the clause holding `offset`."""
        return self.segments.clause_at(offset)

    def before(self, offset: int, chars: int = 60, *, sentence: bool = True, clause: bool = False) -> str:
        """Lower-cased text just before `offset`, at most `chars` of it, cut at the sentence start
        (at the clause start with `clause`)."""
        start = max(0, offset - chars)
        if clause:
            start = max(start, self.clause_bounds(offset)[0])
        elif sentence:
            start = max(start, self.sentence_bounds(offset)[0])
        return self.low[start:offset]

    def after(self, offset: int, chars: int = 60, *, sentence: bool = True, clause: bool = False) -> str:
        """Lower-cased text just after `offset`, at most `chars` of it, cut at the sentence end (at
        the clause end with `clause`)."""
        end = min(len(self.low), offset + chars)
        if clause:
            end = min(end, max(offset, self.clause_bounds(max(0, offset - 1))[1]))
        elif sentence:
            end = min(end, max(offset, self.sentence_bounds(max(0, offset - 1))[1]))
        return self.low[offset:end]

    def tense(self, mention: Mention) -> str:
        return clause_tense(self.low, mention.start, mention.end, self.segments, self.lang).value

    def tense_at(self, start: int, end: int) -> str:
        return clause_tense(self.low, start, end, self.segments, self.lang).value

    def in_quotes(self, offset: int) -> bool:
        """Whether `offset` stands inside a quotation (an odd number of quote marks before it in its
        paragraph)."""
        return self.segments.quote_open_at(offset)

    def written_days(self) -> Iterator[tuple[Mention, date, date]]:
        """Each date written down to the day (not a range end, not a date line) that exists, with
        the day it denotes and the story's date at that point: what the tense rules compare."""
        calendar, date_line = Kind.CALENDAR, Flag.DATE_LINE  # looked up once, not per mention
        for mention in self.of_kind(calendar):
            st = mention.stated
            if not mention.valid or st.day is None or st.month is None:
                continue
            if mention.range_role is not None or date_line in mention.flags:
                continue
            day, now = mention.resolved_date, self.now_at(mention.start)
            if day is not None and now is not None:
                yield mention, day, now

    @cached_property
    def _starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    @cached_property
    def memo(self) -> dict[object, Any]:
        """What a rule's helpers find once per document from its mentions (an index), by a key of
        their own."""
        return {}

    def with_mentions(self, mentions: list[Mention]) -> "CheckContext":
        """This document with only `mentions` (in text order): the indexes of the mentions are
        found anew, the text's own (its segments) are shared."""
        view = copy.copy(self)
        for name in ("_starts", "memo", "_by_kind"):
            view.__dict__.pop(name, None)
        view.mentions = mentions
        return view

    def of_kind(self, *kinds: str) -> list[Mention]:
        """The mentions of these kinds, in text order: found once per document for each choice of
        kinds, and shared by the rules that read only those (most mentions are of other kinds)."""
        key = ("of_kind", kinds)
        found = self.memo.get(key)
        if found is None:
            by_kind = self._by_kind
            runs = [by_kind[kind] for kind in kinds if kind in by_kind]
            # each run is in text order: one run is the answer, several are merged by their starts
            found = runs[0] if len(runs) == 1 else sorted((m for run in runs for m in run), key=_start)
            self.memo[key] = found
        return found

    @cached_property
    def _by_kind(self) -> dict[str, list[Mention]]:
        """The mentions of each kind, in text order (one pass over them, for `of_kind`)."""
        by_kind: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            run = by_kind.get(mention.kind)
            if run is None:
                run = by_kind[mention.kind] = []
            run.append(mention)
        return by_kind

    def positions_of(self, *kinds: str) -> list[tuple[int, Mention]]:
        """(position in `mentions`, mention) of the mentions of these kinds, in text order (found
        once, as `of_kind`): for a rule that reads a mention's neighbours too."""
        key = ("positions_of", kinds)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = [(i, m) for i, m in enumerate(self.mentions) if m.kind in kinds]
        return found

    def starts_of(self, *kinds: str) -> list[int]:
        """Where each mention of `of_kind(*kinds)` starts, in the same order (found once): to count or
        find the mentions of those kinds in a stretch by bisection."""
        key = ("starts_of", kinds)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = [m.start for m in self.of_kind(*kinds)]
        return found

    def places(self, cue: re.Pattern[str]) -> Places:
        """Where the words `cue` needs lie in the lower-cased prose (found once per document, and
        shared by the cues that need the same words)."""
        gate = gated(cue)
        found = self.memo.get(("places", gate.words_within))
        if found is None:
            found = self.memo[("places", gate.words_within)] = Places(gate, self.low)
        return found

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The mentions lying wholly within [start, end)."""
        first = bisect_left(self._starts, start)
        last = bisect_right(self._starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def mentions_starting(self, start: int, end: int) -> list[Mention]:
        """The mentions that start within [start, end), in order (found by bisection)."""
        starts = self._starts
        return self.mentions[bisect_left(starts, start):bisect_left(starts, end)]

    def mention_at(self, index: int | None) -> Mention | None:
        if index is None or not 0 <= index < len(self.mentions):
            return None
        return self.mentions[index]

    def related(self, mention: Mention, label: str) -> Related:
        return Related(mention.start, mention.end, self.text[mention.start:mention.end], label)

    def publication_related(self) -> tuple[Related, ...]:
        """The publication date as the other side of a conflict, pointing at where it is written."""
        if self.published is None:
            return ()
        label = self.say("published {date} ({source})", date=self.published.date.isoformat(),
                         source=self.published.source)
        span = self.published.span
        if span is not None and span.end <= len(self.text):
            start, end = span.start, span.end
            if self.published.source.startswith("front-matter:"):
                # point at the value of the key, not the whole front matter block
                value = front_matter_value(self.published.source.split(":", 1)[1])
                found = value.search(self.text, start, end)
                if found:
                    start, end = found.start(1), found.end(1)
            return (Related(start, end, self.text[start:end], label),)
        return (Related(0, 0, "", label),)


def front_matter_value(key: str) -> re.Pattern[str]:
    """A front matter line giving `key` a value, the value in group 1: up to its closing quote, or to its
    last character that is not a blank (a shortest value with blanks after it was tried at every blank
    of a long run)."""
    return re.compile(
        rf"^[ \t]*{re.escape(key)}[ \t]*[:=][ \t]*+[\"']?([^\"'\r\n]+(?=[\"'][ \t]*\r?$)|[^\"'\r\n]*[^\"'\r\n \t])"
        r"[\"']?[ \t]*\r?$",
        re.M,
    )


def whole_years_since(st: Stated, year: int, now: date) -> set[int]:
    """How many whole years lie between a date written as `st` (in `year`) and `now`: one count
    when the day is written, and two when the birthday or anniversary may not have come yet."""
    if st.month is not None and st.day is not None:
        return {now.year - year - (1 if (now.month, now.day) < (st.month, st.day) else 0)}
    if st.month is not None:
        possible = {now.year - year - (1 if now.month < st.month else 0)}
        if now.month == st.month:
            possible.add(now.year - year - 1)
        return possible
    return {now.year - year - 1, now.year - year}


def written_weekday(ctx: CheckContext, weekday: Mention, possessive: bool = False) -> str:
    """The weekday's own word in a weekday mention ("martes" in "el martes"): the first word that is a
    weekday name or abbreviation of the story's language, else the first word (with `possessive`,
    less an "'s": "Wednesday's")."""
    words = ctx.text[weekday.start:weekday.end].split()
    names = ctx.words
    for word in words:
        for form in (word, word.rstrip("'\u2019s")) if possessive else (word,):
            bare = form.lower().strip(".,;:()")
            if bare in names.WEEKDAYS or bare in names.WEEKDAY_ABBREVIATIONS:
                return form
    if not words:
        return ""
    return words[0].rstrip("'\u2019s") if possessive else words[0]


def day_text(day: date) -> str:
    """A date for a message, AP style: "Tuesday, Dec. 3, 2024"."""
    from ..lexicon import AP_MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES

    month = AP_MONTH_ABBREVIATIONS.get(day.month, MONTH_NAMES[day.month - 1])
    return f"{WEEKDAY_NAMES[day.weekday()]}, {month} {day.day}, {day.year}"


def short_day(day: date) -> str:
    """ "Dec. 3, 2024" """
    from ..lexicon import AP_MONTH_ABBREVIATIONS, MONTH_NAMES

    month = AP_MONTH_ABBREVIATIONS.get(day.month, MONTH_NAMES[day.month - 1])
    return f"{month} {day.day}, {day.year}"
