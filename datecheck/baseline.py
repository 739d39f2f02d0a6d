"""Baselines: adopt datecheck on an archive without fixing every old finding first.

`--write-baseline` records today's findings in a JSON file, each keyed by file, rule, the text of
the span and the sentence around it (not line numbers, so edits elsewhere in the file do not
invalidate it). `--baseline FILE` then reports only findings that are not in it.
"""

from __future__ import annotations

import json
import os
import re
import stat
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


#: a lone surrogate: a byte of a file name that is not UTF-8, written as a JSON escape so the file stays UTF-8
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def entries_of(baseline: Path, result: CheckResult) -> list[dict[str, str]]:
    """The baseline entries of one result's findings."""
    entries = []
    for finding in result.findings:
        path, code, span, sentence = _key(baseline.parent, result.document.path, finding, result.document.text)
        entries.append({"path": path, "code": code, "text": span, "sentence": sentence})
    return entries


def write(baseline: Path, results: list[CheckResult]) -> int:
    """Record every finding of `results`; returns how many. Raises BaselineError when it cannot."""
    return write_entries(baseline, [entry for result in results for entry in entries_of(baseline, result)])


def write_entries(baseline: Path, entries: list[dict[str, str]]) -> int:
    """Write these entries as the baseline, whole or not at all; returns how many."""
    payload = {"schema_version": SCHEMA_VERSION, "findings": entries}
    text = json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
    text = _LONE_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)  # read back as the same name
    _replace(baseline, text.encode("utf-8"))
    return len(entries)


def writable(baseline: Path) -> tuple[Path, os.stat_result | None]:
    """Where the baseline is written (a symbolic link is written through to its target) and what is
    there now; raises BaselineError when it cannot or must not be written."""
    target = Path(os.path.realpath(baseline))
    try:
        existing: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        existing = None
    except OSError as error:
        raise BaselineError(f"{baseline}: the baseline cannot be written ({error.strerror})") from None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise BaselineError(f"{baseline}: not a regular file; the baseline was not written")
    if existing is not None and (not existing.st_mode & 0o222 or not os.access(target, os.W_OK)):
        raise BaselineError(f"{baseline}: the file is read-only; the baseline was not written")
    if not target.parent.is_dir():
        raise BaselineError(f"{baseline}: no folder {target.parent}; the baseline was not written")
    return target, existing


def _replace(baseline: Path, data: bytes) -> None:
    """Write `data` whole or not at all (atomic.py); on any failure the old baseline stays."""
    from .atomic import replace_file

    target, existing = writable(baseline)
    try:
        replace_file(target, data, existing)
    except OSError as error:
        raise BaselineError(f"{baseline}: the baseline cannot be written ({error.strerror or error})") from None


def load(baseline: Path) -> Counter[tuple[str, str, str, str]]:
    try:
        if not stat.S_ISREG(os.stat(baseline).st_mode):  # never block on a FIFO
            raise BaselineError(f"{baseline}: not a regular file, so not a datecheck baseline")
        data = json.loads(baseline.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{baseline}: no such baseline file (create it with --write-baseline)") from None
    except OSError as error:
        raise BaselineError(f"{baseline}: the baseline cannot be read ({error.strerror})") from None
    except ValueError as error:
        raise BaselineError(f"{baseline}: not a datecheck baseline ({error})") from None
    return _entries(baseline, data)


def _entries(baseline: Path, data: object) -> Counter[tuple[str, str, str, str]]:
    if not isinstance(data, dict) or "schema_version" not in data:
        raise BaselineError(f"{baseline}: not a datecheck baseline (no schema_version)")
    version = data["schema_version"]
    if type(version) is not int or version != SCHEMA_VERSION:
        raise BaselineError(
            f"{baseline}: baseline schema_version {version!r} is not one this datecheck reads ({SCHEMA_VERSION}); "
            "write it again with --write-baseline"
        )
    entries = data.get("findings")
    fields = ("path", "code", "text", "sentence")
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and all(isinstance(e.get(name), str) for name in fields) for e in entries
    ):
        raise BaselineError(
            f"{baseline}: not a datecheck baseline (findings must be a list of path, code, text, sentence)"
        )
    return Counter((e["path"], e["code"], e["text"], e["sentence"]) for e in entries)


def filter_results(baseline: Path, known: Counter[tuple[str, str, str, str]], results: list[CheckResult]) -> int:
    """Drop the findings the baseline knows (each entry once); returns how many were dropped."""
    return sum(filter_result(baseline, known, result) for result in results)


def filter_result(baseline: Path, known: Counter[tuple[str, str, str, str]], result: CheckResult) -> int:
    """Drop the findings of one result that the baseline knows (using up its entries); how many."""
    base = baseline.parent
    dropped = 0
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
