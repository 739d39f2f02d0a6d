"""`datecheck check --records`: JSON Lines, CSV, Parquet and stdin; one line per record in input order
whatever --jobs; a bad record is one error line and the run goes on."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest

from cli_run import run_datecheck

#: stories written for these tests: a wrong weekday (Oct. 14, 2026 is a Wednesday), a clean one
WRONG = "The harbor board met on Tuesday, Oct. 14, to set the ferry fares."
CLEAN = "The ferry fares rise by 40 cents on Nov. 2, the harbor board said."
PUBLISHED = "2026-10-15"


def _jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows),
                    encoding="utf-8")
    return path


def _lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def _archive(count: int) -> list[dict]:
    return [{"id": f"s-{n:03d}", "published": PUBLISHED, "text": WRONG if n % 3 == 0 else CLEAN}
            for n in range(count)]


def test_one_line_per_record_with_its_id_place_date_and_findings(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "archive.jsonl", [_archive(2)[0], "", _archive(2)[1]])
    done = run_datecheck("check", "--records", str(source), "--format", "jsonl")
    assert done.returncode == 1 and done.stderr == ""
    first, second = _lines(done.stdout)
    assert first["id"] == "s-000" and first["line"] == 1
    assert first["published"] == {"date": PUBLISHED, "source": "field:published"}
    assert [f["code"] for f in first["findings"]] == ["DC101"] and first["findings"][0]["text"] == "Tuesday"
    assert second == {"id": "s-001", "line": 3, "published": {"date": PUBLISHED, "source": "field:published"},
                      "findings": []}


@pytest.mark.parametrize(("row", "problem"), [
    ('{"id": "b-1", "published": "2026-10-15"', "not JSON"),
    ('["a list", "of values"]', "not a JSON object"),
    ({"id": "b-3", "published": PUBLISHED}, "no 'text' field"),
    ({"id": "b-4", "text": 42, "published": PUBLISHED}, "'text' is a number, not text"),
    ({"id": "b-5", "text": None}, "'text' is null"),
    ({"id": "b-6", "text": CLEAN, "published": "last Tuesday"}, "'published' is not a date"),
    ({"id": "b-7", "text": CLEAN, "published": "2026-13-40"}, "'published' is not a date"),
    ({"id": "b-8", "text": CLEAN, "published": 1760486400}, "'published' is a number, not a date"),
    ({"id": ["b", 9], "text": CLEAN}, "'id' is a list"),
])
def test_a_bad_record_is_one_error_line_and_the_run_goes_on(tmp_path: Path, row: object, problem: str) -> None:
    good = _archive(2)
    source = _jsonl(tmp_path / "archive.jsonl", [good[0], row, good[1]])
    done = run_datecheck("check", "--records", str(source), "--format", "jsonl")
    assert done.returncode == 2
    assert [line["id"] for line in _lines(done.stdout)] == ["s-000", "s-001"]
    errors = done.stderr.splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"datecheck: {source}:2") and problem in errors[0]
    if isinstance(row, dict) and isinstance(row.get("id"), str):
        assert f"(id '{row['id']}')" in errors[0]
    assert "Traceback" not in done.stderr


def test_the_format_field_says_how_the_text_is_read(tmp_path: Path) -> None:
    """In HTML an attribute is no prose: its date is not read; as plain text it would be."""
    text = '<p data-note="Tuesday, Oct. 14">The ferry fares rise on Nov. 2.</p>'
    rows = [{"id": "h", "text": text, "published": PUBLISHED, "kind": "HTML"},
            {"id": "t", "text": text, "published": PUBLISHED, "kind": "txt"},
            {"id": "x", "text": text, "published": PUBLISHED, "kind": "pdf"}]
    done = run_datecheck("check", "--records", str(_jsonl(tmp_path / "a.jsonl", rows)), "--format", "jsonl",
                         "--format-field", "kind")
    found = {line["id"]: [f["code"] for f in line["findings"]] for line in _lines(done.stdout)}
    assert found == {"h": [], "t": ["DC101"]}
    assert "a.jsonl:3 (id 'x'): 'kind' is 'pdf', not html, markdown or text" in done.stderr


def test_the_record_date_comes_first_then_the_flag_then_the_text(tmp_path: Path) -> None:
    front = f"---\ndate: 2026-10-20\n---\n\n{WRONG}\n"
    rows = [{"id": "own", "text": front, "published": PUBLISHED}, {"id": "flag", "text": CLEAN},
            {"id": "text", "text": front, "published": ""}]
    source = _jsonl(tmp_path / "a.jsonl", rows)
    dates = {line["id"]: line["published"] for line in _lines(run_datecheck(
        "check", "--records", str(source), "--format", "jsonl", "--published", "2026-09-01", "--exit-zero").stdout)}
    assert dates["own"] == {"date": PUBLISHED, "source": "field:published"}
    assert dates["flag"] == {"date": "2026-09-01", "source": "flag"}
    assert dates["text"] == {"date": "2026-09-01", "source": "flag"}
    alone = _lines(run_datecheck("check", "--records", str(source), "--format", "jsonl", "--exit-zero").stdout)
    assert alone[2]["published"] == {"date": "2026-10-20", "source": "front-matter:date"}


def test_jobs_2_writes_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    rows: list[object] = list(_archive(150))
    rows[40] = {"id": "broken", "published": PUBLISHED}  # errors keep their place too
    rows[97] = "{not json"
    source = _jsonl(tmp_path / "archive.jsonl", rows)
    one = run_datecheck("check", "--records", str(source), "--format", "jsonl", "--jobs", "1")
    two = run_datecheck("check", "--records", str(source), "--format", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and one.stderr == two.stderr
    ids = [line["id"] for line in _lines(two.stdout)]
    assert ids == [row["id"] for row in rows if isinstance(row, dict) and "text" in row] and len(ids) == 148
    assert two.stderr.splitlines() == [f"datecheck: {source}:41 (id 'broken'): no 'text' field",
                                       f"datecheck: {source}:98: not JSON (Expecting property name enclosed "
                                       "in double quotes at column 2)"]


def test_stdin_is_json_lines(tmp_path: Path) -> None:
    rows = _archive(4)
    piped = run_datecheck("check", "--records", "-", "--format", "jsonl", "--jobs", "2",
                          stdin="".join(json.dumps(row) + "\n" for row in rows))
    from_file = run_datecheck("check", "--records", str(_jsonl(tmp_path / "a.jsonl", rows)), "--format", "jsonl")
    assert piped.returncode == from_file.returncode == 1
    assert piped.stdout == from_file.stdout
    concise = run_datecheck("check", "--records", "-", "--format", "concise", stdin=json.dumps(rows[0]) + "\n")
    assert concise.stdout.startswith("stdin#s-000:1:25: DC101 ")


def test_csv_quoting_and_the_lines_records_start_on(tmp_path: Path) -> None:
    body = f'He said "{WRONG}"\nA second line, with a comma.'
    with (tmp_path / "a.csv").open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["slug", "body", "date"])
        writer.writerow(["q-1", body, PUBLISHED])
        writer.writerow(["q-2", CLEAN, "15 October 2026"])
        writer.writerow(["q-3", CLEAN])  # a short row
        writer.writerow(["q-4", "", PUBLISHED])
    done = run_datecheck("check", "--records", str(tmp_path / "a.csv"), "--format", "jsonl", "--text-field", "body",
                         "--published-field", "date", "--id-field", "slug")
    lines = _lines(done.stdout)
    assert [(line["id"], line["line"]) for line in lines] == [("q-1", 2), ("q-2", 4), ("q-4", 6)]
    assert lines[0]["findings"][0]["text"] == "Tuesday" and lines[0]["findings"][0]["line"] == 1
    assert lines[1]["published"]["date"] == PUBLISHED and lines[2]["findings"] == []
    assert done.stderr == f"datecheck: {tmp_path / 'a.csv'}:5: has 2 fields; the header has 3\n"


def test_csv_without_the_text_column_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("id,story\n1,x\n", encoding="utf-8")
    done = run_datecheck("check", "--records", str(tmp_path / "a.csv"))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (f"datecheck: {tmp_path / 'a.csv'}: no column 'text' in the header "
                           "(columns: 'id', 'story')\n")


def test_gzip_compressed_json_lines(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(row) + "\n" for row in _archive(3))
    done = run_datecheck("check", "--records", str(tmp_path / "a.jsonl.gz"), "--format", "jsonl")
    assert [line["id"] for line in _lines(done.stdout)] == ["s-000", "s-001", "s-002"]


@pytest.mark.parametrize(("args", "message"), [
    (["--records", "archive.txt"], "not a records file"),
    (["--records", "missing.jsonl"], "missing.jsonl: no such file"),
    (["--records", "a.jsonl", "story.md"], "--records checks one records file"),
    (["--records", "a.jsonl", "--format", "sarif"], "--format sarif reports files in a repository"),
    (["--records", "a.jsonl", "--changed-since", "HEAD"], "--changed-since applies to files"),
    ([], "nothing to check"),
])
def test_what_cannot_be_read_or_asked_is_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    _jsonl(tmp_path / "a.jsonl", _archive(1))
    done = run_datecheck("check", *args, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and message in done.stderr, done.stderr


def test_text_report_and_summary_count_records(tmp_path: Path) -> None:
    rows: list[object] = [*_archive(3), {"id": "gone"}]
    done = run_datecheck("check", "--records", str(_jsonl(tmp_path / "a.jsonl", rows)))
    assert "a.jsonl#s-000:1:25: DC101 [weekday-mismatch]" in done.stdout
    assert done.stdout.rstrip().endswith("3 records checked: 1 error; 1 could not be checked")


def test_parquet_rows(tmp_path: Path) -> None:
    pyarrow = pytest.importorskip("pyarrow")
    import datetime as dt

    import pyarrow.parquet as parquet

    table = pyarrow.table({
        "id": pyarrow.array([7, 8, 9, 10], pyarrow.int64()),
        "text": pyarrow.array([WRONG, CLEAN, None, WRONG]),
        "published": pyarrow.array([dt.date(2026, 10, 15), dt.date(2026, 10, 15), None, dt.date(2026, 10, 15)]),
        "stamp": pyarrow.array([dt.datetime(2026, 10, 15, 23, 0, tzinfo=dt.timezone.utc)] * 4,
                               pyarrow.timestamp("us", tz="UTC")),
    })
    parquet.write_table(table, tmp_path / "a.parquet", row_group_size=2)
    done = run_datecheck("check", "--records", str(tmp_path / "a.parquet"), "--format", "jsonl", "--jobs", "2")
    lines = _lines(done.stdout)
    assert [(line["id"], line["row"]) for line in lines] == [(7, 1), (8, 2), (10, 4)]
    assert [len(line["findings"]) for line in lines] == [1, 0, 1]
    assert done.stderr == f"datecheck: {tmp_path / 'a.parquet'} row 3 (id 9): 'text' is null\n"
    stamped = run_datecheck("check", "--records", str(tmp_path / "a.parquet"), "--format", "jsonl",
                            "--published-field", "stamp")
    assert _lines(stamped.stdout)[0]["published"] == {"date": "2026-10-15", "source": "field:stamp"}
    missing = run_datecheck("check", "--records", str(tmp_path / "a.parquet"), "--text-field", "body")
    assert missing.returncode == 2 and "no column 'body' (columns: 'id', 'text', 'published', 'stamp')" in missing.stderr


def test_parquet_text_as_bytes_is_decoded(tmp_path: Path) -> None:
    pyarrow = pytest.importorskip("pyarrow")
    import pyarrow.parquet as parquet

    table = pyarrow.table({"text": pyarrow.array([WRONG.encode(), b"Caf\xe9 owners said: " + CLEAN.encode()], pyarrow.binary()),
                           "published": [PUBLISHED, PUBLISHED]})
    parquet.write_table(table, tmp_path / "b.parquet")
    done = run_datecheck("check", "--records", str(tmp_path / "b.parquet"), "--format", "jsonl")
    assert [len(line["findings"]) for line in _lines(done.stdout)] == [1, 0]
    assert done.stderr == f"datecheck: warning: {tmp_path / 'b.parquet'} row 2: not valid UTF-8 (byte 3); undecodable bytes replaced\n"


def test_records_are_read_one_at_a_time() -> None:
    """The reader is lazy: asking for the first record reads no further than its line."""
    from datecheck.records import Fields
    from datecheck.records.read import _jsonl

    class Counting(io.BytesIO):
        lines = 0

        def readline(self, *args: int) -> bytes:  # type: ignore[override]
            Counting.lines += 1
            return super().readline(*args)

    stream = Counting("".join(json.dumps(row) + "\n" for row in _archive(50)).encode())
    records = _jsonl(stream, "s", Fields(), 1 << 20)
    first = next(records)
    assert first.id == "s-000" and Counting.lines == 1


def test_a_baseline_of_records(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "a.jsonl", _archive(6))
    baseline = tmp_path / "baseline.json"
    written = run_datecheck("check", "--records", str(source), "--baseline", str(baseline), "--write-baseline")
    assert written.returncode == 0 and "wrote 2 findings" in written.stderr
    again = run_datecheck("check", "--records", str(source), "--baseline", str(baseline), "--format", "jsonl")
    assert again.returncode == 0 and all(line["findings"] == [] for line in _lines(again.stdout))
