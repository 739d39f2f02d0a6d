"""Settings: defaults < the nearest config file above each checked file < command-line flags.

A config file is `datecheck.toml` or `.datecheck.toml` (keys at the top level), or a
`pyproject.toml` with a `[tool.datecheck]` table. For each file checked, the nearest one in its
folder or a folder above it applies. Every setting remembers where it came from, for
`datecheck config`.

    select = ["DC1", "DC2", "DC3", "DC4", "DC9"]    # codes, prefixes or names
    ignore = ["DC503"]
    fail-on = "warning"                              # error | warning | info
    exclude = ["archive/**", "drafts/old-*.md"]      # globs, relative to the config's folder
    extensions = [".md", ".html", ".txt"]
    publication-date-keys = ["date", "publishDate"]  # front matter keys, in order
    date-order = "MDY"                               # how to read 03/04/2024: MDY or DMY
    holiday-country = "US"
    language = "auto"                                # en | es | de | auto
    messages = "auto"                                # en | es | de | auto (the story's language)
    max-file-size = 10                               # MiB; larger files are reported and skipped

    [per-file-ignores]                               # glob -> codes
    "opinion/**" = ["DC502"]

    [severity]                                       # code or name -> error | warning | info
    DC201 = "error"

    [rules.stale-year]                               # options of one rule
    near-past-days = 45
"""

from __future__ import annotations

import fnmatch
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .config_values import MIB, KEYS, ConfigError, UnsearchableFolder, kind_of, line_of, read_values
from .document import DEFAULT_EXTENSIONS, DEFAULT_PUBLICATION_KEYS, MAX_BYTES
from .model import Severity

__all__ = ["CONFIG_NAMES", "KEYS", "ConfigError", "ConfigFinder", "Settings", "UnsearchableFolder", "describe", "parse"]

CONFIG_NAMES = ("datecheck.toml", ".datecheck.toml", "pyproject.toml")


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    fail_on: Severity = Severity.WARNING
    exclude: tuple[str, ...] = ()
    extensions: frozenset[str] = DEFAULT_EXTENSIONS
    publication_date_keys: tuple[str, ...] = DEFAULT_PUBLICATION_KEYS
    date_order: str = "MDY"
    holiday_country: str = "US"
    language: str = "auto"  # en | es | de | auto (what the document declares, else its words)
    messages: str = "auto"  # the language of the findings' messages: en | es | de | auto (the story's)
    max_bytes: int = MAX_BYTES  # files larger than this are reported and skipped
    rule_options: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    root: Path | None = None  # the folder of the config file; globs are relative to it
    path: Path | None = None  # the config file itself
    sources: tuple[tuple[str, str], ...] = field(default=())

    def source(self, key: str) -> str:
        return dict(self.sources).get(key, "default")

    def with_flags(self, **flags: Any) -> "Settings":
        """These settings with command-line flags (those not None) on top."""
        given = {k: v for k, v in flags.items() if v is not None}
        sources = dict(self.sources)
        for key in given:
            sources[key.replace("_", "-")] = "command line"
        return replace(self, **given, sources=tuple(sorted(sources.items())))

    def relative(self, path: Path) -> str | None:
        """`path` relative to the config's folder, with forward slashes (None if outside it)."""
        base = self.root or Path.cwd()
        try:
            return _resolved(path).relative_to(_resolved(base)).as_posix()
        except ValueError:
            return None

    def excluded(self, path: Path) -> bool:
        if not self.exclude:
            return False
        relative = self.relative(path)
        if relative is None:
            return False
        return any(_glob(relative, pattern) for pattern in self.exclude)

    def ignores_for(self, path: Path | None) -> tuple[str, ...]:
        """`ignore` plus the per-file ignores whose glob matches `path`."""
        codes = list(self.ignore)
        if not self.per_file_ignores:
            return tuple(codes)
        relative = self.relative(path) if path is not None else None
        if relative is not None:
            for pattern, extra in self.per_file_ignores:
                if _glob(relative, pattern):
                    codes.extend(extra)
        return tuple(codes)

    def severities(self) -> dict[str, Severity]:
        return dict(self.severity)

    def options(self) -> dict[str, dict[str, Any]]:
        return {name: dict(values) for name, values in self.rule_options}


def _resolved(path: Path) -> Path:
    """`path` with its symlinks resolved; made absolute only, when it cannot be resolved (a symlink
    loop, a folder that cannot be searched)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11)
        return Path(os.path.abspath(path))


def _glob(relative: str, pattern: str) -> bool:
    pattern = pattern.strip("/")
    if fnmatch.fnmatchcase(relative, pattern):
        return True
    if pattern.endswith("/**"):
        return relative.startswith(pattern[:-3] + "/")
    return "/" not in pattern and fnmatch.fnmatchcase(relative.rsplit("/", 1)[-1], pattern)


def _read_table(path: Path) -> tuple[dict[str, Any], str] | None:
    """The datecheck table of a config file and its text, or None for a pyproject without one."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}:1: cannot be read ({error})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"line (\d+)", str(error))
        raise ConfigError(f"{path}:{line.group(1) if line else 1}: not valid TOML: {error}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{path}:{line_of(text, 'tool')}: tool must be a table ([tool.datecheck]), not {kind_of(tool)}")
        table = tool.get("datecheck")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}:{line_of(text, 'datecheck')}: [tool.datecheck] must be a table, not {kind_of(table)}")
        return table, text
    return data, text


def parse(table: dict[str, Any], text: str, path: Path) -> Settings:
    """Settings from one config table; every key and value checked."""
    values, sources = read_values(table, text, path)
    return Settings(**values, root=path.parent, path=path, sources=tuple(sorted(sources.items())))


class ConfigFinder:
    """Finds and caches the nearest config for each folder."""

    def __init__(self, explicit: Path | None = None) -> None:
        self.explicit = explicit
        self._by_folder: dict[Path, Settings] = {}
        self._loaded: dict[Path, Settings] = {}

    def load(self, path: Path) -> Settings | None:
        try:
            path = path.resolve()
        except (OSError, RuntimeError) as error:  # RuntimeError: a symlink loop (Python 3.11)
            raise ConfigError(f"{path}:1: cannot be read ({getattr(error, 'strerror', None) or error})") from None
        if path not in self._loaded:
            read = _read_table(path)
            if read is None:
                return None
            self._loaded[path] = parse(read[0], read[1], path)
        return self._loaded[path]

    def for_path(self, path: Path) -> Settings:
        """The settings for a file (or folder) at `path`. Raises UnsearchableFolder when a folder on
        the way up cannot be searched (the file cannot be read then either)."""
        if self.explicit is not None:
            settings = self.load(self.explicit)
            return settings if settings is not None else Settings()
        try:
            spelled = path if path.is_dir() else path.parent
            folder = spelled.resolve()
        except (OSError, RuntimeError) as error:
            raise UnsearchableFolder(_unsearchable(path.parent, error)) from None
        if folder in self._by_folder:
            return self._by_folder[folder]
        settings = None
        for candidate_folder in (folder, *folder.parents):
            for name in CONFIG_NAMES:
                candidate = candidate_folder / name
                try:
                    found = candidate.is_file()
                except OSError as error:  # a folder that can be listed but not searched
                    # named as the user wrote it when it is the file's own folder
                    shown = spelled if candidate_folder == folder else candidate_folder
                    raise UnsearchableFolder(_unsearchable(shown, error)) from None
                if found:
                    settings = self.load(candidate)
                    if settings is not None:
                        break
            if settings is not None:
                break
        self._by_folder[folder] = settings if settings is not None else Settings()
        return self._by_folder[folder]


def _unsearchable(folder: Path, error: Exception) -> str:
    return (f"{folder}: cannot be searched for a config file ({getattr(error, 'strerror', None) or error}); "
            "the files under it are not checked")


def describe(settings: Settings) -> list[tuple[str, str, str]]:
    """(key, value, source) rows for `datecheck config`."""
    def show(value: Any) -> str:
        if isinstance(value, Severity):
            return value.value
        if isinstance(value, (tuple, list, frozenset)):
            return ", ".join(sorted(str(v) for v in value)) if isinstance(value, frozenset) else ", ".join(str(v) for v in value)
        return str(value)

    from .rules import RULES

    selected = settings.select
    rows = [
        ("select", show(selected) if selected else "default set (" + ", ".join(
            r.code for r in RULES if r.default_enabled) + ")", settings.source("select")),
        ("ignore", show(settings.ignore) or "-", settings.source("ignore")),
        ("per-file-ignores", "; ".join(f"{g} = {show(c)}" for g, c in settings.per_file_ignores) or "-",
         settings.source("per-file-ignores")),
        ("severity", "; ".join(f"{c} = {s.value}" for c, s in settings.severity) or "-", settings.source("severity")),
        ("fail-on", settings.fail_on.value, settings.source("fail-on")),
        ("exclude", show(settings.exclude) or "-", settings.source("exclude")),
        ("extensions", show(settings.extensions), settings.source("extensions")),
        ("publication-date-keys", show(settings.publication_date_keys), settings.source("publication-date-keys")),
        ("date-order", settings.date_order, settings.source("date-order")),
        ("holiday-country", settings.holiday_country, settings.source("holiday-country")),
        ("language", settings.language, settings.source("language")),
        ("messages", settings.messages, settings.source("messages")),
        ("max-file-size", f"{settings.max_bytes / MIB:g} MiB", settings.source("max-file-size")),
        ("rules", "; ".join(f"{name}: " + ", ".join(f"{k} = {v}" for k, v in opts) for name, opts in settings.rule_options)
         or "-", settings.source("rules")),
    ]
    return rows
