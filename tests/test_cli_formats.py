"""Every output format, the config file, baselines, --changed-since, --jobs and stdin, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from cli_run import ROOT
from cli_run import run_datecheck as run

DRAFT = ROOT / "fixtures" / "articles" / "library-vote-draft.md"
SCHEMA = ROOT / "tests" / "sarif" / "sarif-schema-2.1.0.json"
WRONG = "---\ndate: 2025-10-01\n---\nThe hearing is set for Tuesday, Oct. 8.\n"


def test_concise() -> None:
    result = run("check", str(DRAFT), "--format", "concise")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith(f"{DRAFT}:8:42: DC101 'Tuesday' does not match Jan. 7")


def test_jsonl() -> None:
    result = run("check", str(DRAFT), "--format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["code"] for r in records] == ["DC101", "DC201", "DC204", "DC303"]
    assert all(r["path"] == str(DRAFT) for r in records)


def test_github_annotations() -> None:
    result = run("check", str(DRAFT), "--format", "github")
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"::error file={DRAFT},line=8,col=42,endLine=8,endColumn=49,title=DC101 weekday-mismatch::")
    assert lines[1].startswith("::warning ") and "title=DC201 stale-year::" in lines[1]
    assert "did you mean 'Jan. 2, 2026'?" in lines[1]


def test_sarif_validates_against_the_schema() -> None:
    from jsonschema import Draft4Validator

    result = run("check", str(DRAFT), "--format", "sarif")
    assert result.returncode == 1
    log = json.loads(result.stdout)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = sorted(Draft4Validator(schema).iter_errors(log), key=str)
    assert not errors, errors[0].message
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert rules[0]["id"] == "DC101" and "What it does" in rules[0]["help"]["text"]
    first = run_["results"][0]
    assert first["ruleId"] == "DC101" and first["level"] == "error"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (8, 42, 49)
    assert first["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "Wednesday"
    assert rules[first["ruleIndex"]]["id"] == "DC101"


def test_exit_zero_and_quiet() -> None:
    result = run("check", str(DRAFT), "--exit-zero", "-q")
    assert result.returncode == 0
    assert result.stdout.strip() == "1 file checked: 1 error, 3 warnings"


def test_statistics() -> None:
    result = run("check", str(DRAFT), "--statistics")
    assert result.returncode == 1
    rows = [line.split() for line in result.stdout.splitlines()]
    assert [row[:3] for row in rows] == [["1", "DC101", "weekday-mismatch"], ["1", "DC201", "stale-year"],
                                          ["1", "DC204", "relative-date-conflict"], ["1", "DC303", "age-mismatch"]]


def test_stdin_filename_applies_format_and_front_matter() -> None:
    result = run("check", "-", "--stdin-filename", "news/x.md", "--format", "json", stdin=WRONG)
    data = json.loads(result.stdout)
    (entry,) = data["files"]
    assert entry["path"] == "news/x.md"
    assert entry["published"] == {"date": "2025-10-01", "source": "front-matter:date"}
    assert [f["code"] for f in entry["findings"]] == ["DC101"]


def _repo(tmp_path: Path, config: str, name: str = "datecheck.toml") -> Path:
    (tmp_path / name).write_text(config, encoding="utf-8")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.md").write_text(WRONG, encoding="utf-8")
    return tmp_path


def test_config_file_select_severity_exclude(tmp_path: Path) -> None:
    repo = _repo(tmp_path, 'exclude = ["archive/**"]\nfail-on = "error"\n[severity]\nDC101 = "warning"\n')
    result = run("check", ".", "--format", "json", cwd=repo)
    data = json.loads(result.stdout)
    assert [Path(f["path"]).as_posix() for f in data["files"]] == ["news/a.md"]
    assert data["files"][0]["findings"][0]["severity"] == "warning"
    assert result.returncode == 0  # fail-on error, and DC101 was lowered to a warning
    assert run("check", ".", "--fail-on", "warning", cwd=repo).returncode == 1  # flags override the file


def test_pyproject_table_and_per_file_ignores(tmp_path: Path) -> None:
    config = '[project]\nname = "x"\n[tool.datecheck.per-file-ignores]\n"news/**" = ["weekday-mismatch"]\n'
    repo = _repo(tmp_path, config, "pyproject.toml")
    data = json.loads(run("check", ".", "--format", "json", cwd=repo).stdout)
    found = {Path(f["path"]).as_posix(): [x["code"] for x in f["findings"]] for f in data["files"]}
    assert found == {"archive/old.md": ["DC101"], "news/a.md": []}


def test_nearest_config_wins(tmp_path: Path) -> None:
    repo = _repo(tmp_path, 'ignore = ["DC101"]\n')
    (repo / "news" / ".datecheck.toml").write_text('select = ["DC1"]\n', encoding="utf-8")
    data = json.loads(run("check", ".", "--format", "json", cwd=repo).stdout)
    found = {Path(f["path"]).as_posix(): [x["code"] for x in f["findings"]] for f in data["files"]}
    assert found == {"archive/old.md": [], "news/a.md": ["DC101"]}


@pytest.mark.parametrize(("config", "message"), [
    ("selct = ['DC1']\n", "datecheck.toml:1: unknown key 'selct'"),
    ("fail-on = 'loud'\n", "datecheck.toml:1: fail-on must be one of error, warning, info"),
    ("\n\nselect = ['DC777']\n", "datecheck.toml:3: select: unknown rule code or name: 'DC777'"),
    ("select = [\n", "datecheck.toml:1: not valid TOML"),
    ("[rules.stale-year]\nnear-past-days = 'soon'\n", "datecheck.toml:2: stale-year.near-past-days must be a int"),
    ("[rules.stale-year]\nfar = 3\n", "datecheck.toml:2: rule stale-year has no option 'far'"),
])
def test_bad_config_is_a_one_line_error(tmp_path: Path, config: str, message: str) -> None:
    repo = _repo(tmp_path, config)
    result = run("check", ".", cwd=repo)
    assert result.returncode == 2
    assert message in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_config_command_shows_sources(tmp_path: Path) -> None:
    repo = _repo(tmp_path, 'fail-on = "error"\n')
    result = run("config", "news/a.md", cwd=repo)
    assert result.returncode == 0
    assert "fail-on" in result.stdout and "error" in result.stdout and "datecheck.toml" in result.stdout
    assert "date-order             MDY   [default]" in result.stdout


def test_baseline(tmp_path: Path) -> None:
    repo = _repo(tmp_path, "")
    baseline = repo / "datecheck-baseline.json"
    written = run("check", ".", "--baseline", str(baseline), "--write-baseline", cwd=repo)
    assert written.returncode == 0 and "wrote 2 findings" in written.stderr
    assert run("check", ".", "--baseline", str(baseline), cwd=repo).returncode == 0
    story = repo / "news" / "a.md"  # an edit above the finding keeps it known ...
    story.write_text(WRONG.replace("---\nThe", "---\nA new first paragraph.\n\nThe"), encoding="utf-8")
    assert run("check", ".", "--baseline", str(baseline), cwd=repo).returncode == 0
    story.write_text(story.read_text() + "\nThe vote is on Thursday, Oct. 8.\n", encoding="utf-8")
    result = run("check", ".", "--baseline", str(baseline), "--format", "json", cwd=repo)  # ... a new one is not
    assert result.returncode == 1
    findings = [f for entry in json.loads(result.stdout)["files"] for f in entry["findings"]]
    assert [(f["code"], f["text"]) for f in findings] == [("DC101", "Thursday")]
    assert run("check", ".", "--baseline", str(repo / "missing.json"), cwd=repo).returncode == 2


def test_changed_since(tmp_path: Path) -> None:
    repo = _repo(tmp_path, "")

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                       env=dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@x", GIT_COMMITTER_NAME="t",
                                GIT_COMMITTER_EMAIL="t@x"))

    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "start")
    story = repo / "news" / "a.md"
    story.write_text(story.read_text() + "\nThe vote is on Thursday, Oct. 8.\n", encoding="utf-8")
    result = run("check", ".", "--changed-since", "HEAD", "--format", "json", cwd=repo)
    findings = [(Path(e["path"]).as_posix(), f["line"]) for e in json.loads(result.stdout)["files"] for f in e["findings"]]
    assert findings == [("news/a.md", 6)]
    bad = run("check", ".", "--changed-since", "no-such-revision", cwd=repo)
    assert bad.returncode == 2 and "--changed-since" in bad.stderr


def test_jobs_keep_the_order(tmp_path: Path) -> None:
    for number in range(30):
        (tmp_path / f"story-{number:02d}.md").write_text(WRONG.replace("Oct. 8", f"Oct. {number % 28 + 1}"),
                                                         encoding="utf-8")
    one = run("check", str(tmp_path), "--jobs", "1", "--format", "json")
    two = run("check", str(tmp_path), "--jobs", "2", "--format", "json")
    assert one.stdout == two.stdout and one.returncode == two.returncode
    assert len(json.loads(one.stdout)["files"]) == 30


def test_jobs_with_nested_config_and_a_bad_file(tmp_path: Path) -> None:
    """Each file keeps its own nearest config, and an unreadable file is reported, in any process count."""
    for folder in ("news", "news/opinion"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        for number in range(6):
            (tmp_path / folder / f"story-{number}.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "news/opinion/datecheck.toml").write_text('ignore = ["DC101"]\n', encoding="utf-8")
    (tmp_path / "news/broken.md").write_bytes(b"\x00\x01binary\x00" * 50)
    one = run("check", str(tmp_path), "--jobs", "1", "--format", "json")
    two = run("check", str(tmp_path), "--jobs", "2", "--format", "json")
    assert one.stdout == two.stdout and one.returncode == two.returncode == 2
    assert "broken.md" in two.stderr
    codes = {Path(e["path"]).parent.name: {f["code"] for f in e["findings"]} for e in json.loads(two.stdout)["files"]}
    assert "DC101" in codes["news"] and "DC101" not in codes["opinion"]


def test_spawned_workers_get_the_same_outcomes(tmp_path: Path) -> None:
    """Where workers cannot be forked, the jobs themselves are sent; the outcomes are the same."""
    from datecheck.config import ConfigFinder
    from datecheck.pool import _work_jobs, run_all
    from datecheck.runner import plan

    for number in range(4):
        (tmp_path / f"story-{number}.md").write_text(WRONG, encoding="utf-8")
    jobs, errors = plan([str(tmp_path)], ConfigFinder(), {})
    assert not errors and len(jobs) == 4
    serial = [o.result.findings for o in run_all(jobs, None, 1)]
    sent = [o.result.findings for o in _work_jobs((jobs, None))]
    assert serial == sent and all(serial)


def test_an_internal_error_on_one_file_spares_the_others(tmp_path: Path, monkeypatch) -> None:
    """A rule that crashes on one document: that file is reported as an error, the others still are checked."""
    from datecheck import engine, pool, runner
    from datecheck.config import ConfigFinder

    (tmp_path / "a.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "b.md").write_text(WRONG.replace("Oct. 8", "Oct. 9"), encoding="utf-8")
    real = engine.check_document

    def flaky(document, *args, **kwargs):  # type: ignore[no-untyped-def]
        if document.path.endswith("a.md"):
            raise RuntimeError("boom")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(engine, "check_document", flaky)
    jobs, _ = runner.plan([str(tmp_path)], ConfigFinder(), {})
    first, second = pool.run_all(jobs, None, 1)
    assert first.result is None and "a.md: internal error" in first.error and "RuntimeError: boom" in first.error
    assert second.result is not None and second.result.findings
