"""The text report's own words (the "did you mean" line, the notes, the summary line and what is added
to it) are said in the language of the findings' messages: the story's, or the one `--messages` names.
A run whose files are read in different languages sums up in English."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from datecheck.engine import CheckResult
from datecheck.report.check_text import summary_line
from datecheck.report.stream import Tally

ROOT = Path(__file__).resolve().parent.parent
ENV = {"PYTHONPATH": str(ROOT), "PATH": "", "NO_COLOR": "1"}
# 11 June 2025 is a Wednesday: "el martes 11 de junio" names the wrong weekday
SPANISH = "---\ndate: 2025-06-13\nlang: es\n---\n\nLa comisión aprobó el martes 11 de junio de 2025 el reparto de las ayudas.\n"
GERMAN = "---\ndate: 2025-06-13\nlang: de\n---\n\nDer Ausschuss beschloss am Dienstag, 11. Juni 2025, die Verteilung der Hilfen.\n"


def _check(tmp_path: Path, stories: dict[str, str], *flags: str) -> subprocess.CompletedProcess[str]:
    for name, text in stories.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    run = [sys.executable, "-m", "datecheck", "check", "--no-color", *flags, *sorted(stories)]
    return subprocess.run(run, capture_output=True, text=True, env=ENV, cwd=tmp_path)


@pytest.mark.parametrize(("story", "did_you_mean", "summary"), [
    (SPANISH, "= quizás quiso decir: 'miércoles'", "1 archivo revisado: 1 error"),
    (GERMAN, "= meinten Sie: 'Mittwoch'", "1 Datei geprüft: 1 Fehler"),
])
def test_the_report_speaks_the_story_language(tmp_path: Path, story: str, did_you_mean: str, summary: str) -> None:
    result = _check(tmp_path, {"nota.md": story})
    assert did_you_mean in result.stdout
    assert result.stdout.rstrip().endswith(summary)
    assert "did you mean" not in result.stdout and "checked" not in result.stdout


def test_messages_flag_switches_the_report_words(tmp_path: Path) -> None:
    told = _check(tmp_path, {"nota.md": SPANISH}, "--messages", "de")
    assert "= meinten Sie: " in told.stdout and told.stdout.rstrip().endswith("1 Datei geprüft: 1 Fehler")
    english = _check(tmp_path, {"nota.md": SPANISH}, "--messages", "en")
    assert "= did you mean: 'miércoles'" in english.stdout  # the replacement is written as the story is
    assert english.stdout.rstrip().endswith("1 file checked: 1 error")


def test_stories_in_two_languages_sum_up_in_english(tmp_path: Path) -> None:
    result = _check(tmp_path, {"a.md": SPANISH, "b.md": GERMAN})
    assert "= quizás quiso decir: " in result.stdout and "= meinten Sie: " in result.stdout
    assert result.stdout.rstrip().endswith("2 files checked: 2 errors")


def test_the_date_source_note_follows_the_language(tmp_path: Path) -> None:
    story = "La comisión aprobó el martes 11 de junio de 2025 el reparto de las ayudas.\n"
    result = _check(tmp_path, {"nota.txt": story}, "--language", "es", "--published", "today")
    assert "archivo revisado" in result.stdout and "; publicada el " in result.stdout


class _Result:  # what the tally reads of a result
    def __init__(self, messages: str, severities: tuple[str, ...] = ()) -> None:
        from datecheck.model import Severity

        self.messages = messages
        self.document = type("D", (), {"published": None})()
        self.findings = [type("F", (), {"severity": Severity(s), "code": "DC101", "name": "x"})() for s in severities]


@pytest.mark.parametrize(("code", "counts", "expected"), [
    ("es", ("error", "warning", "warning"), "3 archivos revisados: 1 error, 2 avisos; 3 sin fecha de publicación; 2 no se pudieron leer"),
    ("de", ("error", "error", "warning"), "3 Dateien geprüft: 2 Fehler, 1 Warnung; 3 ohne Veröffentlichungsdatum; 2 nicht lesbar"),
    ("es", (), "3 archivos revisados: sin hallazgos; 3 sin fecha de publicación; 2 no se pudieron leer"),
    ("de", (), "3 Dateien geprüft: keine Befunde; 3 ohne Veröffentlichungsdatum; 2 nicht lesbar"),
])
def test_summary_line_in_each_language(code: str, counts: tuple[str, ...], expected: str) -> None:
    tally = Tally()
    for i in range(3):
        tally.add(_Result(code, counts if i == 0 else ()))  # type: ignore[arg-type]
    assert summary_line(tally, 2) == expected


def test_a_result_says_its_messages_language() -> None:
    assert CheckResult.__dataclass_fields__["messages"].default == "en"


# 4 September 2025 is a Thursday: each story names it a Friday
JURY_ES = "---\ndate: 2025-09-06\nlang: es\n---\n\nEl jurado falló el viernes 4 de septiembre de 2025 el premio de poesía.\n"
JURY_DE = "---\ndate: 2025-09-06\nlang: de\n---\n\nDie Jury vergab am Freitag, 4. September 2025, den Lyrikpreis.\n"


@pytest.mark.parametrize("output_format", ["concise", "github"])
@pytest.mark.parametrize(("story", "hint"), [
    (JURY_ES, "(¿quiso decir 'jueves'?)"),
    (JURY_DE, "(meinten Sie 'Donnerstag'?)"),
])
def test_one_line_formats_give_the_hint_in_the_story_language(tmp_path: Path, output_format: str, story: str,
                                                                hint: str) -> None:
    result = _check(tmp_path, {"nota.md": story}, "--format", output_format)
    assert result.stdout.count("\n") == 1 and result.stdout.rstrip().endswith(hint)
    assert "did you mean" not in result.stdout


@pytest.mark.parametrize("output_format", ["concise", "github"])
def test_messages_flag_switches_the_one_line_hint(tmp_path: Path, output_format: str) -> None:
    german = _check(tmp_path, {"nota.md": JURY_ES}, "--format", output_format, "--messages", "de")
    assert german.stdout.rstrip().endswith("(meinten Sie 'jueves'?)")  # the replacement as the story writes it
    english = _check(tmp_path, {"nota.md": JURY_ES}, "--format", output_format, "--messages", "en")
    assert english.stdout.rstrip().endswith("(did you mean 'jueves'?)")
    spanish = _check(tmp_path, {"nota.md": JURY_DE}, "--format", output_format, "--messages", "es")
    assert spanish.stdout.rstrip().endswith("(¿quiso decir 'Donnerstag'?)")


# 31 June does not exist; that 30 June was meant is the rule's guess, so its fix is marked unsafe
@pytest.mark.parametrize(("story", "mark"), [
    ("---\ndate: 2025-07-02\n---\n\nThe ferry resumes on June 31, the harbor office said.\n",
     "= did you mean: 'June 30'"),
    ("---\ndate: 2025-07-02\nlang: es\n---\n\nEl ferri volverá a salir el 31 de junio, según el puerto.\n",
     "= quizás quiso decir: '30 de junio'"),
    ("---\ndate: 2025-07-02\nlang: de\n---\n\nDie Fähre fährt wieder ab dem 31. Juni, teilte der Hafen mit.\n",
     "= meinten Sie: '30. Juni'"),
])
def test_a_guessed_fix_is_marked_as_one(tmp_path: Path, story: str, mark: str) -> None:
    lines = [line for line in _check(tmp_path, {"nota.md": story}).stdout.splitlines() if mark in line]
    assert len(lines) == 1
    assert "--unsafe-fixes" in lines[0]
    assert ("a guess" in lines[0]) == ("date: 2025-07-02\n---" in story)


def test_a_sure_fix_carries_no_mark(tmp_path: Path) -> None:
    lines = [line for line in _check(tmp_path, {"nota.md": SPANISH}).stdout.splitlines() if "'miércoles'" in line]
    assert len(lines) == 1 and "--unsafe-fixes" not in lines[0]
