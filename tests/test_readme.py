"""The README's examples work: its config files load, its suppression silences, its hook and workflow fit.

Each test takes the blocks straight from README.md, so an example edited there is tested as written.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DRAFT = "fixtures/articles/library-vote-draft.md"


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README, re.M | re.S)


def datecheck(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, **env) if env else None
    return subprocess.run([sys.executable, "-m", "datecheck", *args], cwd=cwd, capture_output=True, text=True,
                          env=environment)


def test_readme_has_the_examples() -> None:
    assert len(blocks("toml")) >= 2 and len(blocks("markdown")) >= 1 and len(blocks("yaml")) >= 2


@pytest.mark.parametrize("number", range(2))
def test_config_examples_load(tmp_path: Path, number: int) -> None:
    text = blocks("toml")[number]
    name = "pyproject.toml" if "[tool.datecheck]" in text else "datecheck.toml"
    (tmp_path / name).write_text(text, encoding="utf-8")
    shown = datecheck("config", str(tmp_path))
    assert shown.returncode == 0, shown.stderr
    assert name in shown.stdout
    # every key the example sets is reported as coming from the file, not as a default
    settings = tomllib.loads(text)
    settings = settings["tool"]["datecheck"] if "tool" in settings else settings
    rows = {row.split(" ", 1)[0]: row for row in shown.stdout.splitlines()}
    for key in settings:
        assert "[default]" not in rows[key], rows[key]


def test_config_example_changes_what_is_reported(tmp_path: Path) -> None:
    """The big example raises stale-year to an error and keeps the style rule it selects."""
    (tmp_path / "datecheck.toml").write_text(blocks("toml")[0], encoding="utf-8")
    draft = (ROOT / DRAFT).read_text(encoding="utf-8")
    (tmp_path / "draft.md").write_text(draft + "\nThe board first met on January 6, 2026.\n", encoding="utf-8")
    result = datecheck("check", "draft.md", "--format", "json", cwd=tmp_path)
    findings = {f["code"]: f["severity"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert findings["DC201"] == "error"  # [severity]
    assert findings["DC504"] == "info"  # selected: "January 6, 2026" is "Jan. 6, 2026" in AP style


def test_suppression_example_silences_exactly_its_finding(tmp_path: Path) -> None:
    (example,) = blocks("markdown")
    (tmp_path / "story.md").write_text(example, encoding="utf-8")
    quiet = datecheck("check", "story.md", "--format", "concise", cwd=tmp_path)
    assert quiet.returncode == 0 and quiet.stdout == "", quiet.stdout
    without = "\n".join(line for line in example.splitlines() if "datecheck-disable" not in line)
    (tmp_path / "story.md").write_text(without, encoding="utf-8")
    loud = datecheck("check", "story.md", "--format", "concise", cwd=tmp_path)
    assert loud.returncode == 1 and " DC101 " in loud.stdout


def test_pre_commit_example_names_the_shipped_hook() -> None:
    config = next(yaml.safe_load(b) for b in blocks("yaml") if "repos:" in b)
    (hook,) = config["repos"][0]["hooks"]
    shipped = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert hook["id"] in shipped
    entry = shipped[hook["id"]]["entry"].split()[1:]
    result = datecheck(*entry, *hook["args"], DRAFT)
    assert result.returncode == 1 and "DC101" in result.stdout  # the draft has an error
    result = datecheck(*entry, *hook["args"], "--select", "DC2", DRAFT)
    assert result.returncode == 0, result.stdout  # warnings only: --fail-on error lets them pass


def test_workflow_example_uses_the_action_inputs() -> None:
    workflow = next(yaml.safe_load(b) for b in blocks("yaml") if "runs-on" in b)
    steps = workflow["jobs"]["datecheck"]["steps"]
    step = next(s for s in steps if s["uses"].split("@")[0].endswith("/datecheck"))
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert set(step["with"]) <= set(action["inputs"])
    assert any(s.get("with", {}).get("fetch-depth") == 0 for s in steps)  # --changed-since needs the history


def test_every_flag_the_readme_names_exists() -> None:
    helps = datecheck("--help").stdout + "".join(  # the program's own flags (--version), then each command's
        datecheck(command, "--help").stdout for command in ("check", "extract", "timeline", "config", "serve"))
    flags = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", README)) - {"--help"}
    pip_flags = {"--quiet"}  # pip's, in `pip install --quiet` (also a datecheck flag)
    missing = {flag for flag in flags if flag not in helps and flag not in pip_flags}
    assert not missing
    assert "(default: warning)" in " ".join(helps.replace("│", " ").split())  # defaults in the help text survive rich's markup


def _shown_in_order(shown: str, printed: str) -> None:
    """Every line the README shows is printed, in the same order ("..." stands for lines left out;
    a line ending in "..." for the rest of that line)."""
    lines = [line.rstrip() for line in printed.splitlines()]
    at = 0
    for want in shown.splitlines():
        want = want.rstrip()
        if want.strip() in ("", "...") or want.startswith("$ "):
            continue
        prefix = want[:-3] if want.endswith("...") else None
        while at < len(lines) and not (lines[at] == want or (prefix is not None and lines[at].startswith(prefix))):
            at += 1
        assert at < len(lines), f"README shows a line the command does not print:\n{want}\n--- printed:\n{printed}"
        at += 1


def test_printed_examples_are_what_the_commands_print() -> None:
    env = {"NO_COLOR": "1", "COLUMNS": "120"}
    shown = blocks("text")
    assert len(shown) >= 4
    for block in shown:
        if block.startswith("$ "):
            for part in re.split(r"^\$ ", block, flags=re.M)[1:]:
                command, _, output = part.partition("\n")
                words = command.split()
                assert words[0] == "datecheck"
                _shown_in_order(output, datecheck(*words[1:], env=env).stdout)
            continue
        path = re.match(r"\S+?\.(?:md|txt|html)", block).group()
        command = "timeline" if "◆" in block else "extract" if "line:col" in block else "check"
        _shown_in_order(block, datecheck(command, path, env=env).stdout)
