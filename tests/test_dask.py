"""datecheck.dask on Dask's local schedulers, over generated records: the same results as
`check --records --format jsonl`, in the same order, whichever scheduler runs them."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from cli_run import run_datecheck

dask = pytest.importorskip("dask")
pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas  # noqa: E402

import datecheck.dask as checker  # noqa: E402

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _records(count: int) -> list[dict[str, object]]:
    """Stories of a county fair's schedule; every fourth names the wrong weekday."""
    rows: list[dict[str, object]] = []
    for n in range(count):
        published = date(2026, 3, 2) + timedelta(days=n)
        day = published + timedelta(days=3)
        weekday = WEEKDAYS[(day.weekday() + (1 if n % 4 == 0 else 0)) % 7]
        text = f"The county fair board will meet on {weekday}, {day:%B} {day.day}, to pick the {n + 5} judges."
        rows.append({"id": f"fair-{n:02d}", "text": text, "published": published.isoformat()})
    return rows


def _expected(tmp_path: Path, rows: list[dict[str, object]]) -> list[dict[str, object]]:
    source = tmp_path / "rows.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    done = run_datecheck("check", "--records", str(source), "--format", "jsonl", "--exit-zero")
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    for line in lines:
        del line["line"]  # a bag does not know where a record was in a file
    return lines


@pytest.mark.parametrize("scheduler", ["synchronous", "threads", "processes"])
def test_check_bag_gives_the_command_line_results_in_order(tmp_path: Path, scheduler: str) -> None:
    rows = _records(24)
    bag = db.from_sequence(rows, npartitions=4)
    options = {"num_workers": 2} if scheduler != "synchronous" else {}
    got = checker.check_bag(bag).compute(scheduler=scheduler, **options)
    assert got == _expected(tmp_path, rows)
    assert sum(1 for result in got if result["findings"]) == 6


def test_check_bag_reads_json_lines_files(tmp_path: Path) -> None:
    rows = _records(10)
    for part in range(2):
        (tmp_path / f"part-{part}.jsonl").write_text(
            "".join(json.dumps(row) + "\n" for row in rows[part * 5:(part + 1) * 5]), encoding="utf-8")
    bag = db.read_text(str(tmp_path / "part-*.jsonl")).map(json.loads)
    checked = checker.check_bag(bag, select=["DC101"])
    checked.map(json.dumps).to_textfiles(str(tmp_path / "out" / "*.jsonl"), scheduler="synchronous")
    written = [json.loads(line) for name in sorted((tmp_path / "out").iterdir())
               for line in name.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in written] == [row["id"] for row in rows]
    assert {f["code"] for line in written for f in line["findings"]} == {"DC101"}


def test_a_bad_record_in_a_bag_is_an_error_result() -> None:
    rows: list[dict[str, object]] = [*_records(2), {"id": "nothing"}, {"id": "odd", "text": "x", "published": "soon"}]
    got = checker.check_bag(db.from_sequence(rows, npartitions=2)).compute(scheduler="synchronous")
    assert [result["id"] for result in got] == ["fair-00", "fair-01", "nothing", "odd"]
    assert got[2] == {"id": "nothing", "error": "record (id 'nothing'): no 'text' field"}
    assert got[3]["error"].startswith("record (id 'odd'): 'published' is not a date: 'soon'")


def test_settings_reach_the_workers(tmp_path: Path) -> None:
    rows = [{"key": "k1", "body": "<p>The fair opens Friday, March 5.</p>", "day": "2026-03-02", "kind": "html"}]
    bag = db.from_sequence(rows, npartitions=1)
    got = checker.check_bag(bag, text_field="body", published_field="day", id_field="key",
                            format_field="kind").compute(scheduler="synchronous")
    assert got[0]["id"] == "k1" and [f["code"] for f in got[0]["findings"]] == ["DC101"]
    quiet = checker.check_bag(bag, text_field="body", published_field="day", ignore=["DC101"]).compute(
        scheduler="synchronous")
    assert quiet[0]["findings"] == []


@pytest.mark.parametrize("scheduler", ["threads", "processes"])
def test_check_partitions_one_row_per_record(tmp_path: Path, scheduler: str) -> None:
    rows = _records(12)
    rows[5] = {"id": "fair-05", "text": None, "published": "2026-03-07"}
    frame = dd.from_pandas(pandas.DataFrame(rows), npartitions=3)
    out = checker.check_partitions(frame).compute(scheduler=scheduler, num_workers=2)
    assert list(out.columns) == ["id", "published", "findings", "count", "error"]
    assert list(out["id"]) == [row["id"] for row in rows]
    assert list(out["count"]) == [1 if n % 4 == 0 else 0 for n in range(12)]
    assert out["error"].iloc[5] == "record (id 'fair-05'): 'text' is null"
    expected = [line for line in _expected(tmp_path, rows)]
    findings = [json.loads(text) for text in out["findings"] if text is not None]
    assert findings == [line["findings"] for line in expected]


def test_check_partitions_over_parquet(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    rows = _records(9)
    pandas.DataFrame(rows).to_parquet(tmp_path / "fair.parquet")
    out = checker.check_partitions(dd.read_parquet(tmp_path / "fair.parquet")).compute(scheduler="threads")
    assert list(out["count"]) == [1 if n % 4 == 0 else 0 for n in range(9)]
    assert list(out["published"]) == [row["published"] for row in rows]
