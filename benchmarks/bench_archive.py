"""`datecheck check --records` over a generated archive: records/s, peak memory, Dask's local rate.

    python benchmarks/bench_archive.py [--records N] [--keep DIR] [--no-dask] [--no-parquet]

Writes N records (default 200,000) built from bench_repo.py's sentence templates (a few with wrong
weekdays) as JSON Lines and, when pyarrow is installed, as Parquet: an id, a URL, the publication
date, the format and the Markdown text of each story. Then times, each in a process of its own
with its output thrown away:

- `datecheck check --records archive.jsonl --format jsonl --jobs 1` and `--jobs 2`;
- `datecheck.dask.check_bag` over the JSON Lines with Dask's local process scheduler (2 workers),
  written out with `to_textfiles` (the `dask` extra);
- `check --records archive.parquet --jobs 2`.

For each it prints the wall time, records/s and the peak resident memory of the largest process,
then the targets: peak RSS <= 150 MB at any --jobs; >= 1.7x with 2 processes; Dask within 1.3x of
--jobs 2; and the time 10 million records would take on one core at the --jobs 1 rate. It exits 1
when a target is missed. The machine's load average is printed before and after: on a shared
machine the ratios move with a neighbour's work.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_repo import story  # noqa: E402 - the project's own sentence templates

TARGET_RSS_MB = 150
TARGET_SPEEDUP = 1.7
TARGET_DASK = 1.3
PROJECTED = 10_000_000

DASK_RUN = """
import json, sys
import dask.bag as db
import datecheck.dask

if __name__ == "__main__":
    source, folder = sys.argv[1], sys.argv[2]
    bag = db.read_text(source, blocksize="1MiB").map(json.loads)
    checked = datecheck.dask.check_bag(bag, format_field="format").map(json.dumps)
    checked.to_textfiles(folder + "/*.jsonl", scheduler="processes", num_workers=2)
"""


def records(count: int, seed: int = 11):
    """The records, one at a time (the archive is never held whole)."""
    rng = random.Random(seed)
    for number in range(count):
        published, title, body = story(rng)
        slug = title.lower().replace(" ", "-")
        yield {"id": f"story-{number:07d}", "url": f"https://news.example/{published.year}/{slug}-{number}",
               "published": published.isoformat(), "format": "markdown", "text": f"# {title}\n\n{body}\n"}


def write_jsonl(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in records(count):
            out.write(json.dumps(record) + "\n")


def write_parquet(path: Path, count: int, batch: int = 5000) -> bool:
    """Write the same records as Parquet, a batch at a time; False without pyarrow."""
    try:
        import pyarrow
        import pyarrow.parquet as parquet
    except ImportError:
        return False
    schema = pyarrow.schema([(name, pyarrow.string()) for name in ("id", "url", "published", "format", "text")])
    with parquet.ParquetWriter(path, schema) as writer:
        rows: list[dict[str, str]] = []
        for record in records(count):
            rows.append(record)
            if len(rows) == batch:
                writer.write_table(pyarrow.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            writer.write_table(pyarrow.Table.from_pylist(rows, schema=schema))
    return True


def timed(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB of the largest process of the run, and its exit status."""
    wrapper = [sys.executable, "-c", (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "wall = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "sys.stderr.write(done.stderr.decode('utf-8', 'replace')[-2000:])\n"
        "print(wall, peak, done.returncode)\n"
    ), *command]
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run(wrapper, capture_output=True, text=True, check=True, env=dict(env, CI="1"))
    if out.stderr.strip():
        print("    stderr: " + out.stderr.strip().splitlines()[-1])
    wall, peak, status = out.stdout.split()
    return float(wall), float(peak), int(status)


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _report(name: str, count: int, run: tuple[float, float, int]) -> None:
    wall, peak, status = run
    print(f"  {name:<28} {wall:8.1f} s  {count / wall:7.1f} records/s  peak RSS {peak:5.0f} MB  (exit {status}; "
          f"load average {_load()})", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="write the archive here and keep it")
    parser.add_argument("--no-dask", action="store_true", help="leave out the Dask run")
    parser.add_argument("--no-parquet", action="store_true", help="leave out the Parquet run")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        jsonl, parquet = folder / "archive.jsonl", folder / "archive.parquet"
        write_jsonl(jsonl, args.records)
        has_parquet = not args.no_parquet and write_parquet(parquet, args.records)
        print(f"{args.records} records, {jsonl.stat().st_size / 1e6:.0f} MB of JSON Lines"
              + (f", {parquet.stat().st_size / 1e6:.0f} MB of Parquet" if has_parquet else "")
              + f"; {os.cpu_count()} cores; load average {_load()}", flush=True)
        runs = _runs(folder, jsonl, parquet if has_parquet else None, args)
        print(f"  load average after: {_load()}")
    return _targets(runs, args.records)


def _runs(folder: Path, jsonl: Path, parquet: Path | None, args: argparse.Namespace) -> dict[str, tuple[float, float, int]]:
    check = [sys.executable, "-m", "datecheck", "check", "--format", "jsonl", "--records"]
    runs: dict[str, tuple[float, float, int]] = {}
    plan = [("jsonl --jobs 1", [*check, str(jsonl), "--jobs", "1"]),
            ("jsonl --jobs 2", [*check, str(jsonl), "--jobs", "2"])]
    if not args.no_dask:
        try:
            import dask  # noqa: F401
        except ImportError:
            print("  (no Dask: pip install 'datecheck[dask]' for its run)")
        else:
            out = folder / "dask-out"
            plan.append(("dask local, 2 processes", [sys.executable, "-c", DASK_RUN, str(jsonl), str(out)]))
    if parquet is not None:
        plan.append(("parquet --jobs 2", [*check, str(parquet), "--jobs", "2"]))
    for name, command in plan:
        runs[name] = timed(command)
        _report(name, args.records, runs[name])
    return runs


def _targets(runs: dict[str, tuple[float, float, int]], count: int) -> int:
    missed = 0
    peak = max(run[1] for name, run in runs.items() if not name.startswith("dask"))
    ok = peak <= TARGET_RSS_MB
    missed += not ok
    print(f"  peak RSS of datecheck check: {peak:.0f} MB (target <= {TARGET_RSS_MB} MB at any --jobs): "
          f"{'met' if ok else 'MISSED'}")
    one, two = runs["jsonl --jobs 1"][0], runs["jsonl --jobs 2"][0]
    ok = one / two >= TARGET_SPEEDUP
    missed += not ok
    print(f"  speed-up with 2 processes: {one / two:.2f}x (target >= {TARGET_SPEEDUP}x): {'met' if ok else 'MISSED'}")
    if "dask local, 2 processes" in runs:
        dask_wall = runs["dask local, 2 processes"][0]
        ok = dask_wall / two <= TARGET_DASK
        missed += not ok
        print(f"  Dask local time / --jobs 2 time: {dask_wall / two:.2f}x (target <= {TARGET_DASK}x): "
              f"{'met' if ok else 'MISSED'}")
    hours = PROJECTED / (count / one) / 3600
    print(f"  projected for {PROJECTED:,} records: {hours:.1f} h on one core at the --jobs 1 rate "
          f"({hours / 2:.1f} h on two cores at a perfect speed-up, {PROJECTED / (count / two) / 3600:.1f} h at "
          "the measured --jobs 2 rate)")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
