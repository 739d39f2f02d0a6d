"""Word drafts (.docx): read as their paragraphs in order (tables' cells included, a merged cell once),
a blank line between paragraphs, so paragraph N is line 2N - 1 of what the command line reports; a
damaged file, an archive that would unpack to far more than it weighs, a PDF and a missing extra
each get a one-line error naming the file."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cli_run import ROOT, run_datecheck
from datecheck.document import DocumentError, load_file
from datecheck.document.docx import WordError, binary_text, docx_text

docx = pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")


def word_file(*paragraphs: str, table: list[list[str]] | None = None, merge: bool = False, after: str = "") -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
        if merge:
            grid.cell(0, 0).merge(grid.cell(0, 1))
    if after:
        document.add_paragraph(after)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_paragraphs_in_order_with_a_blank_line_between() -> None:
    data = word_file("Ferry board", "It met on Monday, March 11.", "")
    assert docx_text(data, 10_000_000) == "Ferry board\n\nIt met on Monday, March 11.\n\n"


def test_tables_are_read_in_place_and_a_merged_cell_once() -> None:
    data = word_file("Before the table.", table=[["Opens", "Closes"], ["June 2", "June 9"]], merge=True,
                     after="After the table.")
    text = docx_text(data, 10_000_000)
    assert text.split("\n\n") == ["Before the table.", "Opens\nCloses", "June 2", "June 9", "After the table."]


def test_a_line_break_and_a_tab_inside_a_paragraph_stay() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Hearing:")
    run = paragraph.add_run()
    run.add_tab()
    run.add_text("June 4")
    run.add_break()
    run.add_text("Vote: June 11")
    out = io.BytesIO()
    document.save(out)
    assert docx_text(out.getvalue(), 10_000_000) == "Hearing:\tJune 4\nVote: June 11"


def test_the_command_line_checks_a_word_draft(tmp_path: Path) -> None:
    (tmp_path / "ferry.docx").write_bytes(word_file(
        "Ferry board approves schedule", "Published March 12, 2025",
        "The harbor commission met on Monday, March 11, to approve the schedule."))
    run = run_datecheck("check", "--format", "json", "ferry.docx", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    entry = json.loads(run.stdout)["files"][0]
    finding = entry["findings"][0]
    assert finding["code"] == "DC101" and finding["text"] == "Monday"
    assert finding["line"] == 5 and finding["column"] == 30  # the third paragraph, its 30th character


def test_a_pdf_is_named_as_not_supported(tmp_path: Path) -> None:
    (tmp_path / "ferry.pdf").write_bytes(b"%PDF-1.7\n...")
    (tmp_path / "renamed.txt").write_bytes(b"%PDF-1.4\n...")
    run = run_datecheck("check", "ferry.pdf", "renamed.txt", cwd=tmp_path)
    assert run.returncode == 2
    assert "ferry.pdf: PDF is not supported: save it as text or as a Word document (.docx)" in run.stderr
    assert "renamed.txt: PDF is not supported" in run.stderr and "Traceback" not in run.stderr


def test_a_damaged_word_file_is_one_line_naming_it(tmp_path: Path) -> None:
    good = word_file("June 2")
    cases = {
        "notzip.docx": b"plain words, not an archive",
        "truncated.docx": good[: len(good) // 2],
        "empty.docx": _zip({"hello.txt": b"hi"}),
        "xml.docx": _zip({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"}),
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(DocumentError) as caught:
            load_file(path)
        message = str(caught.value)
        assert message.startswith(f"{path}: ") and "\n" not in message, message


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_an_archive_that_unpacks_to_far_more_than_allowed_is_not_unpacked() -> None:
    bomb = _zip({"word/document.xml": b"<" + b" " * 200_000})
    assert len(bomb) < 2_000
    with pytest.raises(WordError, match="unpacks to 200,001 bytes, more than 4 times the 10,000 allowed"):
        docx_text(bomb, 10_000)
    with pytest.raises(DocumentError, match="^big.docx: unpacks to"):
        binary_text(bomb, "big.docx", 10_000)


def test_text_files_are_left_to_the_text_reader() -> None:
    assert binary_text(b"June 2", "notes.md", 1000) is None
    assert binary_text(b"June 2", "notes", 1000) is None


def test_without_the_extra_the_error_says_what_to_install(tmp_path: Path) -> None:
    (tmp_path / "ferry.docx").write_bytes(word_file("June 2"))
    code = ("import sys; sys.modules['docx'] = None\n"
            "from datecheck.document import load_file, DocumentError\n"
            "try:\n    load_file('ferry.docx')\nexcept DocumentError as error:\n    print(error)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert run.stdout.strip() == "ferry.docx: reading Word documents needs the docx extra: pip install 'datecheck[docx]'"
