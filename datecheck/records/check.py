"""Checking records: one record's outcome, a batch of them (what a worker process is given), and
the line written for each with `--format jsonl`.

The publication date of a record is its published field when it has one, else the --published
flag, else what its text says (front matter, a dateline), as for a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from ..config import Settings
from ..engine import CheckResult
from ..model import PublicationDate
from ..runner import Outcome, internal_error
from . import Fields, Record


@dataclass
class RecordResult(CheckResult):
    """A record's result: its id and place in the input travel with it to the report."""

    record_id: str | int | None = None
    place: tuple[str, int] | None = None


@dataclass(frozen=True)
class RecordSettings:
    """What checking a record needs besides the record: the settings, the fields, the --published flag."""

    settings: Settings
    fields: Fields = Fields()
    published: date | None = None


def check_record(record: Record, how: RecordSettings) -> Outcome:
    """One record's outcome: its findings, or its problem as an error; never an exception."""
    if record.problem is not None:
        return Outcome(None, f"{record.label}: {record.problem}")
    try:
        return _checked(record, how)
    except Exception as error:  # noqa: BLE001 - a bug must not cost the report on every other record
        return Outcome(None, internal_error(record.label, error))


def _checked(record: Record, how: RecordSettings) -> Outcome:
    from ..document import load_text
    from ..engine import check_document
    from ..runner import _rules, check_options

    settings = how.settings
    day = record.published or how.published
    document = load_text(record.text, record.name, format=record.format, published=day,
                         keys=settings.publication_date_keys, date_order=settings.date_order,
                         warnings=list(record.warnings))
    if record.published is not None:
        document.published = PublicationDate(record.published, f"field:{how.fields.published}")
    rules = _rules(settings.select or (), settings.ignores_for(None))
    result = check_document(document, rules, **check_options(settings))  # type: ignore[arg-type]
    slim = RecordResult(replace(document, prose=""), [], result.findings, result.messages, record.id, record.place)
    return Outcome(slim, None, list(document.warnings))


def check_batch(argument: tuple[list[Record], RecordSettings]) -> list[Outcome]:
    """A worker's share: the outcomes of a run of records (sent to it by the pool)."""
    records, how = argument
    return [check_record(record, how) for record in records]


def record_dict(result: CheckResult) -> dict[str, object]:
    """What is written for one record: its id, its place, its publication date and its findings."""
    record: dict[str, object] = {"id": getattr(result, "record_id", None)}
    place = getattr(result, "place", None)
    if place is not None:
        record[place[0]] = place[1]
    document = result.document
    record["published"] = document.published.to_dict() if document.published else None
    record["findings"] = [finding.to_dict() for finding in result.findings]
    return record


def record_lines(result: CheckResult) -> Iterator[str]:
    """`--format jsonl` with --records: one line per record, findings or none."""
    from ..report.safe import json_text

    yield json_text(record_dict(result))
