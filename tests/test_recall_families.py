"""Families of date slips found by reading a clause's own words: each table holds slips of one
family in varied forms (which must be flagged, by the family's rule) and near misses written to
tempt it (which must stay silent)."""

from __future__ import annotations

from datetime import date

import pytest

from datecheck import check


def _codes(text: str, published: str, code: str, language: str = "en") -> list[str]:
    return [f.text for f in check(text, date.fromisoformat(published), select=[code], language=language)]


def _ids(table: list[tuple[str, ...]]) -> list[str]:
    return [row[1][:48] for row in table]


# --- DC201: last year's number on a deadline or a schedule that is still ahead --------------------
# (published, text, the date flagged, language)
DEADLINE_SLIPS = [
    ("2026-01-12", "Applications for the Harlow grants close March 3, 2025, the housing office said.",
     "March 3, 2025", "en"),
    ("2026-01-14", "The deadline is Feb. 20, 2025, for every entry in the quilt show.", "Feb. 20, 2025", "en"),
    ("2026-01-20", "Essays are due by Feb. 27, 2025, the scholarship board said Tuesday.", "Feb. 27, 2025", "en"),
    ("2026-01-08", "Registration opens Jan. 30, 2025, and costs $40 for adults.", "Jan. 30, 2025", "en"),
    ("2026-02-02", "The zoning hearing is scheduled for March 10, 2025, in Room 4 of City Hall.",
     "March 10, 2025", "en"),
    ("2025-12-29", "Nominations close Jan. 16, 2025, and the winners are named in April.", "Jan. 16, 2025", "en"),
    ("2026-01-09", "Voting ends Feb. 6, 2025, the election office said.", "Feb. 6, 2025", "en"),
    ("2026-01-12", "El plazo vence el 3 de marzo de 2025, informó la alcaldía de Tordesillas.",
     "3 de marzo de 2025", "es"),
    ("2026-01-15", "Las inscripciones cierran el 20 de febrero de 2025.", "20 de febrero de 2025", "es"),
    ("2026-01-12", "Die Frist endet am 3. März 2025, teilte die Gemeinde Altdorf mit.", "3. März 2025", "de"),
    ("2026-01-12", "Anmeldeschluss ist der 20. Februar 2025.", "20. Februar 2025", "de"),
]

DEADLINE_MEANT = [
    ("2026-01-12", "The deadline was Feb. 20, 2025, and 300 families applied.", "en"),
    ("2026-01-12", "Applications closed March 3, 2025, the housing office said.", "en"),
    ("2026-01-12", "Applications close March 3, 2026, the housing office said.", "en"),
    ("2026-06-12", "Applications close March 3, 2025, in the program's first round, the office said.", "en"),
    ("2026-01-12", "Last year the deadline is Feb. 20, 2025, and this year it moved to March.", "en"),
    ("2026-01-20", "Essays were due by Feb. 27, 2025, in the contest's first year.", "en"),
    ("2026-01-08", "Registration opened Jan. 30, 2025, a year after the club was founded.", "en"),
    ("2026-01-09", "\"Voting ends Feb. 6, 2025,\" read the old banner still hanging in the hall.", "en"),
    ("2026-01-12", "El plazo venció el 3 de marzo de 2025.", "es"),
    ("2026-01-12", "Die Frist endete am 3. März 2025.", "de"),
]


@pytest.mark.parametrize(("published", "text", "flag", "language"), DEADLINE_SLIPS, ids=_ids(DEADLINE_SLIPS))
def test_last_years_number_on_a_deadline_still_ahead(published: str, text: str, flag: str, language: str) -> None:
    assert _codes(text, published, "DC201", language) == [flag]


@pytest.mark.parametrize(("published", "text", "language"), DEADLINE_MEANT, ids=_ids(DEADLINE_MEANT))
def test_a_deadline_told_as_past_or_in_its_own_year_is_left_alone(published: str, text: str, language: str) -> None:
    assert _codes(text, published, "DC201", language) == []
