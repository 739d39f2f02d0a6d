"""The options the commands share, and the choices some of them take."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class CheckFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    jsonl = "jsonl"
    github = "github"
    sarif = "sarif"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class LanguageChoice(str, Enum):
    auto = "auto"
    en = "en"
    es = "es"
    de = "de"


class DateOrder(str, Enum):
    MDY = "MDY"
    DMY = "DMY"


Paths = Annotated[list[str], typer.Argument(help="Files, directories (searched recursively) or - for stdin.")]
CheckPaths = Annotated[
    Optional[list[str]],
    typer.Argument(help="Files, directories (searched recursively) or - for stdin.", show_default=False),
]
Records = Annotated[
    Optional[str],
    typer.Option("--records", help="Check the stories of a records file (.jsonl, .ndjson, .csv, .parquet; "
                 ".gz for the first three) or - (JSON Lines on stdin), one result per record.",
                 rich_help_panel="Records"),
]
TextField = Annotated[str, typer.Option("--text-field", help="The field holding a record's text.",
                                        rich_help_panel="Records")]
PublishedField = Annotated[str, typer.Option("--published-field", help="The field holding a record's publication "
                                             "date (ISO 8601, or a written date).", rich_help_panel="Records")]
IdField = Annotated[str, typer.Option("--id-field", help="The field holding a record's id.", rich_help_panel="Records")]
FormatField = Annotated[
    Optional[str],
    typer.Option("--format-field", help="The field saying how a record's text is written: html, markdown or text "
                 "(default: every text is plain text).", rich_help_panel="Records"),
]
Published = Annotated[
    Optional[str],
    typer.Option("--published", help="Publication date: YYYY-MM-DD, a whole written date such as '24 December 2024', "
                 "or today, yesterday or tomorrow (by this computer's clock)."),
]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_FOUR_DIGIT_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
_WRITTEN = re.compile(r"[\w .,'\u2019/-]+")  # words, numbers and the punctuation dates are written with


def published_date(value: str) -> date:
    """The day a --published value states, read strictly: an ISO date (or a full ISO date and time),
    or a written date with its day, month and four-digit year. ValueError says why not."""
    text = value.strip()
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text) if len(text) == 10 else _iso_datetime(text)
        except ValueError:
            raise ValueError("not a valid ISO date (years 0001 to 9999)") from None
    if not any(c.isalpha() for c in text):
        raise ValueError("a date in numbers must be written YYYY-MM-DD")
    if not _WRITTEN.fullmatch(text) or not _FOUR_DIGIT_YEAR.search(text):
        raise ValueError("not a whole written date (day, month name and four-digit year)")
    from ..dateparser_adapter import parse_date

    day = parse_date(text)
    if day is None:
        raise ValueError("not a date")
    return day


def _iso_datetime(text: str) -> date:
    """The day of a full ISO 8601 date and time ('2024-12-24T09:30:00Z'); nothing else after the date."""
    if text[10] not in "T ":
        raise ValueError(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
StdinFilename = Annotated[
    Optional[str], typer.Option("--stdin-filename", help="The path of the text read from stdin (format, config).")
]
NoColor = Annotated[bool, typer.Option("--no-color", help="Never colour the output.")]
Select = Annotated[
    Optional[list[str]], typer.Option("--select", help="Rules to run: codes, prefixes (DC2) or names, comma-separated.")
]
Ignore = Annotated[Optional[list[str]], typer.Option("--ignore", help="Rules to skip, as for --select.")]
Format = Annotated[CheckFormat, typer.Option("--format", help="How to print the findings.")]
FailOnOption = Annotated[
    Optional[FailOn],
    typer.Option("--fail-on", help="Exit 1 when a finding of this severity or above is reported (default: warning)."),
]
ExitZero = Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings are reported.")]
LanguageOption = Annotated[
    Optional[LanguageChoice],
    typer.Option("--language", help="Language of the text: en, es, de, or auto (what the file declares, else its "
                                    "words) (default: auto)."),
]
MessagesOption = Annotated[
    Optional[LanguageChoice],
    typer.Option("--messages", help="Language of the findings' messages: en, es, de, or auto (the story's "
                                    "language) (default: auto)."),
]
Country = Annotated[
    Optional[str], typer.Option("--country", help="Country whose holidays are checked (ISO code) (default: US).")
]
DateOrderOption = Annotated[Optional[DateOrder], typer.Option("--date-order", help="How to read 03/04/2024 (default: MDY).")]
Config = Annotated[
    Optional[Path], typer.Option("--config", help="Use this config file instead of looking for the nearest one.")
]
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Processes to use (default: all cores).")]
Baseline = Annotated[
    Optional[Path], typer.Option("--baseline", help="Report only findings not recorded in this baseline file.")
]
WriteBaseline = Annotated[
    bool, typer.Option("--write-baseline", help="Record today's findings in the --baseline file and exit 0.")
]
ChangedSince = Annotated[
    Optional[str], typer.Option("--changed-since", help="Report only findings on lines changed since this git revision.")
]
Statistics = Annotated[bool, typer.Option("--statistics", help="Print only the count of findings per rule.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary line (text format).")]
Diff = Annotated[bool, typer.Option("--diff", help="Print the fixes --fix would make as a unified diff, and write "
                                    "nothing (exit 1 when there are fixes).", rich_help_panel="Fixing")]
Fix = Annotated[bool, typer.Option("--fix", help="Make the fixes of findings with one clear suggestion, in place "
                                   "(stdin: the fixed text to stdout), and report what remains.",
                                   rich_help_panel="Fixing")]
UnsafeFixes = Annotated[bool, typer.Option("--unsafe-fixes", help="With --fix or --diff, also make the fixes a rule "
                                           "marks unsafe (they may change what the story says).",
                                           rich_help_panel="Fixing")]
