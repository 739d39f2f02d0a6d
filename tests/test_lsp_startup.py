"""The language server costs the command line nothing at start-up: pygls and lsprotocol are
imported by `datecheck lsp` alone, and without them that command says what to install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
HEAVY = ("pygls", "lsprotocol", "cattrs", "datecheck.lsp", "datecheck.positions")


def _imported(*args: str) -> set[str]:
    run = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True, text=True, env=ENV, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-2000:]
    return {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")}


def test_check_help_imports_no_language_server() -> None:
    imported = _imported("-m", "datecheck", "check", "--help")
    assert "datecheck.cli.lsp" in imported  # the command is registered ...
    assert not [name for name in imported if name.split(".")[0] in HEAVY or name in HEAVY]  # ... and nothing behind it


def test_importing_the_cli_leaves_pygls_out() -> None:
    code = "import sys, datecheck.cli; print(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol')))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV, cwd=ROOT)
    assert run.stdout.strip() == "[]", run.stderr


def test_without_the_extra_the_command_says_what_to_install() -> None:
    code = ("import sys; sys.modules['pygls'] = None; sys.argv = ['datecheck', 'lsp']\n"
            "from datecheck.cli import app; app()")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV, cwd=ROOT)
    assert run.returncode == 2
    assert "pip install 'datecheck[lsp]'" in run.stderr and "Traceback" not in run.stderr
