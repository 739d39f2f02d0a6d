"""Precision and recall of the rules on an evaluation set of news stories written for the project.

    python benchmarks/stories.py [--set DIR] [--split dev|test|all] [--list] [--story ID ...]

benchmarks/stories/ holds one story per file (Markdown with YAML or TOML front matter, HTML with
its metadata, plain text with a dateline or a dated file name) and manifest.json, which records
for each story its publication date, its container and either the one error planted in it (rule
code, the exact text, its offset and the correct replacement, and the calendar facts that make
it an error) or null for a clean story written to tempt false alarms (its traps are listed).

Each file is checked as `datecheck check FILE` would check it: planned and read by the runner
(nearest config, container, publication date from the file), the default rules, warnings and
errors only. A finding is a true positive when its code is the planted code and its span, or the
span of the other side of the conflict it names, overlaps the planted text (a DC901 story has no
span: any DC901 finding counts). A finding of another code
on the planted text is counted apart ("other code"): a real alarm, but not the planted rule's.
Every other finding is a false positive.

Half of the stories form a held-out split, chosen by a fixed hash of the story id: tune on
--split dev, report on --split test. Targets: precision >= 0.95 and recall >= 0.90 overall and
for every rule with at least 5 planted cases in the split; the exit status is 1 when one is
missed, 2 when a story cannot be read (or --set names a directory without a manifest.json).

--set DIR scores another set written in the same format (a directory holding the stories and
their manifest.json), such as the held-out benchmarks/stories-fresh3.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from datecheck.config import ConfigFinder  # noqa: E402
from datecheck.model import Finding, Severity  # noqa: E402
from datecheck.runner import plan, run_job  # noqa: E402

STORIES = HERE / "stories"
MANIFEST = STORIES / "manifest.json"
TARGET_PRECISION = 0.95
TARGET_RECALL = 0.90
MIN_CASES = 5


def split_of(story_id: str) -> str:
    """'dev' or 'test', fixed by the story id alone (never by its content or its results)."""
    return "dev" if hashlib.sha256(story_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def load_manifest(path: Path = MANIFEST) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass
class Tally:
    cases: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    def recall(self) -> float | None:
        return self.tp / self.cases if self.cases else None


@dataclass
class Score:
    rules: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    false_positives: list[tuple[dict, Finding]] = field(default_factory=list)
    false_negatives: list[tuple[dict, list[Finding]]] = field(default_factory=list)
    other_code: list[tuple[dict, Finding]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    stories: int = 0
    planted: int = 0

    def total(self) -> Tally:
        total = Tally()
        for tally in self.rules.values():
            total.cases += tally.cases
            total.tp += tally.tp
            total.fp += tally.fp
            total.fn += tally.fn
        return total


def check_file(path: Path) -> tuple[list[Finding], str | None]:
    """The warnings and errors datecheck reports for one file, read as the command line reads it."""
    jobs, errors = plan([str(path)], ConfigFinder(), {})
    if errors or not jobs:
        return [], "; ".join(errors) or f"{path}: not planned"
    outcome = run_job(jobs[0], None)
    if outcome.result is None:
        return [], outcome.error or f"{path}: not checked"
    return [f for f in outcome.result.findings if f.severity.rank >= Severity.WARNING.rank], None


def overlaps(finding: Finding, error: dict, sides: bool = False) -> bool:
    """Whether `finding` lies on the planted text; with `sides`, whether either side of the conflict
    it names does (its span or a related one: a range whose stated length and whose end disagree
    is one error, whichever of the two the story's writer meant to be wrong)."""
    if not error["span"]:
        return True  # a file-level error (DC901): no span to overlap
    start, end = error["start"], error["start"] + len(error["span"])
    spans = [(finding.start, finding.end)] + ([(r.start, r.end) for r in finding.related] if sides else [])
    for first, last in spans:
        if first == last and start <= first <= end or first < end and start < last:
            return True
    return False


def score_story(story: dict, findings: list[Finding], score: Score) -> None:
    error = story["error"]
    found = False
    if error:
        score.planted += 1
        score.rules[error["code"]].cases += 1
    for finding in findings:
        on_error = error is not None and overlaps(finding, error)
        if error is not None and finding.code == error["code"] and overlaps(finding, error, sides=True):
            found = True  # a second finding of the same code on the same error is not counted twice
        elif on_error and error["span"]:
            score.other_code.append((story, finding))
        else:
            score.rules[finding.code].fp += 1
            score.false_positives.append((story, finding))
    if error and found:
        score.rules[error["code"]].tp += 1
    elif error:
        score.rules[error["code"]].fn += 1
        score.false_negatives.append((story, [f for f in findings if overlaps(f, error)]))


def run(stories: list[dict], root: Path = STORIES) -> Score:
    score = Score()
    for story in stories:
        findings, problem = check_file(root / story["file"])
        if problem:
            score.errors.append(problem)
            continue
        score.stories += 1
        score_story(story, findings, score)
    return score


def _ratio(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def misses(tally: Tally, *, overall: bool = False) -> list[str]:
    """The targets this tally misses (a rule with fewer than MIN_CASES cases has none)."""
    if not overall and tally.cases < MIN_CASES:
        return []
    missed = []
    precision, recall = tally.precision(), tally.recall()
    if precision is not None and precision < TARGET_PRECISION:
        missed.append(f"precision {precision:.2f} < {TARGET_PRECISION}")
    if tally.fp and precision is None:
        missed.append("precision 0")
    if recall is not None and recall < TARGET_RECALL:
        missed.append(f"recall {recall:.2f} < {TARGET_RECALL}")
    return missed


def print_table(score: Score, split: str) -> bool:
    """The per-rule table and the overall line; True when every target is met."""
    total = score.total()
    print(f"split {split}: {score.stories} stories, {score.planted} with a planted error, "
          f"{score.stories - score.planted} clean")
    print(f"{'rule':<7} {'cases':>5} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>5} {'recall':>6}  target")
    ok = True
    for code in sorted(score.rules):
        tally = score.rules[code]
        missed = misses(tally)
        ok = ok and not missed
        note = "; ".join(missed) if missed else ("ok" if tally.cases >= MIN_CASES else f"(< {MIN_CASES} cases)")
        print(f"{code:<7} {tally.cases:>5} {tally.tp:>4} {tally.fp:>4} {tally.fn:>4} "
              f"{_ratio(tally.precision()):>5} {_ratio(tally.recall()):>6}  {note}")
    missed = misses(total, overall=True)
    ok = ok and not missed
    print(f"{'all':<7} {total.cases:>5} {total.tp:>4} {total.fp:>4} {total.fn:>4} "
          f"{_ratio(total.precision()):>5} {_ratio(total.recall()):>6}  {'; '.join(missed) or 'ok'}")
    if score.other_code:
        print(f"{len(score.other_code)} finding(s) of another code on a planted error (not counted)")
    return ok


def _where(story: dict, finding: Finding) -> str:
    text = " ".join(finding.text.split())
    return f"{story['id']} ({story['file']}, published {story['published']}) {finding.line}:{finding.column} {text!r}"


def print_lists(score: Score) -> None:
    print("\nfalse positives:")
    for story, finding in score.false_positives:
        print(f"  FP {finding.code} {_where(story, finding)}: {finding.message}")
    print("\nfalse negatives:")
    for story, near in score.false_negatives:
        error = story["error"]
        others = ", ".join(f"{f.code} {f.text!r}" for f in near) or "nothing there"
        form = f" [{story.get('form', '')}]" if story.get("form") else ""
        print(f"  FN {error['code']} {story['id']} ({story['file']}, published {story['published']}) "
              f"{error['span']!r} -> {error['replacement']!r}{form}; found: {others}")
    if score.other_code:
        print("\nanother code on a planted error:")
        for story, finding in score.other_code:
            print(f"  {finding.code} (planted {story['error']['code']}) {_where(story, finding)}: {finding.message}")


def print_stories(ids: list[str], stories: list[dict], root: Path = STORIES) -> None:
    by_id = {story["id"]: story for story in stories}
    for story_id in ids:
        story = by_id.get(story_id)
        if story is None:
            print(f"{story_id}: no such story", file=sys.stderr)
            continue
        findings, problem = check_file(root / story["file"])
        planted = story["error"]
        print(f"{story_id} ({story['file']}, published {story['published']}): planted "
              + (f"{planted['code']} {planted['span']!r}" if planted else "nothing (clean)"))
        for finding in findings:
            print(f"  {finding.code} {finding.line}:{finding.column} {finding.text!r}: {finding.message}")
        if problem:
            print(f"  {problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=STORIES, metavar="DIR",
                        help="the directory of stories and manifest.json to score (default benchmarks/stories)")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--list", action="store_true", help="list every false positive and false negative")
    parser.add_argument("--story", action="append", default=[], help="print the findings of one story (repeatable)")
    args = parser.parse_args(argv)
    root = args.set
    if not (root / "manifest.json").is_file():
        print(f"error: {root}: no manifest.json in this directory", file=sys.stderr)
        return 2
    stories = load_manifest(root / "manifest.json")
    if args.story:
        print_stories(args.story, stories, root)
        return 0
    chosen = [s for s in stories if args.split == "all" or split_of(s["id"]) == args.split]
    score = run(chosen, root)
    ok = print_table(score, args.split)
    if args.list:
        print_lists(score)
    for problem in score.errors:
        print(f"error: {problem}", file=sys.stderr)
    if score.errors:
        return 2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
