"""Speed and memory of datecheck.extract against dateparser.search.search_dates, same texts, same run.

    python benchmarks/bench_extract.py [FOLDER ...] [--rounds N]
    python benchmarks/bench_extract.py --language es|de [--rounds N]

Reads every TimeML document under FOLDER (default: the TempEval-3 platinum and TBAQ sets in
../shared/corpora/tempeval3), warms both up, then times each over all documents with the
document's DCT as the anchor (dateparser: RELATIVE_BASE), in alternated rounds, keeping each
library's fastest round. Prints docs/s, KB/s, the ratio, the peak
resident memory of this process, and the start-up cost of `datecheck extract` on a 2 KB file
against a bare `python -c pass`.

With ``--language``, times datecheck.extract in Spanish (the Spanish TimeBank, both sets) or German
(KRAUTS) against English (the TempEval-3 sets), same rounds, and prints each throughput in KB/s
and their ratio (the target: a Spanish or German KB takes at most 1.5 times an English one).
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


def time_datecheck(docs: list, **settings: str) -> float:
    start = time.perf_counter()
    for doc in docs:
        datecheck.extract(doc.text, published=doc.dct, **settings)
    return time.perf_counter() - start


def language_documents(lang: str) -> list:
    """The documents of the Spanish or German evaluation sets (see eval_languages.py)."""
    import eval_languages as sets
    from timeml import find_documents, read_timeml

    if lang == "es":
        return [doc for name in ("train", "test") if (sets.SPANISH / f"{name}.tsv").exists()
                for doc in sets.read_tsv(sets.SPANISH / f"{name}.tsv")]
    return [read_timeml(path) for part in ("KRAUTS_Dolomiten-100", "KRAUTS_DieZeit") for path in find_documents(sets.KRAUTS / part)]


def compare_language(lang: str, rounds: int) -> int:
    """Throughput of extraction in `lang` against English, in KB/s, best of `rounds` alternated rounds."""
    country = {"es": "ES", "de": "DE"}[lang]
    theirs_docs, english = language_documents(lang), read_folders(DEFAULT_FOLDERS)
    if not theirs_docs or not english:
        print(f"bench_extract: no {lang} or English documents found", file=sys.stderr)
        return 2
    kb = sum(len(d.text.encode("utf-8")) for d in theirs_docs) / 1024
    english_kb = sum(len(d.text.encode("utf-8")) for d in english) / 1024
    for doc in theirs_docs[:5]:
        datecheck.extract(doc.text, published=doc.dct, lang=lang, country=country)
    for doc in english[:5]:
        datecheck.extract(doc.text, published=doc.dct)
    ours = base = float("inf")
    for _ in range(rounds):
        ours = min(ours, time_datecheck(theirs_docs, lang=lang, country=country))
        base = min(base, time_datecheck(english))
    print(f"{lang}: {len(theirs_docs)} documents, {kb:.0f} KB; English: {len(english)} documents, {english_kb:.0f} KB")
    print(f"  datecheck.extract [{lang}]  {kb / ours:10.0f} KB/s")
    print(f"  datecheck.extract [en]  {english_kb / base:10.0f} KB/s")
    print(f"  time per KB, {lang} / en: {(ours / kb) / (base / english_kb):.2f}x (target <= 1.5x)")
    return 0


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
    parser.add_argument("--language", choices=("es", "de"),
                        help="time Spanish or German extraction against English instead")
    args = parser.parse_args(argv)
    if args.language:
        return compare_language(args.language, args.rounds)
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
