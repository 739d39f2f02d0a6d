"""The command line's last guards: every line on stderr escaped, each file's report guarded in
`extract` and `timeline`, files named twice read once, Ctrl-C anywhere ending with 130, and the
text a terminal would obey (escape sequences, control characters) never read as prose."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import datecheck
from datecheck.document import load_text
from datecheck.document.masking import blank_controls

ROOT = Path(__file__).resolve().parent.parent

WRONG_WEEKDAY = "---\ndate: 2025-10-06\n---\n\nThe hearing is set for Wednesday, Oct. 8, at the courthouse.\n"


def run(*args: str, patch: str = "", cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    code = f"{patch}\nfrom datecheck.cli import main\nmain(prog_name='datecheck')\n"
    env = dict(os.environ, NO_COLOR="1", COLUMNS="120")
    env.pop("CI", None)
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=300)


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr


def test_a_file_name_cannot_start_a_line_of_its_own_on_stderr(tmp_path: Path) -> None:
    name = "draft.md\n::error file=forged.md,line=1::forged"
    (tmp_path / name).write_bytes(b"Binary\x00data")
    result = run("check", "--format", "github", str(tmp_path / name))
    no_traceback(result)
    assert result.returncode == 2
    assert "not checked" in result.stderr
    assert all(not line.startswith("::") for line in result.stderr.splitlines()), result.stderr
    assert "\\n::error" in result.stderr


def test_escape_sequences_in_a_missing_path_are_shown_escaped(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "gone\x1b[2J.md"))
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and "\\x1b[2J" in result.stderr


BREAK_EXTRACT_REPORT = """
import datecheck.report.extract_json as js, datecheck.report.extract_text as tx
real_record, real_text = js.mention_record, tx.render_text
def mention_record(document, mention):
    if document.path.endswith('a.md'):
        raise KeyError('boom')
    return real_record(document, mention)
def render_text(results, **kw):
    if results[0][0].path.endswith('a.md'):
        raise KeyError('boom')
    return real_text(results, **kw)
js.mention_record, tx.render_text = mention_record, render_text
"""


def test_extract_writes_every_other_file_when_one_report_fails(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    (tmp_path / "b.md").write_text(WRONG_WEEKDAY.replace("Oct. 8", "Oct. 9"), encoding="utf-8")
    for fmt in ("json", "text"):
        result = run("extract", "--format", fmt, str(tmp_path), patch=BREAK_EXTRACT_REPORT)
        no_traceback(result)
        assert result.returncode == 2, (fmt, result.stderr)
        assert "a.md: internal error (KeyError: 'boom')" in result.stderr
        assert "b.md" in result.stdout and "a.md" not in result.stdout
    result = run("extract", "--format", "json", str(tmp_path), patch=BREAK_EXTRACT_REPORT)
    import json

    assert [Path(f["path"]).name for f in json.loads(result.stdout)["files"]] == ["b.md"]


def test_timeline_writes_every_other_file_when_one_fails(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    (tmp_path / "b.md").write_text(WRONG_WEEKDAY.replace("Oct. 8", "Oct. 9"), encoding="utf-8")
    patch = """
import datecheck.report.timeline as tl
real = tl.render_timeline
def render_timeline(result, console):
    if result.document.path.endswith('a.md'):
        raise ValueError('bad axis')
    return real(result, console)
tl.render_timeline = render_timeline
"""
    result = run("timeline", str(tmp_path), patch=patch)
    no_traceback(result)
    assert result.returncode == 2
    assert "a.md: internal error (ValueError: bad axis)" in result.stderr
    assert "b.md" in result.stdout


def test_extract_and_timeline_read_a_file_named_twice_once(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(WRONG_WEEKDAY, encoding="utf-8")
    (tmp_path / "link.md").symlink_to(story)
    result = run("extract", "--format", "json", str(story), str(tmp_path))
    import json

    assert len(json.loads(result.stdout)["files"]) == 1
    result = run("timeline", str(story), str(story))
    assert result.stdout.count("story.md") == 1


def test_ctrl_c_outside_the_checking_loop_exits_130_with_one_line(tmp_path: Path) -> None:
    """A Ctrl-C while files are planned (here: a slow config lookup) is not click's 'Aborted!' with
    the findings status 1."""
    (tmp_path / "a.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    patch = """
import time, datecheck.runner as runner
real = runner.plan
def plan(*args, **kwargs):
    print('planning', flush=True)
    time.sleep(30)
    return real(*args, **kwargs)
runner.plan = plan
"""
    code = f"{patch}\nfrom datecheck.cli import main\nmain(prog_name='datecheck')\n"
    process = subprocess.Popen([sys.executable, "-c", code, "check", str(tmp_path)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "planning"
    process.send_signal(signal.SIGINT)
    started = time.monotonic()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.strip() == "datecheck: interrupted"
    assert time.monotonic() - started < 30


def test_escape_sequences_in_a_document_are_not_prose() -> None:
    """A window title set by an OSC sequence or a colour code is no cue to the rules."""
    clean = "Published June 10, 2026\n\nThe mayor will open the bridge on June 18.\n"
    for noise in ("\x1b]0;ignored and owned\x07", "\x1b[2J\x1b[31m", "\x9b1;31m", "\x1b]2;closed\x1b\\"):
        text = clean.replace("will open", noise + "will open")
        document = load_text(text, "story.txt")
        assert len(document.prose) == len(text)
        assert noise not in document.prose
        assert [f.code for f in datecheck.check(text, "2026-06-10")] == [f.code for f in datecheck.check(clean, "2026-06-10")]


def test_blank_controls_keeps_lengths_and_line_breaks() -> None:
    text = "a\x1b[1mb\tc\r\nd\x0ce\x07f\x1b]0;x\x07g\x85h"
    blanked = blank_controls(text)
    assert len(blanked) == len(text)
    assert blanked == "a    b\tc\r\nd\x0ce f      g h"
    assert blank_controls("plain text, no controls") == "plain text, no controls"


def test_the_api_takes_the_publication_date_as_a_date_a_datetime_or_an_iso_string() -> None:
    import datetime

    import pytest

    text = "The two-day fair, May 1-3, 2026, drew crowds on Saturday, May 2.\n"
    expected = datecheck.check(text, datetime.date(2026, 5, 4))
    assert datecheck.check(text, "2026-05-04") == expected
    assert datecheck.check(text, datetime.datetime(2026, 5, 4, 23, 59)) == expected
    assert [m.start for m in datecheck.extract(text, "2026-05-04")] == [
        m.start for m in datecheck.extract(text, datetime.date(2026, 5, 4))]
    with pytest.raises(ValueError, match="not an ISO date"):
        datecheck.check(text, "May 4th")
    with pytest.raises(TypeError, match="expected a date"):
        datecheck.check(text, 20260504)
