"""The terminal report and the timeline of fixture articles, at a fixed width and without colour,
compared with reviewed files in tests/golden/. After a deliberate change to the output, rewrite
them with DATECHECK_UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from rich.console import Console

from datecheck.config import ConfigFinder
from datecheck.report.check_text import render_text
from datecheck.report.timeline import render_timeline
from datecheck.runner import plan, run_job

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
ARTICLES = ["fixtures/articles/library-vote-draft.md", "fixtures/articles/harbor-bridge.md",
            "fixtures/articles/live-blog-quiet.md", "fixtures/documents/council-vote.html"]


def _console() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, width=100, no_color=True, color_system=None, highlight=False, soft_wrap=True), buffer


def _result(path: str):  # type: ignore[no-untyped-def]
    (job,), errors = plan([path], ConfigFinder(), {})
    assert not errors
    outcome = run_job(job, None)
    assert outcome.result is not None
    return outcome.result


def _compare(name: str, text: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("DATECHECK_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"{golden} missing: run with DATECHECK_UPDATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("article", ARTICLES)
def test_check_report(article: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    console, buffer = _console()
    render_text([_result(article)], console=console)
    _compare(Path(article).stem + ".check.txt", buffer.getvalue())


@pytest.mark.parametrize("article", ARTICLES)
def test_timeline(article: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    console, buffer = _console()
    render_timeline(_result(article), console)
    _compare(Path(article).stem + ".timeline.txt", buffer.getvalue())
