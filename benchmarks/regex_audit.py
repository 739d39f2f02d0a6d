"""Which of datecheck's regular expressions take more than linear time, and on what input.

    python benchmarks/regex_audit.py [--max N] [--only TEXT] [--budget S] [--verbose]

Every pattern the package compiles (found by tests/regex_inventory.py, which runs the package and
records them) is fed runs of one unit repeated (dots, dashes, blanks, commas, slashes, digits, word
characters, mixes, pieces of markup: ``RUN_UNITS``), alone and after the start of a date line
(``PREFIXES``), with and without a word after (``SUFFIXES``), as ``.finditer`` (every ``.search`` the
code does is its first step) when the code searches with it, and as ``.match`` at the start
(``--every-way``: every pattern from every start, as if searched). Each series grows the run from 4
characters to --max (default 4096) and stops once one call takes more than --budget seconds (default
0.05), so an exponential pattern is caught at a few dozen characters instead of hanging the audit.

A series is super-linear when its time grows faster than the input: the exponent log(t2/t1)/log(n2/n1)
over the largest sizes that take long enough to time (best of three) is above 1.5, or the budget ran
out before --max. Prints one line per pattern with its worst series and exits 1 when any is found.
Timings are noisy on a shared machine: rerun one pattern with --only to confirm.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from regex_inventory import PREFIXES, RUN_UNITS, SUFFIXES, Entry, collect  # noqa: E402

#: Run lengths: two characters at a time while short (an exponential pattern doubles its time per
#: character or so, and must not be given eight more at once), then doubling.
LADDER = (*range(4, 50, 2), 64, 96, 128, 256, 512, 1024, 2048, 4096, 8192, 16384)
ENOUGH = 10  # series found before a pattern's audit stops: it is bad either way
MIN_TIME = 0.0004  # below this a timing is mostly noise
EXPONENT_LIMIT = 1.5


def _time(call, text: str, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        call(text)
        best = min(best, time.perf_counter() - start)
    return best


def _callers(entry: Entry, every_way: bool):  # type: ignore[no-untyped-def]
    """The ways the code runs the pattern: from every start (finditer: each search is its first
    step) when it searches with it, and matched at the start."""
    pattern = re.compile(entry.pattern, entry.flags)

    def finditer(text: str) -> None:
        for _ in pattern.finditer(text):
            pass

    ways = {"match": pattern.match}
    if every_way or entry.searched:
        ways["finditer"] = finditer
    return ways


def series(call, prefix: str, unit: str, suffix: str, limit: int, budget: float) -> tuple[float, int, bool]:  # type: ignore[no-untyped-def]
    """(exponent, largest run, whether the budget ran out) for one kind of input."""
    timings: list[tuple[int, float]] = []
    for size in LADDER:
        if size > limit:
            break
        text = prefix + unit * max(1, size // len(unit)) + suffix
        spent = _time(call, text, 1)
        if spent < 0.02:
            spent = min(spent, _time(call, text, 2))
        timings.append((size, spent))
        if spent > budget:
            break
    over = timings[-1][1] > budget
    exponent = _exponent(timings)
    if over or exponent > EXPONENT_LIMIT:  # confirm, best of five, over the last three sizes
        sizes = [n for n, _ in timings[-3:]]
        timings = [(n, _time(call, prefix + unit * max(1, n // len(unit)) + suffix, 5)) for n in sizes]
        over = timings[-1][1] > budget
        exponent = min(_exponent(timings[:2]), _exponent(timings[1:])) if len(timings) == 3 else _exponent(timings)
    return exponent, timings[-1][0], over


def _exponent(timings: list[tuple[int, float]]) -> float:
    """How the time grows between the two largest sizes timed long enough to mean something."""
    timed = [(n, t) for n, t in timings if t >= MIN_TIME]
    if len(timed) < 2:
        return 1.0
    (n1, t1), (n2, t2) = timed[-2], timed[-1]
    return math.log(t2 / t1) / math.log(n2 / n1)


def audit(entry: Entry, limit: int, budget: float, verbose: bool, every_way: bool) -> list[tuple[float, str]]:
    """The series of one pattern that grow faster than linearly, worst first."""
    found: list[tuple[float, str]] = []
    for mode, call in _callers(entry, every_way).items():
        for prefix in PREFIXES:
            for suffix in SUFFIXES:
                for unit in RUN_UNITS:
                    exponent, size, over = series(call, prefix, unit, suffix, limit, budget)
                    if over or exponent > EXPONENT_LIMIT:
                        score = math.inf if over and size <= 256 else exponent + (10 if over else 0)
                        note = f"over {budget:g}s at {size} chars" if over else f"exponent {exponent:.1f} up to {size}"
                        found.append((score, f"{mode} {prefix!r} + {unit!r}*n + {suffix!r}: {note}"))
                        if verbose:
                            print(f"   {found[-1][1]}", flush=True)
                        if len(found) >= ENOUGH:
                            return sorted(found, reverse=True)
    return sorted(found, reverse=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max", type=int, default=4096, help="longest run (characters)")
    parser.add_argument("--budget", type=float, default=0.05, help="seconds one call may take before a series stops")
    parser.add_argument("--only", default="", help="audit only the patterns whose name or source holds this")
    parser.add_argument("--every-way", action="store_true", help="run every pattern from every start, as if searched")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    entries = [e for e in collect() if args.only in e.name or args.only in e.pattern]
    print(f"{len(entries)} patterns, runs up to {args.max} characters", flush=True)
    bad = 0
    started = time.perf_counter()
    for entry in entries:
        found = audit(entry, args.max, args.budget, args.verbose, args.every_way)
        if found:
            bad += 1
            count = f"{len(found)}+" if len(found) >= ENOUGH else str(len(found))
            uses = ",".join(sorted(entry.uses)) or "never seen run"
            print(f"SUPER-LINEAR {entry.name} [{uses}] ({count} series) {entry.pattern[:80]!r}", flush=True)
            for _, line in found[:3]:
                print(f"    {line}", flush=True)
        elif args.verbose:
            print(f"ok {entry.name}", flush=True)
    print(f"{bad} of {len(entries)} patterns super-linear ({time.perf_counter() - started:.0f} s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
