"""The command line: the only package that reads argv, the environment, stdin and files.

This module holds the app and what every command shares; each command lives in a module of its own
(check, extract and timeline, info), registered on import at the end of this one.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from ..document import DocumentError

app = typer.Typer(
    name="datecheck",
    help="Find, resolve and check the dates in news copy.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C


class Interrupted(BaseException):
    """Ctrl-C, as `main` raises it: not a KeyboardInterrupt, which click would turn into "Aborted!"
    and the exit status of a check with findings (1)."""


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        print(f"datecheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Find, resolve and check the dates in news copy."""


def say(message: str) -> None:
    """One line on stderr. What it quotes (a file name, a config value, a line of the document) is
    shown with its control characters escaped, so it can neither drive the terminal nor start a
    line of its own (a CI log reads `::error` only at the start of a line)."""
    from ..report.safe import printable

    print(f"datecheck: {printable(str(message))}", file=sys.stderr)


def fail(message: str) -> typer.Exit:
    """Print a one-line error and return the exit to raise."""
    say(message)
    return typer.Exit(EXIT_ERROR)


#: The words --published takes for a day counted from the clock, and the days each is from today.
CLOCK_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}


def parse_published(value: str | None):  # type: ignore[no-untyped-def]
    """The --published day: None, a date, or (for today, yesterday, tomorrow) a PublicationDate whose
    source says it was counted from the clock. The one place datecheck reads the clock: when asked."""
    if value is None:
        return None
    if value.strip().lower() in CLOCK_DAYS:
        from datetime import timedelta

        from ..model import PublicationDate

        word = value.strip().lower()
        day = date.today() + timedelta(days=CLOCK_DAYS[word])
        return PublicationDate(day, f"{word}, from --published")
    from .options import published_date

    try:
        return published_date(value)
    except ValueError as error:
        raise fail(f"--published: not a date: {value!r} ({error}); use YYYY-MM-DD, a written date like "
                   "'24 December 2024', or today, yesterday or tomorrow") from None


def plan_or_exit(paths: list[str], stdin_filename: str | None, config: Path | None = None,
                 flags: dict[str, object] | None = None) -> tuple[list, list[str]]:
    """The files to read, each with its settings; a bad config exits 2, a missing path is printed
    and returned among the errors (the others are still read)."""
    from ..config import ConfigError, ConfigFinder
    from ..runner import plan

    if stdin_filename is not None and "-" not in paths:
        raise fail("--stdin-filename applies only when a path is - (standard input)")
    try:
        notices: list[str] = []
        planned, errors = plan(paths, ConfigFinder(config), flags or {}, stdin_filename=stdin_filename,
                               notices=notices)
    except ConfigError as error:
        say(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    for notice in notices:
        say(notice)
    for error in errors:
        say(error)
    from ..pool import distinct

    return distinct(planned), errors


def split_codes(values: list[str] | None) -> list[str]:
    """"DC101,DC2" and repeated options alike -> ["DC101", "DC2"]."""
    codes: list[str] = []
    for value in values or []:
        codes.extend(part.strip() for part in value.split(",") if part.strip())
    return codes


# the commands register themselves on `app`
from . import check, extract, info, lsp, serve  # noqa: E402,F401


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted


def main(prog_name: str | None = None) -> None:
    """The console script: the app, with Ctrl-C at any moment ending the run with one line and 130."""
    import signal

    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _interrupt)
    try:
        app(prog_name=prog_name)
    except Interrupted:
        say("interrupted")
        sys.exit(EXIT_INTERRUPTED)
