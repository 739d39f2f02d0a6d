"""Checking an archive with Dask (the `dask` extra): the same code on a laptop and on a cluster.

    import dask.bag as db
    import datecheck.dask

    bag = db.read_text("archive/*.jsonl").map(json.loads)
    checked = datecheck.dask.check_bag(bag, published_field="date", format_field="format")
    checked.map(json.dumps).to_textfiles("checked/*.jsonl")

    import dask.dataframe as dd
    frame = dd.read_parquet("archive/")
    datecheck.dask.check_partitions(frame).to_parquet("checked/")

`check_bag` turns a bag of records (mappings of field names to values) into a bag of results, one
per record in the same order: `{"id", "published", "findings"}` as `check --records --format jsonl`
writes them (without the line, which a bag does not know), or `{"id", "error"}` for a record that
cannot be checked. `check_partitions` does the same for a dataframe: one row per record with the
columns `id`, `published` (ISO date or null), `findings` (the findings as JSON text), `count` and
`error`. The settings are those of the command line, as keywords: `text_field`, `published_field`,
`id_field`, `format_field`, `published` (a date for records without one), `select`, `ignore`,
`country`, `date_order`, `language` and `config` (a config file; default: the nearest to the current folder).

Dask is imported by this module alone, and only when these functions run; the functions handed to
Dask are plain module-level ones, so any scheduler (threads, processes, a distributed cluster whose
workers have datecheck installed) can run them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from .records import Fields, make_record
from .records.check import RecordSettings, check_record, record_dict

#: the columns of `check_partitions`, and their types
COLUMNS = {"id": "object", "published": "object", "findings": "object", "count": "int64", "error": "object"}


def record_settings(
    *, text_field: str = "text", published_field: str = "published", id_field: str = "id",
    format_field: str | None = None, published: date | str | None = None, config: str | Path | None = None,
    select: Iterable[str] | None = None, ignore: Iterable[str] | None = None, country: str | None = None,
    date_order: str | None = None, language: str | None = None,
) -> RecordSettings:
    """The settings every record is checked with, worked out once (the config file read here)."""
    from .config import ConfigFinder
    from .rules import check_selectors

    selected, ignored = list(select or ()), list(ignore or ())
    check_selectors(selected + ignored)
    if isinstance(published, str):
        from .cli.options import published_date

        published = published_date(published)
    settings = ConfigFinder(Path(config) if config else None).for_path(Path.cwd()).with_flags(
        select=tuple(selected) or None, ignore=tuple(ignored) or None, date_order=date_order,
        holiday_country=country.upper() if country else None, language=language,
    )
    return RecordSettings(settings, Fields(text_field, published_field, id_field, format_field), published)


def check_row(row: Mapping[str, object], how: RecordSettings) -> dict[str, object]:
    """One record's result: `{"id", "published", "findings"}`, or `{"id", "error"}`."""
    record = make_record("record", None, row, how.fields, how.settings.max_bytes)
    outcome = check_record(record, how)
    if outcome.result is None:
        return {"id": record.id, "error": outcome.error}
    return record_dict(outcome.result)


def check_rows(rows: Iterable[Mapping[str, object]], how: RecordSettings) -> list[dict[str, object]]:
    """The results of one partition of a bag, in order."""
    return [check_row(row, how) for row in rows]


def check_bag(bag: Any, **settings: Any) -> Any:
    """A bag of records -> a bag of their results, partition by partition (see the module's doc)."""
    how = record_settings(**settings)
    return bag.map_partitions(check_rows, how)


def check_frame(frame: Any, how: RecordSettings) -> Any:
    """The results of one partition of a dataframe (a pandas DataFrame), one row per record."""
    import pandas

    from .report.safe import json_text

    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    out: dict[str, list[object]] = {name: [] for name in COLUMNS}
    for row in rows:
        result = check_row(row, how)
        published = result.get("published")
        findings = result.get("findings")
        out["id"].append(None if result["id"] is None else str(result["id"]))
        out["published"].append(published["date"] if isinstance(published, dict) else None)
        out["findings"].append(json_text(findings) if findings is not None else None)
        out["count"].append(len(findings) if isinstance(findings, list) else 0)
        out["error"].append(result.get("error"))
    return pandas.DataFrame({name: pandas.Series(values, dtype=COLUMNS[name], index=frame.index)
                             for name, values in out.items()})


def check_partitions(frame: Any, **settings: Any) -> Any:
    """A dataframe of records -> a dataframe of their results, one row each (see the module's doc)."""
    how = record_settings(**settings)
    import pandas

    meta = pandas.DataFrame({name: pandas.Series([], dtype=kind) for name, kind in COLUMNS.items()})
    return frame.map_partitions(check_frame, how, meta=meta)
