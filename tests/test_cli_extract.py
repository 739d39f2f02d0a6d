"""`datecheck extract` as a user runs it: files, directories, stdin, formats and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from cli_run import ROOT, run_datecheck

ARTICLE = ROOT / "fixtures" / "articles" / "harbor-bridge.md"


def run(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return run_datecheck(*args, stdin=stdin, cwd=cwd, columns=100)


def test_text_timeline() -> None:
    result = run("extract", str(ARTICLE))
    assert result.returncode == 0, result.stderr
    assert "published 2025-03-14 (front-matter:date)" in result.stdout
    assert "March 13" in result.stdout and "2025-03-13" in result.stdout
    assert "\x1b[" not in result.stdout


@pytest.mark.parametrize("command", ["extract", "timeline"])
def test_a_long_path_keeps_its_header_on_one_line(tmp_path: Path, command: str) -> None:
    folder = tmp_path / ("a-folder-with-a-name-long-enough-to-pass-the-width-of-the-terminal-" * 2)
    folder.mkdir()
    story = folder / ARTICLE.name
    story.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run(command, str(story))
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[0]
    assert header.startswith(str(story)) and "published" in header and "2025-03-14" in header


def test_json_schema() -> None:
    result = run("extract", str(ARTICLE), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    (entry,) = data["files"]
    assert entry["published"] == {"date": "2025-03-14", "source": "front-matter:date"}
    text = ARTICLE.read_text(encoding="utf-8")
    for mention in entry["mentions"]:
        assert {"start", "end", "line", "column", "text", "type", "value"} <= mention.keys()
        assert text[mention["start"]:mention["end"]] == mention["text"]
        line = text.splitlines()[mention["line"] - 1]
        assert line[mention["column"] - 1:].startswith(mention["text"].split("\n")[0])


def test_stdin_with_published_flag() -> None:
    result = run("extract", "-", "--published", "24 December 2024", "--format", "json", stdin="It rained yesterday.\n")
    assert result.returncode == 0, result.stderr
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["published"] == {"date": "2024-12-24", "source": "flag"}
    assert [(m["text"], m["value"]) for m in entry["mentions"]] == [("yesterday", "2024-12-23")]


@pytest.mark.parametrize("value", ["garbage", "last week", "2024-13-45"])  # yesterday and today are the clock's (test_fix.py)
def test_bad_published_is_a_usage_error(value: str) -> None:
    result = run("extract", str(ARTICLE), "--published", value)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--published" in result.stderr


def test_directory_with_unreadable_and_binary_files(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("---\ndate: 2025-01-10\n---\nIt snowed yesterday.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "also.txt").write_text("Nothing here.\n")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "ignored.py").write_text("x = '2020-01-01'\n")
    locked = tmp_path / "locked.md"
    locked.write_text("Dec. 1, 2020\n")
    locked.chmod(0)
    try:
        result = run("extract", str(tmp_path), "--format", "json")
    finally:
        locked.chmod(0o644)
    assert result.returncode == 2
    paths = [f["path"] for f in json.loads(result.stdout)["files"]]
    assert paths[0].endswith("good.md") and any(p.endswith("also.txt") for p in paths)
    assert not any(p.endswith("ignored.py") for p in paths)
    assert "image.html: binary file" in result.stderr
    if os.geteuid() != 0:  # root can read anything
        assert "locked.md: permission denied" in result.stderr


def test_missing_path() -> None:
    result = run("extract", "no/such/file.md")
    assert result.returncode == 2
    assert "no/such/file.md: no such file or directory" in result.stderr


def test_no_publication_date_is_said(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("It began Dec. 7, 2023 and ended yesterday.\n")
    result = run("extract", str(path))
    assert result.returncode == 0
    assert "no publication date found" in result.stdout
    assert "2023-12-07" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("datecheck ")


def test_config_and_stdin_filename_apply(tmp_path: Path) -> None:
    """The nearest config's date order applies to extract as to check; stdin can be named."""
    story = "---\ndate: 2024-12-24\n---\nIt was on 03/04/2024.\n"
    (tmp_path / "datecheck.toml").write_text('date-order = "DMY"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(story, encoding="utf-8")
    result = run("extract", "a.md", "--format", "json", cwd=tmp_path)
    assert [m["value"] for m in json.loads(result.stdout)["files"][0]["mentions"]] == ["2024-04-03"]
    named = run("extract", "-", "--stdin-filename", "news/x.md", "--format", "json", stdin=story, cwd=tmp_path)
    entry = json.loads(named.stdout)["files"][0]
    assert entry["path"] == "news/x.md" and entry["published"]["source"] == "front-matter:date"
    assert [m["value"] for m in entry["mentions"]] == ["2024-04-03"]
    wrong = run("extract", "a.md", "--stdin-filename", "a.md", cwd=tmp_path)
    assert wrong.returncode == 2 and "--stdin-filename" in wrong.stderr
