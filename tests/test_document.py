"""Reading documents: masking keeps offsets, front matter and metadata give the publication date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from datecheck.document import DocumentError, decode, load_file, load_text
from datecheck.extract import extract

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def mentions_of(document):
    anchor = document.published.date if document.published else None
    return [(document.text[m.start:m.end], m.value) for m in extract(document.prose, anchor)]


def test_prose_has_the_same_length_and_line_breaks() -> None:
    for path in sorted((FIXTURES / "documents").iterdir()) + [FIXTURES / "articles" / "harbor-bridge.md"]:
        document = load_file(path)
        assert len(document.prose) == len(document.text)
        assert [i for i, c in enumerate(document.text) if c == "\n"] == [
            i for i, c in enumerate(document.prose) if c == "\n" and document.text[i] == "\n"
        ]


class TestMarkdown:
    def test_front_matter_date_and_masking(self) -> None:
        document = load_file(FIXTURES / "articles" / "harbor-bridge.md")
        assert document.published is not None
        assert (document.published.date, document.published.source) == (date(2025, 3, 14), "front-matter:date")
        found = mentions_of(document)
        texts = [text for text, _ in found]
        assert ("Thursday", "2025-03-13") in found and ("March 13", "2025-03-13") in found
        # front matter, URLs, inline code and fenced code are not prose
        assert "2025-03-14" not in texts and "2023-02-06" not in texts and "2025-03-10" not in texts
        assert not any("2023-02-01" in text for text in texts)

    def test_toml_front_matter(self) -> None:
        document = load_file(FIXTURES / "documents" / "toml-front-matter.md")
        assert document.published is not None and document.published.source == "front-matter:publishDate"
        assert ("Tuesday", "2025-04-01") in mentions_of(document)

    def test_indented_code_and_html_comments(self) -> None:
        text = "Intro on May 5, 2024.\n\n    code 2020-01-01\n\n<!-- note: 2019-05-05 -->\nEnd.\n"
        document = load_text(text, "x.md")
        assert [t for t, _ in mentions_of(document)] == ["May 5, 2024"]

    def test_broken_front_matter_is_a_warning(self) -> None:
        document = load_text("---\ndate: [unclosed\n---\nText.\n", "x.md")
        assert document.published is None
        assert any("front matter could not be parsed" in w for w in document.warnings)


class TestHTML:
    def test_meta_date_visible_text_and_entities(self) -> None:
        document = load_file(FIXTURES / "documents" / "council-vote.html")
        assert document.published is not None
        assert (document.published.date, document.published.source) == (date(2025, 6, 12), "html:article:published_time")
        found = mentions_of(document)
        assert ("Wednesday", "2025-06-11") in found
        assert ("June&nbsp;11", "2025-06-11") in found  # offsets still point into the original file
        texts = [t for t, _ in found]
        assert not any(t.startswith(("2019", "2020")) for t in texts)  # style and script are not prose

    def test_json_ld_when_no_open_graph(self) -> None:
        html = '<script type="application/ld+json">{"datePublished": "2025-01-09T10:00:00Z"}</script><p>Hi.</p>'
        document = load_text(html, "a.html")
        assert document.published is not None and document.published.source == "html:json-ld:datePublished"


class TestPublicationDate:
    def test_dateline(self) -> None:
        document = load_file(FIXTURES / "documents" / "dateline.txt")
        assert document.published is not None
        assert (document.published.date, document.published.source) == (date(2025, 6, 3), "dateline")
        assert ("yesterday", "2025-06-02") in mentions_of(document)

    def test_file_name(self) -> None:
        document = load_file(FIXTURES / "documents" / "2025-05-20-dated-by-name.txt")
        assert document.published is not None and document.published.source == "file-name"
        assert ("Friday", "2025-05-23") in mentions_of(document)

    def test_flag_wins(self) -> None:
        document = load_file(FIXTURES / "articles" / "harbor-bridge.md", published=date(2025, 1, 1))
        assert document.published is not None and document.published.source == "flag"

    def test_none_found(self) -> None:
        document = load_text("Nothing dated here.", "plain.txt")
        assert document.published is None

    def test_capture_header_is_not_a_dateline(self) -> None:
        document = load_text("Today : March 4, 2025\nBusiness\n3 March 2025\n\nBody.\n", "page.txt")
        assert document.published is not None and document.published.date == date(2025, 3, 3)


class TestBadInput:
    def test_binary(self) -> None:
        with pytest.raises(DocumentError, match="binary file"):
            decode(b"\x89PNG\x00\x00\x01", "image.png")

    def test_invalid_utf8_is_replaced_with_a_warning(self) -> None:
        text, warnings = decode("Caf\xe9 opened Dec. 7, 2023.".encode("latin-1"), "cafe.txt")
        assert "\ufffd" in text and warnings and "cafe.txt" in warnings[0]

    def test_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(DocumentError, match="no such file"):
            load_file(tmp_path / "missing.md")

    def test_too_large(self, tmp_path: Path) -> None:
        path = tmp_path / "big.txt"
        path.write_bytes(b"a" * 2048)
        with pytest.raises(DocumentError, match="larger than"):
            load_file(path, max_bytes=1024)

    def test_empty(self, tmp_path: Path) -> None:
        path = tmp_path / "empty.md"
        path.write_text("")
        document = load_file(path)
        assert document.text == "" and extract(document.prose, None) == []


def test_the_quick_control_test_agrees_with_the_pattern() -> None:
    """An ASCII text is searched for each control character on its own: the same answer."""
    from datecheck.document.masking import _ANY_CONTROL, _has_control

    for code in range(0x200):
        for text in (chr(code), f"Pier 4 reopens June 2{chr(code)}", f"Quai \u00e9t\u00e9 {chr(code)} 3 mai"):
            assert _has_control(text) == (_ANY_CONTROL.search(text) is not None), hex(code)
