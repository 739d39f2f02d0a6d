"""A line that stamps the story itself ("Updated ...", "Posted ...", "Aktualisiert ...", "Actualizado
...") is metadata about the story: it never opens a dated section that later dates are read from, so
an update dated before publication is a publication-date conflict (DC205), not a cause of
future-as-past findings. A date set on a line of its own inside a running sentence (blank lines
around it) is no date line either."""

from __future__ import annotations

from datetime import date

import pytest

import datecheck
from datecheck.model import Flag


def _story(pub: str, stamp: str, body: str) -> str:
    return f"---\ntitle: \"Harbor notes\"\ndate: {pub}\n---\n\n# Harbor notes\n\n{stamp}\n\n{body}\n"


STAMPS = [
    ("en", "2025-06-12", "Updated June 9, 2025", "Crews reopened the Halvor Street bridge on June 11, the city said."),
    ("en", "2025-06-12", "Last updated: June 2, 2025 at 4:10 p.m.",
     "The ferry resumed service on June 10 after a week of dock repairs."),
    ("en", "2024-03-20", "Posted March 14, 2024", "The library board approved the budget on March 18, members said."),
    ("en", "2024-03-20", "Published: March 11, 2024", "Voters rejected the levy on March 19 by 212 votes."),
    ("es", "2025-06-12", "Actualizado el 9 de junio de 2025",
     "Los operarios reabrieron el puente de la calle Halvor el 11 de junio, según el ayuntamiento."),
    ("es", "2024-03-20", "Publicado el 14 de marzo de 2024", "El pleno aprobó el presupuesto el 18 de marzo."),
    ("de", "2025-06-12", "Aktualisiert am 9. Juni 2025",
     "Die Arbeiter haben die Brücke in der Halvorstraße am 11. Juni wieder geöffnet, teilte die Stadt mit."),
    ("de", "2024-03-20", "Veröffentlicht am 14. März 2024", "Der Rat hat den Haushalt am 18. März beschlossen."),
]


@pytest.mark.parametrize(("lang", "pub", "stamp", "body"), STAMPS, ids=[s[2] for s in STAMPS])
def test_a_stamp_before_publication_is_a_conflict_not_a_section(lang: str, pub: str, stamp: str, body: str) -> None:
    findings = datecheck.check(_story(pub, stamp, body), None, "notes.md", language=lang)
    codes = [f.code for f in findings]
    assert "DC202" not in codes, [f.message for f in findings]
    assert "DC205" in codes, [f.message for f in findings]


@pytest.mark.parametrize(("lang", "pub", "stamp", "body"), STAMPS, ids=[s[2] for s in STAMPS])
def test_later_dates_are_read_from_the_publication_date(lang: str, pub: str, stamp: str, body: str) -> None:
    published = date.fromisoformat(pub)
    mentions = datecheck.extract(f"{stamp}\n\n{body}\n", published, lang=lang)
    stamped = [m for m in mentions if Flag.DATE_LINE in m.flags]
    assert stamped and all(Flag.STAMP_LINE in m.flags for m in stamped)
    later = [m for m in mentions if m.start > stamped[-1].end and m.kind == "calendar"]
    assert later and all(m.anchor_source == "publication" for m in later)


def test_an_unlabelled_date_line_still_opens_a_section() -> None:
    mentions = datecheck.extract("Nov. 28\n\nThe harbor board will meet on Dec. 1.\n", date(2025, 4, 9))
    assert Flag.STAMP_LINE not in mentions[0].flags and mentions[1].anchor_source == "dateline"


WRAPPED = [
    ("The oldest postcard in the box is dated\n\nJune 4, 1908\n\nand shows the mill before the fire. "
     "The exhibit opens Friday, Oct. 3.", "2025-09-24"),
    ("Her first diary entry, written on\n\nJan. 2, 1899,\n\ndescribes a frozen canal. "
     "Readings are set for Saturday, Feb. 7.", "2026-01-20"),
    ("The ledger was signed\n\nApril 30, 1871\n\nby the founders of the mill. "
     "The society meets Monday, May 11.", "2026-05-01"),
]


@pytest.mark.parametrize(("text", "pub"), WRAPPED, ids=[w[0][:30] for w in WRAPPED])
def test_a_date_on_its_own_line_inside_a_sentence_dates_no_section(text: str, pub: str) -> None:
    published = date.fromisoformat(pub)
    mentions = datecheck.extract(text, published)
    assert not any(Flag.DATE_LINE in m.flags for m in mentions)
    assert datecheck.check(text, published) == []
