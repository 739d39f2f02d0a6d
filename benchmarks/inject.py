"""Recall and precision of the rules on real stories with one injected error at a time.

    python benchmarks/inject.py [--examples N] [--by-form]

Takes the real stories in ../shared/corpora (TempEval-3 TBAQ and GUM Wikinews, with their
publication dates) and, for each error class, makes copies with one error put in at one place.
The places come from the corpora's gold annotations, never from datecheck's own output: the
TIMEX3 spans and values of TempEval-3, and the <date when=...> spans and person entities of GUM.
Each class writes its error in several forms, taken in turn:

  stale-year      a gold date 1-40 days before publication, rewritten with the previous year:
                  "March 4, 2023" / "Mar. 4, 2023" / "4 March 2023" / "2023-03-04"      -> DC201
  weekday         a gold date written with a day, given the next day's weekday:
                  "Tuesday, March 4" / "Tue., Mar. 4" / "Tuesday (March 4)"             -> DC101
  impossible-day  a gold date in a short month, given a day the month lacks:
                  "June 31" / "31 June" / "Feb. 30, 2024"                               -> DC102
  years-ago       after a gold year ("in 1990"), a count of years ago five too many:
                  ", N years ago," / " (N years ago)" / " -- N years ago --"            -> DC301
  age             after a gold person's name, an age and a birth year five years off:
                  ", 45, born in 1970," / " (45), who was born in 1970," / ", aged 45, born in 1970," -> DC303
  yesterday       after a gold "yesterday" (the day before publication), a date three days back:
                  ", March 12," / " (Mar. 12)" / ", 12 March,"                         -> DC204
  holiday         a gold date written with a day, replaced by a holiday of that year and the day after it:
                  "Christmas Day, Dec. 26" / "Labor Day (Sept. 2)" / "Thanksgiving, Nov. 29, 2001" -> DC103
  range           a gold year ("in 1997") made a range that ends before it starts:
                  "from 1997 to 1994" / "in 1997-94" / "between 1997 and 1994" / "in 1997-1994" -> DC304

Each copy is checked with the default rules. Recall: the share of copies where the expected rule
flags the injected text. Precision: of that rule's findings on the copies, the share that are at
the injected text. Targets: recall >= 0.90 and precision >= 0.95 for every class; the exit status
is 1 when a class misses one. --by-form prints recall for each written form.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpora import CORPORA, GoldSpan, Story, gum_gold, read_gum  # noqa: E402
from timeml import find_documents, read_timeml  # noqa: E402

from datecheck.document import load_text  # noqa: E402
from datecheck.engine import check_document  # noqa: E402
from datecheck.rules import select_rules  # noqa: E402

SITES_PER_STORY = 2

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT_WEEKDAYS = ["Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."]
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY_WRITTEN = re.compile(rf"\b{_MONTH_WORD}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH_WORD}", re.I)
_WEEKDAY_WRITTEN = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.I)
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


@dataclass
class Injection:
    text: str
    start: int  # the injected text, in the new text: a finding should cover or touch it
    end: int
    note: str
    form: str


@dataclass(frozen=True)
class GoldStory:
    story: Story
    gold: tuple[GoldSpan, ...]


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _replace(gs: GoldStory, g: GoldSpan, new: str, form: str, start: int | None = None) -> Injection:
    """`new` in place of the text from `start` (default: the gold span's start) to the gold span's end."""
    text = gs.story.text
    start = g.start if start is None else start
    return Injection(text[:start] + new + text[g.end:], start, start + len(new), text[start:g.end], form)


def _insert_after(gs: GoldStory, g: GoldSpan, pieces: tuple[str, str], form: str) -> Injection | None:
    """`pieces[0]` after the gold span, with `pieces[1]` closing it when a word follows."""
    text = gs.story.text
    follows = text[g.end:g.end + 1]
    if follows not in (" ", ",", ".", ";"):
        return None
    new = pieces[0] + (pieces[1] if follows == " " else "")
    at = g.end
    return Injection(text[:at] + new + text[at:], at, at + len(new), text[g.start:g.end], form)


def full_dates(gs: GoldStory) -> Iterator[tuple[GoldSpan, date, bool]]:
    """Gold dates with a month and a day written, with the day they denote and whether a year is written."""
    for g in gs.gold:
        if g.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", g.value) or not _DAY_WRITTEN.search(g.text):
            continue
        day = _safe(int(g.value[:4]), int(g.value[5:7]), int(g.value[8:]))
        if day is not None:
            yield g, day, bool(_YEAR_WRITTEN.search(g.text))


def written_years(gs: GoldStory) -> Iterator[tuple[GoldSpan, int]]:
    """Gold years written alone after "in " ("in 1990")."""
    text = gs.story.text
    for g in gs.gold:
        if g.type == "DATE" and re.fullmatch(r"\d{4}", g.value) and g.text == g.value \
                and text[max(0, g.start - 3):g.start] == "in ":
            yield g, int(g.value)


def _md(day: date, style: str, year: bool = False) -> str:
    y = f", {day.year}" if year else ""
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}{y}"
    if style == "ap":
        return f"{AP_MONTHS[day.month - 1]} {day.day}{y}"
    if style == "dmy":
        return f"{day.day} {MONTHS[day.month - 1]}" + (f" {day.year}" if year else "")
    return day.isoformat()


def stale_year(gs: GoldStory, turn: Iterator[int]) -> Iterator[Injection]:
    published = gs.story.published
    for g, day, _ in full_dates(gs):
        earlier = _safe(day.year - 1, day.month, day.day)
        if earlier is None or not timedelta(days=1) <= published - day <= timedelta(days=40):
            continue  # (the publication date itself is the dateline: a different error)
        form = next(turn) % 4
        new = _md(earlier, ("long", "ap", "dmy", "iso")[form], year=True)
        yield _replace(gs, g, new, ("March 4, 2023", "Mar. 4, 2023", "4 March 2023", "2023-03-04")[form])


def weekday(gs: GoldStory, turn: Iterator[int]) -> Iterator[Injection]:
    text = gs.story.text
    for g, day, has_year in full_dates(gs):
        if _WEEKDAY_WRITTEN.search(text[max(0, g.start - 12):g.end]):
            continue  # a weekday is written already
        wrong = (day.weekday() + 1) % 7
        form = next(turn) % 3
        if form == 0:
            new = f"{WEEKDAYS[wrong]}, {_md(day, 'long', has_year)}"
        elif form == 1:
            new = f"{SHORT_WEEKDAYS[wrong]}, {_md(day, 'ap', has_year)}"
        else:
            new = f"{WEEKDAYS[wrong]} ({_md(day, 'long', has_year)})"
        yield _replace(gs, g, new, ("Tuesday, March 4", "Tue., Mar. 4", "Tuesday (March 4)")[form])


_SHORT_MONTH_LAST = {2: 30, 4: 31, 6: 31, 9: 31, 11: 31}


def impossible_day(gs: GoldStory, turn: Iterator[int]) -> Iterator[Injection]:
    for g, day, has_year in full_dates(gs):
        if day.month not in _SHORT_MONTH_LAST:
            continue
        bad, year = _SHORT_MONTH_LAST[day.month], f"{day.year}"
        form = next(turn) % 3
        if form == 0:
            new = f"{MONTHS[day.month - 1]} {bad}" + (f", {year}" if has_year else "")
        elif form == 1:
            new = f"{bad} {MONTHS[day.month - 1]}" + (f" {year}" if has_year else "")
        else:
            new = f"{AP_MONTHS[day.month - 1]} {bad}, {year}"
        yield _replace(gs, g, new, ("June 31", "31 June", "Feb. 30, 2024")[form])


def years_ago(gs: GoldStory, turn: Iterator[int]) -> Iterator[Injection]:
    for g, year in written_years(gs):
        elapsed = gs.story.published.year - year
        if elapsed < 3:
            continue
        n = elapsed + 5
        form = next(turn) % 3
        pieces = ((f", {n} years ago", ","), (f" ({n} years ago)", ""), (f" -- {n} years ago", " --"))[form]
        found = _insert_after(gs, g, pieces, (", N years ago,", " (N years ago)", " -- N years ago --")[form])
        if found:
            yield found


def age(gs: GoldStory, turn: Iterator[int]) -> Iterator[Injection]:
    for g in gs.gold:
        if g.type != "PERSON":
            continue
        k = next(turn)
        years = 30 + (7 * k) % 40
        born = gs.story.published.year - years - 5
        form = k % 3
        pieces = ((f", {years}, born in {born}", ","), (f" ({years}), who was born in {born}", ","),
                  (f", aged {years}, born in {born}", ","))[form]
        found = _insert_after(gs, g, pieces, (", 45, born in 1970,", " (45), who was born in 1970,",
                                              ", aged 45, born in 1970,")[form])
        if found:
            yield found


def yesterday(gs: GoldStory, turn: Iterator[int]) -> Iterator[Injection]:
    published = gs.story.published
    for g in gs.gold:
        if g.type != "DATE" or g.text.lower() != "yesterday" or g.value != (published - timedelta(days=1)).isoformat():
            continue
        wrong = published - timedelta(days=3)
        form = next(turn) % 3
        pieces = ((f", {_md(wrong, 'long')}", ","), (f" ({_md(wrong, 'ap')})", ""), (f", {_md(wrong, 'dmy')}", ","))[form]
        found = _insert_after(gs, g, pieces, (", March 12,", " (Mar. 12)", ", 12 March,")[form])
        if found:
            yield found


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    if day.month != month:  # n = 5: the last one
        day -= timedelta(days=7)
    return day


HOLIDAYS: list[tuple[str, Callable[[int], date]]] = [
    ("Christmas Day", lambda y: date(y, 12, 25)),
    ("Independence Day", lambda y: date(y, 7, 4)),
    ("Labor Day", lambda y: _nth_weekday(y, 9, 0, 1)),
    ("Thanksgiving", lambda y: _nth_weekday(y, 11, 3, 4)),
    ("New Year's Day", lambda y: date(y, 1, 1)),
    ("Memorial Day", lambda y: _nth_weekday(y, 5, 0, 5)),
]


def holiday(gs: GoldStory, turn: Iterator[int]) -> Iterator[Injection]:
    for g, day, has_year in full_dates(gs):
        k = next(turn)
        name, when = HOLIDAYS[k % len(HOLIDAYS)]
        wrong = when(day.year) + timedelta(days=1)
        form = k % 3
        if (form < 2 and not has_year
                and any(when(year).replace(year=day.year) == wrong for year in (day.year - 1, day.year + 1))):
            continue  # with no year written, the day could be right for the year before or after
        if form == 0:
            new = f"{name}, {_md(wrong, 'ap', has_year)}"
        elif form == 1:
            new = f"{name} ({_md(wrong, 'ap', has_year)})"
        else:
            new = f"{name}, {_md(wrong, 'ap', True)}"
        yield _replace(gs, g, new, ("<holiday>, Dec. 26", "<holiday> (Dec. 26)", "<holiday>, Dec. 26, 2001")[form])


def reversed_range(gs: GoldStory, turn: Iterator[int]) -> Iterator[Injection]:
    for g, year in written_years(gs):
        end = year - 3
        form = next(turn) % 4
        new = (f"from {year} to {end}", f"in {year}-{end % 100:02d}", f"between {year} and {end}",
               f"in {year}-{end}")[form]
        yield _replace(gs, g, new, ("from 1997 to 1994", "in 1997-94", "between 1997 and 1994", "in 1997-1994")[form],
                       start=g.start - 3)


CLASSES: dict[str, tuple[str, Callable[[GoldStory, Iterator[int]], Iterator[Injection]]]] = {
    "stale-year": ("DC201", stale_year),
    "weekday": ("DC101", weekday),
    "impossible-day": ("DC102", impossible_day),
    "years-ago": ("DC301", years_ago),
    "age": ("DC303", age),
    "yesterday": ("DC204", yesterday),
    "holiday": ("DC103", holiday),
    "range": ("DC304", reversed_range),
}


def gold_stories() -> list[GoldStory]:
    """TempEval-3 TBAQ (gold TIMEX3) and GUM Wikinews (gold <date> spans and person names)."""
    found = []
    for path in find_documents(CORPORA / "tempeval3" / "tbaq"):
        doc = read_timeml(path)
        gold = tuple(GoldSpan(t.start, t.end, t.text, t.type, t.value) for t in doc.timexes)
        found.append(GoldStory(Story("tbaq", path.name, doc.text, doc.dct), gold))
    for path in sorted((CORPORA / "gum-wikinews" / "conllu").glob("*.conllu")):
        found.append(GoldStory(read_gum(path), tuple(gum_gold(path))))
    return found


@dataclass
class Tally:
    copies: int = 0
    found: int = 0
    flags: int = 0
    right: int = 0

    def add(self, hit: int, flags: int) -> None:
        self.copies += 1
        self.found += bool(hit)
        self.flags += flags
        self.right += hit

    @property
    def recall(self) -> float:
        return self.found / self.copies if self.copies else float("nan")

    @property
    def precision(self) -> float:
        return self.right / self.flags if self.flags else float("nan")


def score_class(code: str, make, docs: list[GoldStory], rules, examples: int):  # type: ignore[no-untyped-def]
    """(the class's tally, a tally per written form, up to `examples` misses)."""
    total, forms, misses = Tally(), defaultdict(Tally), []
    turn = itertools.count()
    for gs in docs:
        for injection in itertools.islice(make(gs, turn), SITES_PER_STORY):
            document = load_text(injection.text, gs.story.name, format="text", published=gs.story.published)
            findings = [f for f in check_document(document, rules).findings if f.code == code]
            hit = sum(1 for f in findings if f.start < injection.end and injection.start < f.end)
            total.add(hit, len(findings))
            forms[injection.form].add(hit, len(findings))
            if not hit and len(misses) < examples:
                start = max(0, injection.start - 120)
                misses.append(f"    {gs.story.name}: {injection.note!r} -> "
                              f"{injection.text[injection.start:injection.end]!r}: "
                              + " ".join(injection.text[start:injection.end + 60].split()))
    return total, forms, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=0, help="print up to N misses per class")
    parser.add_argument("--by-form", action="store_true", help="print recall and precision per written form")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"inject: {CORPORA} not found", file=sys.stderr)
        return 2
    rules = select_rules()
    docs = gold_stories()
    print(f"{len(docs)} stories (TempEval-3 TBAQ and GUM Wikinews), sites from their gold annotations, "
          f"up to {SITES_PER_STORY} sites per story and class")
    print(f"  {'class':<15} {'rule':<6} {'copies':>6} {'found':>6} {'recall':>7} {'flags':>6} {'precision':>9}")
    failed = False
    for name, (code, make) in CLASSES.items():
        t, forms, misses = score_class(code, make, docs, rules, args.examples)
        print(f"  {name:<15} {code:<6} {t.copies:>6} {t.found:>6} {t.recall:>7.3f} {t.flags:>6} {t.precision:>9.3f}")
        if args.by_form:
            for form, f in forms.items():
                print(f"      {form!r:<34} {f.copies:>6} {f.found:>6} {f.recall:>7.3f} {f.flags:>6} {f.precision:>9.3f}")
        for line in misses:
            print(line)
        if not t.copies or t.recall < 0.90 or (t.flags and t.precision < 0.95):
            failed = True
    print("targets: recall >= 0.90 and precision >= 0.95 per class:", "not all met" if failed else "met")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
