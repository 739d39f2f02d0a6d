"""The language server's settings: the nearest config file, as the command line finds it, with the
editor's settings on top (as command-line flags are).

The editor sends them as `initializationOptions` and `workspace/didChangeConfiguration`, either at
the top level or under a "datecheck" key:

    {"published": "2024-11-20",      # for a buffer that gives no publication date of its own
     "select": ["DC1", "DC2"], "ignore": ["DC503"],
     "country": "GB", "date-order": "DMY",
     "rule-docs-url": "https://example.org/rules#{code}"}   # the link each diagnostic carries

A value that cannot be used is left out and named in `problems`; the others still apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..config import ConfigFinder, Settings

#: Where the rule documentation lives; {code} and {name} are filled in (code in lower case).
DEFAULT_RULE_DOCS_URL = "https://github.com/your-org/datecheck/blob/main/docs/rules.md#{code}-{name}"

_ALIASES = {
    "published": "published",
    "select": "select",
    "ignore": "ignore",
    "country": "country",
    "holiday-country": "country",
    "date-order": "date-order",
    "rule-docs-url": "rule-docs-url",
}


@dataclass(frozen=True)
class EditorSettings:
    """What the editor asked for; None where it said nothing."""

    published: date | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    country: str | None = None
    date_order: str | None = None
    rule_docs_url: str = DEFAULT_RULE_DOCS_URL
    problems: tuple[str, ...] = field(default=())

    def flags(self) -> dict[str, object]:
        """The settings that go on top of a config file's, as `Settings.with_flags` takes them."""
        return {"select": self.select, "ignore": self.ignore, "holiday_country": self.country,
                "date_order": self.date_order}

    def rule_url(self, code: str, name: str) -> str:
        try:
            return self.rule_docs_url.format(code=code.lower(), name=name)
        except (KeyError, IndexError, ValueError):
            return DEFAULT_RULE_DOCS_URL.format(code=code.lower(), name=name)


def _key(name: str) -> str | None:
    """"dateOrder", "date_order" and "date-order" alike."""
    kebab = "".join(f"-{c.lower()}" if c.isupper() else c for c in name).replace("_", "-").lstrip("-")
    return _ALIASES.get(kebab)


def _codes(value: Any, key: str, problems: list[str]) -> tuple[str, ...] | None:
    from ..rules import UnknownRule, check_selectors

    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{key}: expected a list of rule codes or names, not {value!r}")
        return None
    try:
        check_selectors(value)
    except UnknownRule as error:
        problems.append(f"{key}: {error}")
        return None
    return tuple(value) or None


def _published(value: Any, problems: list[str]) -> date | None:
    from ..dateparser_adapter import parse_date

    day = parse_date(value) if isinstance(value, str) and value.strip() else None
    if day is None:
        problems.append(f"published: not a date: {value!r} (use YYYY-MM-DD)")
    return day


def _country(value: Any, problems: list[str]) -> str | None:
    import holidays

    if isinstance(value, str) and value.upper() in holidays.list_supported_countries():
        return value.upper()
    problems.append(f"country: {value!r} is not a country the holidays package knows")
    return None


def _date_order(value: Any, problems: list[str]) -> str | None:
    if isinstance(value, str) and value.upper() in ("MDY", "DMY"):
        return value.upper()
    problems.append(f"date-order: must be \"MDY\" or \"DMY\", not {value!r}")
    return None


def editor_settings(options: Any) -> EditorSettings:
    """The editor's settings from `initializationOptions` or a configuration change."""
    if isinstance(options, dict) and isinstance(options.get("datecheck"), dict):
        options = options["datecheck"]
    if not isinstance(options, dict):
        return EditorSettings()
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, value in options.items():
        key = _key(str(name))
        if key is None or value is None:
            continue
        if key == "published":
            values["published"] = _published(value, problems)
        elif key in ("select", "ignore"):
            values[key] = _codes(value, key, problems)
        elif key == "country":
            values["country"] = _country(value, problems)
        elif key == "date-order":
            values["date_order"] = _date_order(value, problems)
        elif isinstance(value, str) and value:
            values["rule_docs_url"] = value
    return EditorSettings(**values, problems=tuple(problems))


def settings_for(path: Path | None, root: Path | None, editor: EditorSettings) -> Settings:
    """The settings for a buffer: the config file nearest its file (or the workspace folder for a
    buffer that has no file yet), then the editor's settings. Raises ConfigError for a bad config.

    A fresh finder each time: a config file edited since the last check is read again.
    """
    finder = ConfigFinder()
    if path is not None:
        base = finder.for_path(path)
    elif root is not None:
        base = finder.for_path(root)
    else:
        base = Settings()
    return base.with_flags(**editor.flags())
