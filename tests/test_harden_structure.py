"""Line endings, byte order marks and document structure: the same story reads the same however its
lines end and whatever encoding mark it starts with, and no structure of fences, comments, front
matter, entities and tags makes loading raise or a finding point outside its text."""

from __future__ import annotations

import bisect
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import datecheck
from datecheck.document import decode, load_file, load_text
from datecheck.document.masking import mask_markdown

from cli_run import run_datecheck as run

# A fence holding a wrong weekday (must not be reported), then prose with one (must be).
STORY = [
    "---",
    "date: 2025-10-01",
    "---",
    "The clerk posted the agenda.",
    "```",
    "Tuesday, Oct. 9, 2025 sample",
    "```",
    "The hearing is set for Tuesday, Oct. 8, at the library.",
    "",
    "    Monday, Oct. 8, 2025 indented code",
    "",
    "The vote follows on Thursday, Oct. 10.",
]
ENDINGS = {"LF": "\n", "CRLF": "\r\n", "CR": "\r"}


def story(ending: str) -> str:
    return ending.join(STORY) + ending


def findings(text: str, path: str = "story.md") -> list[tuple[str, int, int, str]]:
    return [(f.code, f.line, f.column, f.text) for f in datecheck.check(text, path=path)]


def test_line_endings_read_alike_api() -> None:
    expected = findings(story("\n"))
    assert [(code, line, text) for code, line, _, text in expected] == [("DC101", 8, "Tuesday"), ("DC101", 12, "Thursday")]
    for name, ending in ENDINGS.items():
        document = load_text(story(ending), "story.md")
        assert document.published is not None and document.published.date == date(2025, 10, 1), name
        assert findings(story(ending)) == expected, name
        assert document.line_text(8) == STORY[7]


def test_mixed_and_stray_carriage_returns() -> None:
    """Every line break style in one file, and a stray CR inside a line: CommonMark counts the stray
    CR as a line break, so the masking must count it too, or prose after a fence is masked and code
    inside one is read."""
    lines = STORY[:]
    mixed = "".join(line + ("\n", "\r\n", "\r")[number % 3] for number, line in enumerate(lines))
    assert findings(mixed) == findings(story("\n"))
    stray = story("\n").replace("The clerk posted", "The clerk\rposted")
    assert [(code, text) for code, _, _, text in findings(stray)] == [("DC101", "Tuesday"), ("DC101", "Thursday")]


def test_cr_only_fence_with_many_lines_before_it() -> None:
    """CR-only text with a fence used to raise IndexError in mask_markdown (lines counted at LF)."""
    text = "\r".join(["Notes."] * 30 + ["```", "Tuesday, Oct. 9, 2025", "```", "After."]) + "\r"
    prose = mask_markdown(text, None)
    assert len(prose) == len(text) and "Tuesday" not in prose and "After." in prose


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_suppressions_count_lines_like_findings(ending: str) -> None:
    """A suppression's line is counted as a finding's is: with CR-only line ends too."""
    lines = STORY[:7] + ["<!-- datecheck-disable-next-line DC101 -->"] + STORY[7:]
    kept = findings(ending.join(lines) + ending)
    assert [(code, text) for code, _, _, text in kept] == [("DC101", "Thursday")]
    if ending != "\r\n":  # the trailing form before CRLF is the suppression parser's own case
        plain = ending.join(["The hearing is set for Tuesday, Oct. 8. datecheck: ignore[DC101]",
                             "The vote follows on Thursday, Oct. 10."]) + ending
        assert [(f.code, f.line) for f in datecheck.check(plain, published=date(2025, 10, 1))] == [("DC101", 2)]


def test_markdown_masking_reads_the_text_once() -> None:
    """Backtick runs of different lengths with no partner (a pattern that searched forward from each
    run took minutes on 80 KB of them) and `<http:` with no `>` are read in one pass; a run is only
    closed by a run of its own length, never by part of a longer one."""
    runs = "".join("`" * k + "a" for k in range(1, 1300))  # 840 KB
    assert mask_markdown(runs, None) == runs
    links = "<http:" * 100_000
    assert mask_markdown(links, None) == links
    text = "Set ``Tuesday, Oct. 8`` aside; ```x`` stays and `Oct. 9` is code, while Oct. 10 is prose."
    prose = mask_markdown(text, None)
    assert "Tuesday" not in prose and "Oct. 9" not in prose and "Oct. 10" in prose and "```x``" in prose


def test_line_endings_read_alike_cli(tmp_path: Path) -> None:
    reports = []
    for name, ending in ENDINGS.items():
        path = tmp_path / f"{name}.md"
        path.write_bytes(story(ending).encode())
        result = run("check", str(path), "--format", "concise")
        assert result.returncode == 1, result.stderr
        reports.append([line.split(":", 1)[1] for line in result.stdout.splitlines()])
    assert reports[0] == reports[1] == reports[2] and len(reports[0]) == 2


BOMS = {"utf-8-sig": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16-be", "utf-32-le": "utf-32",
        "utf-32-be": "utf-32-be"}


@pytest.mark.parametrize("encoding", BOMS)
def test_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    text = story("\n")
    data = text.encode(BOMS[encoding])
    if not encoding.startswith("utf-8") and BOMS[encoding].endswith("-be"):
        data = "\ufeff".encode(BOMS[encoding]) + data
    decoded, warnings = decode(data, "story.md")
    assert decoded == text and not warnings
    path = tmp_path / "story.md"
    path.write_bytes(data)
    document = load_file(path)
    assert document.published is not None and document.published.source == "front-matter:date"
    result = run("check", str(path), "--format", "concise")
    assert result.returncode == 1 and result.stdout.count("DC101") == 2, result.stderr


def test_bom_kept_in_api_text() -> None:
    """Text given to the API with a BOM still in it: the front matter is found, offsets stay offsets into it."""
    text = "\ufeff" + story("\r\n")
    document = load_text(text, "story.md")
    assert document.published is not None and document.published.date == date(2025, 10, 1)
    for finding in datecheck.check(text, path="story.md"):
        assert text[finding.start:finding.end] == finding.text


# -- any structure ---------------------------------------------------------------------------------

PIECES = st.sampled_from([
    "```", "~~~", "```python", "    indented Monday, Oct. 6, 2025", "<!--", "-->", "<!-- Friday, Oct. 3 -->",
    "---", "+++", "date: 2025-10-01", "date = 2025-10-01", "&amp;", "&nbsp;", "&#8212;", "&#x2009;", "&bogus;",
    "\ufeff", "<p>", "</p>", "<script>", "</script>", '<meta name="date" content="2025-10-02">', "<a href='x'>",
    "Tuesday, Oct. 8", "Oct. 7, 2025", "yesterday", "12/31/9999", "01/01/0001", "last week", "the tenth anniversary",
    "`code`", "[link](http://example.com/2025/10/01)", "datecheck: ignore[DC101]", "<!-- datecheck-disable -->",
    " ", "\t", "word", ".", ",",
])
BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\r", "\r\n\r\n"])
DOCUMENTS = st.lists(st.one_of(PIECES, BREAKS), max_size=40).map("".join)
PUBLISHED = st.sampled_from([None, date(2025, 10, 1), date(1, 1, 1), date(9999, 12, 31)])


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer(r"\r\n?|\n", text))]


@settings(max_examples=400, deadline=None)
@given(DOCUMENTS, st.sampled_from(["a.md", "a.html", "a.txt"]), PUBLISHED, st.booleans())
def test_any_structure_loads_and_every_span_slices_the_text(text: str, name: str, published, bom: bool) -> None:
    if bom:
        text = "\ufeff" + text
    document = load_text(text, name)
    assert len(document.prose) == len(text)
    starts = _line_starts(text)
    for finding in datecheck.check(text, published=published, path=name, select=["ALL"]):
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start:finding.end] == finding.text
        line = bisect.bisect_right(starts, finding.start)
        assert (finding.line, finding.column) == (line, finding.start - starts[line - 1] + 1)
        for related in finding.related:
            assert 0 <= related.start <= related.end <= len(text)
