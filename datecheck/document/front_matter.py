"""Front matter: a YAML (`---`) or TOML (`+++`) block at the top of a Markdown or text file.

YAML is read with the safe loader, after a first pass over its events that refuses what could
blow up: aliases that expand past a budget (a "billion laughs" of a few hundred bytes becomes
millions of nodes wherever the data is walked or printed) and nesting deeper than a limit. Such a
file is not checked (DocumentError), so the one-line error says why.
"""

from __future__ import annotations

import re

from ..model import Span
from .reading import DocumentError

_FRONT_MATTER = re.compile(
    r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*(?:\r\n?|\n)(?P<body>.*?)(?:\r\n?|\n)(?P=fence)[ \t]*(?:\r\n?|\n|\Z)", re.S
)
_CR = re.compile(r"\r\n?")

#: At most this many aliases (`*name`) in a front matter block.
MAX_ALIASES = 100
#: At most this many values once every alias is expanded.
MAX_NODES = 10_000
#: At most this many lists or mappings inside each other.
MAX_DEPTH = 50


def read_front_matter(text: str, path: str) -> tuple[dict[str, object], Span | None, list[str]]:
    """The front matter's data, its span, and warnings (a block that does not parse is a warning).

    Raises DocumentError for YAML that could exhaust memory: too many aliases, too deep."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, None, []
    body = _CR.sub("\n", match.group("body"))  # TOML allows no lone CR; YAML reads them as LF anyway
    warnings: list[str] = []
    data: object
    try:
        data = _yaml(body, path) if match.group("fence") == "---" else _toml(body)
    except DocumentError:
        raise
    except Exception as error:  # noqa: BLE001 - any parser failure is reported, not raised
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        warnings.append(f"{path}: front matter could not be parsed ({first_line[:200]})")
        data = {}
    if not isinstance(data, dict):
        data = {}
    return data, Span(0, match.end()), warnings


def _toml(body: str) -> object:
    import tomllib

    return tomllib.loads(body)


def _yaml(body: str, path: str) -> object:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present
    _check_expansion(yaml.parse(body, Loader=loader), path)
    return yaml.load(body, Loader=loader)


def _check_expansion(events, path: str) -> None:  # type: ignore[no-untyped-def]
    """Refuse YAML whose aliases expand past MAX_NODES values, with over MAX_ALIASES aliases, or
    nested deeper than MAX_DEPTH, reading only its events (nothing is built)."""
    import yaml

    nodes = aliases = 0
    sizes: dict[str, int] = {}  # anchor -> the number of values it stands for
    open_collections: list[tuple[int, str | None]] = []  # (nodes before it, its anchor)
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            nodes += sizes.get(event.anchor, 1)
        elif isinstance(event, yaml.ScalarEvent):
            nodes += 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            nodes += 1
            open_collections.append((nodes - 1, event.anchor))
            if len(open_collections) > MAX_DEPTH:
                raise DocumentError(f"{path}: front matter nested more than {MAX_DEPTH} levels deep, not checked")
        elif isinstance(event, yaml.CollectionEndEvent) and open_collections:
            before, anchor = open_collections.pop()
            if anchor:
                sizes[anchor] = nodes - before
        if aliases > MAX_ALIASES:
            raise DocumentError(f"{path}: front matter has more than {MAX_ALIASES} YAML aliases, not checked")
        if aliases and nodes > MAX_NODES:  # without aliases, the data is no larger than the text
            raise DocumentError(f"{path}: front matter YAML aliases expand to more than {MAX_NODES:,} values, not checked")
