"""Every default rule over every real story in ../shared/corpora, with its publication date.

    python benchmarks/audit_real.py [--list] [--select CODES] [--corpora tbaq,platinum,gum,reuters]

These are published stories, so nearly every warning or error is a false alarm. Prints the count
per corpus and rule, and with --list each finding with its sentence (the material of AUDIT.md).
Target on TempEval-3 and GUM: at most one warning-or-error per 40 documents.

Reuters-21578 (about 9,500 wire stories of 1987) holds a few real errors, so each warning or error
raised there has a verdict in audit_verdicts.toml (keyed by story, code and offset): "real" (an
error in the copy) or a false alarm with its family. The script prints precision = real / flagged
per rule, the findings still without a verdict, and the real errors judged before that are no
longer found. Target on Reuters: precision of warnings and errors >= 0.80, every real error found.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpora import CORPORA, reuters_stories, stories  # noqa: E402

from datecheck.document import load_text  # noqa: E402
from datecheck.engine import check_document  # noqa: E402
from datecheck.model import Severity  # noqa: E402
from datecheck.rules import select_rules  # noqa: E402

VERDICTS = HERE / "audit_verdicts.toml"
ALL_CORPORA = ("tbaq", "platinum", "gum", "reuters")


class Verdict(NamedTuple):
    real: bool
    family: str
    note: str


def load_verdicts(path: Path = VERDICTS) -> dict[tuple[str, str, int], Verdict]:
    """(corpus/story, code, start) -> the verdict given to that finding."""
    if not path.is_file():
        return {}
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    found = {}
    for row in table.get("finding", []):
        key = (row["story"], row["code"], int(row["start"]))
        found[key] = Verdict(row["verdict"] == "real", row.get("family", ""), row.get("note", ""))
    return found


class Tally:
    """Counts per corpus and per rule, and the verdicts met."""

    def __init__(self) -> None:
        self.per_corpus: Counter[str] = Counter()
        self.per_rule: Counter[str] = Counter()
        self.real: Counter[str] = Counter()
        self.unjudged: Counter[str] = Counter()
        self.families: Counter[str] = Counter()
        self.seen: set[tuple[str, str, int]] = set()


def _audit(docs, rules, verdicts, tally: Tally, listing: bool) -> None:  # type: ignore[no-untyped-def]
    for story in docs:
        document = load_text(story.text, story.name, format="text", published=story.published)
        result = check_document(document, rules)
        for finding in result.findings:
            if finding.severity.rank < Severity.WARNING.rank:
                continue
            rule = f"{finding.code} {finding.name}"
            key = (f"{story.corpus}/{story.name}", finding.code, finding.start)
            verdict = verdicts.get(key)
            tally.per_corpus[story.corpus] += 1
            tally.per_rule[rule] += 1
            tally.seen.add(key)
            if verdict is None:
                tally.unjudged[rule] += 1
            elif verdict.real:
                tally.real[rule] += 1
            else:
                tally.families[verdict.family] += 1
            if listing:
                start = max(0, finding.start - 100)
                context = " ".join(story.text[start:finding.end + 80].split())
                judged = "no verdict" if verdict is None else ("REAL" if verdict.real else f"false: {verdict.family}")
                print(f"- {story.corpus}/{story.name} @{finding.start} (published {story.published}) "
                      f"{finding.code} {finding.text!r}: {finding.message} [{judged}]\n  > {context}")


def _report(tally: Tally, docs_per_corpus: Counter[str], verdicts: dict, codes: set[str]) -> None:  # type: ignore[type-arg]
    flagged = sum(tally.per_corpus.values())
    print(f"{sum(docs_per_corpus.values())} documents ({', '.join(f'{c} {n}' for c, n in docs_per_corpus.items())})")
    for corpus in docs_per_corpus:
        print(f"  {corpus:<9} {tally.per_corpus[corpus]:>3} warnings or errors in {docs_per_corpus[corpus]} documents")
    if tally.per_rule:
        print(f"  {'rule':<34} {'flagged':>7} {'real':>5} {'false':>5} {'no verdict':>10} {'precision':>9}")
    for rule, count in sorted(tally.per_rule.items()):
        real, open_ = tally.real[rule], tally.unjudged[rule]
        print(f"  {rule:<34} {count:>7} {real:>5} {count - real - open_:>5} {open_:>10} {real / count:>9.3f}")
    real = sum(tally.real.values())
    if flagged:
        print(f"  {'all rules':<34} {flagged:>7} {real:>5} {flagged - real - sum(tally.unjudged.values()):>5} "
              f"{sum(tally.unjudged.values()):>10} {real / flagged:>9.3f}")
    for family, count in sorted(tally.families.items(), key=lambda item: (-item[1], item[0])):
        print(f"  false alarm family {family:<30} {count:>3}")
    audited = {key for key in verdicts if key[0].split("/", 1)[0] in docs_per_corpus and key[1] in codes}
    known_real = {key for key in audited if verdicts[key].real}
    missed = sorted(known_real - tally.seen)
    print(f"real errors judged: {len(known_real)}, found: {len(known_real) - len(missed)}"
          + "".join(f"\n  MISSED {story} {code} @{start}" for story, code, start in missed))
    quiet = len({key for key in audited if not verdicts[key].real} - tally.seen)
    print(f"false alarms judged before and now quiet: {quiet}")
    rate = flagged / max(1, sum(docs_per_corpus.values())) * 40
    print(f"total: {flagged} warnings or errors, {rate:.2f} per 40 documents, "
          f"precision {real / flagged if flagged else 1.0:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every warning and error with its context")
    parser.add_argument("--select", default=None, help="rules to run (default: the default set)")
    parser.add_argument("--corpora", default=",".join(ALL_CORPORA), help="which corpora to read")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"audit_real: {CORPORA} not found", file=sys.stderr)
        return 2
    corpora = args.corpora.split(",")
    rules = select_rules(args.select.split(",") if args.select else None)
    verdicts = load_verdicts()
    groups = [[s for s in stories() if s.corpus in corpora and s.corpus != "reuters"]]
    if "reuters" in corpora:
        groups.append(reuters_stories())
    for docs in groups:
        if not docs:
            continue
        tally = Tally()
        _audit(docs, rules, verdicts, tally, args.list)
        _report(tally, Counter(story.corpus for story in docs), verdicts, {rule.code for rule in rules})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
