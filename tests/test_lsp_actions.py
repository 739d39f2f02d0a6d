"""The language server's pieces without a client: "suppress on this line" writes a comment that
datecheck.suppress reads (every line ending, every format), "fix all safe" never overlaps edits,
the hover text, the editor's settings, and a buffer that cannot be checked."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("lsprotocol")

import datecheck  # noqa: E402
from datecheck.document import load_text  # noqa: E402
from datecheck.engine import check_document  # noqa: E402
from datecheck.lsp import analysis as analysis_module  # noqa: E402
from datecheck.lsp.actions import safe_edits, suppression_edit  # noqa: E402
from datecheck.lsp.analysis import analyze, document_format, file_path  # noqa: E402
from datecheck.lsp.buffers import Buffer  # noqa: E402
from datecheck.lsp.hover import hover_text  # noqa: E402
from datecheck.lsp.settings import EditorSettings, editor_settings  # noqa: E402
from datecheck.model import Finding, Severity, Suggestion  # noqa: E402

HEAD = "---\ndate: 2025-03-12\n---\n\n"
LINES = {
    "plain": "The ferry resumed service on Monday, March 11.",
    "hard break": "The ferry resumed service on Monday, March 11.  ",
    "backslash break": "The ferry resumed service on Monday, March 11.\\",
    "already suppressed": "The ferry resumed service on Monday, March 11. <!-- datecheck: ignore[DC202] -->",
    "indented": "   The ferry resumed service on Monday, March 11.",
}


def _apply(text: str, edit: tuple[int, int, str]) -> str:
    start, end, new = edit
    return text[:start] + new + text[end:]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("path", ["story.md", "story.txt", "story.html"])
@pytest.mark.parametrize("line", list(LINES.values()), ids=list(LINES))
def test_suppression_edit_silences_the_finding(newline: str, path: str, line: str) -> None:
    if path.endswith(".html"):
        text = (f"<html><head><meta name=\"date\" content=\"2025-03-12\"></head><body>{newline}"
                f"<p>{line}{newline}more text.</p></body></html>{newline}")
    else:
        text = (HEAD + line + "\nA second line follows here.\n").replace("\n", newline)
    findings = [f for f in datecheck.check(text, path=path) if f.code == "DC101"]
    assert len(findings) == 1, datecheck.check(text, path=path)
    fmt = document_format("", file_path("file:///news/" + path), path)
    assert fmt is not None
    fixed = _apply(text, suppression_edit(text, fmt, findings[0].start, "DC101"))
    assert not [f for f in datecheck.check(fixed, path=path) if f.code in ("DC101", "DC902")], fixed
    own_line = line.endswith("\\") and fmt != "text"  # a hard break: the comment goes on a line above
    assert fixed.count(newline) == text.count(newline) + own_line


def test_a_second_code_joins_the_suppression_on_the_line() -> None:
    text = HEAD + "The ferry resumed service on Monday, March 11.  datecheck: ignore[DC202]\n"
    offset = text.index("Monday")
    fixed = _apply(text, suppression_edit(text, "text", offset, "DC101"))
    assert "datecheck: ignore[DC202, DC101]" in fixed


def _finding(start: int, end: int, *replacements: str) -> Finding:
    suggestions = tuple(Suggestion(start, end, r, f"use {r}") for r in replacements)
    return Finding("DC102", "impossible-date", Severity.ERROR, "m", start, end, "x", suggestions=suggestions)


def test_safe_edits_take_single_suggestions_and_never_overlap() -> None:
    findings = [_finding(0, 5, "a"), _finding(3, 8, "b"), _finding(10, 12, "c", "d"), _finding(20, 22, "e")]
    assert safe_edits(findings) == [(0, 5, "a"), (20, 22, "e")]
    risky = Finding("DC502", "relative-day-word", Severity.INFO, "m", 30, 39, "x",
                    suggestions=(Suggestion(30, 39, "Monday", "t", unsafe=True),))
    assert safe_edits([*findings, risky]) == [(0, 5, "a"), (20, 22, "e")]


def test_hover_names_the_day_and_the_anchor() -> None:
    text = HEAD + "The ferry resumed service two days later than planned, on March 13.\n"
    result = check_document(load_text(text, "x.md"))
    shown, span = hover_text(result, text.index("March 13") + 1)  # type: ignore[misc]
    assert "Thu 2025-03-13" in shown and "front matter 'date'" in shown
    assert text[span[0]:span[1]] == "March 13"


def test_editor_settings_accept_several_spellings_and_name_bad_values() -> None:
    settings = editor_settings({"datecheck": {"dateOrder": "dmy", "holiday_country": "gb", "select": "DC1,DC2",
                                              "published": "2025-03-12", "ignore": ["no-such-rule"]}})
    assert settings.date_order == "DMY" and settings.country == "GB" and settings.select == ("DC1", "DC2")
    assert settings.published == date(2025, 3, 12)
    assert settings.ignore is None and any("no-such-rule" in p for p in settings.problems)
    assert editor_settings(None) == EditorSettings() and editor_settings(["x"]) == EditorSettings()


def test_a_published_setting_applies_only_to_a_buffer_without_a_date() -> None:
    editor = editor_settings({"published": "2025-03-12"})
    dated = analyze(Buffer("untitled:a.md", HEAD.replace("03-12", "03-20") + "Text.\n", "markdown"), "utf-16", editor)
    undated = analyze(Buffer("untitled:b.md", "Text.\n", "markdown"), "utf-16", editor)
    assert dated.result and dated.result.document.published.date == date(2025, 3, 20)  # type: ignore[union-attr]
    assert undated.result and undated.result.document.published.date == date(2025, 3, 12)  # type: ignore[union-attr]


def test_an_engine_error_becomes_a_problem_not_an_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(analysis_module, "check_document", broken)
    analysis = analyze(Buffer("untitled:c.md", HEAD + "Text.\n", "markdown"), "utf-16", EditorSettings())
    assert analysis.result is None and "internal error" in (analysis.problem or "") and "boom" in analysis.problem


def test_formats_by_language_id_then_extension() -> None:
    assert document_format("markdown", None, "untitled:Untitled-1") == "markdown"
    assert document_format("plaintext", None, "untitled:x.md") == "text"
    assert document_format("", None, "untitled:page.htm") == "html"
    assert document_format("python", None, "untitled:x.py") is None
    assert file_path("untitled:x.md") is None
    assert str(file_path("file:///tmp/a%20b/x.md")).endswith("a b/x.md")
