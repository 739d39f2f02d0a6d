"""datecheck.positions: code-point offsets <-> LSP positions in UTF-16, UTF-8 and UTF-32.

Checked against a slow reference that walks the text one character at a time, on any text,
including surrogate pairs, "\\r\\n", a lone "\\r", U+2028/U+2029, form feeds and vertical tabs
(which end no line in the protocol).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from datecheck.positions import ENCODINGS, PositionIndex, apply_edit, encoding_name

#: Characters that make the conversions interesting, mixed into arbitrary text.
_TRICKY = st.sampled_from(
    ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x0c", "\x0b", "\x85", "é", "€", "😀", "𝔸", "\ud800", "a", " "]
)
TEXTS = st.lists(st.one_of(_TRICKY, st.text(max_size=5)), max_size=30).map("".join)


def _units(char: str, encoding: str) -> int:
    if encoding == "utf-32":
        return 1
    if encoding == "utf-16":
        return 2 if ord(char) > 0xFFFF else 1
    return len(char.encode("utf-8", "surrogatepass"))


def reference_position(text: str, offset: int, encoding: str) -> tuple[int, int]:
    line = character = 0
    i = 0
    while i < offset:
        char = text[i]
        if char == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            if i + 1 == offset:  # between \r and \n: the end of the line
                return line, character
            line, character, i = line + 1, 0, i + 2
        elif char in "\r\n":
            line, character, i = line + 1, 0, i + 1
        else:
            character += _units(char, encoding)
            i += 1
    return line, character


def _inside_crlf(text: str, offset: int) -> bool:
    return 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n"


@settings(max_examples=150)
@given(TEXTS, st.sampled_from(ENCODINGS))
def test_positions_match_a_character_by_character_walk(text: str, encoding: str) -> None:
    index = PositionIndex(text, encoding)
    for offset in range(len(text) + 1):
        assert index.position(offset) == reference_position(text, offset, encoding), (text, offset)


@settings(max_examples=150)
@given(TEXTS, st.sampled_from(ENCODINGS))
def test_round_trip(text: str, encoding: str) -> None:
    index = PositionIndex(text, encoding)
    for offset in range(len(text) + 1):
        expected = offset - 1 if _inside_crlf(text, offset) else offset
        assert index.offset(*index.position(offset)) == expected, (text, offset)


@settings(max_examples=100)
@given(TEXTS, st.sampled_from(ENCODINGS), st.data())
def test_apply_edit_is_a_splice(text: str, encoding: str, data: st.DataObject) -> None:
    first = data.draw(st.integers(0, len(text)))
    last = data.draw(st.integers(first, len(text)))
    if _inside_crlf(text, first) or _inside_crlf(text, last):
        return
    new = data.draw(TEXTS)
    index = PositionIndex(text, encoding)
    assert apply_edit(text, index.position(first), index.position(last), new, encoding) == text[:first] + new + text[last:]


@pytest.mark.parametrize(
    ("text", "offset", "utf16", "utf8", "utf32"),
    [
        ("ab😀cd", 3, (0, 4), (0, 6), (0, 3)),  # after an emoji: two UTF-16 units, four bytes
        ("é😀\nx", 4, (1, 1), (1, 1), (1, 1)),
        ("a\u2028b\u2029c", 4, (0, 4), (0, 8), (0, 4)),  # U+2028/2029 end no line
        ("a\x0cb\x0bc", 4, (0, 4), (0, 4), (0, 4)),  # nor do form feeds and vertical tabs
        ("a\r\nb\rc\nd", 7, (3, 0), (3, 0), (3, 0)),  # \r\n, lone \r and \n each end one line
    ],
)
def test_examples(text: str, offset: int, utf16: tuple[int, int], utf8: tuple[int, int], utf32: tuple[int, int]) -> None:
    for encoding, expected in (("utf-16", utf16), ("utf-8", utf8), ("utf-32", utf32)):
        assert PositionIndex(text, encoding).position(offset) == expected


def test_out_of_range_positions_are_clamped() -> None:
    index = PositionIndex("ab\ncd")
    assert index.offset(0, 99) == 2  # past the end of its line: the end of the line
    assert index.offset(9, 0) == 5  # past the last line: the end of the text
    assert index.offset(-1, 0) == 0
    assert index.offset(0, 1) == 1
    assert PositionIndex("😀x").offset(0, 1) == 0  # inside a surrogate pair: the start of the character


def test_encoding_names() -> None:
    assert encoding_name("UTF-8") == "utf-8" and encoding_name("utf8") == "utf-8"
    assert encoding_name(None) == "utf-16" and encoding_name("latin-1") == "utf-16"
    assert encoding_name("utf-32") == "utf-32"
