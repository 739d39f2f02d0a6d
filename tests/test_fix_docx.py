"""check --fix on Word drafts (.docx): a fix inside one run is made there, keeping the run's
formatting; a fix whose span crosses runs is reported as not applied, in one line; the file is
replaced whole (temporary file, then rename) or not at all. The drafts are built with python-docx."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cli_run import run_datecheck

docx = pytest.importorskip("docx")

PUBLISHED = "2026-01-08"


def build(path: Path, paragraphs: list[list[tuple[str, dict[str, bool]]]], cell: str | None = None) -> Path:
    """A draft whose paragraphs are runs of (text, formatting), and a one-cell table after them."""
    draft = docx.Document()
    for runs in paragraphs:
        paragraph = draft.add_paragraph()
        for text, formatting in runs:
            run = paragraph.add_run(text)
            for name, value in formatting.items():
                setattr(run, name, value)
    if cell is not None:
        draft.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0].add_run(cell)
    draft.save(str(path))
    return path


def runs_of(path: Path) -> list[list[tuple[str, bool | None, bool | None]]]:
    return [[(run.text, run.bold, run.italic) for run in paragraph.runs] for paragraph in docx.Document(str(path)).paragraphs]


def test_a_fix_inside_one_run_keeps_its_formatting(tmp_path: Path) -> None:
    path = build(tmp_path / "depot.docx", [
        [("Wire notes", {})],
        [("The transit board approved the depot on ", {}), ("Jan. 3, 2025", {"bold": True}),
         (", the chair said this week.", {"italic": True})],
    ])
    os.chmod(path, 0o640)
    result = run_datecheck("check", "--fix", "--published", PUBLISHED, str(path))
    assert "fixed 1 finding in" in result.stderr and result.returncode == 0, result.stderr
    assert runs_of(path)[1] == [("The transit board approved the depot on ", None, None), ("Jan. 3, 2026", True, None),
                                (", the chair said this week.", None, True)]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]
    assert run_datecheck("check", "--published", PUBLISHED, str(path)).returncode == 0  # nothing left


def test_a_fix_across_runs_is_reported_as_not_applied(tmp_path: Path) -> None:
    path = build(tmp_path / "ferry.docx", [
        [("Crews said yesterday, Jan. ", {}), ("5", {"italic": True}), (", that the ferry resumed.", {})],
        [("The harbor plan was adopted on ", {}), ("Jan. 2, 2025", {"bold": True}), (", and work began this week.", {})],
    ])
    result = run_datecheck("check", "--fix", "--published", PUBLISHED, str(path))
    refused = [line for line in result.stderr.splitlines() if "fix not applied" in line]
    assert refused == [f"datecheck: {path}: paragraph 1: fix not applied: 'Jan. 5' -> 'Jan. 7': its text spans runs "
                       "of differing formatting; make it in Word"]
    assert "fixed 1 finding" in result.stderr and "DC204" in result.stdout and result.returncode == 1
    paragraphs = runs_of(path)
    assert paragraphs[0] == [("Crews said yesterday, Jan. ", None, None), ("5", None, True),
                             (", that the ferry resumed.", None, None)]
    assert paragraphs[1][1] == ("Jan. 2, 2026", True, None)


def test_only_fixes_across_runs_leave_the_file_as_it_was(tmp_path: Path) -> None:
    path = build(tmp_path / "fair.docx", [[("The fair closed yesterday, Jan. ", {}), ("4", {"bold": True}), (".", {})]])
    before = path.read_bytes()
    result = run_datecheck("check", "--fix", "--published", PUBLISHED, str(path))
    assert "paragraph 1: fix not applied: 'Jan. 4' -> 'Jan. 7'" in result.stderr
    assert path.read_bytes() == before and result.returncode == 1 and "fixed" not in result.stderr


def test_a_table_cell_is_fixed_in_its_run(tmp_path: Path) -> None:
    path = build(tmp_path / "notice.docx", [[("Schedule", {})]], cell="Bids were due on Jan. 6, 2025, and opened this week.")
    result = run_datecheck("check", "--fix", "--published", PUBLISHED, str(path))
    assert "fixed 1 finding" in result.stderr, result.stderr
    assert docx.Document(str(path)).tables[0].cell(0, 0).text == "Bids were due on Jan. 6, 2026, and opened this week."


def test_diff_shows_only_the_fixes_fix_would_make(tmp_path: Path) -> None:
    path = build(tmp_path / "pier.docx", [
        [("The pier reopened yesterday, Jan. ", {}), ("5", {"italic": True}), (".", {})],
        [("The pier plan was approved on Jan. 2, 2025, and work began this week.", {})],
    ])
    before = path.read_bytes()
    result = run_datecheck("check", "--diff", "--published", PUBLISHED, str(path))
    added = [line for line in result.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert added == ["+The pier plan was approved on Jan. 2, 2026, and work began this week."]
    assert "fix not applied: 'Jan. 5' -> 'Jan. 7'" in result.stderr and path.read_bytes() == before


def test_a_read_only_draft_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = build(tmp_path / "locked.docx", [[("Approved on Jan. 2, 2025, the plan took effect this week.", {})]])
    os.chmod(path, 0o444)
    result = run_datecheck("check", "--fix", "--published", PUBLISHED, str(path))
    assert result.returncode == 2 and f"{path}: read-only; not fixed" in result.stderr


def test_a_draft_changed_after_the_check_is_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from datecheck.cli.fixing import FixRun
    from datecheck.config import Settings
    from datecheck.runner import Job, run_job

    path = build(tmp_path / "swap.docx", [[("Approved on Jan. 2, 2025, the plan took effect this week.", {})]])
    job = Job(str(path), Settings())
    outcome = run_job(job, date(2026, 1, 8))
    build(path, [[("Another text entirely, written on Jan. 2, 2025, this week.", {})]])  # changed meanwhile
    before = path.read_bytes()
    run = FixRun(diff=False, unsafe=False, published=date(2026, 1, 8))
    run.process(job, outcome)
    assert run.errors == [f"{path}: changed while it was being checked; not fixed"] and path.read_bytes() == before
