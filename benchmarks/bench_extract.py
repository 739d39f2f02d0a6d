"""Speed and memory of datecheck.extract against dateparser.search.search_dates, same texts, same run.

    python benchmarks/bench_extract.py [FOLDER ...] [--rounds N]

Reads every TimeML document under FOLDER (default: the TempEval-3 platinum and TBAQ sets in
../shared/corpora/tempeval3), warms both up, then times each over all documents with the
document's DCT as the anchor (dateparser: RELATIVE_BASE), in alternated rounds, keeping each
library's fastest round. Prints docs/s, KB/s, the ratio, the peak
resident memory of this process, and the start-up cost of `datecheck extract` on a 2 KB file
against a bare `python -c pass`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import datecheck  # noqa: E402
from timeml import DEFAULT_FOLDERS, read_folders  # noqa: E402


def time_datecheck(docs: list) -> float:
    start = time.perf_counter()
    for doc in docs:
        datecheck.extract(doc.text, published=doc.dct)
    return time.perf_counter() - start


def time_dateparser(docs: list) -> float:
    from dateparser.search import search_dates

    start = time.perf_counter()
    for doc in docs:
        base = datetime.combine(doc.dct, datetime.min.time())
        search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base})
    return time.perf_counter() - start


def startup(repeat: int = 7) -> tuple[float, float]:
    sample = ("The council met on Tuesday, Dec. 3, and said the plan, first drafted in 2019, "
              "would take effect next year. ") * 20
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.md"
        path.write_text("---\ndate: 2024-12-24\n---\n" + sample[:2000], encoding="utf-8")

        # As installed: compiled bytecode is cached (pip compiles it at install time), so the
        # first run here, which writes it, is not counted.
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}

        def run(args: list[str]) -> float:
            subprocess.run(args, check=True, capture_output=True, env=env)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                subprocess.run(args, check=True, capture_output=True, env=env)
                times.append(time.perf_counter() - start)
            return statistics.median(times)

        bare = run([sys.executable, "-c", "pass"])
        tool = run([sys.executable, "-m", "datecheck", "extract", str(path)])
    return bare, tool


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=3,
                        help="alternated timing rounds of both libraries; each one's fastest is kept")
    args = parser.parse_args(argv)
    docs = read_folders(args.folders or DEFAULT_FOLDERS)
    if not docs:
        print("bench_extract: no .tml documents found", file=sys.stderr)
        return 2
    size_kb = sum(len(d.text.encode("utf-8")) for d in docs) / 1024
    for doc in docs[:5]:  # warm-up: imports, caches, compiled patterns
        datecheck.extract(doc.text, published=doc.dct)
    from dateparser.search import search_dates

    search_dates(docs[0].text, languages=["en"])
    ours = theirs = float("inf")
    for _ in range(args.rounds):  # alternated, so a busy moment on the machine hits both alike
        ours = min(ours, time_datecheck(docs))
        theirs = min(theirs, time_dateparser(docs))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(docs)} documents, {size_kb:.0f} KB")
    print(f"  datecheck.extract          {len(docs) / ours:10.0f} docs/s {size_kb / ours:10.0f} KB/s")
    print(f"  dateparser.search_dates    {len(docs) / theirs:10.1f} docs/s {size_kb / theirs:10.1f} KB/s")
    print(f"  ratio (datecheck / dateparser throughput): {theirs / ours:.1f}x")
    print(f"  peak RSS of this process (both libraries loaded): {peak_mb:.0f} MB")
    bare, tool = startup()
    print(f"  start-up: python -c pass {bare * 1000:.0f} ms; datecheck extract on a 2 KB file {tool * 1000:.0f} ms "
          f"({tool / bare:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
