"""check --fix and datecheck.fix: which findings are fixed, how files are written, what is reported."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

import datecheck
from cli_run import run_datecheck
from datecheck.edits import Edit, apply_edits, fix_of, fix_text, moved, plan_edits
from datecheck.model import Finding, Severity, Suggestion

PUBLISHED = "2026-01-08"
#: a stale year (one suggestion) and a date that contradicts "yesterday" (one suggestion)
FIXABLE = "The depot plan was approved on Jan. 2, 2025, and the crews said yesterday, Jan. 6, that work began.\n"
#: a weekday that does not fit its date: two suggestions (the weekday or the date), never fixed
CHOICE = "The council met Tuesday, Jan. 7, to hear the plan.\n"
FRONT = f"---\ndate: {PUBLISHED}\n---\n\n"


def finding(code: str, start: int, end: int, *suggestions: Suggestion) -> Finding:
    return Finding(code, code.lower(), Severity.WARNING, "m", start, end, "x", suggestions=suggestions)


# -- which findings a fix settles -------------------------------------------------------------------

def test_one_suggestion_is_a_fix_two_are_a_choice() -> None:
    one = finding("DC201", 0, 4, Suggestion(0, 4, "2026", "t"))
    two = finding("DC101", 0, 4, Suggestion(0, 4, "a", "t"), Suggestion(6, 9, "b", "t"))
    assert fix_of(one) is one.suggestions[0]
    assert fix_of(two) is None
    assert fix_of(finding("DC303", 0, 2)) is None


def test_an_unsafe_suggestion_needs_unsafe_fixes() -> None:
    risky = finding("DC502", 0, 9, Suggestion(0, 9, "Monday", "t", unsafe=True))
    assert fix_of(risky) is None
    assert fix_of(risky, unsafe=True) is risky.suggestions[0]
    assert Suggestion(0, 1, "a", "t", unsafe=True).to_dict()["unsafe"] is True
    assert "unsafe" not in Suggestion(0, 1, "a", "t").to_dict()


def test_overlapping_edits_the_first_is_made_the_other_left() -> None:
    text = "on Jan. 2, 2025 and more"
    first = finding("DC201", 3, 15, Suggestion(3, 15, "Jan. 2, 2026", "t"))
    second = finding("DC204", 3, 9, Suggestion(3, 9, "Jan. 3", "t"))
    later = finding("DC302", 20, 24, Suggestion(20, 24, "MORE", "t"))
    edits = plan_edits([first, second, later], text)
    assert [edit.findings for edit in edits] == [(first,), (later,)]
    assert apply_edits(text, edits) == "on Jan. 2, 2026 and MORE"


def test_the_same_edit_settles_every_finding_that_asks_for_it() -> None:
    text = "on Jan. 2, 2025."
    one = finding("DC201", 3, 15, Suggestion(3, 15, "Jan. 2, 2026", "t"))
    other = finding("DC204", 3, 15, Suggestion(3, 15, "Jan. 2, 2026", "t"))
    (edit,) = plan_edits([one, other], text)
    assert edit.findings == (one, other)


def test_two_insertions_at_one_place_clash() -> None:
    assert Edit(5, 5, "a", ()).clashes(Edit(5, 5, "b", ()))
    assert not Edit(5, 7, "a", ()).clashes(Edit(7, 9, "b", ()))


def test_offsets_move_with_the_edits_before_them() -> None:
    edits = [Edit(2, 4, "abcd", ()), Edit(10, 12, "", ())]
    assert moved(1, edits) == 1
    assert moved(3, edits) == 2  # inside an edit: its start
    assert moved(8, edits) == 10
    assert moved(20, edits) == 20


def test_a_fix_that_leaves_its_finding_is_not_kept() -> None:
    stubborn = finding("DC201", 0, 4, Suggestion(0, 4, "1999", "t"))

    def checker(text: str):  # the finding is still there after the edit
        return [finding("DC201", 0, 4, Suggestion(0, 4, "1999", "t"))], None

    fixed = fix_text("1998 was long ago", [stubborn], checker)
    assert fixed.text == "1998 was long ago" and fixed.applied == []


# -- the Python API -----------------------------------------------------------------------------------

def test_api_fixes_the_clear_findings_and_rechecks() -> None:
    new, applied, remaining = datecheck.fix(FIXABLE + CHOICE, PUBLISHED)
    assert "Jan. 2, 2026" in new and "yesterday, Jan. 7" in new
    assert sorted(f.code for f in applied) == ["DC201", "DC204"]
    assert [f.code for f in remaining] == ["DC101"]  # a choice: left to the writer
    assert "Tuesday, Jan. 7" in new
    # the re-checked text has the fixed findings gone
    assert {f.code for f in datecheck.check(new, PUBLISHED)} == {"DC101"}


def test_api_edit_on_the_other_span_when_that_is_the_one_suggestion() -> None:
    text = "The zoning plan passed Monday, Nov. 3, after a long debate."
    found = datecheck.check(text, "2025-11-25", select=["DC503"])
    (weekday,) = found
    assert weekday.suggestions[0].end > weekday.end  # the edit takes the weekday and what follows it
    new, applied, remaining = datecheck.fix(text, "2025-11-25", select=["DC503"])
    assert new == "The zoning plan passed Nov. 3, after a long debate."
    assert [f.code for f in applied] == ["DC503"] and remaining == []


def test_api_two_findings_on_one_date_one_edit() -> None:
    text = "Crews said yesterday, Jan. 7, 2025, that the bridge reopened."
    new, applied, remaining = datecheck.fix(text, PUBLISHED)
    assert new == "Crews said yesterday, Jan. 7, 2026, that the bridge reopened."
    assert sorted(f.code for f in applied) == ["DC201", "DC204"] and remaining == []


def test_api_fixing_twice_changes_nothing() -> None:
    once, _, _ = datecheck.fix(FIXABLE + CHOICE, PUBLISHED)
    twice, applied, _ = datecheck.fix(once, PUBLISHED)
    assert twice == once and applied == []


# -- check --fix on files ---------------------------------------------------------------------------------

def test_fix_a_folder_reports_what_changed_and_what_remains(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(FRONT + FIXABLE + "\n" + CHOICE, encoding="utf-8")
    (tmp_path / "b.md").write_text(FRONT + "Nothing here is wrong.\n", encoding="utf-8")
    result = run_datecheck("check", "--fix", "a.md", "b.md", cwd=tmp_path)
    assert result.returncode == 1, result.stderr  # the weekday mismatch remains
    assert "fixed 2 findings in a.md" in result.stderr
    assert "DC101" in result.stdout and "DC201" not in result.stdout
    assert "2 fixed in 1 file" in result.stdout
    text = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "Jan. 2, 2026" in text and "Tuesday, Jan. 7" in text
    again = run_datecheck("check", "--fix", str(tmp_path))
    assert "fixed" not in again.stderr and (tmp_path / "a.md").read_text(encoding="utf-8") == text


def test_fix_exits_0_when_every_finding_was_fixed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIXABLE, encoding="utf-8")
    result = run_datecheck("check", "--fix", "--published", PUBLISHED, "a.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no findings" in result.stdout


@pytest.mark.parametrize("ending", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_line_endings_are_kept(tmp_path: Path, ending: str) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes(FIXABLE.replace("\n", ending).encode() + f"Second line.{ending}".encode())
    run_datecheck("check", "--fix", "--published", PUBLISHED, str(story))
    data = story.read_bytes()
    assert b"Jan. 2, 2026" in data
    assert data.count(ending.encode()) == 2 and (ending == "\r\n" or b"\r\n" not in data)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_the_encoding_and_byte_order_mark_are_kept(tmp_path: Path, encoding: str) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes(("Caf\u00e9 owners: " + FIXABLE).encode(encoding))
    before = story.read_bytes()[:3]
    result = run_datecheck("check", "--fix", "--published", PUBLISHED, str(story))
    assert "fixed 2 findings" in result.stderr, result.stderr
    data = story.read_bytes()
    assert data[:2] == before[:2] and data.decode(encoding).startswith("Caf\u00e9 owners:")
    assert "Jan. 2, 2026" in data.decode(encoding)


def test_the_mode_is_kept(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(FIXABLE, encoding="utf-8")
    story.chmod(0o640)
    run_datecheck("check", "--fix", "--published", PUBLISHED, str(story))
    assert stat.S_IMODE(story.stat().st_mode) == 0o640 and "2026" in story.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]  # no temporary file left


def test_a_read_only_file_is_one_line_and_exit_2_the_others_go_on(tmp_path: Path) -> None:
    locked, other = tmp_path / "a.txt", tmp_path / "b.txt"
    locked.write_text(FIXABLE, encoding="utf-8")
    other.write_text(FIXABLE, encoding="utf-8")
    locked.chmod(0o444)
    try:
        result = run_datecheck("check", "--fix", "--published", PUBLISHED, "a.txt", "b.txt", cwd=tmp_path)
    finally:
        locked.chmod(0o644)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if "a.txt" in line]
    assert errors == ["datecheck: a.txt: read-only; not fixed"]
    assert locked.read_text(encoding="utf-8") == FIXABLE
    assert "a.txt:1:" in result.stdout and "b.txt:1:" not in result.stdout  # its findings, as they are
    assert "2 fixed in 1 file; 1 could not be fixed" in result.stdout
    assert "2026" in other.read_text(encoding="utf-8")


def test_a_file_that_vanished_is_an_error_naming_it(tmp_path: Path) -> None:
    from datecheck.cli.fixing import FixRun
    from datecheck.config import Settings
    from datecheck.runner import Job, run_job

    story = tmp_path / "gone.txt"
    story.write_text(FIXABLE, encoding="utf-8")
    job = Job(str(story), Settings())
    outcome = run_job(job, date(2026, 1, 8))
    story.unlink()
    run = FixRun(diff=False, unsafe=False, published=date(2026, 1, 8))
    kept = run.process(job, outcome)
    assert kept is outcome and run.errors == [f"{story}: no such file; not fixed"]


def test_a_file_changed_meanwhile_is_not_written(tmp_path: Path) -> None:
    from datecheck.cli.fixing import FixRun
    from datecheck.config import Settings
    from datecheck.runner import Job, run_job

    story = tmp_path / "busy.txt"
    story.write_text(FIXABLE, encoding="utf-8")
    job = Job(str(story), Settings())
    outcome = run_job(job, date(2026, 1, 8))
    story.write_text(FIXABLE + "An editor added this line.\n", encoding="utf-8")
    run = FixRun(diff=False, unsafe=False, published=date(2026, 1, 8))
    run.process(job, outcome)
    assert "changed while it was being checked" in run.errors[0]
    assert story.read_text(encoding="utf-8").endswith("An editor added this line.\n")


def test_fix_on_stdin_writes_the_text_to_stdout_and_the_report_to_stderr() -> None:
    result = run_datecheck("check", "--fix", "--published", PUBLISHED, "-", stdin=FIXABLE + CHOICE)
    assert result.stdout == FIXABLE.replace("2025", "2026").replace("Jan. 6", "Jan. 7") + CHOICE
    assert "DC101" in result.stderr and "fixed 2 findings in -" in result.stderr
    assert result.returncode == 1


def test_fix_on_stdin_with_nothing_to_fix_echoes_the_text() -> None:
    result = run_datecheck("check", "--fix", "--published", PUBLISHED, "-", stdin=CHOICE)
    assert result.stdout == CHOICE and result.returncode == 1


def test_html_markup_is_never_edited(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text('<p title="Jan. 2, 2025">Bids opened on <b>Jan. 2, 2025</b>, the clerk said yesterday.</p>\n',
                    encoding="utf-8")
    run_datecheck("check", "--fix", "--published", PUBLISHED, str(page))
    assert page.read_text(encoding="utf-8") == (
        '<p title="Jan. 2, 2025">Bids opened on <b>Jan. 2, 2026</b>, the clerk said yesterday.</p>\n')


def test_unsafe_fixes_only_with_the_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from typer.testing import CliRunner

    import datecheck.engine
    from datecheck.cli import app

    real = datecheck.engine.check_document

    def unsafe_everywhere(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)
        for item in result.findings:
            item.suggestions = tuple(dataclasses.replace(s, unsafe=True) for s in item.suggestions)
        return result

    monkeypatch.setattr(datecheck.engine, "check_document", unsafe_everywhere)
    story = tmp_path / "story.txt"
    story.write_text(FIXABLE, encoding="utf-8")
    runner = CliRunner()
    safe = runner.invoke(app, ["check", "--fix", "--published", PUBLISHED, "--jobs", "1", str(story)])
    assert safe.exit_code == 1 and story.read_text(encoding="utf-8") == FIXABLE
    unsafe = runner.invoke(app, ["check", "--fix", "--unsafe-fixes", "--published", PUBLISHED, "--jobs", "1", str(story)])
    assert unsafe.exit_code == 0 and "2026" in story.read_text(encoding="utf-8")


def test_unsafe_fixes_alone_and_fix_with_records_are_refused() -> None:
    alone = run_datecheck("check", "--unsafe-fixes", "x.md")
    assert alone.returncode == 2 and "--unsafe-fixes applies with --fix or --diff" in alone.stderr
    records = run_datecheck("check", "--fix", "--records", "x.jsonl")
    assert records.returncode == 2 and "--fix cannot be used with --records" in records.stderr


# -- --published today ---------------------------------------------------------------------------------

def test_published_today_from_the_clock_says_so_in_text_and_json(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The fair opens Saturday.\n", encoding="utf-8")
    before = date.today()
    text = run_datecheck("check", "--published", "today", "a.txt", cwd=tmp_path)
    shown = run_datecheck("check", "--published", "today", "a.txt", "--format", "json", cwd=tmp_path)
    after = date.today()
    published = json.loads(shown.stdout)["files"][0]["published"]
    assert published["source"] == "today, from --published"
    assert published["date"] in (before.isoformat(), after.isoformat())
    assert f"published {published['date']} (today, from --published)" in text.stdout


@pytest.mark.parametrize("word,days", [("today", 0), ("Yesterday", -1), (" tomorrow ", 1)])
def test_published_words_count_from_the_clock(word: str, days: int) -> None:
    from datecheck.cli import parse_published

    before = date.today() + timedelta(days=days)
    day = parse_published(word)
    assert day.date in (before, date.today() + timedelta(days=days))
    assert day.source == f"{word.strip().lower()}, from --published"


@pytest.mark.parametrize("value", ["12/24/2024", "2024-12-24x", "todays", "now", "today 2024"])
def test_published_keeps_its_strict_parse(value: str) -> None:
    import typer

    from datecheck.cli import parse_published

    with pytest.raises(typer.Exit) as stopped:
        parse_published(value)
    assert stopped.value.exit_code == 2


# -- documents found in folders ------------------------------------------------------------------------

def test_a_folder_s_word_drafts_are_checked_with_the_extra(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    draft = docx.Document()
    draft.add_paragraph(FIXABLE.strip())
    draft.save(str(tmp_path / "draft.docx"))
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    result = run_datecheck("check", "--published", PUBLISHED, str(tmp_path))
    assert "draft.docx:1:" in result.stdout
    notices = [line for line in result.stderr.splitlines() if "not supported" in line]
    assert len(notices) == 2 and any("scan.pdf" in line and "PDF is not supported" in line for line in notices)
    assert result.returncode == 1


def test_without_the_extra_a_folder_s_word_drafts_are_one_notice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    import datecheck.runner
    from datecheck.cli import app

    monkeypatch.setattr(datecheck.runner, "word_readable", lambda: False)
    for name in ("one.docx", "two.docx"):
        (tmp_path / name).write_bytes(b"PK")
    (tmp_path / "a.txt").write_text("Nothing dated.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--published", PUBLISHED, "--jobs", "1", str(tmp_path)])
    lines = [line for line in result.output.splitlines() if "docx" in line]
    assert len(lines) == 1 and "one.docx and 1 more: not checked" in lines[0] and "docx extra" in lines[0]
    assert result.exit_code == 0


def test_with_changed_since_only_the_changed_lines_are_fixed(tmp_path: Path) -> None:
    import shutil
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git is not installed")

    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.email=desk@example.org", "-c", "user.name=Desk", *args], cwd=tmp_path,
                       check=True, capture_output=True)

    story = tmp_path / "a.txt"
    old = "The depot plan was approved on Jan. 2, 2025, the crews said yesterday.\n"
    story.write_text(old, encoding="utf-8")
    git("init", "-q")
    git("add", "a.txt")
    git("commit", "-qm", "first draft")
    story.write_text(old + "The ferry bid opened on Jan. 5, 2025, the clerk said yesterday.\n", encoding="utf-8")
    result = run_datecheck("check", "--fix", "--changed-since", "HEAD", "--published", PUBLISHED, "a.txt",
                           cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert story.read_text(encoding="utf-8") == old + "The ferry bid opened on Jan. 5, 2026, the clerk said yesterday.\n"


def test_fixes_that_undo_each_other_stop() -> None:
    def flip(text: str):  # each text has a finding (another rule's) whose fix swaps the word back
        east = text.startswith("east")
        return [finding("DC998" if east else "DC999", 0, 4, Suggestion(0, 4, "west" if east else "east", "t"))], None

    fixed = fix_text("east side", flip("east side")[0], flip)
    assert fixed.text == "west side" and len(fixed.applied) == 1


def test_a_link_s_target_is_written_and_the_link_kept(tmp_path: Path) -> None:
    target = tmp_path / "drafts" / "story.txt"
    target.parent.mkdir()
    target.write_text(FIXABLE, encoding="utf-8")
    link = tmp_path / "story.txt"
    link.symlink_to(target)
    result = run_datecheck("check", "--fix", "--published", PUBLISHED, "story.txt", cwd=tmp_path)
    assert "fixed 2 findings in story.txt" in result.stderr
    assert link.is_symlink() and "Jan. 2, 2026" in target.read_text(encoding="utf-8")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_the_owner_is_kept_when_root_fixes_a_file_of_another_user(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(FIXABLE, encoding="utf-8")
    os.chown(story, 4321, 4321)
    run_datecheck("check", "--fix", "--published", PUBLISHED, str(story))
    assert (story.stat().st_uid, story.stat().st_gid) == (4321, 4321) and "2026" in story.read_text(encoding="utf-8")
