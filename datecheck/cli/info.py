"""`datecheck config`, `datecheck rules` and `datecheck rule`: what applies, and what each rule does."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import EXIT_ERROR, app, fail, say

@app.command(name="config")
def show_config(
    path: Annotated[Path, typer.Argument(help="A file or folder: whose settings to show.")] = Path("."),
    config: Annotated[Optional[Path], typer.Option("--config", help="Use this config file.")] = None,
) -> None:
    """Print the settings that apply to PATH, and where each one comes from."""
    from ..config import ConfigError, ConfigFinder, describe

    try:
        settings = ConfigFinder(config).for_path(path)
    except ConfigError as error:
        say(error)
        raise typer.Exit(EXIT_ERROR) from None
    print(f"config file: {settings.path or 'none found (defaults)'}")
    rows = describe(settings)
    width = max(len(key) for key, _, _ in rows)
    for key, value, source in rows:
        print(f"{key:<{width}}  {value}   [{source}]")


@app.command(name="rules")
def list_rules() -> None:
    """List every rule: code, name, default severity, and whether it runs by default."""
    from ..rules import RULES

    for rule in RULES:
        state = "" if rule.default_enabled else "  (off unless selected)"
        print(f"{rule.code}  {rule.name:<28} {rule.severity.value:<8} {rule.summary()}{state}")


@app.command(name="rule")
def show_rule(code: Annotated[str, typer.Argument(help="A rule code (DC201) or name (stale-year).")]) -> None:
    """Print a rule's documentation."""
    from ..rules import find_rule

    rule = find_rule(code)
    if rule is None:
        raise fail(f"unknown rule: {code!r} (see `datecheck rules`)")
    print(f"{rule.code} {rule.name} (default severity: {rule.severity.value}"
          f"{'' if rule.default_enabled else '; off unless selected'})\n")
    print(rule.documentation())
