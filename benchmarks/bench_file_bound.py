"""Time and peak memory of `datecheck check` on one file at the per-file size bound.

    python benchmarks/bench_file_bound.py [--mib N] [--limit-mb M]

Writes a generated Markdown story of N MiB (default 10, the default `max-file-size`): front matter,
then paragraphs with weekdays, dates, relative dates and a fenced code block every fifty paragraphs,
some weekdays wrong. Checks it in a fresh process (`python -m datecheck check FILE --format json`)
and prints the wall time, the child's peak resident memory and that memory per character of text.
Then checks a file one byte over the bound and shows that it is refused at once. Target (README,
"What is read"): the peak at the bound stays under --limit-mb (default 640 MB); exit status 1 when
it does not. Timings are noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def story(size: int) -> str:
    """A generated story of at least `size` characters (every sentence written for this script)."""
    parts = ["---\ndate: 2025-07-14\n---\n\n# Harbor commission notes\n\n"]
    total, n = len(parts[0]), 0
    while total < size:
        day = date(2025, 1, 3) + timedelta(days=n * 7 % 190)
        weekday = DAYS[(day.weekday() + (1 if n % 9 == 0 else 0)) % 7]
        piece = (f"The harbor commission met on {weekday}, {MONTHS[day.month - 1]} {day.day}, and {n % 83} "
                 f"boat owners asked about slip {n % 57}. The chair said yesterday that dredging would start "
                 "in the fourth quarter, two weeks after the budget vote.\n\n")
        if n % 50 == 0:
            piece += "```\nslip_fee(2019, 12)\n```\n\n"
        parts.append(piece)
        total += len(piece)
        n += 1
    return "".join(parts)[:size]


def run(path: Path, limit_mib: float) -> tuple[float, int, str]:
    """(seconds, exit status, last line of stderr) of one check in a fresh process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    config = path.parent / "datecheck.toml"
    config.write_text(f"max-file-size = {limit_mib}\n", encoding="utf-8")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "datecheck", "check", str(path), "--format", "json"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    return time.perf_counter() - started, done.returncode, (done.stderr.strip().splitlines() or [""])[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=float, default=10.0)
    parser.add_argument("--limit-mb", type=float, default=640.0)
    args = parser.parse_args()
    size = int(args.mib * 1024 * 1024)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.md"
        path.write_text(story(size), encoding="utf-8")
        seconds, status, _ = run(path, args.mib)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"{args.mib:g} MiB of Markdown: {seconds:.1f} s, exit {status}, peak {peak_mb:.0f} MB "
              f"({peak_mb * 1024 * 1024 / size:.0f} bytes per character)")
        path.write_text(story(size + 1), encoding="utf-8")
        over_seconds, over_status, line = run(path, args.mib)
        print(f"one byte over: {over_seconds:.1f} s, exit {over_status}: {line}")
    if peak_mb > args.limit_mb or status not in (0, 1) or over_status != 2:
        print(f"MISSED: peak {peak_mb:.0f} MB (limit {args.limit_mb:.0f} MB), exit {status}, over the bound {over_status}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
