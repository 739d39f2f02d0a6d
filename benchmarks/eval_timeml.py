"""Accuracy of datecheck.extract on TimeML corpora (TempEval-3), for TIMEX3 type DATE.

    python benchmarks/eval_timeml.py [FOLDER ...] [--errors FILE]

Each FOLDER is searched for *.tml files (default: ../shared/corpora/tempeval3/platinum/gold and
../shared/corpora/tempeval3/tbaq). For each document the tags are stripped from <TEXT>, the text
goes through datecheck.extract with the document's DCT as the publication date, and the result
is scored against the gold TIMEX3 annotations:

* strict span P/R/F1: a prediction counts when its offsets equal a gold DATE timex's;
* relaxed span P/R/F1: a prediction counts when it overlaps a gold DATE timex;
* value F1 (TempEval-3 style): a relaxed match whose value equals the gold value string;
  precision over predictions, recall over gold timexes.

Predictions of other types (TIME, DURATION, SET), and DATE predictions that overlap only a gold
timex of another type, are left out of the DATE score: neither right nor wrong.

A second table scores every TIMEX3 type together, as TempEval-3 does: every prediction against
every gold timex (DATE, TIME, DURATION, SET), strict, relaxed and value as above, the share of
relaxed matches that also have the gold type, and per type the gold and predicted counts and the
relaxed and value recall.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import datecheck  # noqa: E402
from timeml import DEFAULT_FOLDERS, find_documents, read_timeml  # noqa: E402


@dataclass
class Score:
    predictions: int = 0
    gold: int = 0
    strict_pred: int = 0
    strict_gold: int = 0
    relaxed_pred: int = 0
    relaxed_gold: int = 0
    value_pred: int = 0
    value_gold: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def prf(hit_pred: int, predictions: int, hit_gold: int, gold: int) -> tuple[float, float, float]:
        p = hit_pred / predictions if predictions else 0.0
        r = hit_gold / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


@dataclass
class AllTypes(Score):
    """The score over every TIMEX3 type, with counts per type."""

    typed: int = 0  # relaxed gold matches whose prediction has the gold type
    gold_by_type: Counter = field(default_factory=Counter)
    predicted_by_type: Counter = field(default_factory=Counter)
    relaxed_by_type: Counter = field(default_factory=Counter)
    value_by_type: Counter = field(default_factory=Counter)


def score_all_types(doc, mentions, score: AllTypes) -> None:  # type: ignore[no-untyped-def]
    score.predictions += len(mentions)
    score.gold += len(doc.timexes)
    for m in mentions:
        score.predicted_by_type[m.type] += 1
        overlapping = [g for g in doc.timexes if _overlaps(m.start, m.end, g.start, g.end)]
        score.strict_pred += any(g.start == m.start and g.end == m.end for g in overlapping)
        score.relaxed_pred += bool(overlapping)
        score.value_pred += any(g.value == m.value for g in overlapping)
    for g in doc.timexes:
        score.gold_by_type[g.type] += 1
        overlapping = [m for m in mentions if _overlaps(m.start, m.end, g.start, g.end)]
        score.strict_gold += any(m.start == g.start and m.end == g.end for m in overlapping)
        score.relaxed_gold += bool(overlapping)
        score.relaxed_by_type[g.type] += bool(overlapping)
        score.typed += any(m.type == g.type for m in overlapping)
        found = any(m.value == g.value for m in overlapping)
        score.value_gold += found
        score.value_by_type[g.type] += found


def score_document(path: Path, score: Score, all_types: AllTypes | None = None) -> None:
    score_document_with(read_timeml(path), score, all_types)


def score_document_with(doc, score: Score, all_types: AllTypes | None = None, **settings) -> None:  # type: ignore[no-untyped-def]
    """Score one read document; `settings` go to datecheck.extract (``lang``, ``country``)."""
    path = doc.path
    mentions = datecheck.extract(doc.text, published=doc.dct, **settings)
    if all_types is not None:
        score_all_types(doc, mentions, all_types)
    gold_dates = [t for t in doc.timexes if t.type == "DATE"]
    other_gold = [t for t in doc.timexes if t.type != "DATE"]
    predictions = []
    for m in mentions:
        if m.type != "DATE":
            continue
        touches_date = any(_overlaps(m.start, m.end, g.start, g.end) for g in gold_dates)
        touches_other = any(_overlaps(m.start, m.end, g.start, g.end) for g in other_gold)
        if touches_other and not touches_date:
            continue
        predictions.append(m)
    score.predictions += len(predictions)
    score.gold += len(gold_dates)
    for m in predictions:
        overlapping = [g for g in gold_dates if _overlaps(m.start, m.end, g.start, g.end)]
        if any(g.start == m.start and g.end == m.end for g in overlapping):
            score.strict_pred += 1
        if overlapping:
            score.relaxed_pred += 1
        if any(g.value == m.value for g in overlapping):
            score.value_pred += 1
        if not overlapping:
            score.errors.append(f"{path.name}\tDCT {doc.dct}\tFALSE-POSITIVE\t[{m.text}] {m.value}\t{_context(doc.text, m.start, m.end)}")
    for g in gold_dates:
        overlapping = [m for m in predictions if _overlaps(m.start, m.end, g.start, g.end)]
        if any(m.start == g.start and m.end == g.end for m in overlapping):
            score.strict_gold += 1
        if overlapping:
            score.relaxed_gold += 1
        if any(m.value == g.value for m in overlapping):
            score.value_gold += 1
            if not any(m.start == g.start and m.end == g.end for m in overlapping):
                found = "; ".join(f"[{m.text}]" for m in overlapping)
                score.errors.append(f"{path.name}\tDCT {doc.dct}\tSPAN\tgold [{g.text}] got {found}\t{_context(doc.text, g.start, g.end)}")
        elif overlapping:
            found = "; ".join(f"[{m.text}] {m.value}" for m in overlapping)
            score.errors.append(f"{path.name}\tDCT {doc.dct}\tVALUE\tgold [{g.text}] {g.value} got {found}\t{_context(doc.text, g.start, g.end)}")
        else:
            score.errors.append(f"{path.name}\tDCT {doc.dct}\tMISSED\t[{g.text}] {g.value}\t{_context(doc.text, g.start, g.end)}")


def _context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 60):start] + "[[" + text[start:end] + "]]" + text[end:end + 40]).replace("\n", " ")


def evaluate(folder: Path, all_types: AllTypes | None = None) -> Score:
    """The DATE score of the documents in `folder`; the score over every type goes to `all_types`."""
    score = Score()
    for path in find_documents(folder):
        score_document(path, score, all_types)
    return score


def report(name: str, score: Score, documents: int) -> None:
    strict = Score.prf(score.strict_pred, score.predictions, score.strict_gold, score.gold)
    relaxed = Score.prf(score.relaxed_pred, score.predictions, score.relaxed_gold, score.gold)
    value = Score.prf(score.value_pred, score.predictions, score.value_gold, score.gold)
    print(f"{name}: {documents} documents, {score.gold} gold DATE timexes, {score.predictions} DATE predictions")
    print(f"  {'':8} {'P':>6} {'R':>6} {'F1':>6}")
    for label, (p, r, f) in (("strict", strict), ("relaxed", relaxed), ("value", value)):
        print(f"  {label:8} {p:6.3f} {r:6.3f} {f:6.3f}")


def report_all_types(name: str, score: AllTypes) -> None:
    print(f"{name}, all TIMEX3 types (DATE, TIME, DURATION, SET): {score.gold} gold timexes, "
          f"{score.predictions} predictions")
    print(f"  {'':8} {'P':>6} {'R':>6} {'F1':>6}")
    for label, hits in (("strict", (score.strict_pred, score.strict_gold)),
                        ("relaxed", (score.relaxed_pred, score.relaxed_gold)),
                        ("value", (score.value_pred, score.value_gold))):
        p, r, f = Score.prf(hits[0], score.predictions, hits[1], score.gold)
        print(f"  {label:8} {p:6.3f} {r:6.3f} {f:6.3f}")
    typed = score.typed / score.relaxed_gold if score.relaxed_gold else 0.0
    print(f"  type accuracy of the relaxed matches: {typed:.3f}")
    print(f"  {'type':8} {'gold':>6} {'pred':>6} {'rel.R':>6} {'val.R':>6}")
    for kind in ("DATE", "TIME", "DURATION", "SET"):
        gold = score.gold_by_type[kind]
        relaxed = score.relaxed_by_type[kind] / gold if gold else 0.0
        value = score.value_by_type[kind] / gold if gold else 0.0
        print(f"  {kind:8} {gold:6d} {score.predicted_by_type[kind]:6d} {relaxed:6.3f} {value:6.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of .tml files")
    parser.add_argument("--errors", type=Path, help="write every miss and false alarm to this file")
    args = parser.parse_args(argv)
    folders = args.folders or DEFAULT_FOLDERS
    errors: list[str] = []
    totals: list[tuple[str, AllTypes]] = []
    for folder in folders:
        if not folder.is_dir():
            print(f"eval_timeml: {folder}: no such folder", file=sys.stderr)
            return 2
        documents = len(find_documents(folder))
        all_types = AllTypes()
        score = evaluate(folder, all_types)
        name = folder.name if folder.name != "gold" else folder.parent.name
        report(name, score, documents)
        totals.append((name, all_types))
        errors.extend(score.errors)
    for name, all_types in totals:
        report_all_types(name, all_types)
    if args.errors:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
