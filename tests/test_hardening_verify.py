"""The attack re-run where the other hardening tests could not reach: real file permissions (the tests
often run as root, who reads and searches anything, so the permission cases elsewhere are simulated)
and the growth of the work done on long repeated texts, counted in executed lines (a count, not a
timing: the same on any machine).

For the permission cases, a root run drops the capabilities that let root ignore file modes
(`setpriv`, util-linux): datecheck then meets EACCES exactly as a newsroom user would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

import datecheck

from cli_run import ROOT

WRONG = "---\ndate: 2024-09-02\n---\nThe school board met on Thursday, Sept. 4, 2024, to hire a principal.\n"  # a Wednesday
CAPABILITIES = "-dac_override,-dac_read_search,-fowner"


def _plain_user(tmp_path: Path) -> list[str]:
    """The command prefix that runs a process bound by file modes: none for a user other than root,
    setpriv without the overriding capabilities for root; skips when neither is possible."""
    if not hasattr(os, "geteuid") or sys.platform == "win32":
        pytest.skip("POSIX file modes")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root without setpriv: file modes cannot be made to apply")
    prefix = [setpriv, f"--bounding-set={CAPABILITIES}", f"--inh-caps={CAPABILITIES}"]
    probe = tmp_path / "probe"
    probe.write_text("x", encoding="utf-8")
    probe.chmod(0)
    try:
        tried = subprocess.run([*prefix, "cat", str(probe)], capture_output=True)
    except OSError:
        pytest.skip("setpriv cannot run here")
    finally:
        probe.chmod(0o600)
    if tried.returncode == 0:
        pytest.skip("file modes do not bind this process even without its capabilities")
    return prefix


def _run(prefix: list[str], *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, NO_COLOR="1", COLUMNS="120", PYTHONPATH=str(ROOT))
    environment.pop("CI", None)
    return subprocess.run([*prefix, sys.executable, "-m", "datecheck", *args], capture_output=True, text=True,
                          cwd=cwd, env=environment, timeout=300)


def _clean(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr


@pytest.fixture()
def newsroom(tmp_path: Path):  # type: ignore[no-untyped-def]
    """news/ with a story, a folder that can be listed but not searched (r without x), one that cannot
    even be listed, and a story that cannot be read."""
    news = tmp_path / "news"
    for folder in ("unsearchable", "unlisted"):
        (news / folder).mkdir(parents=True)
        (news / folder / "inside.md").write_text(WRONG, encoding="utf-8")
    (news / "open.md").write_text(WRONG, encoding="utf-8")
    (news / "sealed.md").write_text(WRONG, encoding="utf-8")
    (news / "unsearchable").chmod(0o644)
    (news / "unlisted").chmod(0)
    (news / "sealed.md").chmod(0)
    yield tmp_path
    for folder in ("unsearchable", "unlisted"):
        (news / folder).chmod(0o755)


def test_folders_and_files_closed_by_their_modes_are_each_one_line(newsroom: Path) -> None:
    prefix = _plain_user(newsroom)
    walked = _run(prefix, "check", "news", "--format", "concise", cwd=newsroom)
    _clean(walked)
    assert walked.returncode == 2
    assert walked.stdout.splitlines()[0].startswith("news/open.md:4:")
    assert "news/sealed.md" not in walked.stdout and "inside.md" not in walked.stdout
    assert sorted(walked.stderr.splitlines()) == [
        "datecheck: news/sealed.md: permission denied",
        "datecheck: news/unlisted: cannot be listed (Permission denied)",
        "datecheck: news/unsearchable: cannot be searched for a config file (Permission denied); "
        "the files under it are not checked",
    ]


def test_a_file_named_inside_an_unsearchable_folder_is_one_line(newsroom: Path) -> None:
    prefix = _plain_user(newsroom)
    named = _run(prefix, "check", "news/unsearchable/inside.md", "news/open.md", "--format", "concise", cwd=newsroom)
    _clean(named)
    assert named.returncode == 2 and named.stdout.startswith("news/open.md:4:")
    assert len(named.stderr.splitlines()) == 1 and "news/unsearchable" in named.stderr, named.stderr


def test_write_baseline_into_a_folder_its_mode_makes_read_only(tmp_path: Path) -> None:
    prefix = _plain_user(tmp_path)
    (tmp_path / "story.md").write_text(WRONG, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = _run(prefix, "check", "story.md", "--baseline", "locked/b.json", "--write-baseline", cwd=tmp_path)
        _clean(result)
        assert result.returncode == 2
        assert result.stderr == "datecheck: locked/b.json: the baseline cannot be written (Permission denied)\n"
        assert list(locked.iterdir()) == []  # no stray temporary file
    finally:
        locked.chmod(0o755)


# -- the work done grows with the text, not with its square ---------------------------------------

def _executed_lines(work) -> int:  # type: ignore[no-untyped-def]
    """How many lines of Python `work()` executes: a deterministic measure of the work done."""
    count = 0

    def line(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        if event == "line":
            count += 1
        return line

    sys.settrace(lambda frame, event, arg: line)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


def _schedule(rows: int) -> str:
    first = date(2025, 1, 6)
    return "".join(f"| {(first + timedelta(days=n)).strftime('%B %d, %Y')} | Planning session |\n"
                   for n in range(rows))


#: Texts that once took quadratic time, as a function of how many times their unit is repeated.
GROWING = {
    "length-before-range": (lambda n: "The three-day expo, June 4-6, 2025, filled the hall.\n" * n, "a.md"),
    "schedule-table": (_schedule, "a.md"),
    "date-lines": (lambda n: "June 4, 2025 — The expo opened on Wednesday, June 4, 2025.\n" * n, "a.md"),
    "dotted-date-lines": (lambda n: "June 4 " + "." * 30 + " Expo\n" * n, "a.txt"),
    "unclosed-suppressions": (lambda n: "datecheck: ignore[" * n, "a.txt"),
    "unclosed-html-comments": (lambda n: "<!--" * n, "a.html"),
    "unclosed-markdown-comments": (lambda n: "Expo on June 4. <!-- datecheck-disable\n" * n, "a.md"),
}


@pytest.mark.parametrize("kind", sorted(GROWING))
def test_work_grows_linearly_with_repeated_text(kind: str) -> None:
    make, path = GROWING[kind]
    published = date(2025, 6, 10)
    datecheck.check(make(20), published, path)  # first calls fill caches: not counted
    small = _executed_lines(lambda: datecheck.check(make(100), published, path))
    large = _executed_lines(lambda: datecheck.check(make(400), published, path))
    assert large <= 5 * small, f"{kind}: 4 times the text took {large / small:.1f} times the work"


# -- the language server's own reading of a line's suppression --------------------------------------

@pytest.mark.parametrize("unit", ["datecheck: ignore[", "datecheck: ignore[DC1", "datecheck:ignore[ "])
def test_suppress_on_this_line_reads_a_line_of_unclosed_suppressions_in_one_pass(unit: str) -> None:
    """Each unclosed "ignore[" once read on to the end of the line: 20,000 of them took minutes."""
    pytest.importorskip("lsprotocol")
    from datecheck.lsp.actions import suppression_edit

    line = "The pier reopened on Monday, June 9. " + unit * 20_000
    at = len(line.rstrip())
    assert suppression_edit(line, "text", 5, "DC101") == (at, at, "  datecheck: ignore[DC101]")


@pytest.mark.parametrize(("line", "added"), [
    ("The pier reopened on Monday, June 9. datecheck: ignore[DC202]", ", DC101"),
    ("The pier reopened on Monday, June 9. datecheck: ignore[]", "DC101"),
    ("The pier [north] reopened on Monday, June 9. datecheck: ignore[DC2, stale-year]", ", DC101"),
])
def test_suppress_on_this_line_still_adds_to_the_lines_own_suppression(line: str, added: str) -> None:
    pytest.importorskip("lsprotocol")
    from datecheck.lsp.actions import suppression_edit

    at = line.rindex("]")
    assert suppression_edit(line, "text", 5, "DC101") == (at, at, added)
