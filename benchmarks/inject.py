"""Recall and precision of the rules on real stories with one injected error at a time.

    python benchmarks/inject.py [--examples N]

Takes the real stories in ../shared/corpora (TempEval-3 TBAQ and GUM Wikinews, with their
publication dates), and for each error class makes copies with one error put in at one place:

  stale-year        a recent date's year moved back by one (or last year added) -> DC201
  weekday           a weekday written before a date, one day off               -> DC101
  impossible-day    a month-day made impossible (April 31, Feb. 30 ...)        -> DC102
  years-ago         ", N years ago" after a year, N off by five                 -> DC301
  age               ", born in YEAR" after an age, YEAR off by five             -> DC303
  yesterday         "yesterday" given a date three days back                    -> DC204
  holiday           a holiday given the day after its date                      -> DC103
  range             a range with its two ends swapped                           -> DC304

Each copy is checked with the default rules. Recall: the share of copies where the expected rule
flags the injected span. Precision: of that rule's findings on the copies, the share that are at
the injected span. Targets: recall >= 0.90 and precision >= 0.95 for every class.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpora import CORPORA, Story, stories  # noqa: E402

import datecheck  # noqa: E402
from datecheck.document import load_text  # noqa: E402
from datecheck.engine import check_document  # noqa: E402
from datecheck.lexicon import AP_MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES  # noqa: E402
from datecheck.model import Mention  # noqa: E402
from datecheck.rules import select_rules  # noqa: E402

SITES_PER_STORY = 2


@dataclass
class Injection:
    text: str
    start: int  # the span the finding should cover or touch, in the new text
    end: int
    note: str


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _ap(day: date) -> str:
    return f"{AP_MONTH_ABBREVIATIONS.get(day.month, MONTH_NAMES[day.month - 1])} {day.day}"


def stale_year(story: Story, mentions: list[Mention]) -> Iterator[Injection]:
    for m in mentions:
        day = m.resolved_date
        st = m.stated
        if m.kind != "calendar" or day is None or st.day is None or "date-line" in m.flags or m.range_role:
            continue
        if not timedelta(days=1) <= story.published - day <= timedelta(days=40):
            continue  # (the publication date itself is the dateline: a different error)
        written = story.text[m.start:m.end]
        if st.year is not None and str(st.year) in written:
            new = written.replace(str(st.year), str(st.year - 1))
        elif st.year is None and st.numeric_order is None and story.text[m.end:m.end + 1] in (" ", ",", "."):
            new = f"{written}, {day.year - 1}"  # a year-less date given last year's number
        else:
            continue
        yield Injection(_replace(story.text, m.start, m.end, new), m.start, m.start + len(new), written)


def weekday(story: Story, mentions: list[Mention]) -> Iterator[Injection]:
    for m in mentions:
        day = m.resolved_date
        if m.kind != "calendar" or day is None or m.stated.day is None or m.linked is not None or not m.valid:
            continue
        if story.text[max(0, m.start - 3):m.start] != "on ":
            continue
        wrong = WEEKDAY_NAMES[(day.weekday() + 1) % 7]
        insert = f"{wrong}, "
        yield Injection(_replace(story.text, m.start, m.start, insert), m.start, m.start + len(wrong), wrong)


_IMPOSSIBLE = {2: 30, 4: 31, 6: 31, 9: 31, 11: 31}


def impossible_day(story: Story, mentions: list[Mention]) -> Iterator[Injection]:
    for m in mentions:
        st = m.stated
        if m.kind != "calendar" or st.day is None or st.month not in _IMPOSSIBLE or not m.valid:
            continue
        written = story.text[m.start:m.end]
        digits = [i for i in range(len(written)) if written[i:i + len(str(st.day))] == str(st.day)]
        if not digits or st.numeric_order is not None:
            continue
        i = digits[0]
        new = written[:i] + str(_IMPOSSIBLE[st.month]) + written[i + len(str(st.day)):]
        yield Injection(_replace(story.text, m.start, m.end, new), m.start, m.start + len(new), written)


def years_ago(story: Story, mentions: list[Mention]) -> Iterator[Injection]:
    for m in mentions:
        st = m.stated
        if m.kind != "calendar" or st.year is None or st.month is not None or m.range_role:
            continue
        if story.text[m.end:m.end + 1] not in (" ", ",", ".") or story.text[max(0, m.start - 3):m.start] != "in ":
            continue
        elapsed = story.published.year - st.year
        if elapsed < 3:
            continue
        phrase = f"{elapsed + 5} years ago"
        insert = f", {phrase},"
        at = m.end
        yield Injection(_replace(story.text, at, at, insert), at + 2, at + 2 + len(phrase), phrase)


def age(story: Story, mentions: list[Mention]) -> Iterator[Injection]:
    for m in mentions:
        if m.kind != "age" or m.stated.offset is None or story.text[m.end:m.end + 1] != ",":
            continue
        born = story.published.year - m.stated.offset[1] - 5
        insert = f" born in {born},"
        at = m.end + 1
        yield Injection(_replace(story.text, at, at, insert), m.start, m.end, story.text[m.start:m.end])


def yesterday(story: Story, mentions: list[Mention]) -> Iterator[Injection]:
    for m in mentions:
        if m.kind != "relative" or story.text[m.start:m.end].lower() != "yesterday" or m.linked is not None:
            continue
        if m.anchor_source != "publication":
            continue
        wrong = _ap(story.published - timedelta(days=3))
        insert = f", {wrong},"
        at = m.end
        yield Injection(_replace(story.text, at, at, insert), at + 2, at + 2 + len(wrong), wrong)


def holiday(story: Story, mentions: list[Mention]) -> Iterator[Injection]:
    for m in mentions:
        day = m.resolved_date
        if m.kind != "holiday" or day is None or m.linked is not None:
            continue
        wrong = _ap(day + timedelta(days=1))
        insert = f", {wrong},"
        at = m.end
        yield Injection(_replace(story.text, at, at, insert), at + 2, at + 2 + len(wrong), wrong)


def reversed_range(story: Story, mentions: list[Mention]) -> Iterator[Injection]:
    for m in mentions:
        if m.range_role != "start" or m.range_partner is None:
            continue
        partner = mentions[m.range_partner]
        if m.stated.year is None or partner.stated.year is None or m.stated.year == partner.stated.year:
            continue
        first, second = story.text[m.start:m.end], story.text[partner.start:partner.end]
        if m.stated.month is not None or partner.stated.month is not None:
            continue
        text = story.text[:m.start] + second + story.text[m.end:partner.start] + first + story.text[partner.end:]
        yield Injection(text, m.start, partner.end, f"{first}..{second}")


CLASSES: dict[str, tuple[str, Callable[[Story, list[Mention]], Iterator[Injection]]]] = {
    "stale-year": ("DC201", stale_year),
    "weekday": ("DC101", weekday),
    "impossible-day": ("DC102", impossible_day),
    "years-ago": ("DC301", years_ago),
    "age": ("DC303", age),
    "yesterday": ("DC204", yesterday),
    "holiday": ("DC103", holiday),
    "range": ("DC304", reversed_range),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=0, help="print up to N misses per class")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"inject: {CORPORA} not found", file=sys.stderr)
        return 2
    rules = select_rules()
    docs = [s for s in stories() if s.corpus in ("tbaq", "gum")]
    print(f"{len(docs)} stories (TempEval-3 TBAQ and GUM Wikinews), up to {SITES_PER_STORY} sites per story and class")
    print(f"  {'class':<15} {'rule':<6} {'copies':>6} {'found':>6} {'recall':>7} {'flags':>6} {'precision':>9}")
    failed = False
    for name, (code, make) in CLASSES.items():
        copies = found = flags = right = 0
        misses: list[str] = []
        for story in docs:
            mentions = datecheck.extract(story.text, story.published)
            for n, injection in enumerate(make(story, mentions)):
                if n >= SITES_PER_STORY:
                    break
                copies += 1
                document = load_text(injection.text, story.name, format="text", published=story.published)
                findings = [f for f in check_document(document, rules).findings if f.code == code]
                hit = [f for f in findings if f.start < injection.end and injection.start < f.end]
                flags += len(findings)
                right += len(hit)
                if hit:
                    found += 1
                elif len(misses) < args.examples:
                    start = max(0, injection.start - 120)
                    misses.append(f"    {story.name}: {injection.note!r}: "
                                  + " ".join(injection.text[start:injection.end + 60].split()))
        recall = found / copies if copies else float("nan")
        precision = right / flags if flags else float("nan")
        print(f"  {name:<15} {code:<6} {copies:>6} {found:>6} {recall:>7.3f} {flags:>6} {precision:>9.3f}")
        for line in misses:
            print(line)
        if copies and (recall < 0.90 or (flags and precision < 0.95)):
            failed = True
    print("targets: recall >= 0.90 and precision >= 0.95 per class:", "not all met" if failed else "met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
