"""Reading records one at a time from JSON Lines, CSV or Parquet, so a file of any length is read in
the same memory.

A row that cannot be read (not JSON, a broken CSV row) or is missing what it needs becomes a record
with a problem, and reading goes on with the next one. A file that cannot be read at all raises
RecordsError before the first record; a read that fails part-way ends with one record naming the
failure.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from . import MISSING, Fields, Record, RecordsError, make_record

#: how records files are named, and the reader of each (a .gz ending is read through gzip)
KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
SUFFIXES = ", ".join(KINDS)

#: rows of a Parquet file read at a time
_PARQUET_BATCH = 256


def kind_of(name: str) -> tuple[str, bool]:
    """The reader for a file name and whether it is gzip-compressed; RecordsError for any other name."""
    path = Path(name)
    compressed = path.suffix.lower() == ".gz"
    suffix = Path(path.stem).suffix.lower() if compressed else path.suffix.lower()
    kind = KINDS.get(suffix)
    if kind is None or (compressed and kind == "parquet"):
        raise RecordsError(f"{name}: not a records file: name it {SUFFIXES} (or .jsonl.gz, .csv.gz), "
                           "or give - for JSON Lines on standard input")
    return kind, compressed


def read_records(name: str, fields: Fields, max_chars: int) -> Iterator[Record]:
    """The records of a file (`-`: JSON Lines on standard input), in order. RecordsError (one line)
    when the file cannot be read at all: checked before the first record is asked for."""
    if name == "-":
        return _jsonl(sys.stdin.buffer, "stdin", fields, max_chars)
    kind, compressed = kind_of(name)
    if os.path.isdir(name):
        raise RecordsError(f"{name}: is a directory, not a records file")
    if kind == "parquet":
        return _parquet(name, fields, max_chars)
    try:
        stream: BinaryIO = gzip.open(name, "rb") if compressed else open(name, "rb")  # noqa: SIM115
    except FileNotFoundError:
        raise RecordsError(f"{name}: no such file") from None
    except OSError as error:
        raise RecordsError(f"{name}: cannot be read ({error.strerror or error})") from None
    try:
        records = _csv(stream, name, fields, max_chars) if kind == "csv" else _jsonl(stream, name, fields, max_chars)
    except BaseException:
        stream.close()
        raise
    return _closing(stream, records)


def _closing(stream: BinaryIO, records: Iterator[Record]) -> Iterator[Record]:
    with stream:
        yield from records


def _failed(name: str, place: tuple[str, int], error: Exception) -> Record:
    detail = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return Record(name, place, problem=f"cannot be read ({detail}); the rest of the file was not read")


def _lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of a stream; None for a line longer than `limit` bytes (skipped, never held whole)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield None
            continue
        yield line


def _jsonl(stream: BinaryIO, name: str, fields: Fields, max_chars: int) -> Iterator[Record]:
    number = 0
    try:
        for line in _lines(stream, max_chars * 4 + 1024):  # a text of max_chars, escaped, fits
            number += 1
            if line is None:
                yield Record(name, ("line", number), problem="a line too long to be one story, not checked")
                continue
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as error:
                why = f"{error.msg} at column {error.colno}" if isinstance(error, json.JSONDecodeError) else "not UTF-8"
                yield Record(name, ("line", number), problem=f"not JSON ({why})")
                continue
            if not isinstance(row, dict):
                yield Record(name, ("line", number), problem="not a JSON object")
                continue
            yield make_record(name, ("line", number), row, fields, max_chars)
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        yield _failed(name, ("line", number + 1), error)


class _Row:
    """A CSV row read by its header: a column the row is too short to have is missing."""

    def __init__(self, values: list[str], columns: dict[str, int]) -> None:
        self.values, self.columns = values, columns

    def get(self, key: str, default: object = None) -> object:
        index = self.columns.get(key)
        return self.values[index] if index is not None and index < len(self.values) else default


def _csv(stream: BinaryIO, name: str, fields: Fields, max_chars: int) -> Iterator[Record]:
    """The rows of a CSV file by its header, which is read (and checked for the text column) at once."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    if csv.field_size_limit() < max_chars:
        csv.field_size_limit(max_chars)  # the module's default (128 KiB) is shorter than a long story
    reader = csv.reader(text)
    try:
        header = next(reader, None) or []
    except (OSError, EOFError, gzip.BadGzipFile, csv.Error) as error:
        raise RecordsError(f"{name}: the header cannot be read ({error})") from None
    if header and fields.text not in header:
        shown = ", ".join(repr(column) for column in header[:12])
        raise RecordsError(f"{name}: no column '{fields.text}' in the header (columns: {shown})")
    columns: dict[str, int] = {}
    for index, column in enumerate(header):
        columns.setdefault(column, index)
    return _csv_read(reader, name, (columns, len(header)), fields, max_chars) if header else iter(())


def _csv_read(reader, name: str, header: tuple[dict[str, int], int], fields: Fields, max_chars: int) -> Iterator[Record]:  # type: ignore[no-untyped-def]
    try:
        yield from _csv_rows(reader, name, header, fields, max_chars)
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        yield _failed(name, ("line", reader.line_num + 1), error)


def _csv_rows(reader, name: str, header: tuple[dict[str, int], int], fields: Fields, max_chars: int) -> Iterator[Record]:  # type: ignore[no-untyped-def]
    """Each row after the header; one whose number of fields differs from the header's is a problem."""
    columns, width = header
    start = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # the reader goes on at the next line
            yield Record(name, ("line", start), problem=f"not CSV ({error})")
            start = reader.line_num + 1
            continue
        place, start = ("line", start), reader.line_num + 1
        if not values:
            continue
        if len(values) != width:
            yield Record(name, place, problem=f"has {len(values)} field{'s' if len(values) != 1 else ''}; "
                                              f"the header has {width}")
            continue
        yield make_record(name, place, _Row(values, columns), fields, max_chars)


def _parquet(name: str, fields: Fields, max_chars: int) -> Iterator[Record]:
    """The rows of a Parquet file, a batch at a time (pyarrow, the `parquet` extra)."""
    try:
        import pyarrow
        import pyarrow.parquet as parquet
    except ImportError:
        raise RecordsError(f"{name}: reading Parquet needs pyarrow: pip install 'datecheck[parquet]'") from None
    if not os.path.exists(name):
        raise RecordsError(f"{name}: no such file")
    # pyarrow's default allocator (mimalloc, one heap per decoding thread) keeps what it frees: read
    # with the system allocator in this thread, memory stays flat over a file of any length
    pyarrow.set_memory_pool(pyarrow.system_memory_pool())
    try:
        data = parquet.ParquetFile(name)
    except (OSError, pyarrow.ArrowException) as error:
        raise RecordsError(f"{name}: not a Parquet file that can be read ({error})") from None
    names = data.schema_arrow.names
    if fields.text not in names:
        shown = ", ".join(repr(column) for column in names[:12])
        raise RecordsError(f"{name}: no column '{fields.text}' (columns: {shown})")
    wanted = [c for c in dict.fromkeys((fields.text, fields.published, fields.id, fields.format)) if c in names]
    return _parquet_rows(data, name, wanted, fields, max_chars)


def _parquet_rows(data, name: str, wanted: list[str], fields: Fields, max_chars: int) -> Iterator[Record]:  # type: ignore[no-untyped-def]
    import pyarrow

    number = 0
    try:
        for batch in data.iter_batches(batch_size=_PARQUET_BATCH, columns=wanted, use_threads=False):
            columns = batch.to_pydict()
            for index in range(batch.num_rows):
                number += 1
                row = {column: values[index] for column, values in columns.items()}
                yield make_record(name, ("row", number), row, fields, max_chars)
    except (OSError, pyarrow.ArrowException) as error:
        yield _failed(name, ("row", number + 1), error)


__all__ = ["KINDS", "MISSING", "kind_of", "read_records"]
