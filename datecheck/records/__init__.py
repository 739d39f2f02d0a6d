"""Records: stories exported from a content system as rows (JSON Lines, CSV, Parquet), each with a
text, an id, a publication date and, optionally, the text's format.

A row becomes a `Record`: what to check and where it came from, or why it cannot be checked (its
`problem`: a missing field, a value of the wrong type, a date that cannot be read). Reading a file of
them is in read.py; checking one, and the line written for it, in check.py. Nothing here imports
more than the standard library until a record is checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Mapping

#: what a row gives for a field it does not have
MISSING = object()

_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SURROGATE = re.compile("[\udc80-\udcff]")


class RecordsError(Exception):
    """A records file that cannot be read at all (one line, naming the file)."""


@dataclass(frozen=True)
class Fields:
    """The names of a record's fields."""

    text: str = "text"
    published: str = "published"
    id: str = "id"
    format: str | None = None  # without it every text is read as plain text


@dataclass
class Record:
    """One row: its text to check, or the problem that keeps it from being checked."""

    source: str  # the file it came from, as shown
    place: tuple[str, int] | None  # ("line", n) in JSON Lines and CSV, ("row", n) in Parquet
    id: str | int | None = None
    text: str = ""
    published: date | None = None
    format: str = "text"
    problem: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """How messages name it: 'archive.jsonl:12 (id a-17)', 'archive.parquet row 4'."""
        where = self.source
        if self.place is not None:
            unit, number = self.place
            where += f":{number}" if unit == "line" else f" {unit} {number}"
        return where + (f" (id {self.id!r})" if self.id is not None else "")

    @property
    def name(self) -> str:
        """The path its findings are shown under: 'archive.jsonl#a-17', or 'archive.jsonl#line-12'."""
        if self.id is not None:
            return f"{self.source}#{self.id}"
        if self.place is not None:
            return f"{self.source}#{self.place[0]}-{self.place[1]}"
        return self.source


def _kind(value: object) -> str:
    names = {bool: "true or false", int: "a number", float: "a number", list: "a list", dict: "an object",
             bytes: "bytes"}
    return names.get(type(value), f"a {type(value).__name__}")


def make_record(source: str, place: tuple[str, int] | None, row: Mapping[str, object], fields: Fields,
                max_chars: int) -> Record:
    """The record of one row (a mapping of field names to values, `MISSING` for an absent field)."""
    record = Record(source, place)
    record.id, problem = _id(row.get(fields.id, MISSING), fields.id)
    text = row.get(fields.text, MISSING)
    if problem is None:
        problem = _text(record, text, fields.text, max_chars)
    if problem is None:
        record.published, problem = _published(row.get(fields.published, MISSING), fields.published)
    if problem is None and fields.format is not None:
        record.format, problem = _format(row.get(fields.format, MISSING), fields.format)
    record.problem = problem
    return record


def _id(value: object, name: str) -> tuple[str | int | None, str | None]:
    if value is MISSING or value is None or value == "":
        return None, None
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value, None
    if isinstance(value, float) and value.is_integer():
        return int(value), None
    return None, f"'{name}' is {_kind(value)}, not text or a whole number"


def _text(record: Record, value: object, name: str, max_chars: int) -> str | None:
    """Set the record's text; the problem with it, if any."""
    if value is MISSING:
        return f"no '{name}' field"
    if value is None:
        return f"'{name}' is null"
    if isinstance(value, (bytes, bytearray)):
        from ..document import DocumentError, decode

        try:
            value, warnings = decode(bytes(value), record.label)
        except DocumentError as error:
            return f"'{name}': {str(error).removeprefix(record.label + ': ')}"
        record.warnings += tuple(warnings)
    if not isinstance(value, str):
        return f"'{name}' is {_kind(value)}, not text"
    if len(value) > max_chars:
        return f"'{name}' is longer than {max_chars // (1024 * 1024)} MiB, not checked"
    if _SURROGATE.search(value):  # bytes that were not UTF-8 (read from CSV)
        value = _SURROGATE.sub("\ufffd", value)
        record.warnings += (f"{record.label}: not valid UTF-8; undecodable bytes replaced",)
    record.text = value
    return None


def _published(value: object, name: str) -> tuple[date | None, str | None]:
    """The publication date a field gives (None when it gives none), or the problem with it."""
    if value is MISSING or value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if not isinstance(value, str):
        return None, f"'{name}' is {_kind(value)}, not a date"
    text = value.strip()
    try:
        if _ISO.fullmatch(text):
            return date.fromisoformat(text), None
        from ..cli.options import published_date

        return published_date(text), None
    except ValueError as error:
        return None, f"'{name}' is not a date: {value!r} ({error})"


def _format(value: object, name: str) -> tuple[str, str | None]:
    """The document format a format field names: a format or a file extension ('html', 'md', '.htm'),
    in any case; an empty one is plain text."""
    from ..document import DEFAULT_EXTENSIONS, detect_format

    if value is MISSING or value is None or value == "":
        return detect_format(""), None
    if isinstance(value, str) and "." + value.strip().lower().lstrip(".") in DEFAULT_EXTENSIONS:
        return detect_format("record." + value.strip().lower().lstrip(".")), None
    return detect_format(""), f"'{name}' is {value!r}, not html, markdown or text"
