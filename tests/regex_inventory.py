"""Every regular expression datecheck compiles, found by running it.

A fresh interpreter (``python tests/regex_inventory.py --harvest``) wraps ``re._compile`` before
datecheck is imported, so it sees every pattern the package compiles: at import (module constants,
the language tables, the generated scan table), on first use (each family of the date grammar, the
clause patterns built from a language's words) and inline (``re.search(r"...", text)`` in a
function body: ``re`` compiles through ``_compile`` on every call, cached or not). It then imports
every module of the package, builds every family of every grammar, and runs the command line (each
command and output format, baselines, ``--changed-since``) and the API (every rule fixture) over the
project's fixtures and a few documents of its own. A pattern is kept when the first frame outside the
``re`` package that asked for it is in ``datecheck/``; it is named after the module constant or
grammar family that holds it, else after the line that compiled it.

``call_sites()`` lists every ``re.<function>(...)`` call in the package's source, so a test can check
that each one was reached; ``UNREACHED`` names those the run cannot reach, and why.

Each pattern also records the methods the code ran it with: a pattern only ever matched at one place
(``.match``) is checked that way; one searched (``.search``, ``.finditer``, ``.sub`` …), or never seen
running, is checked from every start.

Not covered: the patterns inside the libraries datecheck calls (dateparser, markdown-it, PyYAML,
``html.parser``), which it does not write. Patterns built around a name (a config key in
``config.py``, the front matter key in ``rules/base.py``) are checked with the names this run uses;
the name is escaped, so every name gives the same shape.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "datecheck"
_RE_FUNCTIONS = frozenset({"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"})

#: Call sites the run does not reach, and why. Each is listed so that a new one fails the test.
UNREACHED: dict[str, str] = {
    # a bytes pattern (git's output is read as bytes), matched once at the start of each hunk header
    # line: digits, commas and fixed text, no repetition inside repetition
    "datecheck/changes.py:19": "bytes pattern for git hunk headers, anchored with .match",
}


#: What the long inputs are made of: one unit repeated (punctuation, dots, dashes, blanks, digits,
#: word characters, and mixes of them, with the pieces of markup and date lines the code looks at).
RUN_UNITS = (
    ".", "-", " ", ",", "/", "0", "a", "_", "\t", "\n", ":", ";", "'", "(", ")", "[", "]", "<", ">", "`", "*",
    "!", "?", "#", "|", "=", "\"", "\u2014", "\u2013", "\u2019", "\xa0",
    ". ", "- ", ", ", "/ ", "0 ", "a ", " \n", "a.", "a-", "a,", "0,", "0.", "0/", "0-", "a0", ".-", ", .",
    "ab-cd ", "the ", "on ", "and ", "updated ", "a.m. ", "4 ", "4, ", "2024 ", "march ", "12/31 ", "in ",
    "1990s ", "aged ", "fiscal ", "<!--", "-->", "``", "](", "<a ", "datecheck: ignore[", "datecheck-disable ",
)
#: What comes before a run: nothing, the start of a date line (month-day, day-month, a holiday: the
#: dates a year may follow after blanks and a comma), or a front matter key.
PREFIXES = ("", "March 4 ", "Dec. 3, 2024 ", "12/31 ", "march 4 ", "dec. 3, 2024 ", "4 march", "christmas", "date: 2024-01-05")
#: What comes after it: nothing (an anchored pattern can match), or a word (it cannot).
SUFFIXES = (" Board meeting", "")


@dataclass(frozen=True)
class Entry:
    """One compiled pattern: its source, flags, a readable name, every line that compiles it, and the
    methods the code ran it with (none seen: the test runs it every way)."""

    pattern: str
    flags: int
    name: str
    origins: tuple[str, ...]
    uses: frozenset[str]

    @property
    def searched(self) -> bool:
        """Run from every start (search, finditer, sub …), or never seen run at all."""
        return not self.uses or bool(self.uses & SEARCHING)


def call_sites() -> set[str]:
    """Every ``re.<function>(...)`` call in the package, as ``path:line`` (path from the repository root)."""
    sites = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.func.attr in _RE_FUNCTIONS
            ):
                sites.add(f"{path.relative_to(ROOT).as_posix()}:{node.lineno}")
    return sites


@lru_cache(maxsize=1)
def collect() -> tuple[Entry, ...]:
    """Every pattern the harvest saw, in a fixed order."""
    environment = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1", COLUMNS="100")
    environment.pop("CI", None)
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--harvest"],
        capture_output=True, text=True, cwd=ROOT, env=environment, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"regex harvest failed:\n{done.stderr[-3000:]}")
    return tuple(
        Entry(e["pattern"], e["flags"], e["name"], tuple(e["origins"]), frozenset(e["uses"])) for e in json.loads(done.stdout)
    )


# --- the harvest, run in a fresh interpreter ---------------------------------------------------------

#: Documents written for this harvest: front matter, HTML metadata, a dateline, suppressions, tables.
_SAMPLES = {
    "front.md": (
        "---\ntitle: Ferry schedule\ndate: 2026-02-11\n---\n\n# The ferry\n\n"
        "The ferry resumes Thursday, Feb. 12, after a 3-week refit. <!-- datecheck-disable-next-line DC101 -->\n"
        "Crews started on Jan. 19 and finished two days early, 12 years after the 2014 launch. datecheck: ignore[DC301]\n\n"
        "| Day | Sailings |\n|-----|----------|\n| Feb. 13 | 6 |\n\n```\ncode 2019-01-01\n```\n"
        "See [the notice](https://example.org/2026/02/ferry \"Notice\") and <https://example.org/x>.\n"
        "The <em>pier</em> was rebuilt from 2011 to 2014; the day after Christmas it flooded, and yesterday it opened.\n"
    ),
    "page.html": (
        "<html><head><meta property=\"article:published_time\" content=\"2025-08-04T09:00:00Z\">"
        "<script type=\"application/ld+json\">{\"datePublished\": \"2025-08-04\"}</script></head>"
        "<body><!-- a note --><p>Updated Aug. 3, 2025 <a href=\"/x\">link</a></p>"
        "<p>The market, open since 1997, moves on Saturday, Aug. 9 &amp; stays through the fall.</p>"
        "<p>It shut on Friday, Aug. 2. <!-- datecheck: ignore[DC101] --></p></body></html>"
    ),
    "dated.txt": (
        "WESTPORT\n\nMonday, March 2, 2026\n\nThe council, which first met in the 1980s, voted 5-2 on Tuesday. "
        "Ms. Ruiz, 44, who was born in 1983, said the 10th anniversary of the park falls this spring. "
        "The fiscal 2025 budget covered Q3 and the third quarter of last year; the two-day fair, May 1-3, "
        "2026, comes about 11 years after it began in 2015.\n"
        "The pool opened on Friday, March 3. datecheck: ignore[weekday-mismatch]\n"
    ),
    "toml.md": "+++\npublishDate = \"2024-12-02\"\n+++\n\nThe vote is set for Wednesday (Dec. 4).\n",
    "people.txt": (
        "Published March 9, 2026\n\nThe captain, 42, and Dana Okafor (52), who led the crew, said it was the "
        "smallest catch in a decade. The bell was cast in nineteen ninety-six, not in the year two thousand and "
        "one. Notes: https://example.org/2026/03/09/catch and www.example.org/log.\n"
    ),
}
#: Config files with mistakes, so the messages that point at a key's line are built.
_BAD_CONFIGS = {
    "datecheck.toml": "[rules.weekday-mismatch]\nseverity = \"loud\"\nunknown-option = 3\n",
    "pyproject.toml": "[tool.datecheck\nselect = [\"DC1\"]\n",
}


#: The ways of running a pattern: each searching one tries every start; each matching one, one start.
SEARCHING = frozenset({"search", "finditer", "findall", "sub", "subn", "split"})
MATCHING = frozenset({"match", "fullmatch"})


class _Recorded:
    """A compiled pattern that notes which of its methods the code calls (harvest only)."""

    def __init__(self, real, uses: set) -> None:  # type: ignore[no-untyped-def]
        self._real, self._uses = real, uses

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        value = getattr(self._real, name)
        if name in SEARCHING or name in MATCHING:
            self._uses.add(name)
        return value


def _record(seen: dict, pattern: str, flags: int, origin: str) -> set:
    found = seen.setdefault((pattern, int(flags)), ([], set()))
    if origin not in found[0]:
        found[0].append(origin)
    return found[1]


def _install_recorder(seen: dict) -> None:
    import re

    re_dir = str(Path(re.__file__).resolve().parent)
    package = str(PACKAGE)
    original = re._compile  # type: ignore[attr-defined]

    def recording(pattern, flags):  # type: ignore[no-untyped-def]
        if isinstance(pattern, _Recorded):
            pattern = pattern._real
        compiled = original(pattern, flags)
        if isinstance(pattern, str):
            frame = sys._getframe(1)
            while frame is not None and str(Path(frame.f_code.co_filename).resolve()).startswith(re_dir):
                frame = frame.f_back
            if frame is not None:
                filename = str(Path(frame.f_code.co_filename).resolve())
                if filename.startswith(package):
                    origin = f"{Path(filename).relative_to(ROOT).as_posix()}:{frame.f_lineno}"
                    return _Recorded(compiled, _record(seen, pattern, compiled.flags, origin))
        return compiled

    re._compile = recording  # type: ignore[attr-defined]


def _import_everything() -> None:
    import importlib
    import pkgutil

    import datecheck

    for info in pkgutil.walk_packages(datecheck.__path__, "datecheck."):
        if info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
    from datecheck.lang import SUPPORTED
    from datecheck.patterns import grammar

    for code in SUPPORTED:
        built = grammar(code)
        for name in built.patterns:
            built.compiled[name]  # noqa: B018 - compiled on first use


def _run_cli(folder: Path) -> None:
    from typer.testing import CliRunner

    from datecheck.cli import app
    from datecheck.rules import RULES

    runner = CliRunner()
    paths = [str(folder), str(ROOT / "fixtures")]
    for fmt in ("text", "concise", "json", "jsonl", "github", "sarif"):
        runner.invoke(app, ["check", *paths, "--format", fmt, "--jobs", "1"])
    for fmt in ("text", "json", "jsonl", "timeml"):
        runner.invoke(app, ["extract", *paths, "--format", fmt])
    runner.invoke(app, ["check", str(folder), "--date-order", "DMY", "--published", "4 March 2026", "--jobs", "1"])
    runner.invoke(app, ["check", str(folder), "--statistics", "--jobs", "1"])
    baseline = folder / "baseline.json"
    runner.invoke(app, ["check", str(folder), "--baseline", str(baseline), "--write-baseline", "--jobs", "1"])
    runner.invoke(app, ["check", str(folder), "--baseline", str(baseline), "--jobs", "1"])
    runner.invoke(app, ["check", str(ROOT / "fixtures"), "--changed-since", "HEAD", "--jobs", "1"])
    runner.invoke(app, ["check", "-", "--stdin-filename", "x.md"], input=_SAMPLES["front.md"])
    runner.invoke(app, ["timeline", str(folder / "dated.txt")])
    runner.invoke(app, ["config", str(folder)])
    runner.invoke(app, ["rules"])
    for name, text in _BAD_CONFIGS.items():
        bad = folder / name.split(".")[0]
        bad.mkdir()
        (bad / name).write_text(text, encoding="utf-8")
        (bad / "a.txt").write_text("Tuesday, May 5, 2026\n", encoding="utf-8")
        runner.invoke(app, ["check", str(bad), "--jobs", "1"])
    for rule in RULES:
        runner.invoke(app, ["rule", rule.code])


def _run_api() -> None:
    import tomllib

    import datecheck

    from datecheck.suppress import find_suppressions

    # suppressions read without a document, and notes written without their brackets
    find_suppressions("Due Friday, May 8. datecheck: ignore DC101, weekday-mismatch\r\nNext line.\n")
    # each language's own readers (number words, relative phrases)
    datecheck.extract("Hace tres días, el martes 5 de marzo de 2024, y dentro de dos semanas.", "2024-03-08",
                      language="es")
    datecheck.extract("Vor drei Tagen, am Dienstag, 5. März 2024, und in zwei Wochen.", "2024-03-08",
                      language="de")
    for path in sorted((ROOT / "fixtures" / "rules").glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            datecheck.check(case["text"], case.get("published"))
            datecheck.extract(case["text"], case.get("published"))


def _walk_names(seen: dict) -> dict[tuple[str, int], str]:
    """Module constant or grammar family -> the pattern it holds, for readable names. A compiled
    pattern held by a module but not compiled through ``re`` (none today) would be added here."""
    import re

    from datecheck.patterns import _GRAMMARS

    def key(value: object) -> tuple[str, int] | None:
        value = value._real if isinstance(value, _Recorded) else value
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            return value.pattern, int(value.flags)
        return None

    names: dict[tuple[str, int], str] = {}
    for module_name, module in sorted(sys.modules.items()):
        if not module_name.startswith("datecheck") or module is None:
            continue
        for attribute, value in vars(module).items():
            found = key(value)
            if found:
                names.setdefault(found, f"{module_name}.{attribute}")
                _record(seen, found[0], found[1], f"{module_name}.{attribute}")
    for code, built in sorted(_GRAMMARS.items()):
        for attribute, value in sorted(vars(built).items()):
            if key(value):
                names.setdefault(key(value), f"grammar[{code}].{attribute}")  # type: ignore[arg-type]
        for family, value in built.compiled.items():
            names.setdefault(key(value), f"grammar[{code}].{family}")  # type: ignore[arg-type]
    return names


def _harvest() -> list[dict]:
    import tempfile

    seen: dict[tuple[str, int], list[str]] = {}
    _install_recorder(seen)
    _import_everything()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for name, text in _SAMPLES.items():
            (folder / name).write_text(text, encoding="utf-8")
        _run_cli(folder)
    _run_api()
    names = _walk_names(seen)
    entries = []
    for (pattern, flags), (origins, uses) in sorted(seen.items(), key=lambda item: (item[1][0], item[0])):
        name = names.get((pattern, flags)) or origins[0]
        entries.append({"pattern": pattern, "flags": flags, "name": name, "origins": origins, "uses": sorted(uses)})
    counts: dict[str, int] = {}
    for entry in entries:  # two patterns from one line (a loop, a pattern built per key) get #2, #3
        counts[entry["name"]] = counts.get(entry["name"], 0) + 1
        if counts[entry["name"]] > 1:
            entry["name"] += f"#{counts[entry['name']]}"
    return entries


if __name__ == "__main__":
    if sys.argv[1:] == ["--harvest"]:
        json.dump(_harvest(), sys.stdout, indent=0)
    else:
        for found in collect():
            print(f"{found.name:50} {','.join(sorted(found.uses)) or '-':18} {found.pattern[:80]!r}")
