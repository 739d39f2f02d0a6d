"""Where a date expression can start: the prefix analysis behind the tokenizer's fast scan.

Trying every expression family at every word of a text is what makes a naive tokenizer slow. This
module reads each family's regular expression (with Python's own regex parser) and works out every
way a match of it can begin: the first few characters, with digits written as ``0`` and any run of
blanks as one space. From those it writes

* ``WORD_TRIGGER``: a regular expression that matches where some family could begin (a trie of
  those beginnings, six characters deep); ``COMMA_TRIGGER`` the same for the one family that
  begins at a comma (an age: "Smith, 45,"), and
* ``BEGINNINGS``: for each family, its possible first characters (up to ``DISPATCH_DEPTH``), so
  that at a given place only the families that can match there are tried, in order.

The tokenizer then runs only those families, only at those places, and finds exactly what the
full alternation of all families would find (``tests/test_tokenize_triggers.py`` checks both the
equivalence and that the stored table is current).

Each language has its own table, made from its own patterns. Working one out takes a moment, so
it is stored in ``datecheck/lang/<code>/triggers_table.py`` with a fingerprint of the patterns it
was made from. A stale table is not used (the tokenizer works it out at start-up instead, which is
correct but slower); after changing a pattern, regenerate the tables::

    python -m datecheck.triggers --write
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import NamedTuple

try:  # Python 3.11+
    from re import _constants as C, _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

TRIGGER_DEPTH = 5
DISPATCH_DEPTH = 6
BLANKS = " \t\n\r\x0b\x0c\xa0"
LANG_DIR = Path(__file__).with_name("lang")


def table_path(code: str) -> Path:
    """Where the scan table of language `code` is stored."""
    return LANG_DIR / code / "triggers_table.py"


class Unbounded(ValueError):
    """A pattern can start with almost any character: it cannot take part in the fast scan."""


def canonical(char: str) -> str:
    if char.isdigit():
        return "0"
    if char in BLANKS:
        return " "
    return char


def _collapse(text: str) -> str:
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _chars(items: list) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(canonical(chr(av)))
        elif op is C.RANGE:
            low, high = av
            if high - low > 200:
                raise Unbounded(f"character range {low}-{high}")
            out.update(canonical(chr(c)) for c in range(low, high + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out.add("0")
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
            out.add(" ")
        else:
            raise Unbounded(f"character class item {op}")
    return out


def _then(starts: set[str], more, depth: int) -> set[str]:
    """Every string of `starts` continued by what `more(room)` can add, cut at `depth`."""
    out: set[str] = set()
    for start in starts:
        if len(start) >= depth:
            out.add(start)
            continue
        for tail in more(depth - len(start)):
            out.add(_collapse(start + tail)[:depth])
    return out


def _sequence(items: list, depth: int) -> set[str]:
    current = {""}
    for op, av in items:
        current = _then(current, lambda room, op=op, av=av: _item(op, av, room), depth)
    return current


def _item(op, av, depth: int) -> set[str]:
    if depth <= 0:
        return {""}
    if op is C.LITERAL:
        return {canonical(chr(av))}
    if op is C.IN:
        return _chars(av)
    if op is C.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            out |= _sequence(alternative, depth)
        return out
    if op is C.SUBPATTERN:
        return _sequence(av[3], depth)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
        low, high, body = av
        done: set[str] = set()
        current = {""}
        most = min(high, depth)  # each repetition adds a character, or the strings stop growing
        for count in range(most + 1):
            if count >= low:
                done |= current
            if count < most:
                current = _then(current, lambda room: _sequence(body, room), depth)
        return done | {s for s in current if len(s) >= depth}  # cut short before `low` repetitions
    if op is C.ASSERT_NOT and not av[1]:
        return set()  # "(?!)": nothing can follow, so nothing begins here (a family a language does not write)
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return {""}  # zero width: the prefixes stay a superset of the real ones
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(av, depth)
    raise Unbounded(f"regex operator {op}")


def beginnings(pattern: str, depth: int) -> set[str]:
    """The canonical first `depth` characters (fewer if a match can be that short) of `pattern`."""
    return _sequence(P.parse(pattern), depth)


def _trie(strings: set[str]) -> str:
    """A regular expression matching exactly the canonical `strings` (as prefixes of the text)."""
    trie: dict = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def single(char: str) -> str:
        return "[0-9]" if char == "0" else re.escape(char)

    def render(node: dict) -> str:
        if set(node) == {""}:
            return ""
        by_tail: dict[str, list[str]] = {}
        for char, child in node.items():
            if char:
                by_tail.setdefault(render(child), []).append(char)
        alternatives = []
        for tail, chars in sorted(by_tail.items()):
            if " " in chars:
                alternatives.append(r"\s+" + tail)
                chars = [c for c in chars if c != " "]
            if len(chars) == 1:
                alternatives.append(single(chars[0]) + tail)
            elif chars:
                inside = "".join("0-9" if c == "0" else re.escape(c) for c in sorted(chars))
                alternatives.append(f"[{inside}]{tail}")
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


def build(patterns: dict[str, str]) -> tuple[str, str, dict[str, str]]:
    """The word and comma trigger patterns, and each family's beginnings joined by '|'."""
    deep: set[str] = set()
    families: dict[str, str] = {}
    for name, pattern in patterns.items():
        deep |= beginnings(pattern, TRIGGER_DEPTH)
        starts = sorted(beginnings(pattern, DISPATCH_DEPTH))
        if any("|" in start for start in starts):
            raise ValueError(f"family {name} can begin with '|', which the table uses as a separator")
        families[name] = "|".join(starts)
    # a mention starts at a word start, except the age form (", 45,"), which starts at its comma
    word = _trie({s for s in deep if not s.startswith(",")})
    comma = _trie({s for s in deep if s.startswith(",")})
    return word, comma, families


class Table(NamedTuple):
    word_trigger: str
    comma_trigger: str
    beginnings: dict[str, str]
    dispatch_depth: int


def digest(patterns: dict[str, str]) -> str:
    """A fingerprint of the patterns and of this analysis, to tell a stale stored table."""
    import hashlib

    text = repr(sorted(patterns.items())) + repr((TRIGGER_DEPTH, DISPATCH_DEPTH))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def load(patterns: dict[str, str], code: str) -> Table:
    """Language `code`'s stored table when it was made from these `patterns`, else one worked out now."""
    try:
        stored = importlib.import_module(f"{__package__}.lang.{code}.triggers_table")
    except ImportError:  # pragma: no cover - only while the table is being regenerated
        stored = None
    if stored is not None and getattr(stored, "PATTERNS_DIGEST", None) == digest(patterns):
        return Table(stored.WORD_TRIGGER, stored.COMMA_TRIGGER, stored.BEGINNINGS, stored.DISPATCH_DEPTH)
    word, comma, beginnings_ = build(patterns)
    return Table(word, comma, beginnings_, DISPATCH_DEPTH)


def render_table(patterns: dict[str, str]) -> str:
    import pprint

    word, comma, families = build(patterns)
    return (
        '"""Generated by datecheck/triggers.py (main) from the patterns in patterns.py beside it.'
        ' Do not edit."""\n\n'
        f"PATTERNS_DIGEST = {digest(patterns)!r}\n\n"
        f"DISPATCH_DEPTH = {DISPATCH_DEPTH}\n\n"
        f"WORD_TRIGGER = {word!r}\n\n"
        f"COMMA_TRIGGER = {comma!r}\n\n"
        f"BEGINNINGS = {pprint.pformat(families, width=100)}\n"
    )


def main(argv: list[str]) -> int:
    """Check (or with --write, regenerate) the stored scan table of every language."""
    from .lang import SUPPORTED, language

    status = 0
    for code in SUPPORTED:
        path = table_path(code)
        text = render_table(language(code).patterns.PATTERNS)
        if "--write" in argv:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
        elif (path.read_text(encoding="utf-8") if path.exists() else "") != text:
            print(f"{path} is out of date: regenerate it (see datecheck/triggers.py)", file=sys.stderr)
            status = 1
        else:
            print(f"{path} is current")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
