"""How the time of `datecheck.check` and `datecheck.extract` grows with the length of one text.

    python benchmarks/bench_scaling.py [--quick] [--timeout S] [--repeat N] [--no-profile] [--no-peer]

Seven kinds of text, each at 100 KB, 1 MB and 10 MB (`--quick`: 100 KB and 1 MB):

  news         real stories from ../shared/corpora (TempEval-3, GUM Wikinews, Reuters-21578) end to end,
               in one fixed shuffled order, so each size holds the same mix (less any story that makes
               datecheck raise on its own: those are listed, not timed)
  chronology   generated dated lines ("<date> — <sentence>"), a date on every line
  digits       seeded random digits and punctuation (numbers, slashes, dashes, colons)
  weekdays     weekday names repeated with commas and a few joining words
  ranges       generated sentences with a stated length before a range ("The three-day fair, May 2-4, 2023, ..."),
               the length right or wrong
  schedule     a generated table, one row per date, its columns padded with blanks to line up
  profiles     generated sentences with an age and a birth year ("Ana Ito, 41, born in 1983, ...") and a
               count of years from a year ("ten years after the 1999 merger"), right or wrong

Each (kind, size, function) runs in its own process with a time limit, so a quadratic case cannot
hang the run; it is reported as "over N s". Prints MB/s for each size and the growth ratio (time at
10 times the text / time at the smaller one). Targets: growth <= 12x per 10x, and >= 1 MB/s at
every size. For every case that misses a target the script profiles it (cProfile) at the two
largest sizes that finished and names the functions whose own time grew the most: that is where
the super-linear time is. With the corpora present it also times dateparser.search_dates on the
100 KB news text, as a peer. Exit status 1 when a target is missed.

Timings are best of N runs at every size (--repeat, 3 by default: the same number at each size, so a
growth ratio compares like with like), the sizes timed in turn (100 KB, 1 MB, 10 MB, then again, so
that a drift in the machine's speed meets every size), each run in a fresh process after a warm-up
on the project's example stories (so one-time imports are not timed) and on the 100 KB of the same
kind that would follow the largest text (so that every size starts equally warm), and noisy on a
shared machine.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

PUBLISHED = date(2024, 3, 15)
KB = 1000
SIZES = {"100KB": 100 * KB, "1MB": 1000 * KB, "10MB": 10_000 * KB}
GROWTH_TARGET = 12.0
SPEED_TARGET = 1.0  # MB/s
FUNCTIONS = ("check", "extract")

# --- the texts -----------------------------------------------------------------------------------

_SUBJECTS = ["The council", "The county board", "Harbor officials", "The school district", "Two senators",
             "The transit agency", "A federal judge", "The mayor's office", "Union leaders", "The water utility",
             "Investors", "The museum", "Firefighters", "The state auditor", "Farmers in the valley"]
_VERBS = ["approved", "delayed", "rejected", "announced", "reviewed", "postponed", "funded", "questioned",
          "signed", "opened", "closed", "extended"]
_OBJECTS = ["a budget for the new library", "the bridge repairs", "a plan to widen the ring road",
            "new rules for street vendors", "a contract with the bus makers", "the second phase of the park",
            "a tax on empty homes", "an audit of the pension fund", "the lease for the old rail yard",
            "a study of the flood walls", "the hiring of forty teachers", "a ban on night flights"]
_TAILS = ["", " after a long debate", " by a vote of 5 to 2", ", citing costs", " for the third time",
          " without comment", ", two weeks later than planned", " after the hearing last Tuesday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


_NEWS: list[str] = []
LEFT_OUT: list[str] = []  # stories that stop datecheck with an error on their own (snapshot.py lists them)


def news_text(size: int) -> str:
    if not _NEWS:
        import datecheck
        from corpora import reuters_stories, stories

        for story in stories() + reuters_stories():
            try:
                datecheck.extract(story.text, published=PUBLISHED)
            except Exception as error:  # noqa: BLE001 - a crash is reported, not timed
                LEFT_OUT.append(f"{story.corpus}/{story.name} ({type(error).__name__})")
                continue
            _NEWS.append(story.text)
        # one fixed shuffle, so every size holds the same mix of the corpora (in their own order the
        # short TempEval and GUM documents come first, and a 10 MB text would be mostly denser wire copy)
        random.Random(2).shuffle(_NEWS)
    # every k-th story, k = how many times the size goes into the corpora: each size a sample drawn
    # from all of them (a text of the first stories only would hang on which stories come first)
    step = max(1, round(sum(map(len, _NEWS)) / size))
    return _fill(size, iter(_NEWS[i * step % len(_NEWS)] for i in range(10 ** 9)), "\n\n")


def chronology_text(size: int) -> str:
    rng = random.Random(4)

    def lines():  # type: ignore[no-untyped-def]
        day = date(1990, 1, 1)
        while True:
            day += timedelta(days=rng.randint(1, 20))
            if day >= PUBLISHED:  # start again, so every size reads like the first 100 KB
                day = date(1990, 1, 1) + timedelta(days=rng.randint(0, 400))
            style = rng.randrange(4)
            if style == 0:
                when = f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
            elif style == 1:
                when = f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1][:3]}. {day.day}, {day.year}"
            elif style == 2:
                when = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
            else:
                when = day.isoformat()
            yield (f"{when} — {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
                   f"{rng.choice(_TAILS)}.")

    return _fill(size, lines(), "\n")


def digits_text(size: int) -> str:
    rng = random.Random(7)
    marks = list(",.-/:;()%$#+") + [" "] * 6

    def pieces():  # type: ignore[no-untyped-def]
        while True:
            yield "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 5))) + rng.choice(marks)

    return _fill(size, pieces(), "")


def weekdays_text(size: int) -> str:
    rng = random.Random(11)
    joins = [", ", " and ", " or ", " ", ", then ", "; "]

    def pieces():  # type: ignore[no-untyped-def]
        while True:
            yield rng.choice(_WEEKDAYS) + rng.choice(joins)

    return _fill(size, pieces(), "")


_EVENTS = ["summit", "fair", "festival", "strike", "trial", "conference", "retreat", "tournament", "sale",
           "workshop", "hearing", "regatta"]
_COUNTS = ["two", "three", "four", "five", "six", "2", "3", "4", "5"]
_ROOMS = ["Hall A", "Room 12", "Annex", "Main stage", "Court 3", "Library", "Gym"]


def ranges_text(size: int) -> str:
    rng = random.Random(13)

    def sentences():  # type: ignore[no-untyped-def]
        while True:
            month = rng.randrange(12)
            first = rng.randint(1, 20)
            last = first + rng.randint(1, 5)
            year = rng.randint(1995, 2024)
            yield (f"The {rng.choice(_COUNTS)}-day {rng.choice(_EVENTS)}, {_MONTHS[month]} {first}-{last}, {year}, "
                   f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}{rng.choice(_TAILS)}.")

    return _fill(size, sentences(), " ")


def schedule_text(size: int) -> str:
    rng = random.Random(17)

    def rows():  # type: ignore[no-untyped-def]
        yield f"| {'Date':<24} | {'Event':<40} | {'Where':<12} |"
        yield f"| {'-' * 24} | {'-' * 40} | {'-' * 12} |"
        day = date(2023, 1, 2)
        while True:
            day += timedelta(days=rng.randint(0, 3))
            if day >= date(2025, 1, 1):
                day = date(2023, 1, 2) + timedelta(days=rng.randint(0, 30))
            style = rng.randrange(3)
            if style == 0:
                when = f"{_WEEKDAYS[day.weekday()][:3]}, {_MONTHS[day.month - 1][:3]}. {day.day}, {day.year}"
            elif style == 1:
                when = f"{_MONTHS[day.month - 1]} {day.day}"
            else:
                when = day.isoformat()
            event = f"{rng.choice(_EVENTS).capitalize()} {rng.randint(1, 99)}"
            yield f"| {when:<24} | {event:<40} | {rng.choice(_ROOMS):<12} |"

    return _fill(size, rows(), "\n")


_PEOPLE = ["Ana Ito", "Ravi Dunn", "Mia Tarrant", "Olu Becker", "Jon Vass", "Ines Halloran", "Teo Marsh"]
_COUNT_WORDS = {2: "two", 3: "three", 5: "five", 10: "ten", 20: "twenty"}


def profiles_text(size: int) -> str:
    rng = random.Random(19)

    def sentences():  # type: ignore[no-untyped-def]
        while True:
            born = rng.randint(1935, 2004)
            age = PUBLISHED.year - born - rng.choice([0, 1, 1, 3])
            start = rng.randint(1950, 2012)
            count = rng.choice(list(_COUNT_WORDS))
            yield (f"{rng.choice(_PEOPLE)}, {age}, born in {born}, {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}. "
                   f"In {start + count + rng.choice([0, 0, 4])}, {_COUNT_WORDS[count]} years after the {start} "
                   f"merger, {rng.choice(_SUBJECTS).lower()} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}.")

    return _fill(size, sentences(), " ")


def _fill(size: int, parts, sep: str) -> str:  # type: ignore[no-untyped-def]
    out: list[str] = []
    total = 0
    for part in parts:
        out.append(part)
        total += len(part) + len(sep)
        if total >= size:
            break
    return sep.join(out)[:size]


CASES = {"news": news_text, "chronology": chronology_text, "digits": digits_text, "weekdays": weekdays_text,
         "ranges": ranges_text, "schedule": schedule_text, "profiles": profiles_text}

# --- one measurement, in a child process ---------------------------------------------------------


def _function(name: str):  # type: ignore[no-untyped-def]
    import datecheck

    if name == "peer":
        from datetime import datetime

        from dateparser.search import search_dates

        base = datetime.combine(PUBLISHED, datetime.min.time())
        return lambda text: search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
    run = getattr(datecheck, name)
    return lambda text: run(text, published=PUBLISHED)


def worker(path: str, name: str, repeat: int, profile: bool) -> int:
    """Time (or profile) `name` on the text at `path`, `repeat` times in this process. The warm-up
    reads the project's example stories, then the 100 KB of the same kind that would follow the
    largest text timed (`<kind>-warm.txt` beside the text, written by `main`; without it, the first
    half of the text, at most 100 KB): every size starts from the same warm state, and nothing
    found for the timed text (its segments, say) can be kept from the warm-up. `measure` runs one
    timed call per process."""
    text = Path(path).read_text(encoding="utf-8")
    run = _function(name)
    run(_warm_up_text())  # imports, compiled patterns and tables loaded on first use (holidays' calendars...)
    warm = Path(path).with_name(Path(path).stem.rsplit("-", 1)[0] + "-warm.txt")
    # ...and what this kind of text asks for first
    run(warm.read_text(encoding="utf-8") if warm.is_file() else text[:min(100 * KB, len(text) // 2)])
    if profile:
        profiler = cProfile.Profile()
        profiler.runcall(run, text)
        stats = pstats.Stats(profiler)
        for (module, line, function), row in stats.stats.items():  # type: ignore[attr-defined]
            callers = sorted(row[4].items(), key=lambda kv: -kv[1][3])
            caller = next((f"{_short(c[0])}:{c[2]}" for c, _ in callers if "datecheck/" in c[0]), "")
            print(f"P\t{row[2]:.6f}\t{row[3]:.6f}\t{row[1]}\t{_short(module)}:{function}:{line}\t{caller}")
        return 0
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run(text)
        best = min(best, time.perf_counter() - start)
    print(f"T\t{best:.6f}")
    return 0


def _warm_up_text() -> str:
    """The English stories and rule examples the project ships: every kind of mention, so that a
    one-time cost (the holidays package is imported when a text first names a holiday) falls in the
    warm-up, not in the timed run of whichever size happens to name one first."""
    fixtures = HERE.parent / "fixtures"
    files = sorted((fixtures / "articles").glob("*.md")) + sorted((fixtures / "rules").glob("*.toml"))
    return "\n\n".join(path.read_text(encoding="utf-8") for path in files)


def _short(module: str) -> str:
    if "datecheck/" in module:
        return "datecheck/" + module.split("datecheck/", 1)[1]
    return module.rsplit("/", 1)[-1] if "/" in module else module


def measure(path: Path, name: str, repeat: int, timeout: float, profile: bool = False) -> tuple[str, object]:
    """("ok", seconds) / ("ok", profile rows) / ("timeout", None) / ("crash", last error line).

    The best of `repeat` runs, each in a process of its own (`timeout` seconds for each): a second
    run in the same process would reuse what the first found for the same text."""
    best: tuple[str, object] = ("ok", float("inf"))
    for _ in range(1 if profile else repeat):
        result = _measure_once(path, name, timeout, profile)
        if result[0] != "ok" or profile:
            return result
        best = min(best, result, key=lambda r: r[1])  # type: ignore[arg-type,return-value]
    return best


def _measure_once(path: Path, name: str, timeout: float, profile: bool) -> tuple[str, object]:
    args = [sys.executable, __file__, "--worker", str(path), name, "1"] + (["--profile"] if profile else [])
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", None
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        return "crash", lines[-1] if lines else f"exit {done.returncode}"
    if profile:
        return "ok", [line.split("\t")[1:] for line in done.stdout.splitlines() if line.startswith("P\t")]
    return "ok", float(done.stdout.split("\t")[1])

# --- the run -------------------------------------------------------------------------------------


def _speed(size: int, result: tuple[str, object], timeout: float) -> str:
    status, value = result
    if status == "timeout":
        return f"over {timeout:g} s"
    if status == "crash":
        return "crash"
    return f"{size / 1e6 / value:8.2f} MB/s"  # type: ignore[operator]


def run_case(case: str, folder: Path, sizes: list[str], args: argparse.Namespace) -> list[tuple]:
    """Time both functions at each size; returns (case, function, size, result) rows.

    The runs go round the sizes (small, large, larger, then again), `--repeat` rounds, and the best
    of each size is kept: a shared machine's speed drifts over minutes, and sizes timed in turn see
    the same drift, so a growth ratio compares like with like. A size that times out or crashes
    is not run again, nor is any larger one."""
    rows = []
    for name in FUNCTIONS:
        best: dict[str, tuple[str, object]] = {}
        for _ in range(args.repeat):  # the same number of runs at every size
            for label in sizes:
                if label in best and best[label][0] != "ok":
                    break
                result = measure(folder / f"{case}-{label}.txt", name, 1, args.timeout + 20)
                if result[0] == "timeout":
                    result = ("timeout", None)
                if label not in best or result[0] != "ok" or result[1] < best[label][1]:  # type: ignore[operator]
                    best[label] = result
                if result[0] != "ok":
                    break
        stopped = False
        for label in sizes:
            rows.append((case, name, label, ("skipped", None) if stopped else best[label]))
            stopped = stopped or best[label][0] != "ok"
    return rows


def misses(rows: list[tuple], sizes: list[str]) -> list[tuple[str, str, str, str]]:
    """(case, function, smaller size, larger size) to profile for each case that misses a target:
    the pair of sizes with the worst growth (before a time-out, the last pair that finished), or
    for a case that is only slow, its largest size that finished (larger size '')."""
    found = []
    by_key = {(c, f, s): r for c, f, s, r in rows}
    for case in CASES:
        for name in FUNCTIONS:
            results = [by_key[(case, name, s)] for s in sizes]
            if any(r[0] == "crash" for r in results):
                continue  # nothing to profile: it stops with an error (printed with the table)
            done = [i for i, r in enumerate(results) if r[0] == "ok"]
            if not done:
                continue
            growth = {i: results[i][1] / results[i - 1][1] for i in done if i - 1 in done}  # type: ignore[operator]
            slow = any(SIZES[sizes[i]] / 1e6 / results[i][1] < SPEED_TARGET for i in done)  # type: ignore[operator]
            timed_out = any(r[0] == "timeout" for r in results)
            worst = max(growth, key=growth.__getitem__, default=None)
            if worst is not None and (timed_out or growth[worst] > GROWTH_TARGET):
                found.append((case, name, sizes[worst - 1], sizes[worst]))
            elif timed_out or slow:
                found.append((case, name, sizes[done[-1]], ""))
    return found


def print_table(rows: list[tuple], sizes: list[str], timeout: float) -> None:
    by_key = {(c, f, s): r for c, f, s, r in rows}
    growth_heads = [f"{b}/{a}" for a, b in zip(sizes, sizes[1:])]
    print(f"  {'text':<11} {'function':<8} " + " ".join(f"{s:>13}" for s in sizes) + "   growth "
          + " ".join(f"{g:>10}" for g in growth_heads))
    for case in CASES:
        for name in FUNCTIONS:
            results = [by_key[(case, name, s)] for s in sizes]
            cells = [_speed(SIZES[s], r, timeout) if r[0] != "skipped" else "-" for s, r in zip(sizes, results)]
            growth = []
            for a, b in zip(results, results[1:]):
                if a[0] == "ok" and b[0] == "ok":
                    growth.append(f"{b[1] / a[1]:9.1f}x")  # type: ignore[operator]
                else:
                    growth.append(f"{'over' if b[0] == 'timeout' else '-':>10}")
            print(f"  {case:<11} {name:<8} " + " ".join(f"{c:>13}" for c in cells) + "          "
                  + " ".join(growth))
    crashes = [(c, f, s, r[1]) for c, f, s, r in rows if r[0] == "crash"]
    for case, name, label, error in crashes:
        print(f"  crash: {case} {name} {label}: {error}")


def profile_miss(folder: Path, case: str, name: str, small: str, large: str, timeout: float, top: int = 6) -> None:
    """Print the functions whose own time grew the most from `small` to `large` (or the slowest, for speed)."""
    def rows_at(label: str) -> dict[str, tuple[float, int]]:
        status, found = measure(folder / f"{case}-{label}.txt", name, 1, timeout, profile=True)
        if status != "ok":
            return {}
        return {f"{where} (from {caller})" if caller else where: (float(own), int(calls), float(cum))
                for own, cum, calls, where, caller in found}  # type: ignore[union-attr]

    if not large:
        at = rows_at(small)
        print(f"  profile {case} {name} at {small} (slowest own time):")
        for where, (own, calls, _cum) in sorted(at.items(), key=lambda kv: -kv[1][0])[:top]:
            print(f"    {own:8.3f} s  {calls:>9} calls  {where}")
        return
    before, after = rows_at(small), rows_at(large)
    if not after:
        print(f"  profile {case} {name}: {large} does not finish under the profiler in {timeout:g} s")
        return
    factor = SIZES[large] / SIZES[small]
    excess = {w: own - factor * before.get(w, (0.0, 0, 0.0))[0] for w, (own, _calls, _cum) in after.items()}
    rules = {w: cum - factor * before.get(w, (0.0, 0, 0.0))[2] for w, (_own, _calls, cum) in after.items()
             if w.startswith("datecheck/rules/") and not w.startswith("datecheck/rules/base.py")}
    if rules:
        top_rules = sorted(rules, key=lambda w: -rules[w])[:3]
        print(f"  rules whose time grew the most ({case} {name}): " + "; ".join(
            f"{w.split(' ')[0]} {before.get(w, (0, 0, 0.0))[2]:.3f} -> {after[w][2]:.3f} s" for w in top_rules))
    print(f"  profile {case} {name}, {small} -> {large}: own time beyond {factor:g}x growth")
    for where in sorted(excess, key=lambda w: -excess[w])[:top]:
        own, calls, _cum = after[where]
        old_own, old_calls, _old_cum = before.get(where, (0.0, 0, 0.0))
        ratio = f"{own / old_own:7.1f}x" if old_own else "    new"
        print(f"    {old_own:8.3f} s -> {own:8.3f} s {ratio}  calls {old_calls} -> {calls}  {where}")


def peer(folder: Path, rows: list[tuple], timeout: float) -> None:
    mine = {(c, f, s): r for c, f, s, r in rows}.get(("news", "extract", "100KB"))
    status, value = measure(folder / "news-100KB.txt", "peer", 1, timeout + 20)
    if status != "ok":
        print(f"  peer: dateparser.search_dates on news 100KB: {status}")
        return
    print(f"  peer: dateparser.search_dates on news 100KB: {0.1 / value:.3f} MB/s"  # type: ignore[operator]
          + (f"; datecheck.extract is {value / mine[1]:.0f}x faster" if mine and mine[0] == "ok" else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 KB and 1 MB only")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed for one timed run")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs at each size (the best is kept)")
    parser.add_argument("--no-profile", action="store_true", help="do not profile the cases that miss a target")
    parser.add_argument("--no-peer", action="store_true", help="do not time dateparser")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--profile", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.worker[0], args.worker[1], int(args.worker[2]), args.profile)
    sizes = ["100KB", "1MB"] if args.quick else list(SIZES)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = dict(CASES)
        from corpora import CORPORA

        if not CORPORA.is_dir():
            print(f"bench_scaling: {CORPORA} not found; leaving out the news text", file=sys.stderr)
            del cases["news"]
        for case, make in cases.items():
            for label in sizes:
                (folder / f"{case}-{label}.txt").write_text(make(SIZES[label]), encoding="utf-8")
            # the warm-up: the 100 KB that would follow the largest text timed (a generated kind goes on
            # where the text stops, with text no size holds; the news, every story taken, starts again)
            largest = SIZES[sizes[-1]]
            (folder / f"{case}-warm.txt").write_text(make(largest + 100 * KB)[largest:], encoding="utf-8")
        print(f"datecheck check/extract on one text of each size; published {PUBLISHED}; best of "
              f"{args.repeat} runs at each size; a shared machine, so figures are noisy")
        if LEFT_OUT:
            print(f"  news: {len(LEFT_OUT)} stories left out, as each stops datecheck with an error on its own: "
                  + ", ".join(LEFT_OUT))
        rows = [row for case in cases for row in run_case(case, folder, sizes, args)]
        rows += [(c, f, s, ("skipped", None)) for c in CASES if c not in cases for f in FUNCTIONS for s in sizes]
        print_table(rows, sizes, args.timeout)
        if "news" in cases and not args.no_peer:
            peer(folder, rows, args.timeout)
        missed = [m for m in misses(rows, sizes) if m[0] in cases]
        failed = bool(missed) or any(r[0] == "crash" for *_, r in rows)
        if not args.no_profile:
            for case, name, small, large in missed:
                profile_miss(folder, case, name, small, large, args.timeout * 3)
    print(f"targets: growth <= {GROWTH_TARGET:g}x per 10x and >= {SPEED_TARGET:g} MB/s at every size:",
          "not all met" if failed else "met")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
