"""`datecheck check` over a generated content repository: files/s with --jobs 1 and --jobs 2.

    python benchmarks/bench_repo.py [--articles N] [--keep DIR]

Writes N Markdown articles (default 5,000) with front matter dates into a temporary folder,
built from sentence templates written for this benchmark (some with deliberate date errors), then
runs `datecheck check --format json` on the folder with one and with two processes, alternately,
five times each (--rounds). Prints the fastest wall time of each, files/s, the peak resident memory,
and the speed-up (target >= 1.7x on two cores): from the fastest runs, and as the median of the
ratios of back-to-back pairs. On a shared machine the speed of a core drifts with a neighbour's
load; a pair run back to back sees the same machine, so the median of the pairs is the steadier
figure.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from datecheck.lexicon import AP_MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES

TEMPLATES = [
    "The {board} voted {votes} on {weekday}, {day}, to approve the {thing}.",
    "The {thing} was first proposed in {old_year} and stalled for {n} years.",
    "Residents packed the hall {relative}, and the meeting ran past midnight.",
    "The {board} will meet again on {future}, officials said.",
    "{name}, {age}, said the {thing} would take effect in {month_year}.",
    "Construction began on {past_full} and is expected to finish in the third quarter.",
    "A public hearing is scheduled for {future} at the library.",
    "The last comparable vote, in {old_year}, failed by a single ballot.",
    "Crews worked through the weekend, and the road reopened {relative}.",
    "The {board} last changed the rules {n} years ago, in {old_year}.",
]
BOARDS = ["city council", "school board", "zoning board", "library board", "county commission"]
THINGS = ["budget", "bike lane plan", "rent rule", "park levy", "bridge repair", "bus contract"]
NAMES = ["Dana Ortiz", "Sam Lee", "Priya Natarajan", "Tom Becker", "Ana Souza", "Chris Doyle"]
RELATIVE = ["yesterday", "on Monday", "last week", "this morning", "two days ago", "earlier this month"]


def _ap(day: date) -> str:
    return f"{AP_MONTH_ABBREVIATIONS.get(day.month, MONTH_NAMES[day.month - 1])} {day.day}"


def story(rng: random.Random) -> tuple[date, str, str]:
    """One story from the templates: its publication date, title and body (Markdown paragraphs)."""
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(0, 900))
    past = published - timedelta(days=rng.randrange(1, 6))
    weekday = past.weekday() if rng.random() > 0.05 else (past.weekday() + 1) % 7  # a few wrong weekdays
    future = published + timedelta(days=rng.randrange(3, 40))
    old_year = published.year - rng.randrange(3, 30)
    values = {
        "board": rng.choice(BOARDS), "thing": rng.choice(THINGS), "votes": f"{rng.randrange(4, 8)}-{rng.randrange(0, 4)}",
        "weekday": WEEKDAY_NAMES[weekday], "day": _ap(past), "old_year": old_year,
        "n": published.year - old_year, "relative": rng.choice(RELATIVE), "future": _ap(future),
        "name": rng.choice(NAMES), "age": rng.randrange(25, 80),
        "month_year": f"{MONTH_NAMES[future.month - 1]} {future.year}", "past_full": f"{_ap(past)}, {past.year}",
    }
    paragraphs = []
    for _ in range(rng.randrange(4, 9)):
        sentences = [rng.choice(TEMPLATES).format(**values) for _ in range(rng.randrange(2, 5))]
        paragraphs.append(" ".join(sentences))
    title = f"{values['board'].title()} acts on {values['thing']}"
    return published, title, "\n\n".join(paragraphs)


def article(number: int, rng: random.Random) -> str:
    published, title, body = story(rng)
    return f"---\ntitle: \"{title} ({number})\"\ndate: {published.isoformat()}\n---\n\n# {title}\n\n{body}\n"


def generate(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for number in range(count):
        section = folder / f"section-{number % 20:02d}"
        section.mkdir(parents=True, exist_ok=True)
        (section / f"story-{number:05d}.md").write_text(article(number, rng), encoding="utf-8")


def timed_run(folder: Path, jobs: int) -> tuple[float, float, int]:
    """Wall seconds, peak RSS of the run in MB (the largest process), and its exit status."""
    command = [sys.executable, "-c", (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        f"done = subprocess.run([sys.executable, '-m', 'datecheck', 'check', {str(folder)!r}, '--jobs', '{jobs}',"
        " '--format', 'json'], stdout=subprocess.DEVNULL)\n"
        "wall = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(wall, peak, done.returncode)\n"
    )]
    # As installed: no progress bar (CI), and compiled bytecode cached after the warm-up run.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=dict(env, CI="1"))
    wall, peak, status = out.stdout.split()
    return float(wall), float(peak), int(status)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5, help="runs of each; the fastest is reported")
    parser.add_argument("--keep", type=Path, help="write the articles here and keep them")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch) / "content"
        generate(folder, args.articles)
        size_mb = sum(p.stat().st_size for p in folder.rglob("*.md")) / 1e6
        print(f"{args.articles} articles, {size_mb:.1f} MB, {os.cpu_count()} cores")
        timed_run(folder, 1)  # warm the file cache
        runs: dict[int, list[tuple[float, float, int]]] = {1: [], 2: []}
        for _ in range(args.rounds):  # alternated, so a busy moment on the machine hits both alike
            for jobs in (1, 2):
                runs[jobs].append(timed_run(folder, jobs))
        results = {}
        for jobs in (1, 2):
            wall, peak, status = min(runs[jobs], key=lambda r: r[0])
            results[jobs] = wall
            print(f"  --jobs {jobs}: {wall:6.2f} s  {args.articles / wall:7.0f} files/s  peak RSS {peak:5.0f} MB  "
                  f"(exit {status}; best of {args.rounds})")
        paired = sorted(one[0] / two[0] for one, two in zip(runs[1], runs[2]))
        print(f"  speed-up with 2 processes: {results[1] / results[2]:.2f}x from the fastest runs; "
              f"{statistics.median(paired):.2f}x the median of the {args.rounds} back-to-back pairs "
              f"(range {paired[0]:.2f}x-{paired[-1]:.2f}x; target >= 1.7x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
