"""Sentences, clauses and paragraphs (datecheck.text): table-driven, sentences written for the tests."""

from __future__ import annotations

import pytest

from datecheck.text import Segments, segments_of


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in Segments(text).sentences]


def clauses(text: str) -> list[tuple[str, str]]:
    return [(clause.kind, text[clause.start:clause.end]) for clause in Segments(text).clauses]


SENTENCES = [
    # abbreviations inside a sentence do not end it
    ("Gov. Ana Ruiz signed it. The bill takes effect Aug. 5 in most counties.",
     ["Gov. Ana Ruiz signed it.", "The bill takes effect Aug. 5 in most counties."]),
    ("The fair opens Jan. 9 and closes Feb. 2. Tickets are on sale.",
     ["The fair opens Jan. 9 and closes Feb. 2.", "Tickets are on sale."]),
    ("Mr. Okafor and Dr. Lin met St. Paul officials. Nothing was agreed.",
     ["Mr. Okafor and Dr. Lin met St. Paul officials.", "Nothing was agreed."]),
    ("The U.S. economy grew. Exports fell.", ["The U.S. economy grew.", "Exports fell."]),
    # an abbreviation at the end of a sentence, before a word that starts one
    ("The firm moved to the U.S. The move cost jobs.", ["The firm moved to the U.S.", "The move cost jobs."]),
    ("The talks ended at 6 p.m. They resume Friday.", ["The talks ended at 6 p.m.", "They resume Friday."]),
    # initials
    ("The author, T. R. Vance, spoke first. Questions followed.",
     ["The author, T. R. Vance, spoke first.", "Questions followed."]),
    # numbers
    ("Output rose 3.5 percent in 2023. Prices held.", ["Output rose 3.5 percent in 2023.", "Prices held."]),
    ("Track No. 4 was closed. Trains ran late.", ["Track No. 4 was closed.", "Trains ran late."]),
    # quotations
    ('"We are ready," she said. "Are you?" he asked. Nobody answered.',
     ['"We are ready," she said.', '"Are you?" he asked.', "Nobody answered."]),
    ("He shouted, \u201cStop!\u201d The crowd froze.", ["He shouted, \u201cStop!\u201d", "The crowd froze."]),
    # a line that stands alone: a heading, a date line
    ("Storm closes the harbor\nThe harbor closed on Tuesday after the storm hit the coast overnight.",
     ["Storm closes the harbor", "The harbor closed on Tuesday after the storm hit the coast overnight."]),
    ("March 3, 2025\nCrews cleared the last of the debris from the harbor road on Monday.",
     ["March 3, 2025", "Crews cleared the last of the debris from the harbor road on Monday."]),
    # a line break inside running text ends nothing
    ("The council voted on\nTuesday to keep the pool open all summer.",
     ["The council voted on\nTuesday to keep the pool open all summer."]),
    ("The ferry will run until\n    Friday. Then it stops.", ["The ferry will run until", "Friday.", "Then it stops."]),
    # blank lines
    ("First paragraph ends here\n\nSecond one starts", ["First paragraph ends here", "Second one starts"]),
    ("", []),
]


@pytest.mark.parametrize("text,expected", SENTENCES, ids=[t[:40] for t, _ in SENTENCES])
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


CLAUSES = [
    ("Officials said that the bridge reopens Monday.",
     [("start", "Officials said"), ("relative", "that the bridge reopens Monday.")]),
    ("The plant, which closed in May, will reopen in June.",
     [("start", "The plant,"), ("relative", "which closed in May,"), ("comma", "will reopen in June.")]),
    ("On Tuesday, Jan. 7, the board voted.", [("start", "On Tuesday, Jan. 7,"), ("comma", "the board voted.")]),
    ("Sales rose; costs fell.", [("start", "Sales rose;"), ("semicolon", "costs fell.")]),
    ("The mayor \u2014 back from a trip \u2014 spoke.",
     [("start", "The mayor \u2014"), ("dash", "back from a trip \u2014"), ("dash", "spoke.")]),
    ("The team lost but the coach stayed.", [("start", "The team lost"), ("conjunction", "but the coach stayed.")]),
    # "that" before a noun opens nothing
    ("They raised that figure to 1,200 in 2024.", [("start", "They raised that figure to 1,200 in 2024.")]),
    # a line break inside a clause ends nothing
    ("The vote was held on\nTuesday in the old hall.", [("start", "The vote was held on\nTuesday in the old hall.")]),
]


@pytest.mark.parametrize("text,expected", CLAUSES, ids=[t[:40] for t, _ in CLAUSES])
def test_clauses(text: str, expected: list[tuple[str, str]]) -> None:
    assert clauses(text) == expected


def test_lookups_by_offset() -> None:
    text = "Gov. Ruiz spoke. The bridge, which opened in May, closes Friday.\n\nA new paragraph."
    segments = Segments(text)
    friday = text.index("Friday")
    assert text[slice(*segments.sentence_at(friday))] == "The bridge, which opened in May, closes Friday."
    assert text[slice(*segments.clause_at(friday))] == "closes Friday."
    assert text[slice(*segments.sentence_at(text.index("Ruiz")))] == "Gov. Ruiz spoke."
    assert text[slice(*segments.paragraph_at(friday))].startswith("Gov. Ruiz")
    assert text[slice(*segments.paragraph_at(text.index("new")))] == "A new paragraph."


def test_governing_clauses() -> None:
    text = "On Monday, the board, which meets monthly, voted; officials said that it ends soon."
    sentence = Segments(text).clauses_at(0)

    def governing(word: str) -> list[str]:
        i = sentence.index(text.index(word))
        return [text[sentence.clauses[j].start:sentence.clauses[j].end] for j in sentence.governing(i, i)]

    assert governing("Monday") == ["the board,", "voted;"]
    assert governing("that") == ["officials said"]
    assert governing("officials") == []  # after a semicolon


def test_quotes() -> None:
    text = 'She said "the vote is Friday" and left. \u201cIt was Monday,\u201d he said.'
    segments = Segments(text)
    assert segments.quote_open_at(text.index("Friday"))
    assert not segments.quote_open_at(text.index("left"))
    assert segments.quote_open_at(text.index("Monday"))
    assert not segments.quote_open_at(text.index("he said"))


def test_same_segments_in_lower_case() -> None:
    text = "Gov. Ruiz met the U.S. envoy at 5 p.m. Monday. They agreed; talks resume in June."
    assert Segments(text).sentences == Segments(text.lower()).sentences
    assert Segments(text).clauses == Segments(text.lower()).clauses


def test_segments_of_is_kept() -> None:
    text = "One sentence. Another one."
    assert segments_of(text) is segments_of(text)


def test_linear_on_long_text() -> None:
    paragraph = "The board met on Tuesday, Jan. 7, and voted 5-2 to keep the U.S. branch open. " * 20
    text = "\n\n".join([paragraph] * 200)  # about 300 KB
    segments = Segments(text)
    assert len(segments.sentences) == 4000
    assert segments.sentence_at(len(text) - 5)[1] == len(text.rstrip())
