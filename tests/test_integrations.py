"""The pre-commit hook and the GitHub Action run what they say."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DRAFT = "fixtures/articles/library-vote-draft.md"
CLEAN = "fixtures/articles/harbor-bridge.md"


def _command(entry: str) -> list[str]:
    words = shlex.split(entry)
    script = Path(sys.executable).parent / words[0]
    if script.exists():
        return [str(script), *words[1:]]
    found = shutil.which(words[0])
    return [found, *words[1:]] if found else [sys.executable, "-m", "datecheck", *words[1:]]


def test_pre_commit_hook_entry_runs() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "datecheck" and hook["language"] == "python"
    import re

    files = re.compile(hook["files"])
    assert files.search(DRAFT) and files.search("news/a.html") and not files.search("setup.py")
    env = dict(os.environ)
    env.pop("CI", None)
    bad = subprocess.run(_command(hook["entry"]) + [DRAFT], cwd=ROOT, capture_output=True, text=True, env=env)
    assert bad.returncode == 1, bad.stderr
    assert "DC101 [weekday-mismatch]" in bad.stdout and "\x1b[" not in bad.stdout
    good = subprocess.run(_command(hook["entry"]) + [CLEAN], cwd=ROOT, capture_output=True, text=True, env=env)
    assert good.returncode == 0, good.stdout + good.stderr


def test_action_runs_check_with_github_annotations() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    install, check = steps[1]["run"], steps[2]["run"]
    assert "github.action_path" in install
    assert check.startswith("datecheck check --format github")
    command = check.replace("${{ inputs.args }}", "").replace("${{ inputs.paths }}", DRAFT)
    result = subprocess.run(_command(command), cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout.startswith(f"::error file={DRAFT},line=8,col=42,")
