"""Checks on the shared real-news corpora; skipped when ../shared is not beside the project."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import datecheck
from datecheck.document import load_file

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
SEED = CORPORA / "seed" / "hama-capture.txt"

needs_corpora = pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not present")


@needs_corpora
def test_seed_page_dateline_and_dates() -> None:
    document = load_file(SEED)
    assert document.published is not None
    assert (document.published.date.isoformat(), document.published.source) == ("2024-12-24", "dateline")
    mentions = datecheck.extract(document.prose, document.published.date)
    found = {(m.text, m.value) for m in mentions}
    assert ("December 7, 2023", "2023-12-07") in found
    assert ("1982", "1982") in found and ("2011", "2011") in found
    teaser = [m for m in mentions if m.text == "December 25"]
    assert teaser and teaser[0].value == "2024-12-25" and teaser[0].anchor_source == "dateline"


@needs_corpora
def test_timeml_reader_and_scores_run() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_timeml import Score, evaluate

    score = evaluate(CORPORA / "tempeval3" / "platinum" / "gold")
    assert score.gold == 96
    p, r, f = Score.prf(score.value_pred, score.predictions, score.value_gold, score.gold)
    assert 0.0 < f <= 1.0


@needs_corpora
def test_seed_page_check_gives_exactly_the_stale_year() -> None:
    from datecheck.engine import check_document

    result = check_document(load_file(SEED))
    serious = [f for f in result.findings if f.severity.rank >= datecheck.Severity.WARNING.rank]
    assert [(f.code, f.text) for f in serious] == [("DC201", "December 7, 2023")]
    assert [s.replacement for s in serious[0].suggestions] == ["December 7, 2024"]
    text = result.document.text
    for needle in ("1982", "2011", "the past few hours", "December 25"):
        position = text.index(needle)
        assert not any(f.start <= position < f.end for f in result.findings), needle
