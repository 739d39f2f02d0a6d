"""Start-up cost of the command line: wall time of fresh processes, modules imported, peers.

    python benchmarks/bench_startup.py [--repeat N]

Times, as the best of N fresh processes each (after one unmeasured run to warm the disk cache):
`python -m datecheck check` on a small shipped Markdown article and on a plain text file,
`datecheck --version`, and two peers in the same run: `python -c pass` (the interpreter alone) and
`python -c "import dateparser"` (the library most date tools start with). It prints each time, its
ratio to the bare interpreter and to the dateparser import, and the number of modules each
datecheck command imports (`python -X importtime`).

It exits 1 when `check` on Markdown or on text imports an adapter's library: the language server's
(pygls, lsprotocol), the server's (starlette, uvicorn, httpx, anyio), the Word reader's (docx,
lxml), the records' (pyarrow, dask, pandas, numpy), or babel or dateparser, which a check needs only
for the words it meets; and when `check` on a plain text file without front matter imports the
YAML or Markdown readers. It needs no corpus.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "fixtures" / "articles" / "harbor-bridge.md"
TEXT = ROOT / "fixtures" / "documents" / "dateline.txt"
#: Top-level packages that `check` on Markdown or text must never import.
NEVER = ("pygls", "lsprotocol", "starlette", "uvicorn", "httpx", "anyio", "docx", "lxml", "pyarrow", "dask",
         "pandas", "numpy", "babel", "dateparser")
#: ... and those a plain text file without front matter does not need either.
NOT_FOR_TEXT = ("yaml", "markdown_it")


def environment() -> dict[str, str]:
    """This checkout's datecheck first on the path, whatever is installed."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


def wall(command: list[str], repeat: int) -> float:
    """The best wall time of `repeat` fresh processes running `command` (one warm-up run first)."""
    env = environment()
    best = float("inf")
    for attempt in range(repeat + 1):
        start = time.perf_counter()
        run = subprocess.run(command, capture_output=True, env=env, cwd=ROOT)
        elapsed = time.perf_counter() - start
        if run.returncode not in (0, 1):
            raise SystemExit(f"bench_startup: {' '.join(command)} failed:\n{run.stderr.decode()[-2000:]}")
        if attempt:
            best = min(best, elapsed)
    return best


def imported(arguments: list[str]) -> set[str]:
    """The modules a fresh process running `python -X importtime ARGUMENTS` imports."""
    run = subprocess.run([sys.executable, "-X", "importtime", *arguments], capture_output=True, text=True,
                         env=environment(), cwd=ROOT)
    return {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")}


def forbidden(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted({name.split(".")[0] for name in modules} & set(packages))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7, help="fresh processes per command (best is kept)")
    args = parser.parse_args(argv)
    python = sys.executable
    check_md = ["-m", "datecheck", "check", "--exit-zero", str(ARTICLE.relative_to(ROOT))]
    check_txt = ["-m", "datecheck", "check", "--exit-zero", str(TEXT.relative_to(ROOT))]
    version = ["-m", "datecheck", "--version"]
    times = {
        "python -c pass": wall([python, "-c", "pass"], args.repeat),
        'python -c "import dateparser"': wall([python, "-c", "import dateparser"], args.repeat),
        "datecheck --version": wall([python, *version], args.repeat),
        f"datecheck check {ARTICLE.name}": wall([python, *check_md], args.repeat),
        f"datecheck check {TEXT.name}": wall([python, *check_txt], args.repeat),
    }
    bare, peer = times["python -c pass"], times['python -c "import dateparser"']
    print(f"start-up, best of {args.repeat} fresh processes (wall time)")
    for name, seconds in times.items():
        print(f"  {name:<40} {seconds * 1000:7.0f} ms   {seconds / bare:5.1f}x bare python   "
              f"{seconds / peer:5.2f}x import dateparser")
    failures = []
    for name, arguments, never in (("--version", version, NEVER), (f"check {ARTICLE.name}", check_md, NEVER),
                                   (f"check {TEXT.name}", check_txt, NEVER + NOT_FOR_TEXT)):
        modules = imported(arguments)
        wrong = forbidden(modules, never)
        print(f"  modules imported by datecheck {name}: {len(modules)}"
              + (f"; must not import: {', '.join(wrong)}" if wrong else ""))
        if wrong:
            failures.append(name)
    dateparser_modules = imported(["-c", "import dateparser"])
    print(f"  modules imported by import dateparser: {len(dateparser_modules)}")
    if failures:
        print(f"FAIL: {'; '.join(failures)} imports a library it does not need")
        return 1
    print("OK: no adapter's library is imported by check on Markdown or text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
