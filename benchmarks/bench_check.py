"""Speed of `datecheck check` against `datecheck.extract` alone, same texts, same run.

    python benchmarks/bench_check.py [FOLDER ...] [--repeat N]

Over the TempEval-3 documents (TBAQ and platinum, with their DCTs), after a warm-up, times
`datecheck.extract` and `datecheck.check` (document reading, extraction and every default rule)
and prints both and their ratio. Target: check takes at most 1.5 times as long as extract.

The two are timed in alternation (extract then check, then check then extract, and so on), each
run after a garbage collection, so that a change in the machine's load during the run falls on
both alike. The best run of each is kept; the spread (best, median, worst) of each is printed, and
the median of the ratios of the runs made side by side. The processor time of the runs is timed
too (`time.process_time`): on a machine whose cores other work shares, the wall-clock time of a run
holds the time it waited for a core, and the ratio of processor times is the steadier one.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import datecheck  # noqa: E402
from timeml import DEFAULT_FOLDERS, read_folders  # noqa: E402


def timed(run) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(wall-clock, processor) seconds of one run, after a garbage collection."""
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - start, time.process_time() - cpu


def alternate(repeat: int, first, second) -> list[list[tuple[float, float]]]:  # type: ignore[no-untyped-def]
    """`repeat` timings of each of two runs, made in turn (the order flipped every round)."""
    times: list[list[tuple[float, float]]] = [[], []]
    for round_ in range(repeat):
        order = (0, 1) if round_ % 2 == 0 else (1, 0)
        for which in order:
            times[which].append(timed((first, second)[which]))
    return times


def spread(times: list[float]) -> str:
    return (f"best {min(times) * 1000:7.1f}  median {statistics.median(times) * 1000:7.1f}  "
            f"worst {max(times) * 1000:7.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=11, help="timing rounds (each times both; best is kept)")
    args = parser.parse_args(argv)
    docs = read_folders(args.folders or DEFAULT_FOLDERS)
    if not docs:
        print("bench_check: no .tml documents found", file=sys.stderr)
        return 2

    def extract_all() -> None:
        for doc in docs:
            datecheck.extract(doc.text, published=doc.dct)

    findings = 0

    def check_all() -> None:
        nonlocal findings
        findings = 0
        for doc in docs:
            findings += len(datecheck.check(doc.text, published=doc.dct))

    extract_all()
    check_all()  # warm-up: imports, compiled patterns, holiday tables
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    extract_runs, check_runs = alternate(max(1, args.repeat), extract_all, check_all)
    print(f"{len(docs)} documents, {len(extract_runs)} rounds alternating extract and check"
          + (f" (load average before: {load[0]:.2f})" if load else ""))
    for kind, which in (("wall-clock", 0), ("processor", 1)):
        extract_times = [run[which] for run in extract_runs]
        check_times = [run[which] for run in check_runs]
        extract_time, check_time = min(extract_times), min(check_times)
        ratios = sorted(c / e for e, c in zip(extract_times, check_times))
        print(f" {kind} time:")
        print(f"  datecheck.extract   {extract_time * 1000:8.1f} ms  {len(docs) / extract_time:8.0f} docs/s"
              f"   ({spread(extract_times)})")
        print(f"  datecheck.check     {check_time * 1000:8.1f} ms  {len(docs) / check_time:8.0f} docs/s"
              f"   ({spread(check_times)}; {findings} findings)")
        print(f"  ratio of the rounds: best {ratios[0]:.2f}x, median {statistics.median(ratios):.2f}x, "
              f"worst {ratios[-1]:.2f}x")
        print(f"  ratio (best check / best extract {kind} time): {check_time / extract_time:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
