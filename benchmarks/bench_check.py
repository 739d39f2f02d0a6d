"""Speed of `datecheck check` against `datecheck.extract` alone, same texts, same run.

    python benchmarks/bench_check.py [FOLDER ...] [--repeat N]

Over the TempEval-3 documents (TBAQ and platinum, with their DCTs), after a warm-up, times
`datecheck.extract` and `datecheck.check` (document reading, extraction and every default rule)
and prints both and their ratio. Target: check takes at most 1.5 times as long as extract.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import datecheck  # noqa: E402
from timeml import DEFAULT_FOLDERS, read_folders  # noqa: E402


def best_of(repeat: int, run) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="timing runs (best is kept)")
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
    extract_time = best_of(args.repeat, extract_all)
    check_time = best_of(args.repeat, check_all)
    print(f"{len(docs)} documents")
    print(f"  datecheck.extract   {extract_time * 1000:8.1f} ms  {len(docs) / extract_time:8.0f} docs/s")
    print(f"  datecheck.check     {check_time * 1000:8.1f} ms  {len(docs) / check_time:8.0f} docs/s  ({findings} findings)")
    print(f"  ratio (check / extract time): {check_time / extract_time:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
