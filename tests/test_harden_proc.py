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
