"""Processes, signals, git, baselines and consoles: the run ends cleanly whatever happens around it.

The signal tests run datecheck in a process group of its own, with each file made slower by a small
wrapper, so that a signal lands while the workers are busy.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_run import ROOT, run_datecheck

STORY = "---\ndate: 2023-05-02\n---\n\nThe planning board meets on Wednesday, May 3, and {n} residents signed up to speak.\n"
WRONG = "---\ndate: 2023-05-02\n---\n\nThe planning board met on Friday, May 3, 2023, with {n} residents there.\n"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and forks workers")

#: Runs datecheck with a delay before each file and, optionally, a file that kills the worker
#: checking it (with SIGKILL, as the kernel's out-of-memory killer would), once or every time.
WRAPPER = """
import os, signal, sys, time
from datecheck import pool
real, parent = pool.run_job, os.getpid()
def wrapped(job, published):
    time.sleep(float(os.environ.get("DC_DELAY", "0")))
    deadly = os.environ.get("DC_DEADLY")
    if deadly and job.path.endswith(deadly) and os.getpid() != parent:
        once = os.environ.get("DC_ONCE")
        if not once or not os.path.exists(once):
            if once:
                open(once, "w").close()
            os.kill(os.getpid(), signal.SIGKILL)
    return real(job, published)
pool.run_job = wrapped
from datecheck.cli import app
app(prog_name="datecheck")
"""


def _stories(folder: Path, count: int, text: str = STORY) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"story-{number:03d}.md").write_text(text.format(n=number % 27 + 1), encoding="utf-8")
    return folder


def _wrapped(tmp_path: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    script = tmp_path / "wrapper.py"
    script.write_text(WRAPPER, encoding="utf-8")
    environment = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT), **env)
    environment.pop("CI", None)
    return subprocess.Popen(
        [sys.executable, str(script), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=environment, start_new_session=True,
    )


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            found += [int(n) for n in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
    except OSError:
        pass
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _workers(process: subprocess.Popen[str], count: int) -> list[int]:
    """The worker processes, once `count` of them are running (waits up to 30 s)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        found = _children(process.pid)
        if len(found) >= count:
            return found
        time.sleep(0.05)
    raise AssertionError(f"no {count} workers appeared: {process.communicate()}")


def _two_cores() -> None:
    from datecheck.pool import usable_cores

    if usable_cores() < 2:
        pytest.skip("one core: --jobs 2 runs in one process")


# --jobs


def test_jobs_are_capped_at_the_usable_cores_with_a_notice(tmp_path: Path) -> None:
    from datecheck.pool import usable_cores

    folder = _stories(tmp_path / "news", 12)
    result = run_datecheck("check", str(folder), "--jobs", "1000", "--format", "concise")
    cores = usable_cores()
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"datecheck: --jobs 1000: this process may use {cores} "
                                          f"core{'s' if cores != 1 else ''}; using {cores}"]


@linux_only
def test_jobs_1000_starts_no_more_workers_than_cores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datecheck import pool
    from datecheck.config import ConfigFinder
    from datecheck.runner import plan

    started: list[object] = []
    real = pool._Worker.__init__

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(self)
        real(self, *args, **kwargs)

    monkeypatch.setattr(pool, "usable_cores", lambda: 2)
    monkeypatch.setattr(pool._Worker, "__init__", counted)
    jobs, _ = plan([str(_stories(tmp_path / "news", 40))], ConfigFinder(), {})
    outcomes = list(pool.run_all(jobs, None, 1000))
    assert len(outcomes) == 40 and all(o.result is not None for o in outcomes)
    assert 1 <= len(started) <= 2
    assert pool.worker_count(1000)[0] == pool.usable_cores() == 2 and pool.worker_count(1) == (1, None)


# a worker that dies


@linux_only
def test_a_killed_worker_is_reported_and_its_files_checked_again(tmp_path: Path) -> None:
    _two_cores()
    folder = _stories(tmp_path / "news", 40, WRONG)
    run = _wrapped(tmp_path, "check", str(folder), "--jobs", "2", "--format", "concise",
                   DC_DEADLY="story-020.md", DC_ONCE=str(tmp_path / "killed-once"))
    out, err = run.communicate(timeout=120)
    assert run.returncode == 1, err  # every file was checked: the findings decide
    assert "stopped (killed by SIGKILL); checked again one at a time" in err and "Traceback" not in err
    assert len(out.splitlines()) == 40


@linux_only
def test_a_file_that_kills_its_worker_every_time_is_not_checked_exit_2(tmp_path: Path) -> None:
    _two_cores()
    folder = _stories(tmp_path / "news", 40, WRONG)
    run = _wrapped(tmp_path, "check", str(folder), "--jobs", "2", "--format", "concise", DC_DEADLY="story-020.md")
    out, err = run.communicate(timeout=120)
    assert run.returncode == 2, err
    assert f"datecheck: {folder / 'story-020.md'}: not checked: the worker process checking it stopped " \
           "(killed by SIGKILL)" in err.splitlines()
    assert "Traceback" not in err and len(out.splitlines()) == 39 and "story-020.md" not in out


@linux_only
def test_kill_9_of_a_running_worker_never_leaves_the_run_waiting(tmp_path: Path) -> None:
    _two_cores()
    folder = _stories(tmp_path / "news", 60, WRONG)
    run = _wrapped(tmp_path, "check", str(folder), "--jobs", "2", "--format", "concise", DC_DELAY="0.05")
    victim = _workers(run, 2)[0]
    os.kill(victim, signal.SIGKILL)
    out, err = run.communicate(timeout=120)
    assert run.returncode == 1 and len(out.splitlines()) == 60, err
    assert "(killed by SIGKILL)" in err and "Traceback" not in err


# signals


@linux_only
def test_ctrl_c_exits_130_at_once_with_no_tracebacks(tmp_path: Path) -> None:
    _two_cores()
    folder = _stories(tmp_path / "news", 200)
    for _ in range(4):  # it used to hang about one time in four
        run = _wrapped(tmp_path, "check", str(folder), "--jobs", "2", DC_DELAY="0.05")
        workers = _workers(run, 2)
        time.sleep(0.2)
        os.killpg(run.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole process group
        out, err = run.communicate(timeout=20)
        assert run.returncode == 130, err
        assert err.strip() == "datecheck: interrupted" and out == ""
        assert not any(_alive(pid) for pid in workers)


@linux_only
def test_sigterm_leaves_no_orphan_workers(tmp_path: Path) -> None:
    _two_cores()
    folder = _stories(tmp_path / "news", 200)
    run = _wrapped(tmp_path, "check", str(folder), "--jobs", "2", DC_DELAY="0.05")
    workers = _workers(run, 2)
    os.kill(run.pid, signal.SIGTERM)  # to the parent alone, as a CI runner stopping a job may do
    _, err = run.communicate(timeout=20)
    assert run.returncode == 128 + signal.SIGTERM and "Traceback" not in err
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)


# --changed-since

PUBLISHED = "---\ndate: 2023-05-02\n---\n\n"
OLD_LINE = "The library reopened on Friday, April 7, 2023.\n"  # a Friday: no finding
NEW_LINE = "\nThe library closes again on Monday, May 9.\n"  # May 9, 2023 is a Tuesday: DC101


def _git(repo: Path, *args: str) -> str:
    environment = dict(os.environ, GIT_AUTHOR_NAME="Ann Editor", GIT_AUTHOR_EMAIL="ann@example.org",
                       GIT_COMMITTER_NAME="Ann Editor", GIT_COMMITTER_EMAIL="ann@example.org",
                       GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    done = subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True, env=environment)
    return done.stdout


def _repository(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True)
    _git(folder, "init", "-q", "-b", "trunk")
    for name in names:
        (folder / name).write_text(PUBLISHED + OLD_LINE, encoding="utf-8")
    _git(folder, "add", ".")
    _git(folder, "commit", "-q", "--allow-empty", "-m", "first")
    return folder


def _changed(*args: str, cwd: Path) -> list[tuple[str, int]]:
    result = run_datecheck("check", *args, "--format", "json", cwd=cwd,
                           env={"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"})
    assert result.returncode in (0, 1), result.stderr
    return sorted((Path(e["path"]).name, f["line"]) for e in json.loads(result.stdout)["files"] for f in e["findings"])


NAMES = ["plain.md", "with space.md", "caf\u00e9 menu.md", 'the "quoted" one.md', "tab\there.md", "new\nline.md",
         "trailing .md", "back\\slash.md", "[draft] *.md", ":(top)magic.md"]


@pytest.mark.skipif(sys.platform == "win32", reason="names with tabs, newlines and quotes")
def test_changed_since_reads_every_file_name_exactly(tmp_path: Path) -> None:
    repo = _repository(tmp_path / "site", NAMES)
    for name in NAMES:
        with open(repo / name, "a", encoding="utf-8") as story:
            story.write(NEW_LINE)
    assert _changed(".", "--changed-since", "HEAD", cwd=repo) == sorted((name, 7) for name in NAMES)
    named = NAMES[1::2] + ["[draft] *.md"]  # each file by name: git is given the names, and takes them literally (no globs)
    assert _changed(*named, "--changed-since", "HEAD", cwd=repo) == sorted((name, 7) for name in named)


def test_changed_since_is_the_same_whatever_the_users_diff_settings(tmp_path: Path) -> None:
    repo = _repository(tmp_path / "site", ["a.md", "b c.md"])
    for name in ("a.md", "b c.md"):
        with open(repo / name, "a", encoding="utf-8") as story:
            story.write(NEW_LINE)
    expected = [("a.md", 7), ("b c.md", 7)]
    assert _changed(".", "--changed-since", "HEAD", cwd=repo) == expected
    for key, value in [("diff.noprefix", "true"), ("diff.mnemonicPrefix", "true"), ("color.diff", "always"),
                       ("diff.external", "false"), ("diff.relative", "true"), ("core.quotePath", "false")]:
        _git(repo, "config", key, value)
        assert _changed(".", "--changed-since", "HEAD", cwd=repo) == expected, key


def test_changed_since_compares_with_the_merge_base(tmp_path: Path) -> None:
    """A line the target branch fixed after the branch point is not this branch's change."""
    repo = _repository(tmp_path / "site", [])
    story = repo / "story.md"
    story.write_text(PUBLISHED + "It opened on Monday, April 4, 2023.\n", encoding="utf-8")  # a Tuesday
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "story")
    _git(repo, "checkout", "-q", "-b", "feature")
    _git(repo, "checkout", "-q", "trunk")
    story.write_text(PUBLISHED + "It opened on Tuesday, April 4, 2023.\n", encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "fix the weekday")
    _git(repo, "checkout", "-q", "feature")
    with open(story, "a", encoding="utf-8") as handle:
        handle.write(NEW_LINE)
    assert _changed("story.md", "--changed-since", "trunk", cwd=repo) == [("story.md", 7)]


def test_changed_since_asks_the_repository_of_the_checked_path(tmp_path: Path) -> None:
    repo = _repository(tmp_path / "site", ["a.md"])
    with open(repo / "a.md", "a", encoding="utf-8") as story:
        story.write(NEW_LINE)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    assert _changed(str(repo / "a.md"), "--changed-since", "HEAD", cwd=outside) == [("a.md", 7)]
    other = _repository(tmp_path / "other", ["z.md"])  # the current folder is another repository
    assert _changed(str(repo), "--changed-since", "HEAD", cwd=other) == [("a.md", 7)]


def test_parse_diff_reads_added_lines_that_look_like_headers() -> None:
    from datecheck.changes import parse_diff, unquote

    diff = (b'diff --git "caf\\303\\251.md" "caf\\303\\251.md"\n--- "caf\\303\\251.md"\n+++ "caf\\303\\251.md"\n'
            b"@@ -1,0 +2,3 @@\n+one\n+++ not/a/header\n+@@ -9 +9 @@\n\\ No newline at end of file\n"
            b"diff --git gone.md gone.md\n--- gone.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n")
    assert parse_diff(diff) == {"caf\u00e9.md": {2, 3, 4}}
    assert unquote(b'"a\\tb\\"c\\\\d\\342\\202\\254"') == "a\tb\"c\\d\u20ac".encode()


@pytest.mark.parametrize("revision", ["no-such-revision", "--output={out}", "HEAD~5"])
def test_changed_since_bad_revision_is_one_line_exit_2(tmp_path: Path, revision: str) -> None:
    """A revision is never read as one of git's options (`--output=` would write a file)."""
    out = tmp_path / "written-by-git"
    revision = revision.format(out=out)
    repo = _repository(tmp_path / "site", ["a.md"])
    result = run_datecheck("check", ".", f"--changed-since={revision}", cwd=repo)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("datecheck: --changed-since: ")
    assert "Traceback" not in result.stderr and not out.exists()


def test_changed_since_outside_a_repository_is_one_line_exit_2(tmp_path: Path) -> None:
    folder = _stories(tmp_path / "loose", 1)
    result = run_datecheck("check", str(folder), "--changed-since", "HEAD", cwd=tmp_path,
                           env={"GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"datecheck: --changed-since: {folder.resolve()} is not in a git repository\n"


# duplicate paths


def test_a_file_named_twice_is_checked_once(tmp_path: Path) -> None:
    folder = _stories(tmp_path / "news", 3, WRONG)
    story = folder / "story-001.md"
    (tmp_path / "link.md").symlink_to(story)
    os.link(folder / "story-002.md", tmp_path / "hard.md")
    result = run_datecheck("check", str(story), str(folder), str(story), str(tmp_path / "link.md"),
                           str(tmp_path / "hard.md"), str(tmp_path / "news" / ".." / "news"), "--format", "json")
    files = [entry["path"] for entry in json.loads(result.stdout)["files"]]
    assert result.returncode == 1, result.stderr
    assert files == [str(story), str(folder / "story-000.md"), str(folder / "story-002.md")]


# baselines


def _one_line_exit_2(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("datecheck: "), result.stderr
    assert all(word in result.stderr for word in words), result.stderr


@pytest.mark.parametrize("content, words", [
    ('{"schema_version": 2, "findings": []}', ["schema_version 2 is not one this datecheck reads (1)"]),
    ('{"schema_version": "1", "findings": []}', ["schema_version '1'"]),
    ('{"schema_version": true, "findings": []}', ["schema_version True"]),
    ('{"findings": []}', ["no schema_version"]),
    ('[1, 2]', ["no schema_version"]),
    ('{"schema_version": 1, "findings": [{"path": 3}]}', ["findings must be a list"]),
    ('{"schema_version": 1', ["not a datecheck baseline"]),
])
def test_baseline_schema_version_and_shape_are_checked(tmp_path: Path, content: str, words: list[str]) -> None:
    story = _stories(tmp_path / "news", 1, WRONG) / "story-000.md"
    (tmp_path / "baseline.json").write_text(content, encoding="utf-8")
    _one_line_exit_2(run_datecheck("check", str(story), "--baseline", str(tmp_path / "baseline.json")), *words)


def test_write_baseline_into_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    story = _stories(tmp_path / "news", 1, WRONG) / "story-000.md"
    target = tmp_path / "missing" / "baseline.json"
    _one_line_exit_2(run_datecheck("check", str(story), "--baseline", str(target), "--write-baseline"),
                     f"no folder {tmp_path / 'missing'}")
    (tmp_path / "plain-file").write_text("x", encoding="utf-8")  # a "folder" that is a file
    _one_line_exit_2(run_datecheck("check", str(story), "--baseline", str(tmp_path / "plain-file" / "b.json"),
                                   "--write-baseline"), "the baseline")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "plain-file"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes in read-only folders")
def test_write_baseline_into_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    story = _stories(tmp_path / "news", 1, WRONG) / "story-000.md"
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        _one_line_exit_2(run_datecheck("check", str(story), "--baseline", str(locked / "b.json"), "--write-baseline"),
                         "cannot be written (Permission denied)")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


@pytest.mark.parametrize("failing", ["open", "replace", "write"])
def test_a_failed_baseline_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          failing: str) -> None:
    """Whatever step fails (as in a read-only folder, or a full disk), the old baseline and the folder stay."""
    from datecheck import baseline

    target = tmp_path / "baseline.json"
    target.write_text("old", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    if failing == "write":
        monkeypatch.setattr(os, "fsync", lambda descriptor: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    else:
        real = getattr(os, failing)
        monkeypatch.setattr(os, failing, lambda path, *a, **k: refuse() if str(path).endswith(".tmp") or
                            failing == "replace" else real(path, *a, **k))
    with pytest.raises(baseline.BaselineError) as raised:
        baseline.write(target, [])
    assert str(raised.value).startswith(f"{target}: the baseline cannot be written (")
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"] and target.read_text() == "old"


def test_the_baseline_is_synced_before_it_replaces_the_old_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datecheck import baseline

    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda descriptor: (calls.append("fsync"), real_fsync(descriptor))[1])
    monkeypatch.setattr(os, "replace", lambda *args: (calls.append("replace"), real_replace(*args))[1])
    baseline.write(tmp_path / "baseline.json", [])
    assert calls[:2] == ["fsync", "replace"]
    assert json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))["schema_version"] == 1


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names that are not UTF-8")
def test_baseline_with_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / os.fsdecode(b"draft-\xfe.md")).write_text(WRONG.format(n=1), encoding="utf-8")
    target = tmp_path / os.fsdecode(b"baseline-\xff.json")
    written = run_datecheck("check", str(folder), "--baseline", str(target), "--write-baseline")
    assert written.returncode == 0 and "wrote 1 finding to" in written.stderr, written.stderr
    data = target.read_bytes().decode("utf-8")  # strict: the file is valid UTF-8
    assert '"path": "news/draft-\\udcfe.md"' in data
    again = run_datecheck("check", str(folder), "--baseline", str(target))
    assert again.returncode == 0 and "1 known from the baseline not shown" in again.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_symlinked_baseline_is_written_through_to_its_target(tmp_path: Path) -> None:
    story = _stories(tmp_path / "news", 1, WRONG) / "story-000.md"
    (tmp_path / "shared").mkdir()
    real = tmp_path / "shared" / "baseline.json"
    real.write_text('{"schema_version": 1, "findings": []}', encoding="utf-8")
    link = tmp_path / "baseline.json"
    link.symlink_to(real)
    result = run_datecheck("check", str(story), "--baseline", str(link), "--write-baseline")
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert len(json.loads(real.read_text(encoding="utf-8"))["findings"]) == 1
    assert sorted(p.name for p in (tmp_path / "shared").iterdir()) == ["baseline.json"]


def test_a_read_only_baseline_is_not_overwritten(tmp_path: Path) -> None:
    story = _stories(tmp_path / "news", 1, WRONG) / "story-000.md"
    target = tmp_path / "baseline.json"
    target.write_text('{"schema_version": 1, "findings": []}', encoding="utf-8")
    target.chmod(0o444)
    _one_line_exit_2(run_datecheck("check", str(story), "--baseline", str(target), "--write-baseline"),
                     "the file is read-only; the baseline was not written")
    assert target.read_text(encoding="utf-8") == '{"schema_version": 1, "findings": []}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json", "news"]


# a console that cannot show the timeline's marks


def _timeline(story: Path, encoding: str) -> tuple[int, list[list[str]], str]:
    environment = dict(os.environ, NO_COLOR="1", PYTHONIOENCODING=encoding, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "datecheck", "timeline", str(story)], capture_output=True,
                          env=environment)
    lines = done.stdout.decode(encoding).splitlines()
    return done.returncode, [lines[0]] + [line.split() for line in lines[1:]], done.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "latin-1"])
def test_timeline_on_a_console_that_cannot_encode_its_marks(tmp_path: Path, encoding: str) -> None:
    story = tmp_path / "caf\u00e9 \u2018notes\u2019.md"
    story.write_text(PUBLISHED + "The kiosk opened on Monday, May 1, 2023.\n\nIt shuts on Sept. 8, 2023.\n",
                     encoding="utf-8")
    code, lines, err = _timeline(story, encoding)
    assert code == 0 and "Traceback" not in err, err
    shown = "\u2018notes\u2019" if encoding == "cp1252" else "\\u2018notes\\u2019"  # cp1252 has curly quotes
    assert shown in lines[0] and lines[0].endswith(".md  published Tue 2023-05-02 (front-matter:date)")
    assert ("caf\u00e9" if encoding != "ascii" else "caf\\xe9") in lines[0]
    assert [row[:3] for row in lines[1:]] == [
        ["2023-05-01", "*", "Monday"], ["2023-05-01", "*", "May"], ["2023-05-02", "#", "published"],
        ["|", ":", "4"], ["2023-09-08", "*", "Sept."],
    ]


def test_timeline_keeps_its_marks_on_a_utf8_console(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(PUBLISHED + "The kiosk opened on May 1, 2023.\n\nIt shuts on Sept. 8, 2023.\n", encoding="utf-8")
    code, lines, _ = _timeline(story, "utf-8")
    assert code == 0
    assert [row[1] for row in lines[1:]] == ["\u25cf", "\u25c6", "\u22ee", "\u25cf"]
    assert lines[3][0] == "\u2502"
