"""How the time of `datecheck.check` and `datecheck.extract` grows with the length of one text.

    python benchmarks/bench_scaling.py [--quick] [--timeout S] [--repeat N] [--no-profile] [--no-peer]

Seven kinds of text (`scaling_texts.py`: real news, dated lines, digits and punctuation, weekdays,
ranges, a schedule table, profiles), each at 100 KB, 1 MB and 10 MB (`--quick`: 100 KB and 1 MB).
Prints MB/s for each size and the growth ratio (time at 10 times the text / time at the smaller
one). Targets: growth <= 12x per 10x, and >= 1 MB/s at every size. For every case that misses a
target the script profiles it (cProfile) at the two largest sizes that finished and names the
functions whose own time grew the most: that is where the super-linear time is. With the corpora
present it also times dateparser.search_dates on the 100 KB news text, as a peer. Exit status 1
when a target is missed.

How a figure is measured. One process per (kind, function) imports datecheck and warms up on the
project's example stories (so one-time imports are not timed) and on the 100 KB of the same kind
that would follow the largest text (so that every size starts equally warm, and nothing found for
a timed text, its segments say, is kept from the warm-up). Each timed run is then a fork of that
warm process: it reads 20 KB of the warm-up text (which touches what the run will use, so the
fork's first writes to shared memory are not timed), then the timed text once, under a time limit
(a quadratic case is reported as "over N s" instead of hanging). The runs go round the sizes,
--repeat rounds (4 by default), so that a drift in the machine's speed meets every size; in a
round a size runs as often as fits in half a second (once for a long text, up to nine times for a
short one). A figure is the median of its runs: a run of 60 ms on a shared machine is disturbed by
anything else running, and the median of many runs, unlike their best, does not depend on how
many there were, so sizes run a different number of times still compare like with like.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from scaling_texts import CASES, LEFT_OUT, PUBLISHED  # noqa: E402 - after the path is set

KB = 1000
SIZES = {"100KB": 100 * KB, "1MB": 1000 * KB, "10MB": 10_000 * KB}
GROWTH_TARGET = 12.0
SPEED_TARGET = 1.0  # MB/s
FUNCTIONS = ("check", "extract")
ROUND_BUDGET = 0.5  # seconds of timed runs of one size in one round (at least one run) ...
MOST_PER_ROUND = 9  # ... and at most this many runs

# --- the timed runs, in a child process ----------------------------------------------------------


def _function(name: str):  # type: ignore[no-untyped-def]
    import datecheck

    if name == "peer":
        from datetime import datetime

        from dateparser.search import search_dates

        base = datetime.combine(PUBLISHED, datetime.min.time())
        return lambda text: search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
    run = getattr(datecheck, name)
    return lambda text: run(text, published=PUBLISHED)


def _warmed(folder: Path, case: str, name: str):  # type: ignore[no-untyped-def]
    """`name` as a function of the text, after the warm-up (see the module's docstring), and the
    warm-up text of `case`."""
    run = _function(name)
    run(_warm_up_text())  # imports, compiled patterns and tables loaded on first use (holidays' calendars...)
    warm = (folder / f"{case}-warm.txt").read_text(encoding="utf-8")
    run(warm)  # ...and what this kind of text asks for first
    return run, warm


def worker(folder: Path, case: str, name: str, sizes: list[str], rounds: int, timeout: float) -> int:
    """Time `name` on the texts of `case` at `sizes`, each run a fork of this warm process; prints
    one line per run: "R <size> ok <seconds>", "R <size> timeout -" or "R <size> crash <error>".
    A size that times out or crashes is not run again, nor is any larger one."""
    run, warm = _warmed(folder, case, name)
    texts = {label: (folder / f"{case}-{label}.txt").read_text(encoding="utf-8") for label in sizes}
    before = warm[:20 * KB]
    per_round = dict.fromkeys(sizes, 1)
    for _ in range(rounds):
        for label in sizes:
            if per_round[label] == 0:
                break
            for _ in range(per_round[label]):
                status, value = _forked(run, before, texts[label], timeout)
                print(f"R\t{label}\t{status}\t{value if value is not None else '-'}", flush=True)
                if status != "ok":
                    per_round.update(dict.fromkeys(sizes[sizes.index(label):], 0))
                    break
            if per_round[label] and status == "ok":
                per_round[label] = max(per_round[label], min(MOST_PER_ROUND, int(ROUND_BUDGET / max(value, 1e-3))))
    return 0


def _forked(run, before: str, text: str, timeout: float) -> tuple[str, object]:  # type: ignore[no-untyped-def]
    """("ok", seconds) for one run of `run` on `text` in a fork of this process, ("timeout", None)
    when it takes more than `timeout` seconds, ("crash", the error) when it raises."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the fork: `before`, then the timed run, and its answer on the pipe
        os.close(read_end)
        try:
            run(before)
            start = time.perf_counter()
            run(text)
            answer = f"ok\t{time.perf_counter() - start:.6f}"
        except BaseException as error:  # noqa: BLE001 - reported, not raised
            answer = f"crash\t{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
        os.write(write_end, answer.encode("utf-8"))
        os._exit(0)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], timeout)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            return "timeout", None
        answer = b"".join(iter(lambda: os.read(read_end, 65536), b"")).decode("utf-8")
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)
    if "\t" not in answer:
        return "crash", "the run ended without an answer"
    status, value = answer.split("\t", 1)
    return (status, float(value)) if status == "ok" else (status, value)


def profile_worker(path: str, name: str) -> int:
    """Profile one run of `name` on the text at `path` after the warm-up; prints one line per function."""
    folder, case = Path(path).parent, Path(path).stem.rsplit("-", 1)[0]
    run, _warm = _warmed(folder, case, name)
    text = Path(path).read_text(encoding="utf-8")
    profiler = cProfile.Profile()
    profiler.runcall(run, text)
    stats = pstats.Stats(profiler)
    for (module, line, function), row in stats.stats.items():  # type: ignore[attr-defined]
        callers = sorted(row[4].items(), key=lambda kv: -kv[1][3])
        caller = next((f"{_short(c[0])}:{c[2]}" for c, _ in callers if "datecheck/" in c[0]), "")
        print(f"P\t{row[2]:.6f}\t{row[3]:.6f}\t{row[1]}\t{_short(module)}:{function}:{line}\t{caller}")
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


def timed(folder: Path, case: str, name: str, sizes: list[str], rounds: int,
          timeout: float) -> dict[str, tuple[str, object, int]]:
    """For each size: ("ok", median seconds, runs), ("timeout", None, runs), ("crash", error, runs)
    or ("skipped", None, 0) after a smaller size failed. Runs `worker` in a child process."""
    args = [sys.executable, __file__, "--worker", str(folder), case, name, ",".join(sizes), str(rounds),
            str(timeout)]
    limit = 300 + rounds * len(sizes) * (timeout + 5)
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=limit)
        out, error = done.stdout, (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
    except subprocess.TimeoutExpired as expired:  # what the worker printed before, as bytes or text
        out = expired.stdout.decode() if isinstance(expired.stdout, bytes) else expired.stdout or ""
        error = f"no answer in {limit:g} s"
    seconds: dict[str, list[float]] = {label: [] for label in sizes}
    failed: dict[str, tuple[str, object]] = {}
    for line in out.splitlines():
        if line.startswith("R\t"):
            _, label, status, value = line.split("\t", 3)
            if status == "ok":
                seconds[label].append(float(value))
            else:
                failed[label] = (status, None if status == "timeout" else value)
    results: dict[str, tuple[str, object, int]] = {}
    for label in sizes:
        runs = len(seconds[label])
        if label in failed:
            results[label] = (*failed[label], runs)
        elif runs:
            results[label] = ("ok", statistics.median(seconds[label]), runs)
        elif any(r[0] != "ok" for r in results.values()):
            results[label] = ("skipped", None, 0)
        else:  # the worker stopped before it ran this size: its own error
            results[label] = ("crash", error, 0)
    return results

# --- the run -------------------------------------------------------------------------------------


def _speed(size: int, result: tuple, timeout: float) -> str:
    status, value = result[:2]
    if status == "timeout":
        return f"over {timeout:g} s"
    if status == "crash":
        return "crash"
    return f"{size / 1e6 / value:8.2f} MB/s"  # type: ignore[operator]


def run_case(case: str, folder: Path, sizes: list[str], args: argparse.Namespace) -> list[tuple]:
    """Time both functions at each size (see `timed`); returns (case, function, size, result) rows."""
    rows = []
    for name in FUNCTIONS:
        results = timed(folder, case, name, sizes, args.repeat, args.timeout)
        rows += [(case, name, label, results[label]) for label in sizes]
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
    counts = {s: sorted(r[2] for c, f, size, r in rows if size == s and r[0] == "ok") for s in sizes}
    print("  runs timed at each size: " + ", ".join(
        f"{s} {n[0]}" + (f"-{n[-1]}" if n[-1] != n[0] else "") for s, n in counts.items() if n))
    crashes = [(c, f, s, r[1]) for c, f, s, r in rows if r[0] == "crash"]
    for case, name, label, error in crashes:
        print(f"  crash: {case} {name} {label}: {error}")


def profile_miss(folder: Path, case: str, name: str, small: str, large: str, timeout: float, top: int = 6) -> None:
    """Print the functions whose own time grew the most from `small` to `large` (or the slowest, for speed)."""
    def rows_at(label: str) -> dict[str, tuple[float, int]]:
        args = [sys.executable, __file__, "--profile", str(folder / f"{case}-{label}.txt"), name]
        try:
            done = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {}
        found = [line.split("\t")[1:] for line in done.stdout.splitlines() if line.startswith("P\t")]
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
    status, value, _runs = timed(folder, "news", "peer", ["100KB"], 1, timeout + 20)["100KB"]
    if status != "ok":
        print(f"  peer: dateparser.search_dates on news 100KB: {status}")
        return
    print(f"  peer: dateparser.search_dates on news 100KB: {0.1 / value:.3f} MB/s"  # type: ignore[operator]
          + (f"; datecheck.extract is {value / mine[1]:.0f}x faster" if mine and mine[0] == "ok" else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 KB and 1 MB only")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed for one timed run")
    parser.add_argument("--repeat", type=int, default=4, help="rounds over the sizes (the median run is kept)")
    parser.add_argument("--no-profile", action="store_true", help="do not profile the cases that miss a target")
    parser.add_argument("--no-peer", action="store_true", help="do not time dateparser")
    parser.add_argument("--worker", nargs=6, help=argparse.SUPPRESS)  # folder case function sizes rounds timeout
    parser.add_argument("--profile", nargs=2, help=argparse.SUPPRESS)  # text function
    args = parser.parse_args(argv)
    if args.worker:
        folder, case, name, sizes, rounds, timeout = args.worker
        return worker(Path(folder), case, name, sizes.split(","), int(rounds), float(timeout))
    if args.profile:
        return profile_worker(*args.profile)
    if not hasattr(os, "fork"):
        print("bench_scaling: each timed run is a fork of a warm process; this system has no fork", file=sys.stderr)
        return 2
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
        print(f"datecheck check/extract on one text of each size; published {PUBLISHED}; the median of the "
              f"runs at each size ({args.repeat} rounds); a shared machine, so figures are noisy")
        if LEFT_OUT:
            print(f"  news: {len(LEFT_OUT)} stories left out, as each stops datecheck with an error on its own: "
                  + ", ".join(LEFT_OUT))
        rows = [row for case in cases for row in run_case(case, folder, sizes, args)]
        rows += [(c, f, s, ("skipped", None, 0)) for c in CASES if c not in cases for f in FUNCTIONS for s in sizes]
        print_table(rows, sizes, args.timeout)
        if "news" in cases and not args.no_peer:
            peer(folder, rows, args.timeout)
        missed = [m for m in misses(rows, sizes) if m[0] in cases]
        failed = bool(missed) or any(r[0] == "crash" for *_, r in rows)
        short = _short_of_target(rows, sizes)
        if not args.no_profile:
            for case, name, small, large in missed:
                profile_miss(folder, case, name, small, large, args.timeout * 3)
    print(f"targets: growth <= {GROWTH_TARGET:g}x per 10x and >= {SPEED_TARGET:g} MB/s at every size:",
          f"not all met ({'; '.join(short)})" if failed else "met")
    return 1 if failed else 0


def _short_of_target(rows: list[tuple], sizes: list[str]) -> list[str]:
    """Each figure of the table that misses a target, said briefly: "ranges check 0.88 MB/s at 100KB"."""
    by_key = {(c, f, s): r for c, f, s, r in rows}
    short = []
    for case in CASES:
        for name in FUNCTIONS:
            results = [by_key.get((case, name, s), ("skipped", None, 0)) for s in sizes]
            for label, (status, value, *_) in zip(sizes, results):
                if status in ("timeout", "crash"):
                    short.append(f"{case} {name} {status} at {label}")
                elif status == "ok" and SIZES[label] / 1e6 / value < SPEED_TARGET:  # type: ignore[operator]
                    short.append(f"{case} {name} {SIZES[label] / 1e6 / value:.2f} MB/s at {label}")  # type: ignore[operator]
            for (a, small), (b, large) in zip(zip(sizes, results), zip(sizes[1:], results[1:])):
                if small[0] == "ok" and large[0] == "ok" and large[1] / small[1] > GROWTH_TARGET:  # type: ignore[operator]
                    short.append(f"{case} {name} {large[1] / small[1]:.1f}x from {a} to {b}")  # type: ignore[operator]
    return short


if __name__ == "__main__":
    raise SystemExit(main())
