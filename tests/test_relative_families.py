"""Families of phrasing the relative-day, tense, age, anniversary, elapsed-time and publication-date
checks must read right: each row a sentence written for this test, the publication date, the rule,
and the text it must flag (None: the rule must stay quiet)."""

from __future__ import annotations

import pytest

import datecheck

CASES: list[tuple[str, str, str, str | None]] = [
    # --- ages: the apposition, the adjective age and its noun, "He was N.", "turned N" ----------------
    ("2025-06-10", "Marguerite Oduya, 41, was born in 1977 in Dunmore.", "DC303", "41"),
    ("2025-06-10", "Marguerite Oduya, 47, was born in 1977 in Dunmore.", "DC303", None),
    ("2023-04-02", "The 58-year-old welder, born in 1971, fixed the gate.", "DC303", "58-year-old"),
    ("2023-04-02", "The 51-year-old welder, born in 1971, fixed the gate.", "DC303", None),
    ("2023-04-02", "The 58-year-old welder's daughter, born in 1971, fixed the gate.", "DC303", None),
    ("2024-11-20", "The thirty-year-old pianist, who was born in 1988, played Liszt.", "DC303", "thirty-year-old"),
    ("2024-11-20", "The thirty-six-year-old pianist, who was born in 1988, played Liszt.", "DC303", None),
    ("2024-11-20", "Born in 1961, the 70-year-old farmer still milks by hand.", "DC303", "70-year-old"),
    ("2024-11-20", "Born in 1961, the 63-year-old farmer still milks by hand.", "DC303", None),
    ("2025-03-14", "Tomasz Wierzba, who turned 52 last month, was born in 1970.", "DC303", "52"),
    ("2025-03-14", "Tomasz Wierzba, who turned 55 last month, was born in 1970.", "DC303", None),
    ("2025-03-14", "Kiri Hale turns 40 on Friday. Hale was born in 1990 in Napier.", "DC303", "40"),
    # the same person in another sentence: a surname, a pronoun right after, "He was N." in an obituary
    ("2025-06-10", "Brannock, 29, runs the ferry. Brannock was born in 1991 on the island.", "DC303", "29"),
    ("2025-06-10", "Brannock, 34, runs the ferry. Brannock was born in 1991 on the island.", "DC303", None),
    ("2025-06-10", "Ilse Vander, 44, chairs the board. She was born in 1970 in Ghent.", "DC303", "44"),
    ("2025-06-10", "Ilse Vander, 44, chairs the board. Her son Piet was born in 1970.", "DC303", None),
    ("2025-06-10", "Ilse Vander, 44, chairs the board. Her son was born in 1970.", "DC303", None),
    ("2024-09-30", "Alder Mott died on Friday at home. He was 88.\n\nMr. Mott was born on May 3, 1940, in Leeds.",
     "DC303", "88"),
    ("2024-09-30", "Alder Mott died on Friday at home. He was 84.\n\nMr. Mott was born on May 3, 1940, in Leeds.",
     "DC303", None),
    ("2024-09-30", "Alder Mott died in 1999. He was 50.\n\nMr. Mott was born on May 3, 1940, in Leeds.",
     "DC303", None),
    ("2025-06-10", "Delphine Rask, 30, leads the team. Rask's birth in 1981 was a local story.", "DC303", "30"),
    ("2025-06-10", "Delphine Rask, 30, leads the team. Okoro was born in 1981.", "DC303", None),
]


@pytest.mark.parametrize(("published", "text", "code", "flag"), CASES, ids=[f"{c[2]}-{c[1][:50]}" for c in CASES])
def test_family(published: str, text: str, code: str, flag: str | None) -> None:
    found = [f.text for f in datecheck.check(text, published, select=[code]) if f.code == code]
    assert found == ([flag] if flag else []), found
