"""Sentence segmentation: datecheck.text against syntok, on speed and on sentences written to be hard.

    python benchmarks/bench_segment.py [--megabytes N] [--rounds N]

Speed: both split the same few MB of wire copy into sentences (the Reuters-21578 stories in
../shared/corpora, one call per story, repeated up to N MB), fastest of the rounds, in MB/s. Accuracy: the sentence ends each finds in the
cases below (abbreviations, initials, decimals, quotations, date lines, headings, line breaks inside
a sentence), as precision, recall and F1 over the ends, and how many cases come out exactly right.
syntok is optional (pip install syntok); without it only datecheck's figures are printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from datecheck.text import Segments  # noqa: E402

#: (text, its sentences), written for this benchmark
CASES: list[tuple[str, list[str]]] = [
    ("Gov. Ana Ruiz signed the bill. It takes effect Aug. 5 in most counties.",
     ["Gov. Ana Ruiz signed the bill.", "It takes effect Aug. 5 in most counties."]),
    ("The fair opens Jan. 9 and closes Feb. 2. Tickets go on sale Monday.",
     ["The fair opens Jan. 9 and closes Feb. 2.", "Tickets go on sale Monday."]),
    ("Mr. Okafor and Dr. Lin met St. Paul officials on Sept. 3. Nothing was agreed.",
     ["Mr. Okafor and Dr. Lin met St. Paul officials on Sept. 3.", "Nothing was agreed."]),
    ("The U.S. economy grew 2.5 percent. Exports fell.", ["The U.S. economy grew 2.5 percent.", "Exports fell."]),
    ("The firm moved to the U.S. The move cost 300 jobs.", ["The firm moved to the U.S.", "The move cost 300 jobs."]),
    ("The talks ended at 6 p.m. They resume on Friday.", ["The talks ended at 6 p.m.", "They resume on Friday."]),
    ("The author, T. R. Vance, spoke first. Questions followed.",
     ["The author, T. R. Vance, spoke first.", "Questions followed."]),
    ("Output rose 3.5 percent in 2023. Prices held at $4.20 a gallon.",
     ["Output rose 3.5 percent in 2023.", "Prices held at $4.20 a gallon."]),
    ("Track No. 4 was closed. Trains ran late.", ["Track No. 4 was closed.", "Trains ran late."]),
    ('"We are ready," she said. "Are you?" he asked. Nobody answered.',
     ['"We are ready," she said.', '"Are you?" he asked.', "Nobody answered."]),
    ("He shouted, \u201cStop!\u201d The crowd froze.", ["He shouted, \u201cStop!\u201d", "The crowd froze."]),
    ("Acme Inc. said sales rose. Its shares fell.", ["Acme Inc. said sales rose.", "Its shares fell."]),
    ("The vote was set for Oct. 12, 2024. It was held a week late.",
     ["The vote was set for Oct. 12, 2024.", "It was held a week late."]),
    ("Storm closes the harbor\nThe harbor closed on Tuesday after the storm hit the coast overnight.",
     ["Storm closes the harbor", "The harbor closed on Tuesday after the storm hit the coast overnight."]),
    ("March 3, 2025\nCrews cleared the last of the debris from the harbor road on Monday.",
     ["March 3, 2025", "Crews cleared the last of the debris from the harbor road on Monday."]),
    ("Updated Dec. 9, 2024, 6:40 p.m.\n\nThe bridge reopened after repairs.",
     ["Updated Dec. 9, 2024, 6:40 p.m.", "The bridge reopened after repairs."]),
    ("The council voted on\nTuesday to keep the pool open all summer, the\nmayor said.",
     ["The council voted on\nTuesday to keep the pool open all summer, the\nmayor said."]),
    ("Shares of the company rose 4 pct in\nheavy trading on Monday, dealers said.\n    Analysts expect more gains.",
     ["Shares of the company rose 4 pct in\nheavy trading on Monday, dealers said.", "Analysts expect more gains."]),
    ("The plan (approved Jan. 6) costs $2 mln. Work starts in May.",
     ["The plan (approved Jan. 6) costs $2 mln.", "Work starts in May."]),
    ("She asked: why now? Nobody knew.", ["She asked: why now?", "Nobody knew."]),
]


def ends_datecheck(text: str) -> set[int]:
    return {end for _, end in Segments(text).sentences}


def ends_syntok(text: str) -> set[int]:
    from syntok import segmenter

    ends = set()
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            last = sentence[-1]
            ends.add(last.offset + len(last.value))
    return ends


def expected_ends(text: str, sentences: list[str]) -> set[int]:
    ends, cursor = set(), 0
    for sentence in sentences:
        start = text.index(sentence, cursor)
        cursor = start + len(sentence)
        ends.add(cursor)
    return ends


def accuracy(segment) -> tuple[float, float, float, int]:  # type: ignore[no-untyped-def]
    found = right = wanted = exact = 0
    for text, sentences in CASES:
        got, want = segment(text), expected_ends(text, sentences)
        found, wanted, right = found + len(got), wanted + len(want), right + len(got & want)
        exact += got == want
    precision, recall = right / found, right / wanted
    return precision, recall, 2 * precision * recall / (precision + recall), exact


def speed(segment, texts: list[str], rounds: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            segment(text)
        best = min(best, time.perf_counter() - start)
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6 / best


def wire_copy(megabytes: float) -> list[str]:
    """Reuters stories, one text each (repeated if need be), up to `megabytes` in all."""
    from corpora import reuters_stories

    stories = [story.text for story in reuters_stories()]
    texts: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        for text in stories:
            texts.append(text)
            size += len(text.encode("utf-8"))
            if size >= megabytes * 1e6:
                break
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    contenders = [("datecheck.text", ends_datecheck)]
    try:
        import syntok  # noqa: F401

        contenders.append(("syntok", ends_syntok))
    except ImportError:
        print("syntok is not installed: pip install syntok to compare")
    texts = wire_copy(args.megabytes)
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    print(f"speed on {size:.1f} MB of wire copy ({len(texts)} stories, one call each); "
          f"accuracy on {len(CASES)} written cases")
    print(f"  {'segmenter':16} {'MB/s':>7} {'P':>6} {'R':>6} {'F1':>6} {'exact':>7}")
    for name, segment in contenders:
        rate = speed(segment, texts, args.rounds)
        precision, recall, f1, exact = accuracy(segment)
        print(f"  {name:16} {rate:7.2f} {precision:6.3f} {recall:6.3f} {f1:6.3f} {exact:4}/{len(CASES)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
