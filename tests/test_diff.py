"""check --diff: unified diffs that apply, exit codes as ruff's, offsets into the file as written."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from cli_run import run_datecheck as run_text

from datecheck.report.check_diff import NO_NEWLINE, unified_diff

PUBLISHED = "2026-01-08"
FIXABLE = "The depot plan was approved on Jan. 2, 2025, and the crews said yesterday, Jan. 6, that work began.\n"
CHOICE = "The council met Tuesday, Jan. 7, to hear the plan.\n"
FRONT = f"---\ndate: {PUBLISHED}\n---\n\n"
FILLER = "".join(f"Paragraph {n} of the story says nothing about dates.\n\n" for n in range(1, 9))
HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", re.M)


class Ran:
    """A run whose output is kept byte for byte (CRLF lines stay CRLF), decoded as UTF-8."""

    def __init__(self, done: subprocess.CompletedProcess[bytes]) -> None:
        self.returncode = done.returncode
        self.stdout = done.stdout.decode("utf-8")
        self.stderr = done.stderr.decode("utf-8")


def run_datecheck(*args: str, cwd: Path | None = None, stdin: str | None = None) -> Ran:
    """`python -m datecheck ARGS` with its output as bytes: a diff's CRs are part of it."""
    import os
    import sys

    from cli_run import ROOT

    environment = dict(os.environ, NO_COLOR="1", COLUMNS="120")
    environment.pop("CI", None)
    return Ran(subprocess.run([sys.executable, "-m", "datecheck", *args], cwd=cwd or ROOT, capture_output=True,
                              input=stdin.encode() if stdin is not None else None, env=environment))


def _lines(text: str) -> list[str]:
    """Lines as `patch` reads them: each ends after its LF (a CR is part of the line)."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def apply_unified(text: str, diff: str) -> str:
    """A small applier of one file's unified diff (for machines without `patch`): checks context."""
    lines = _lines(text)
    out: list[str] = []
    at, kind = 0, "@"
    for line in _lines(diff)[2:]:
        match = HUNK.match(line)
        if line == NO_NEWLINE:
            if kind in (" ", "+"):  # the line just written to the new text has no line break
                out[-1] = out[-1][:-1]
            continue
        kind = line[0]
        if match:
            start = int(match.group(1)) - (0 if match.group(2) == "0" else 1)
            out.extend(lines[at:start])
            at = start
        elif kind in (" ", "-"):
            assert lines[at].rstrip("\n") == line[1:].rstrip("\n"), (lines[at], line)
            if kind == " ":
                out.append(lines[at])
            at += 1
        elif kind == "+":
            out.append(line[1:])
    out.extend(lines[at:])
    return "".join(out)


def patched(folder: Path, diff: str) -> None:
    """Apply `diff` in `folder` with `patch -p1` when there is one, else with `apply_unified`."""
    if shutil.which("patch"):
        done = subprocess.run(["patch", "-p1", "--forward"], input=diff.encode(), cwd=folder, capture_output=True)
        assert done.returncode == 0, done.stdout + done.stderr
        return
    for piece in re.split(r"(?m)^(?=--- a/)", diff):
        if piece:
            name = piece.splitlines()[0][len("--- a/"):]
            path = folder / name
            path.write_bytes(apply_unified(path.read_bytes().decode(), piece).encode())


# -- the diff itself ----------------------------------------------------------------------------------------

def test_no_change_no_diff() -> None:
    assert unified_diff("a.md", "same\n", "same\n") == ""


def test_headers_hunks_and_context() -> None:
    before = "".join(f"line {n}\n" for n in range(1, 11))
    after = before.replace("line 5\n", "line five\n")
    diff = unified_diff("./news/a.md", before, after)
    assert diff.splitlines()[:3] == ["--- a/news/a.md", "+++ b/news/a.md", "@@ -2,7 +2,7 @@"]
    assert " line 4\n-line 5\n+line five\n line 6\n" in diff
    assert apply_unified(before, diff) == after


def test_a_last_line_without_a_line_break_is_marked() -> None:
    diff = unified_diff("a.txt", "first\nsecond 2025", "first\nsecond 2026")
    assert diff.endswith("-second 2025\n" + NO_NEWLINE + "+second 2026\n" + NO_NEWLINE)
    assert apply_unified("first\nsecond 2025", diff) == "first\nsecond 2026"


def test_crlf_lines_keep_their_cr() -> None:
    diff = unified_diff("a.txt", "one 2025\r\ntwo\r\n", "one 2026\r\ntwo\r\n")
    assert "-one 2025\r\n+one 2026\r\n two\r\n" in diff


# -- check --diff ---------------------------------------------------------------------------------------------

def test_diff_of_a_folder_applies_with_patch_and_writes_nothing(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    stories = {
        "a.md": FRONT + FILLER + FIXABLE + "\n" + CHOICE,
        "b.txt": (f"Published {PUBLISHED}\r\n\r\n" + FIXABLE.replace("\n", "\r\n")),
        "c.html": f'<meta name="date" content="{PUBLISHED}"><p>Bids opened on Jan. 2, 2025, the clerk said '
                  "yesterday.</p>",
        "d.md": FRONT + "Nothing dated here.\n",
    }
    for name, text in stories.items():
        (news / name).write_bytes(text.encode())
    result = run_datecheck("check", "--diff", "--published", PUBLISHED, "news", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert [line for line in result.stdout.splitlines() if line.startswith("--- ")] == [
        "--- a/news/a.md", "--- a/news/b.txt", "--- a/news/c.html"]
    assert "would fix" in result.stderr and "DC101" not in result.stdout
    assert all((news / name).read_bytes() == text.encode() for name, text in stories.items())
    patched(tmp_path, result.stdout)
    assert b"Jan. 2, 2026, and the crews said yesterday, Jan. 7" in (news / "b.txt").read_bytes()
    assert (news / "b.txt").read_bytes().count(b"\r\n") == 3
    assert (news / "c.html").read_text(encoding="utf-8").endswith("Jan. 2, 2026, the clerk said yesterday.</p>")
    # what --fix writes is what the diff gave
    fixed = tmp_path / "fixed"
    fixed.mkdir()
    for name, text in stories.items():
        (fixed / name).write_bytes(text.encode())
    run_datecheck("check", "--fix", "--published", PUBLISHED, str(fixed))
    assert all((fixed / name).read_bytes() == (news / name).read_bytes() for name in stories)
    again = run_datecheck("check", "--diff", "--published", PUBLISHED, "news", cwd=tmp_path)
    assert again.stdout == "" and again.returncode == 0 and "no fixes to make" in again.stderr


def test_markdown_offsets_are_the_file_s_own(tmp_path: Path) -> None:
    """Front matter, code and links are masked, never shifted: the edit lands on the prose's date."""
    story = tmp_path / "story.md"
    text = (FRONT + "```\nbuild date: Jan. 2, 2025\n```\n\n[the **plan**](https://example.org/2025/01/02) "
            "was approved on Jan. 2, 2025, the office said yesterday.\n")
    story.write_text(text, encoding="utf-8")
    result = run_datecheck("check", "--diff", str(story.name), cwd=tmp_path)
    minus = [line for line in result.stdout.splitlines() if line.startswith("-") and not line.startswith("---")]
    plus = [line for line in result.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert minus == ["-[the **plan**](https://example.org/2025/01/02) was approved on Jan. 2, 2025, the office "
                     "said yesterday."]
    assert plus == [minus[0].replace("-", "+", 1).replace("on Jan. 2, 2025", "on Jan. 2, 2026")]
    patched(tmp_path, result.stdout)
    assert "build date: Jan. 2, 2025" in story.read_text(encoding="utf-8")


def test_diff_exits_0_when_nothing_can_be_fixed(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(FRONT + CHOICE, encoding="utf-8")
    result = run_datecheck("check", "--diff", "a.md", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == ""
    assert "no fixes to make; 1 finding without one clear fix" in result.stderr


def test_diff_of_stdin_is_named_by_stdin_filename(tmp_path: Path) -> None:
    result = run_datecheck("check", "--diff", "--stdin-filename", "desk/story.txt", "--published", PUBLISHED, "-",
                           stdin=FIXABLE)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:2] == ["--- a/desk/story.txt", "+++ b/desk/story.txt"]
    assert apply_unified(FIXABLE, result.stdout) == FIXABLE.replace("2025", "2026").replace("Jan. 6", "Jan. 7")


def test_diff_of_a_file_with_a_byte_order_mark_applies(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes(FIXABLE.encode("utf-8-sig"))
    result = run_datecheck("check", "--diff", "--published", PUBLISHED, "story.txt", cwd=tmp_path)
    patched(tmp_path, result.stdout)
    assert story.read_bytes() == FIXABLE.replace("2025", "2026").replace("Jan. 6", "Jan. 7").encode("utf-8-sig")


def test_diff_of_a_word_draft_is_its_paragraphs_text(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    draft = docx.Document()
    draft.add_paragraph("Desk notes")
    draft.add_paragraph(FIXABLE.strip())
    draft.save(str(tmp_path / "draft.docx"))
    result = run_datecheck("check", "--diff", "--published", PUBLISHED, "draft.docx", cwd=tmp_path)
    assert result.returncode == 1
    assert "+" + FIXABLE.strip().replace("2025", "2026").replace("Jan. 6", "Jan. 7") in result.stdout.splitlines()
    assert "the diff is of its paragraphs' text" in result.stderr


def test_diff_with_a_baseline_is_refused(tmp_path: Path) -> None:
    result = run_datecheck("check", "--diff", "--baseline", "b.json", "x.md", cwd=tmp_path)
    assert result.returncode == 2 and "--diff cannot be used with --baseline" in result.stderr


def test_help_shows_the_fixing_options() -> None:
    shown = run_text("check", "--help")
    for option in ("--diff", "--fix", "--unsafe-fixes", "today"):
        assert option in shown.stdout
