"""How benchmarks/stories.py scores a finding against the error planted in a story."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import stories  # noqa: E402

from datecheck.model import Finding, Related, Severity  # noqa: E402

#: "The six-day market, Sept. 3-10, ..." with the end date planted as the error (offsets of the text)
TEXT = "The six-day market, Sept. 3-10, closes early."
LENGTH = (TEXT.index("six-day"), TEXT.index("six-day") + len("six-day"))
END = (TEXT.index("10,"), TEXT.index("10,") + 2)
STORY = {"id": "a-market", "error": {"code": "DC304", "span": "10", "start": END[0]}}


def _finding(code: str, span: tuple[int, int], related: tuple[tuple[int, int], ...] = ()) -> Finding:
    return Finding(code=code, name="x", severity=Severity.WARNING, message="m", start=span[0], end=span[1],
                   text=TEXT[span[0]:span[1]],
                   related=tuple(Related(a, b, TEXT[a:b], "the other side") for a, b in related))


def _score(*findings: Finding) -> stories.Score:
    score = stories.Score()
    stories.score_story(STORY, list(findings), score)
    return score


def test_a_finding_on_the_planted_text_is_found() -> None:
    score = _score(_finding("DC304", END))
    assert (score.rules["DC304"].tp, score.rules["DC304"].fp, score.rules["DC304"].fn) == (1, 0, 0)


def test_a_finding_on_the_other_side_of_the_same_conflict_is_found() -> None:
    score = _score(_finding("DC304", LENGTH, related=(END,)))
    assert (score.rules["DC304"].tp, score.rules["DC304"].fp, score.rules["DC304"].fn) == (1, 0, 0)


def test_a_finding_elsewhere_is_a_false_alarm_and_the_error_a_miss() -> None:
    score = _score(_finding("DC304", LENGTH))
    assert (score.rules["DC304"].tp, score.rules["DC304"].fp, score.rules["DC304"].fn) == (0, 1, 1)


def test_another_rule_tied_to_the_planted_text_by_a_related_span_only_is_a_false_alarm() -> None:
    score = _score(_finding("DC101", LENGTH, related=(END,)))
    assert score.rules["DC101"].fp == 1 and score.rules["DC304"].fn == 1 and not score.other_code
