"""No English words outside ``datecheck/lang/``: every word a date expression or a cue is made of is
language data, read through ``datecheck.lang.language``.

Each module of the package is parsed with ``ast`` and its string constants are checked:

* a collection (set, tuple, list, dict keys, or a ``"…".split()`` string) of three or more words;
* a regular expression with an alternation of three or more words (``ago|earlier|later``);
* a single literal that is a word or phrase of the English data modules where code decides with it:
  compared (``word == "today"``, ``rel in ("early", "late")``) or looked for (``.startswith("the")``);
* a test of a word's beginning or ending, however short: ``word.endswith("ed")``, ``word[-3:] ==
  "ing"``, or a regular expression for letters that end a word without starting it (``ed(?![a-z])``,
  ``\\w+ness\\b``): prefixes and suffixes are the language's, as its words are.

Exempt by rule, not by word: docstrings; two-letter codes ("en", "fr"); regex group names
(``m.group("unit")``); the keys of a dict built from expressions (a JSON record, not a word table);
names of the program itself (the values of the enums in ``datecheck.model``, attribute, keyword,
class and function names anywhere in the package, with "-" read as "_", so config keys and output
fields pass); markup names (collections named ``*_TAGS``, literals compared with ``tag``); the
directives of datecheck's own comment syntax (a pattern that names ``datecheck``); and the
language-free keys the English data maps its words onto (the values of its tables, such as the unit
``"day"`` that "days" and "day" both mean).
"""

from __future__ import annotations

import ast
import re
import sys
from functools import lru_cache
from pathlib import Path

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
    from re import _constants as sre_constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

import pytest

from datecheck import model

PACKAGE = Path(__file__).resolve().parent.parent / "datecheck"
LANG = PACKAGE / "lang"

# Modules other work is converting at the moment; each leaves this list when its words are data.
NOT_YET_CONVERTED: tuple[str, ...] = ()

_WORD = re.compile(r"[A-Za-z][a-z]+(?:['\u2019.-][a-z]+)*\.?(?: [A-Za-z][a-z]*(?:['\u2019.-][a-z]+)*\.?)*")
_WHITESPACE_PIECES = re.compile(r"\{SP\}|\\s[+*]?|\[ \\t(?:\\xa0)?\]\+?|\[ \\t\\xa0\]\+?")


def _modules() -> list[Path]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("lang/"):
            continue
        if any(relative == skip or (skip.endswith("/") and relative.startswith(skip)) for skip in NOT_YET_CONVERTED):
            continue
        found.append(path)
    return found


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                ids.add(id(first.value))
    return ids



@lru_cache(maxsize=1)
def english_data() -> tuple[frozenset[str], frozenset[str]]:
    """(the words and phrases of the English data modules, the language-free keys they map onto)."""
    words: set[str] = set()
    keys: set[str] = set()
    for path in sorted((LANG / "en").glob("*.py")):
        if path.name.startswith("triggers_table"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values):
                    if isinstance(key, ast.Constant) and isinstance(key.value, str):
                        words.add(key.value)
                    values = value.elts if isinstance(value, (ast.Tuple, ast.List)) else [value]
                    keys.update(v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)
                                and _WORD.fullmatch(v.value))
            elif isinstance(node, (ast.Set, ast.Tuple, ast.List)):
                words.update(s.value for s in node.elts if isinstance(s, ast.Constant) and isinstance(s.value, str))
            elif _is_split(node):
                words.update(node.func.value.value.split())  # type: ignore[attr-defined]
    words = {w for w in words if _WORD.fullmatch(w)}
    return frozenset(words), frozenset(keys)


def _is_split(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) and not node.args
    )


def _word_alternatives(pattern: str) -> int:
    """The most alternatives that are plain words in one alternation of `pattern` (0 if not a regex)."""
    pattern = _WHITESPACE_PIECES.sub(" ", pattern)
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - not a regular expression (or a piece of one)
        return max((len(m.group().split("|")) for m in re.finditer(r"[a-z]{3,}(?:\|[a-z]{3,})+", pattern)), default=0)
    best = 0

    def literal_word(items: list) -> bool:
        chars = []
        for op, av in items:
            if op is sre_constants.LITERAL:
                chars.append(chr(av))
            else:
                return False
        return bool(_WORD.fullmatch("".join(chars))) and len(chars) > 2

    def walk(items: list) -> None:
        nonlocal best
        for op, av in items:
            if op is sre_constants.BRANCH:
                best = max(best, sum(literal_word(list(alt)) for alt in av[1]))
                for alt in av[1]:
                    walk(list(alt))
            elif op is sre_constants.SUBPATTERN:
                walk(list(av[3]))
            elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
                walk(list(av[2]))
            elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
                walk(list(av[1]))

    walk(list(parsed))
    return best


def _joined(node: ast.JoinedStr) -> str:
    return "".join(v.value if isinstance(v, ast.Constant) else " " for v in node.values)


@lru_cache(maxsize=1)
def program_names() -> frozenset[str]:
    """Names the program uses as identifiers: enum values, attributes, keywords, classes, functions."""
    names: set[str] = set()
    for value in vars(model).values():
        if isinstance(value, type) and issubclass(value, model.enum.Enum):
            names.update(str(member.value) for member in value)
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).as_posix().startswith("lang/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute):
                names.add(node.attr)
            elif isinstance(node, ast.keyword) and node.arg:
                names.add(node.arg)
            elif isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                names.add(node.name)
                if isinstance(node, ast.ClassDef):
                    names.update(t.target.id for t in node.body if isinstance(t, ast.AnnAssign) and isinstance(t.target, ast.Name))
    return frozenset(names)


def _exempt(word: str, keys: frozenset[str]) -> bool:
    return len(word.rstrip(".")) < 3 or word in keys or word.replace("-", "_") in program_names()


_GROUP_CALLS = frozenset({"group", "start", "end", "span"})
_LOOKS_FOR = frozenset({"startswith", "endswith", "find", "rfind", "index", "rindex", "count"})


def _deciding(tree: ast.AST) -> set[int]:
    """The string constants code decides with: compared, tested for membership, looked for."""
    ids: set[int] = set()
    group_names: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            names = [n.id for n in [node.left, *node.comparators] if isinstance(n, ast.Name)]
            if "tag" in names:
                continue  # markup: `tag == "time"`
            for part in [node.left, *node.comparators]:
                ids.update(id(n) for n in ast.walk(part) if isinstance(n, ast.Constant))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _GROUP_CALLS:
            group_names.update(id(n) for n in node.args)  # a regex group name: m.group("unit")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _LOOKS_FOR:
            for arg in node.args:
                ids.update(id(n) for n in ast.walk(arg) if isinstance(n, ast.Constant))
    return ids - group_names


#: A piece of a word: lower-case letters (any script) and apostrophes.
_AFFIX = re.compile(r"[^\W\d_A-Z]+(?:'[^\W\d_A-Z]*)?")
_AFFIX_CALLS = frozenset({"startswith", "endswith", "removeprefix", "removesuffix"})


def _affix_constants(node: ast.AST) -> list[ast.Constant]:
    """The string constants of `node` (a constant or a tuple of them) that are pieces of words."""
    items = node.elts if isinstance(node, ast.Tuple) else [node]
    return [c for c in items if isinstance(c, ast.Constant) and isinstance(c.value, str) and _AFFIX.fullmatch(c.value)]


def _imported(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return names


def _affix_tests(tree: ast.AST) -> list[tuple[ast.AST, str]]:
    """Tests of a word's beginning or ending written in the code: ``word.endswith("ed")``,
    ``word.startswith(("un", "non"))``, ``word[-3:] == "ing"``; a prefix or suffix is a fact of the
    language, as a word is. A property of the running system (``sys.platform.startswith("linux")``,
    an attribute of an imported module) is not a word."""
    modules = _imported(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _AFFIX_CALLS:
            receiver = node.func.value
            if isinstance(receiver, ast.Attribute) and isinstance(receiver.value, ast.Name) and receiver.value.id in modules:
                continue
            for arg in node.args[:1]:
                found.extend((c, c.value) for c in _affix_constants(arg))
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(isinstance(side, ast.Subscript) and isinstance(side.slice, ast.Slice) for side in sides):
                for side in sides:
                    found.extend((c, c.value) for c in _affix_constants(side))
    return found


def _suffix_patterns(pattern: str) -> list[str]:
    r"""The word endings a regular expression looks for: letters at the end of a word (before
    ``\b`` or a look-ahead refusing a letter) that do not start one (the pattern's start, or any
    letters before them): ``ed(?![a-z])``, ``\w+ing\b``. A whole word (``\bago\b``) is not one."""
    try:
        parsed = sre_parse.parse(_WHITESPACE_PIECES.sub(" ", pattern))
    except Exception:  # noqa: BLE001 - not a regular expression
        return []
    found: list[str] = []

    def letters_before(item: tuple) -> bool:
        op, av = item
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            inner = list(av[2])
            return len(inner) == 1 and inner[0][0] is sre_constants.IN
        return op is sre_constants.IN

    def ends_word(item: tuple) -> bool:
        op, av = item
        return op is sre_constants.AT and av is sre_constants.AT_BOUNDARY or op is sre_constants.ASSERT_NOT and av[0] == 1

    def walk(items: list, top: bool, letters: bool, tail: bool) -> None:
        """`top`: nothing comes before `items`; `letters`: letters come before them; `tail`: what
        follows them ends a word."""
        for i, (op, av) in enumerate(items):
            after = ends_word(items[i + 1]) if i + 1 < len(items) else tail
            start, lead = top and i == 0, i > 0 and letters_before(items[i - 1]) or letters and i == 0
            if op is sre_constants.BRANCH:
                for alt in av[1]:
                    walk(list(alt), start, lead, after)
            elif op is sre_constants.SUBPATTERN:
                walk(list(av[3]), start, lead, after)
            elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
                walk(list(av[2]), False, False, False)
        run: list[str] = []
        for i, item in enumerate(items + [(None, None)]):
            op, av = item
            if op is sre_constants.LITERAL and chr(av).isalpha() and chr(av).islower():
                run.append(chr(av))
                continue
            if len(run) >= 2 and (ends_word(item) if op is not None else tail):
                first = i - len(run)
                if first == 0 and (top or letters) or first > 0 and letters_before(items[first - 1]):
                    found.append("".join(run))
            run = []

    walk(list(parsed), True, False, False)
    return found


def _markup_or_directives(tree: ast.AST) -> set[int]:
    """Constants inside an assignment to a ``*_TAGS`` name (markup names)."""
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id.endswith("_TAGS") for t in node.targets):
            ids.update(id(n) for n in ast.walk(node.value))
    return ids


def problems(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    english, keys = english_data()
    deciding = _deciding(tree)
    markup = _markup_or_directives(tree)
    found: list[str] = []

    def report(node: ast.AST, what: str) -> None:
        found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {what}")  # type: ignore[attr-defined]

    modules = {p.stem for p in PACKAGE.rglob("*.py")}  # "html": a source label named like its module
    for node, affix in _affix_tests(tree):
        if affix not in keys and affix not in program_names() and affix not in modules:
            report(node, f"a test of a word's beginning or ending {affix!r}")
    for node in ast.walk(tree):
        if id(node) in markup:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings \
                and "datecheck" not in node.value and (suffixes := _suffix_patterns(node.value)):
            report(node, f"a regular expression looking for the word ending {suffixes[0]!r}")
        if isinstance(node, (ast.Set, ast.Tuple, ast.List, ast.Dict)):
            if isinstance(node, ast.Dict) and not all(isinstance(v, (ast.Constant, ast.Tuple)) for v in node.values):
                continue  # a record built from expressions: its keys are field names
            elements = node.keys if isinstance(node, ast.Dict) else node.elts
            words = [e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)
                     and _WORD.fullmatch(e.value) and not _exempt(e.value, keys)]
            if len(words) >= 3:
                report(node, f"a list of words {words[:4]}")
        elif _is_split(node):
            words = [w for w in node.func.value.value.split() if _WORD.fullmatch(w) and not _exempt(w, keys)]  # type: ignore[attr-defined]
            if len(words) >= 3:
                report(node, f"a list of words {words[:4]}")
        elif isinstance(node, ast.JoinedStr):
            if _word_alternatives(_joined(node)) >= 3:
                report(node, "a regular expression with an alternation of words")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            if "datecheck" not in node.value and _word_alternatives(node.value) >= 3:
                report(node, f"a regular expression with an alternation of words: {node.value[:50]!r}")
            elif node.value in english and id(node) in deciding and not (
                node.value in keys or node.value in program_names()
            ):
                report(node, f"the English word {node.value!r}")
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_english_words_outside_the_language_packages(path: Path) -> None:
    assert problems(path) == []


def test_the_check_finds_word_lists() -> None:
    sample = (
        'A = frozenset({"early", "late", "mid"})\n'
        'B = "since until during".split()\n'
        'C = r"(?:ago|earlier|later)"\n'
        'D = rf"{x}(?:before|after|hence)"\n'
    )
    tree_file = PACKAGE.parent / "tests" / "_seam_sample.py"
    tree_file.write_text(sample, encoding="utf-8")
    try:
        assert {int(problem.split(":")[1]) for problem in problems(tree_file)} == {1, 2, 3, 4}
    finally:
        tree_file.unlink()


def test_the_check_finds_tests_of_word_endings() -> None:
    sample = (
        'import sys\n'
        'def f(word, words, i):\n'
        '    a = word.endswith("ed")\n'
        '    b = words[i].startswith(("un", "non"))\n'
        '    c = word[-3:] == "ing"\n'
        '    d = r"ed(?![a-z])"\n'
        '    e = r"\\w+ness\\b"\n'
        '    f = r"(?:[a-z]+ly|x)\\b"\n'
        '    return sys.platform.startswith("linux"), word.endswith("."), r"\\bago\\b", r"\\b(?:the )?past\\b"\n'
    )
    tree_file = PACKAGE.parent / "tests" / "_seam_sample.py"
    tree_file.write_text(sample, encoding="utf-8")
    try:
        assert {int(problem.split(":")[1]) for problem in problems(tree_file)} == {3, 4, 5, 6, 7, 8}
    finally:
        tree_file.unlink()


def test_non_words_pass() -> None:
    assert _word_alternatives(r"(?:[0-9]{1,2}|q[1-4]|h[12])") == 0
    assert _word_alternatives(r"[/.-]") == 0
    assert _word_alternatives(r"(?:ago|earlier|later)") == 3


def test_a_second_language_is_a_package_with_the_same_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A language made by copying the English package and changing one table: the tokenizer reads
    its month names and nothing else changes (no English is left in the code to get in the way)."""
    import shutil

    import datecheck.lang as lang
    from datecheck import patterns
    from datecheck.tokenize import tokenize

    package = tmp_path / "xx"
    shutil.copytree(LANG / "en", package, ignore=shutil.ignore_patterns("__pycache__", "triggers_table.py"))
    words = package / "words.py"
    words.write_text(words.read_text(encoding="utf-8").replace('"december": 12', '"dezember": 12'), encoding="utf-8")
    monkeypatch.setattr(lang, "__path__", [*lang.__path__, str(tmp_path)])
    monkeypatch.setattr(lang, "SUPPORTED", (*lang.SUPPORTED, "xx"))
    monkeypatch.setattr(lang, "_LOADED", dict(lang._LOADED))  # forgotten after the test
    monkeypatch.setattr(patterns, "_GRAMMARS", dict(patterns._GRAMMARS))
    text = "Es war der 3 Dezember 2024."
    try:
        found = [(m.text, m.stated.month, m.stated.day) for m in tokenize(text, lang="xx")]
        assert found == [("3 Dezember 2024", 12, 3)]
        assert [m.text for m in tokenize(text, lang="en")] == ["2024"]
        assert [m.text for m in tokenize("It was 3 December 2024.", lang="xx")] == ["2024"]
    finally:
        for name in [n for n in sys.modules if n.startswith("datecheck.lang.xx")]:
            del sys.modules[name]
