"""Checking a config table: each key known, each value of the right type and range.

A wrong value is a ConfigError whose message is `file:line: what is wrong`; `config.py` turns the
checked values into Settings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import Severity

KEYS = (
    "select", "ignore", "per-file-ignores", "severity", "fail-on", "exclude", "extensions",
    "publication-date-keys", "date-order", "holiday-country", "language", "messages", "max-file-size",
    "rules",
)
#: The values of `language`: a language datecheck reads, or "auto".
LANGUAGES = ("auto", "en", "es", "de")
MIB = 1024 * 1024
MAX_FILE_SIZE_LIMIT = 1024  # the largest max-file-size, in MiB


class ConfigError(Exception):
    """A config file that cannot be used; the message is `file:line: problem`."""


class UnsearchableFolder(ConfigError):
    """A folder that cannot be searched for a config file (no permission): the files under it cannot
    be read either, so they are reported and skipped while the run goes on."""


def line_of(text: str, key: str) -> int:
    """The line a key is written on (1 if it cannot be found)."""
    match = re.search(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*[=\]]", text, re.M)
    if match is None:
        match = re.search(rf"[\[.][\"']?{re.escape(key)}[\"']?\]", text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def read_values(table: dict[str, Any], text: str, path: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """The Settings fields one config table sets, every key and value checked, and where each came from."""
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for key, value in table.items():
        where = f"{path}:{line_of(text, key)}"
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(KEYS)})")
        sources[key] = str(path)
        if key in ("per-file-ignores", "severity", "rules"):
            field_name, result = _parse_table(key, value, where, text, path)
        else:
            field_name, result = _parse_value(key, value, where)
        values[field_name] = result
    return values, sources


def kind_of(value: Any) -> str:
    """What a TOML value is, for an error message: "an integer", "a list"."""
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list", dict: "a table"}
    return names.get(type(value), "a date or time")


class BadValue(ValueError):
    """A value of the wrong kind; the message says what it must be, without naming where it was given."""


def rule_selectors(value: Any) -> tuple[str, ...]:
    """Rule codes or names, given as a list or as one comma-separated string, each checked. Raises
    BadValue for another kind of value and rules.UnknownRule for a code or name no rule has. The
    config file and the server's requests both read selections with this."""
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadValue("must be a list of rule codes or names")
    from .rules import check_selectors  # here: without a config file the rules need not load

    check_selectors(value)
    return tuple(value)


def _codes(value: Any, key: str, where: str) -> tuple[str, ...]:
    from .rules import UnknownRule

    try:
        return rule_selectors(value)
    except BadValue as error:
        raise ConfigError(f"{where}: {key} {error}") from None
    except UnknownRule as error:
        raise ConfigError(f"{where}: {key}: {error}") from None


def _severity(value: Any, key: str, where: str) -> Severity:
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return Severity(value.lower())
    except ValueError:
        raise ConfigError(f"{where}: {key} must be one of error, warning, info, not {value!r}") from None


def _parse_table(key: str, value: Any, where: str, text: str, path: Path) -> tuple[str, Any]:
    """A key whose value is a table: the Settings field it sets and its checked value."""
    if key == "rules":
        return "rule_options", _rule_options(value, text, path)
    if key == "per-file-ignores":
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: per-file-ignores must be a table of glob = [codes], not {kind_of(value)}")
        return "per_file_ignores", tuple(
            (str(glob), _codes(codes, f"per-file-ignores {glob!r}", f"{path}:{line_of(text, glob)}"))
            for glob, codes in value.items()
        )
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: severity must be a table of code = \"error\" | \"warning\" | \"info\", "
                          f"not {kind_of(value)}")
    from .rules import find_rule

    pairs = []
    for name, level in value.items():
        rule = find_rule(name)
        line = f"{path}:{line_of(text, name)}"
        if rule is None:
            raise ConfigError(f"{line}: severity: unknown rule {name!r}")
        pairs.append((rule.code, _severity(level, f"severity of {name}", line)))
    return "severity", tuple(pairs)


def _strings(value: Any, non_empty: bool = False) -> bool:
    """Whether `value` is a list of strings (each non-empty, and at least one, if asked)."""
    return isinstance(value, list) and all(isinstance(v, str) and (v or not non_empty) for v in value) and (
        bool(value) or not non_empty)


def _parse_value(key: str, value: Any, where: str) -> tuple[str, Any]:
    """A key with a plain value: the Settings field it sets and its checked value."""
    if key in ("select", "ignore"):
        return key, _codes(value, key, where)
    if key == "fail-on":
        return "fail_on", _severity(value, key, where)
    if key == "exclude":
        if not _strings(value):
            raise ConfigError(f"{where}: exclude must be a list of globs")
        return "exclude", tuple(value)
    if key == "extensions":
        if not _strings(value) or not all(value):
            raise ConfigError(f"{where}: extensions must be a list such as [\".md\", \".html\"]")
        return "extensions", frozenset(v.lower() if v.startswith(".") else f".{v.lower()}" for v in value)
    if key == "publication-date-keys":
        if not _strings(value, non_empty=True):
            raise ConfigError(f"{where}: publication-date-keys must be a non-empty list of front matter keys")
        return "publication_date_keys", tuple(value)
    if key == "date-order":
        if not isinstance(value, str) or value.upper() not in ("MDY", "DMY"):
            raise ConfigError(f"{where}: date-order must be \"MDY\" or \"DMY\", not {value!r}")
        return "date_order", value.upper()
    if key == "holiday-country":
        if not isinstance(value, str) or not _country_ok(value):
            raise ConfigError(f"{where}: holiday-country: {value!r} is not a country the holidays package knows")
        return "holiday_country", value.upper()
    if key in ("language", "messages"):
        if not isinstance(value, str) or value.lower() not in LANGUAGES:
            raise ConfigError(f"{where}: {key} must be one of {', '.join(LANGUAGES)}, not {value!r}")
        return key, value.lower()
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= MAX_FILE_SIZE_LIMIT:
        raise ConfigError(f"{where}: max-file-size must be a number of MiB above 0 and at most "
                          f"{MAX_FILE_SIZE_LIMIT}, not {value!r}")
    return "max_bytes", int(value * MIB)


def _country_ok(code: str) -> bool:
    return code.upper() in holiday_countries()


@lru_cache(maxsize=1)
def holiday_countries() -> tuple[str, ...]:
    """The ISO codes of the countries whose holidays datecheck knows, in order."""
    import holidays

    return tuple(sorted(code.upper() for code in holidays.list_supported_countries()))


def holiday_country_names() -> dict[str, str]:
    """Each country whose holidays datecheck knows, once, by its two-letter code: its English name
    (as the holiday calendars name it: "United States"), in order of name."""
    from holidays import registry

    names = {entry[1]: _spaced(entry[0]) for entry in registry.COUNTRIES.values()}
    return dict(sorted(names.items(), key=lambda item: item[1]))


def _spaced(name: str) -> str:
    """A class name as words: "UnitedStates" -> "United States"."""
    return "".join(" " + c if i and c.isupper() and name[i - 1].islower() else c for i, c in enumerate(name))


def _rule_options(value: Any, text: str, path: Path) -> tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{path}:{line_of(text, 'rules')}: rules must be a table of [rules.<name>] tables")
    from .rules import find_rule

    result = []
    for name, options in value.items():
        where = f"{path}:{line_of(text, name)}"
        rule = find_rule(name)
        if rule is None:
            raise ConfigError(f"{where}: rules: unknown rule {name!r}")
        if not isinstance(options, dict):
            raise ConfigError(f"{where}: rules.{name} must be a table")
        checked = []
        for option, setting in options.items():
            spec = rule.options.get(option)
            line = f"{path}:{line_of(text, option)}"
            if spec is None:
                known = ", ".join(rule.options) or "none"
                raise ConfigError(f"{line}: rule {rule.name} has no option {option!r} (options: {known})")
            kind, low, high = spec[0], spec[2], spec[3]
            if not isinstance(setting, kind) or isinstance(setting, bool) or not low <= setting <= high:
                raise ConfigError(f"{line}: {rule.name}.{option} must be a {kind.__name__} from {low} to {high}")
            checked.append((option, setting))
        result.append((rule.name, tuple(checked)))
    return tuple(result)
