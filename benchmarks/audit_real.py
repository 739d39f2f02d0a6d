"""Every default rule over every real story in ../shared/corpora, with its publication date.

    python benchmarks/audit_real.py [--list] [--select CODES]

These are published stories, so nearly every warning or error is a false alarm. Prints the count
per corpus and rule, and with --list each finding with its sentence (the material of AUDIT.md).
Target: at most one warning-or-error per 40 documents.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpora import CORPORA, stories  # noqa: E402

from datecheck.document import load_text  # noqa: E402
from datecheck.engine import check_document  # noqa: E402
from datecheck.model import Severity  # noqa: E402
from datecheck.rules import select_rules  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every warning and error with its context")
    parser.add_argument("--select", default=None, help="rules to run (default: the default set)")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"audit_real: {CORPORA} not found", file=sys.stderr)
        return 2
    rules = select_rules(args.select.split(",") if args.select else None)
    docs = stories()
    per_corpus: Counter[str] = Counter()
    per_rule: Counter[str] = Counter()
    docs_per_corpus = Counter(story.corpus for story in docs)
    flagged = 0
    for story in docs:
        document = load_text(story.text, story.name, format="text", published=story.published)
        result = check_document(document, rules)
        for finding in result.findings:
            if finding.severity.rank < Severity.WARNING.rank:
                continue
            flagged += 1
            per_corpus[story.corpus] += 1
            per_rule[f"{finding.code} {finding.name}"] += 1
            if args.list:
                start = max(0, finding.start - 100)
                context = " ".join(story.text[start:finding.end + 80].split())
                print(f"- {story.corpus}/{story.name} (published {story.published}) {finding.code} "
                      f"{finding.text!r}: {finding.message}\n  > {context}")
    print(f"{len(docs)} documents ({', '.join(f'{c} {n}' for c, n in docs_per_corpus.items())})")
    for corpus in docs_per_corpus:
        print(f"  {corpus:<9} {per_corpus[corpus]:>3} warnings or errors in {docs_per_corpus[corpus]} documents")
    for rule, count in sorted(per_rule.items()):
        print(f"  {rule:<34} {count:>3}")
    rate = flagged / len(docs) * 40
    print(f"total: {flagged} warnings or errors, {rate:.2f} per 40 documents (target <= 1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
