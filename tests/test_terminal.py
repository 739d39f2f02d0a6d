"""At a terminal: colour, NO_COLOR and --no-color, and the progress bar (run under a pseudo-terminal)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pty = pytest.importorskip("pty")

ROOT = Path(__file__).resolve().parent.parent
DRAFT = "fixtures/articles/library-vote-draft.md"
COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-9](?:;[0-9]+)*m|\x1b\[[0-9;]*;3[0-9]m")  # a foreground colour


def at_terminal(args: list[str], env: dict[str, str], *, stderr_too: bool = False) -> tuple[str, str]:
    """Run datecheck with stdout (and stderr, if asked) on a pseudo-terminal; return what each got."""
    main, secondary = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI", "FORCE_COLOR")}
    environment.update(env, COLUMNS="120", TERM="xterm-256color")
    process = subprocess.Popen(
        [sys.executable, "-m", "datecheck", *args], cwd=ROOT, stdout=secondary,
        stderr=secondary if stderr_too else subprocess.PIPE, env=environment,
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:  # the other end closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(main)
    _, err = process.communicate(timeout=120)
    return b"".join(chunks).decode("utf-8", "replace"), (err or b"").decode("utf-8", "replace")


def test_colour_at_a_terminal() -> None:
    out, _ = at_terminal(["check", DRAFT], {})
    assert "DC101" in out and COLOUR.search(out)


@pytest.mark.parametrize(("flags", "env"), [(["--no-color"], {}), ([], {"NO_COLOR": "1"})])
def test_no_colour_when_asked(flags: list[str], env: dict[str, str]) -> None:
    out, _ = at_terminal(["check", DRAFT, *flags], env)
    assert "DC101" in out and not COLOUR.search(out)


def test_no_colour_in_a_pipe() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    result = subprocess.run([sys.executable, "-m", "datecheck", "check", DRAFT], cwd=ROOT, capture_output=True,
                            text=True, env=env)
    assert "DC101" in result.stdout and "\x1b[" not in result.stdout


def test_progress_bar_only_for_people(tmp_path: Path) -> None:
    story = (ROOT / "fixtures/articles/harbor-bridge.md").read_text(encoding="utf-8")
    for number in range(220):
        (tmp_path / f"story-{number:03d}.md").write_text(story, encoding="utf-8")
    out, _ = at_terminal(["check", str(tmp_path), "--jobs", "1"], {}, stderr_too=True)
    assert "220 files checked" in re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", out)
    assert "checking" in out  # the bar was drawn (and then cleared) on the terminal
    quiet, _ = at_terminal(["check", str(tmp_path), "--jobs", "1"], {"CI": "true"}, stderr_too=True)
    assert "220 files checked" in quiet and "checking" not in quiet
    machine, _ = at_terminal(["check", str(tmp_path), "--jobs", "1", "--format", "json"], {}, stderr_too=True)
    assert machine.lstrip().startswith("{") and "checking" not in machine
