"""What every resolver reads besides the mention it resolves: the text, the other mentions, the
document's timeline and the settings. Read-only for the resolvers; only the dispatcher adds to the
timeline, after each mention is resolved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from types import ModuleType

from ..model import Kind, Mention, Tense, Unit
from ..tense import UNREAD, clause_tense, read_run
from ..text import Segments, segments_of
from ..timeline import Timeline


_VALUES = {tense: tense.value for tense in Tense}  # a dict lookup is cheaper than the enum's property


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    low: str  # `text` lower-cased, same length
    mentions: Sequence[Mention]
    timeline: Timeline
    words: ModuleType  # the language's resolve module: datecheck/lang/<code>/resolve.py
    date_order: str = "MDY"
    country: str = "US"
    lang: str = "en"
    #: The segments of `low`, looked up once per document (the rules read the same ones).
    segments: Segments | None = None

    #: The tenses `read_run` answered for the mentions, by index (made on the first question).
    answers: list[object] = field(default_factory=list)

    def tense(self, mention: Mention) -> Tense:
        """The tense of the clause `mention` stands in (kept on the mention). The mentions of a
        sentence are answered in one run the first time one of them asks (a list of dates is
        mostly clauses with nothing to read); what the run leaves open is read on its own."""
        answers, index = self.answers, mention.index
        if not answers:
            answers.extend([UNREAD] * len(self.mentions))
        found = answers[index] if 0 <= index < len(answers) and self.mentions[index] is mention else None
        if found is UNREAD:
            read_run(self.low, self._segments(), self.mentions, index, answers, self.lang)
            found = answers[index]
        if found is None:
            found = clause_tense(self.low, mention.start, mention.end, self._segments(), self.lang)
        mention.tense = _VALUES[found]  # type: ignore[index]
        return found  # type: ignore[return-value]

    def _segments(self) -> Segments:
        return self.segments if self.segments is not None else segments_of(self.low, self.lang)

    def narrative_anchor(self, mention: Mention, unit: str = Unit.DAY) -> tuple[date | None, str | None]:
        """The first day of the last date the story named before `mention`, for "two days later" and
        "that day"; for "the following month" a named month will do, for "two years later" a named
        year. Without one, the date the text is written from."""
        previous = self.timeline.last_named(mention.start, unit)
        if previous is not None and previous.interval is not None:
            mention.anchor_mention = previous.index
            return previous.interval.first, "mention"
        return self.timeline.anchor_at(mention.start)

    def reported_quarter(self, mention: Mention) -> Mention | None:
        """The quarter the story last reported on before `mention` (not a half)."""
        last = self.timeline.last_quarter(mention.start)
        return last if last is not None and last.quarter is not None else None

    def previous(self, mention: Mention) -> Mention | None:
        return self.mentions[mention.index - 1] if mention.index >= 1 else None

    def following(self, mention: Mention) -> Mention | None:
        return self.mentions[mention.index + 1] if 0 <= mention.index < len(self.mentions) - 1 else None

    def ended_day(self, mention: Mention) -> Mention | None:
        """The day a period is said to end on, right after it: "the quarter ended Sept. 30"."""
        other = self.following(mention)
        if other is None or other.kind != Kind.CALENDAR or other.stated.day is None:
            return None
        if self.low[mention.end:other.start].strip() not in self.words.PERIOD_ENDED:
            return None
        return other
