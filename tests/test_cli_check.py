"""`datecheck check`, `rules` and `rule` as a user runs them: output, JSON shape, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cli_run import ROOT, run_datecheck

DRAFT = ROOT / "fixtures" / "articles" / "library-vote-draft.md"
CLEAN = ROOT / "fixtures" / "articles" / "harbor-bridge.md"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return run_datecheck(*args, stdin=stdin)


def test_draft_findings_in_text() -> None:
    result = run("check", str(DRAFT))
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert "library-vote-draft.md:8:42: DC101 [weekday-mismatch]" in out
    assert "did you mean: 'Wednesday'" in out and "did you mean: 'Jan. 2, 2026'" in out
    assert "^^^^^^^" in out and "------" in out  # the span and the other side of the conflict
    assert out.rstrip().endswith("1 file checked: 1 error, 3 warnings")
    assert "\x1b[" not in out


def test_clean_article_exits_zero() -> None:
    result = run("check", str(CLEAN))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 file checked: no findings" in result.stdout


def test_json_shape() -> None:
    result = run("check", str(DRAFT), "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    (entry,) = data["files"]
    assert entry["published"] == {"date": "2026-01-08", "source": "front-matter:date"}
    text = DRAFT.read_text(encoding="utf-8")
    codes = [f["code"] for f in entry["findings"]]
    assert codes == ["DC101", "DC201", "DC204", "DC303"]
    for finding in entry["findings"]:
        assert set(finding) >= {"code", "name", "severity", "message", "text", "start", "end", "line", "column",
                                "end_line", "end_column", "related", "suggestions"}
        assert text[finding["start"]:finding["end"]] == finding["text"]
        for related in finding["related"]:
            assert text[related["start"]:related["end"]] == related["text"] and related["label"]
        for suggestion in finding["suggestions"]:
            assert set(suggestion) - {"unsafe"} == {"start", "end", "replacement", "title"}
            assert suggestion.get("unsafe", True) is True  # present only to mark a guess
    stale = entry["findings"][1]
    assert stale["suggestions"][0]["replacement"] == "Jan. 2, 2026"
    assert data["summary"] == {"files": 1, "findings": 4, "by_severity": {"error": 1, "warning": 3}}


def test_fail_on_select_and_ignore() -> None:
    assert run("check", str(DRAFT), "--fail-on", "error").returncode == 1
    assert run("check", str(DRAFT), "--ignore", "DC101", "--fail-on", "error").returncode == 0
    only = json.loads(run("check", str(DRAFT), "--select", "stale-year", "--format", "json").stdout)
    assert [f["code"] for f in only["files"][0]["findings"]] == ["DC201"]
    both = json.loads(run("check", str(DRAFT), "--select", "DC1,DC3", "--format", "json").stdout)
    assert [f["code"] for f in both["files"][0]["findings"]] == ["DC101", "DC303"]


def test_unknown_rule_is_a_usage_error() -> None:
    result = run("check", str(DRAFT), "--select", "DC999")
    assert result.returncode == 2
    assert "unknown rule code or name: 'DC999'" in result.stderr
    assert result.stdout == ""


def test_bad_published_date() -> None:
    result = run("check", str(DRAFT), "--published", "someday")
    assert result.returncode == 2 and "--published: not a date" in result.stderr


def test_stdin_and_published_flag() -> None:
    result = run("check", "-", "--published", "2025-10-01", "--format", "json",
                 stdin="The hearing is set for Tuesday, Oct. 8.\n")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["files"][0]["path"] == "-"
    assert data["files"][0]["published"] == {"date": "2025-10-01", "source": "flag"}
    assert [f["code"] for f in data["files"][0]["findings"]] == ["DC101"]


def test_missing_publication_date_is_reported_once(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The deadline is Sept. 31, officials said on Tuesday.\n", encoding="utf-8")
    data = json.loads(run("check", str(story), "--format", "json").stdout)
    codes = [f["code"] for f in data["files"][0]["findings"]]
    assert codes == ["DC901", "DC102"]


def test_unreadable_file_among_good_ones(tmp_path: Path) -> None:
    good = tmp_path / "a.md"
    good.write_text("---\ndate: 2025-10-01\n---\nThe hearing is Tuesday, Oct. 8.\n", encoding="utf-8")
    (tmp_path / "b.md").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    missing = tmp_path / "gone.md"
    result = run("check", str(tmp_path), str(missing), "--format", "json")
    assert result.returncode == 2
    assert f"{missing}: no such file or directory" in result.stderr
    assert "b.md" in result.stderr
    data = json.loads(result.stdout)
    assert [Path(f["path"]).name for f in data["files"]] == ["a.md"]
    assert data["files"][0]["findings"][0]["code"] == "DC101"


def test_rules_and_rule() -> None:
    listing = run("rules")
    assert listing.returncode == 0
    assert "DC201  stale-year" in listing.stdout and "off unless selected" in listing.stdout
    doc = run("rule", "stale-year")
    assert doc.returncode == 0
    for section in ("What it does:", "Why is this bad?", "Example:", "Use instead:"):
        assert section in doc.stdout
    assert run("rule", "DC201").stdout == doc.stdout
    missing = run("rule", "DC999")
    assert missing.returncode == 2 and "unknown rule" in missing.stderr


def test_python_api() -> None:
    import datecheck

    findings = datecheck.check("The hearing is set for Tuesday, Oct. 8.", published=__import__("datetime").date(2025, 10, 1))
    assert [(f.code, f.text, f.line, f.column) for f in findings] == [("DC101", "Tuesday", 1, 24)]


def test_what_must_stay_quiet() -> None:
    """Background years, old dates marked as old, idioms in quotes, plans, fiscal years, a weekday
    across the new year, code blocks and live-blog entries under their own date lines."""
    quiet = ROOT / "fixtures" / "articles" / "live-blog-quiet.md"
    result = run("check", str(quiet), "--format", "json")
    data = json.loads(result.stdout)
    assert data["files"][0]["findings"] == [], [f["message"] for f in data["files"][0]["findings"]]
    assert result.returncode == 0


def test_missing_dependency_is_one_line(tmp_path: Path) -> None:
    """Run from a checkout with a Python that lacks a dependency: one line saying so, exit 2."""
    fake = tmp_path / "typer"
    fake.mkdir()
    (fake / "__init__.py").write_text('raise ModuleNotFoundError("No module named \'typer\'", name="typer")\n')
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    result = subprocess.run([sys.executable, "-m", "datecheck", "check", str(DRAFT)], cwd=ROOT, capture_output=True,
                            text=True, env=env)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "'typer'" in result.stderr and "pip install ." in result.stderr
