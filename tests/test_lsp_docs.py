"""The editor setups in docs/editors/ parse and start the language server as the README says, and
docs/rules.md (where each diagnostic links) is current and has the anchors the links use."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from datecheck.rules import RULES

ROOT = Path(__file__).resolve().parent.parent
EDITORS = ROOT / "docs" / "editors"


def _starts_the_server(command: list[str]) -> None:
    """`command` is `datecheck lsp ...`, and that is a command datecheck has."""
    assert command[:2] == ["datecheck", "lsp"], command
    run = subprocess.run([sys.executable, "-m", "datecheck", *command[1:], "--help"], capture_output=True, text=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert run.returncode == 0 and "language server" in run.stdout, run.stderr


def _settings_apply(options: dict) -> None:
    pytest.importorskip("lsprotocol")
    from datecheck.lsp.settings import EditorSettings, editor_settings

    settings = editor_settings(options)
    assert settings.problems == () and settings != EditorSettings(), options


def test_vscode() -> None:
    settings = json.loads((EDITORS / "vscode-settings.json").read_text(encoding="utf-8"))
    _starts_the_server([settings["glspc.server.command"], *settings["glspc.server.commandArguments"]])
    assert set(settings["glspc.server.languageId"]) == {"markdown", "plaintext", "html"}
    _settings_apply(settings["glspc.server.initializationOptions"])


def test_helix() -> None:
    config = tomllib.loads((EDITORS / "helix-languages.toml").read_text(encoding="utf-8"))
    server = config["language-server"]["datecheck"]
    _starts_the_server([server["command"], *server["args"]])
    assert all("datecheck" in language["language-servers"] for language in config["language"])
    _settings_apply(server["config"])


def test_neovim() -> None:
    lua = (EDITORS / "neovim.lua").read_text(encoding="utf-8")
    commands = re.findall(r"cmd = \{ ([^}]*) \}", lua)
    assert len(commands) == 2  # vim.lsp.config, and the vim.lsp.start autocommand
    for command in commands:
        _starts_the_server(re.findall(r'"([^"]*)"', command))
    assert 'vim.lsp.enable("datecheck")' in lua
    assert lua.count("(") == lua.count(")") and lua.count("{") == lua.count("}")


def test_zed() -> None:
    extension = tomllib.loads((EDITORS / "zed" / "extension.toml").read_text(encoding="utf-8"))
    tomllib.loads((EDITORS / "zed" / "Cargo.toml").read_text(encoding="utf-8"))
    languages = extension["language_servers"]["datecheck"]["languages"]
    settings = json.loads((EDITORS / "zed-settings.json").read_text(encoding="utf-8"))
    assert set(settings["languages"]) == set(languages)
    assert all("datecheck" in language["language_servers"] for language in settings["languages"].values())
    _settings_apply(settings["lsp"]["datecheck"]["initialization_options"])
    rust = (EDITORS / "zed" / "src" / "lib.rs").read_text(encoding="utf-8")
    binary = re.search(r'which\("([^"]+)"\)', rust)
    args = re.search(r"args: vec!\[([^\]]*)\]", rust)
    assert binary and args
    _starts_the_server([binary.group(1), *re.findall(r'"([^"]*)"', args.group(1))])


def _anchor(heading: str) -> str:
    """GitHub's anchor for a Markdown heading."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def test_rules_page_is_current() -> None:
    pytest.importorskip("lsprotocol")
    from datecheck.lsp.rule_docs import page

    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == page(), (
        "docs/rules.md is out of date: python -m datecheck.lsp.rule_docs > docs/rules.md")


def test_diagnostic_links_point_at_headings_of_the_rules_page() -> None:
    pytest.importorskip("lsprotocol")
    from datecheck.lsp.settings import EditorSettings

    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    anchors = {_anchor(heading) for heading in re.findall(r"^## (.+)$", text, re.M)}
    for rule in RULES:
        url = EditorSettings().rule_url(rule.code, rule.name)
        assert url.split("#", 1)[1] in anchors, url
