"""Flat memory: input read only as far as the workers need, output written as each result is done.

No timing: a pipe that stays open shows that a line came out before the last record went in, a
generator counts how far it was read, and a wrapped check looks at what was printed before it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cli_run import ROOT

WRONG = "The harbor board met on Tuesday, Oct. 14, to set the ferry fares."
CLEAN = "The ferry fares rise by 40 cents on Nov. 2, the harbor board said."


def _record(number: int) -> str:
    text = WRONG if number % 2 == 0 else CLEAN
    return json.dumps({"id": f"p-{number}", "published": "2026-10-15", "text": text}) + "\n"


def _read_line(stream, seconds: float = 120) -> str:  # type: ignore[no-untyped-def]
    """One line from a pipe, or a failure (not a timing: a guard against a run that never writes)."""
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(seconds)
    assert got, "no line came out while the input was still open"
    return got[0]


def _records_from_a_pipe(jobs: str) -> subprocess.Popen:  # type: ignore[type-arg]
    """`datecheck check --records - --format jsonl --jobs N`, its input and output pipes open."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("CI", None)
    return subprocess.Popen([sys.executable, "-m", "datecheck", "check", "--records", "-", "--format", "jsonl",
                             "--jobs", jobs], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


@pytest.mark.parametrize(("jobs", "before"), [("1", 1), ("2", 10)])
def test_lines_come_out_before_the_last_record_goes_in(jobs: str, before: int) -> None:
    """With --jobs 1 each record's line follows it at once; with --jobs 2 the workers take records
    a batch at a time, so lines come out once a batch or two are in, still before the input ends."""
    run = _records_from_a_pipe(jobs)
    assert run.stdin is not None and run.stdout is not None
    try:
        sent = 1 if jobs == "1" else 40
        run.stdin.write("".join(_record(n) for n in range(sent)))
        run.stdin.flush()
        early = [json.loads(_read_line(run.stdout))["id"] for _ in range(before)]
        assert early == [f"p-{n}" for n in range(before)]
        run.stdin.write(_record(sent))
        run.stdin.close()
        rest = [json.loads(line)["id"] for line in run.stdout.read().splitlines()]
        assert early + rest == [f"p-{n}" for n in range(sent + 1)]
        assert run.wait(60) == 1
    finally:
        run.kill()
        run.wait()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_record_is_answered_before_the_next_is_sent(jobs: str) -> None:
    """A producer that waits for each record's line before it writes the next one is answered, with
    workers too: a record that has come is checked without waiting for a batch to fill."""
    run = _records_from_a_pipe(jobs)
    assert run.stdin is not None and run.stdout is not None
    try:
        for number in range(7):
            run.stdin.write(_record(number))
            run.stdin.flush()
            assert json.loads(_read_line(run.stdout))["id"] == f"p-{number}"
        run.stdin.close()
        assert run.stdout.read() == ""
        assert run.wait(60) == 1
    finally:
        run.kill()
        run.wait()


def _double(argument):  # type: ignore[no-untyped-def]
    """A stand-in check for the pool: the outcome of each number is its double."""
    from datecheck.runner import Outcome

    numbers, _ = argument
    return [Outcome(None, str(number * 2)) for number in numbers]


@pytest.mark.parametrize("processes", [1, 2])
def test_the_pool_reads_a_window_ahead_and_no_further(processes: int) -> None:
    from datecheck import pool

    taken: list[int] = []

    def numbers():  # type: ignore[no-untyped-def]
        for number in range(5000):
            taken.append(number)
            yield number

    batches = pool.Batches(_double, lambda start, items: (items, None), str, noun="number")
    chunk = 8
    window = pool.usable_cores() * chunk * pool._WINDOW_TASKS + chunk
    outcomes = pool.run_stream(numbers(), batches, processes, chunk=chunk)
    try:
        seen = []
        for outcome in outcomes:
            seen.append(int(outcome.error))
            assert len(taken) <= len(seen) + window  # never more than a window ahead of what is reported
            if len(seen) == 300:
                break
        assert seen == [2 * n for n in range(300)]
    finally:
        outcomes.close()
    assert len(taken) < 300 + window


FORMATS = {  # what the first file's report holds, by format
    "text": "a-first.md:5:25: DC101",
    "concise": "a-first.md:5:25: DC101",
    "github": "file=",
    "jsonl": '"code": "DC101"',
    "json": '"path": "',
    "sarif": '"ruleId": "DC101"',
}


@pytest.mark.parametrize("output_format", sorted(FORMATS))
def test_a_folder_report_is_written_file_by_file(tmp_path: Path, capsys, monkeypatch, output_format: str) -> None:
    """When the last file is checked, the first file's report is already out (JSON and SARIF too:
    their opening and the first file's entry)."""
    from datecheck import pool
    from datecheck.cli import app

    story = "---\ndate: 2026-10-15\n---\n\n" + WRONG + "\n"
    names = ["a-first.md"] + [f"b-{n:02d}.md" for n in range(6)] + ["z-last.md"]
    for name in names:
        (tmp_path / name).write_text(story, encoding="utf-8")
    printed: list[str] = []
    real = pool.run_job

    def watched(job, published):  # type: ignore[no-untyped-def]
        if job.path.endswith("z-last.md"):
            printed.append(capsys.readouterr().out)
        return real(job, published)

    monkeypatch.setattr(pool, "run_job", watched)
    monkeypatch.setenv("NO_COLOR", "1")
    with pytest.raises(SystemExit) as ended:
        app(["check", str(tmp_path), "--jobs", "1", "--format", output_format], prog_name="datecheck")
    assert ended.value.code == 1
    assert printed and FORMATS[output_format] in printed[0]
    assert "z-last.md" not in printed[0]
    whole = printed[0] + capsys.readouterr().out
    if output_format in ("json", "sarif"):
        json.loads(whole)  # one valid document, written in pieces
    assert "z-last.md" in whole


def test_json_written_in_pieces_is_the_json_written_whole() -> None:
    import io

    from datecheck.report.safe import json_text
    from datecheck.report.stream import JsonArrayWriter

    for entries in ([], [{"a": 1}], [{"a": [1, {"b": "\u202e"}]}, "two", 3, [], {}]):
        writer = JsonArrayWriter(lambda array: {"head": {"x": [1, 2]}, "items": array, "tail": {"n": len(entries)}})
        out = io.StringIO()
        out.write(writer.head())
        for entry in entries:
            out.write(writer.entry([entry]))
        out.write(writer.tail())
        expected = {"head": {"x": [1, 2]}, "items": entries, "tail": {"n": len(entries)}}
        assert out.getvalue() == json_text(expected, indent=2) + "\n"


def _slow_first(argument):  # type: ignore[no-untyped-def]
    """`_double`, slow on the batch that holds 1, so the batch after it is done first."""
    import time

    numbers, _ = argument
    if 1 in numbers:
        time.sleep(1.5)
    return _double(argument)


def test_outcomes_done_out_of_order_are_not_held_back_by_a_read_that_waits() -> None:
    """Input from a pipe: when a later batch is done before an earlier one, the pool takes the
    earlier one's outcome before it reads again (a read may wait for records that come later)."""
    from datecheck import pool

    if pool.usable_cores() < 2:
        pytest.skip("needs two usable cores")
    chunk, more = 4, threading.Event()

    def numbers():  # type: ignore[no-untyped-def]
        yield from range(1 + 2 * chunk)
        more.wait(60)  # the pipe has nothing more for now

    batches = pool.Batches(_slow_first, lambda start, items: (items, None), str, noun="number", may_wait=True)
    outcomes = pool.run_stream(numbers(), batches, 2, chunk=chunk)
    seen: list[int] = []

    def read() -> None:
        for outcome in outcomes:
            seen.append(int(outcome.error))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(20)
    before = list(seen)
    more.set()
    reader.join(60)
    assert before == [2 * n for n in range(1 + 2 * chunk)]
