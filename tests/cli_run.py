"""Running the installed command line as a user would, for the CLI tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_datecheck(
    *args: str, stdin: str | None = None, cwd: Path = ROOT, env: dict | None = None, columns: int = 120,
) -> subprocess.CompletedProcess[str]:
    """`python -m datecheck ARGS` without colour, at a fixed width, outside any CI setting."""
    environment = dict(os.environ, NO_COLOR="1", COLUMNS=str(columns))
    environment.pop("CI", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "datecheck", *args], input=stdin, capture_output=True, text=True, cwd=cwd,
        env=environment,
    )
