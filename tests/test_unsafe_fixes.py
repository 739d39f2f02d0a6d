"""Unsafe suggestions: a rule marks a suggestion that is a guess (a year inferred rather than
written, a day computed from an assumption); `check --fix` skips it unless --unsafe-fixes, JSON and
SARIF carry the mark, the language server says so in the quick fix and leaves it out of "fix all
safe", and every rule that suggests documents when its suggestions are safe."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

import datecheck
from cli_run import run_datecheck
from datecheck.rules import RULES


def marks(text: str, published: str, code: str) -> list[tuple[str, bool]]:
    """The suggestions of the findings of rule `code`: (replacement, unsafe)."""
    return [(s.replacement, s.unsafe) for f in datecheck.check(text, published) if f.code == code
            for s in f.suggestions]


# -- which suggestions each rule marks ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "code", "expected"), [
    # a holiday's day: safe in a written year, a guess in the year the publication date gives
    ("The parade is on Thanksgiving, Nov. 26, 2025.", "2025-11-10", "DC103", [("Nov. 27, 2025", False)]),
    ("The parade is on Thanksgiving, Nov. 26.", "2025-11-10", "DC103", [("Nov. 27", True)]),
    ("Crowds gathered on Independence Day, July 5, 2024.", "2024-07-20", "DC103", [("July 4, 2024", False)]),
    ("Crowds gathered on Independence Day, July 5.", "2024-07-20", "DC103", [("July 4", True)]),
    # a weekday: the date's weekday is safe when its year is written; the nearest day never is
    ("The hearing is on Monday, March 14, 2025.", "2025-03-05", "DC101",
     [("Friday", False), ("March 17, 2025", True)]),
    ("The hearing is on Monday, March 14.", "2025-03-05", "DC101", [("Friday", True), ("March 17", True)]),
    ("Bids close Tuesday, Oct. 8.", "2026-09-30", "DC101", [("Thursday", True), ("Oct. 6", True)]),
    # a day past the end of its month: the last day or the first of the next is a guess
    ("The filing deadline is Sept. 31.", "2025-09-01", "DC102", [("Sept. 30", True)]),
    ("Applications close June 31, 2026.", "2026-05-02", "DC102", [("June 30, 2026", True)]),
    # an anniversary counted to a written date, or to the story's year
    ("Residents marked the 30th anniversary of the 1999 flood on June 2, 2024.", "2024-06-03", "DC302",
     [("25th", False)]),
    ("Residents marked the 30th anniversary of the 1999 flood on Sunday.", "2024-06-03", "DC302", [("25th", True)]),
    # a year moved by one because of a verb's tense: the verb may be the mistake
    ("The museum will reopen on Aug. 3, 2025.", "2025-08-11", "DC203", [("Aug. 3, 2026", True)]),
    # a stale year in a story that reports it as recent news: the year the news is of
    ("The depot plan was approved on Jan. 2, 2025, and work began this week.", "2026-01-08", "DC201",
     [("Jan. 2, 2026", False)]),
], ids=lambda value: value if isinstance(value, str) and len(value) < 60 else None)
def test_each_rule_marks_its_guesses(text: str, published: str, code: str, expected: list[tuple[str, bool]]) -> None:
    assert marks(text + "\n", published, code) == expected


def test_every_rule_that_suggests_documents_when_its_fixes_are_safe() -> None:
    from datecheck.rules.year_fixes import year_suggestion

    suggesting = [rule for rule in RULES
                  if "Suggestion(" in inspect.getsource(inspect.getmodule(rule))  # type: ignore[arg-type]
                  or year_suggestion.__name__ in inspect.getsource(inspect.getmodule(rule))]  # type: ignore[arg-type]
    assert len(suggesting) >= 15
    for rule in suggesting:
        doc = rule.documentation()
        assert "\nFixes:\n" in doc, f"{rule.code} {rule.name} suggests fixes but does not say when they are safe"
        section = doc.split("\nFixes:\n", 1)[1].split("\n\n", 1)[0]
        assert "safe" in section.lower(), rule.code


def test_the_rule_command_prints_the_fix_safety() -> None:
    result = run_datecheck("rule", "holiday-mismatch")
    assert result.returncode == 0 and "Fixes:" in result.stdout
    assert "unsafe when the year is inferred" in " ".join(result.stdout.split("Fixes:")[1].split())


# -- --fix, JSON and SARIF ---------------------------------------------------------------------------

STORY = "---\ndate: 2025-11-10\n---\n\nThe parade is on Thanksgiving, Nov. 26, and the fair on Friday, Nov. 14, 2025.\n"


def test_fix_skips_an_unsafe_suggestion_and_unsafe_fixes_makes_it(tmp_path: Path) -> None:
    story = tmp_path / "parade.md"
    story.write_text(STORY, encoding="utf-8")
    safe = run_datecheck("check", "--fix", "--jobs", "1", str(story))
    assert "Nov. 26," in story.read_text(encoding="utf-8")  # the holiday's day in an inferred year: left
    assert "DC103" in safe.stdout and safe.returncode == 1
    unsafe = run_datecheck("check", "--fix", "--unsafe-fixes", "--jobs", "1", str(story))
    assert "Thanksgiving, Nov. 27," in story.read_text(encoding="utf-8")
    assert "fixed 1 finding" in unsafe.stderr and "DC103" not in unsafe.stdout


def test_the_api_fixes_unsafe_suggestions_only_when_asked() -> None:
    text = "The parade is on Thanksgiving, Nov. 26.\n"
    unchanged, applied, _ = datecheck.fix(text, "2025-11-10")
    assert unchanged == text and applied == []
    fixed, applied, remaining = datecheck.fix(text, "2025-11-10", unsafe=True)
    assert "Nov. 27" in fixed and [f.code for f in applied] == ["DC103"] and remaining == []


def test_json_and_sarif_carry_the_mark(tmp_path: Path) -> None:
    story = tmp_path / "parade.md"
    story.write_text(STORY, encoding="utf-8")
    as_json = json.loads(run_datecheck("check", "--format", "json", str(story)).stdout)
    suggestions = [s for f in as_json["files"][0]["findings"] if f["code"] == "DC103" for s in f["suggestions"]]
    assert [s.get("unsafe") for s in suggestions] == [True]
    sarif = json.loads(run_datecheck("check", "--format", "sarif", str(story)).stdout)
    results = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "DC103"]
    assert [fix.get("properties") for fix in results[0]["fixes"]] == [{"unsafe": True}]
    safe_story = story.with_name("safe.md")
    safe_story.write_text(STORY.replace("Nov. 26,", "Nov. 26, 2025,"), encoding="utf-8")
    sarif = json.loads(run_datecheck("check", "--format", "sarif", str(safe_story)).stdout)
    results = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "DC103"]
    assert "properties" not in results[0]["fixes"][0]


# -- the language server -----------------------------------------------------------------------------

def test_code_actions_mark_unsafe_quick_fixes_and_leave_them_out_of_fix_all() -> None:
    pytest.importorskip("lsprotocol")
    from datecheck.lsp.actions import UNSAFE_MARK, code_actions
    from datecheck.lsp.analysis import analyze
    from datecheck.lsp.buffers import Buffer
    from datecheck.lsp.settings import EditorSettings

    text = ("---\ndate: 2025-11-10\n---\n\nThe parade is on Thanksgiving, Nov. 26.\n"
            "The fair opened on Nov. 7, 2024, the organizers said.\n")
    analysis = analyze(Buffer("untitled:parade.md", text, "markdown"), "utf-16", EditorSettings())
    assert analysis.result is not None
    holiday = next(f for f in analysis.result.findings if f.code == "DC103")
    actions = code_actions(analysis, holiday.start, holiday.end, None)
    quick = [a for a in actions if a.title.startswith("Change the date")]
    assert len(quick) == 1 and quick[0].title.endswith(UNSAFE_MARK)
    assert quick[0].is_preferred is None and quick[0].data == {"unsafe": True}
    fix_all = [a for a in actions if a.title.startswith("Fix all safe")]
    edits = [e for a in fix_all for changes in a.edit.changes.values() for e in changes]  # type: ignore[union-attr]
    assert all(e.new_text != "Nov. 27" for e in edits)
