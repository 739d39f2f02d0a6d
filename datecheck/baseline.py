"""Baselines: adopt datecheck on an archive without fixing every old finding first.

`--write-baseline` records today's findings in a JSON file, each keyed by file, rule, the text of
the span and the sentence around it (not line numbers, so edits elsewhere in the file do not
invalidate it). `--baseline FILE` then reports only findings that are not in it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from .engine import CheckResult
from .model import Finding

SCHEMA_VERSION = 1
# a sentence ends at . ! ?, a blank line, or a line of markup (a front matter fence, a heading)
_SENTENCE_BREAK = re.compile(
    r"[.!?][\"'\u201d\u2019)]*\s+|\n\s*\n|^[ \t]*(?:-{3,}|\+{3,}|#{1,6}[ \t][^\n]*)[ \t]*(?:\n|\Z)", re.M
)


class BaselineError(Exception):
    pass


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], whitespace collapsed."""
    left = 0
    for match in _SENTENCE_BREAK.finditer(text, max(0, start - 400), start):
        left = match.end()
    right_match = _SENTENCE_BREAK.search(text, end)
    right = right_match.start() + 1 if right_match else len(text)
    return " ".join(text[left:min(right, end + 400)].split())


def _key(base: Path, path: str, finding: Finding, text: str) -> tuple[str, str, str, str]:
    try:
        relative = Path(path).resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        relative = Path(path).as_posix()
    return (relative, finding.code, " ".join(finding.text.split()), sentence_around(text, finding.start, finding.end))


def write(baseline: Path, results: list[CheckResult]) -> int:
    """Record every finding of `results`; returns how many."""
    base = baseline.parent
    entries = []
    for result in results:
        for finding in result.findings:
            path, code, span, sentence = _key(base, result.document.path, finding, result.document.text)
            entries.append({"path": path, "code": code, "text": span, "sentence": sentence})
    payload = {"schema_version": SCHEMA_VERSION, "findings": entries}
    temporary = baseline.with_name(baseline.name + ".tmp")
    temporary.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    temporary.replace(baseline)  # never a half-written baseline
    return len(entries)


def load(baseline: Path) -> Counter[tuple[str, str, str, str]]:
    try:
        data = json.loads(baseline.read_text(encoding="utf-8"))
        entries = data["findings"]
        return Counter((e["path"], e["code"], e["text"], e["sentence"]) for e in entries)
    except FileNotFoundError:
        raise BaselineError(f"{baseline}: no such baseline file (create it with --write-baseline)") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BaselineError(f"{baseline}: not a datecheck baseline ({error})") from None


def filter_results(baseline: Path, known: Counter[tuple[str, str, str, str]], results: list[CheckResult]) -> int:
    """Drop the findings the baseline knows (each entry once); returns how many were dropped."""
    base = baseline.parent
    dropped = 0
    for result in results:
        kept = []
        for finding in result.findings:
            key = _key(base, result.document.path, finding, result.document.text)
            if known[key] > 0:
                known[key] -= 1
                dropped += 1
            else:
                kept.append(finding)
        result.findings = kept
    return dropped
