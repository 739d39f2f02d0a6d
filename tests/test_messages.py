"""The message catalogs: every message id translated into Spanish and German with the same fields,
the compiled catalogs current, English untouched and free, and the messages setting."""

from __future__ import annotations

import importlib.util
import string
import subprocess
import sys
from pathlib import Path

import pytest

import datecheck
from datecheck.messages import long_day, messages_language, say, short_day
from datetime import date

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("compile_messages", ROOT / "tools" / "compile_messages.py")
assert _SPEC is not None and _SPEC.loader is not None
catalogs = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(catalogs)

IDS = catalogs.message_ids()
SPANISH = ("---\ndate: 2026-01-08\nlang: es\n---\n\nEl pleno votó el martes, 7 de enero, la compra del solar.\n")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_the_code_has_message_ids() -> None:
    assert len(IDS) > 40
    assert "'{weekday}' does not match {date}: {day}{inferred}" in IDS


@pytest.mark.parametrize("code", catalogs.LANGUAGES)
def test_every_message_id_is_translated_with_the_same_fields(code: str) -> None:
    entries = catalogs.read_po(catalogs.po_path(code))
    for msgid in IDS:
        assert entries.get(msgid), f"{code}: no translation of {msgid!r}"
        assert fields(entries[msgid]) == fields(msgid), f"{code}: the fields differ in {msgid!r}"
    stale = set(entries) - set(IDS) - {""}
    assert not stale, f"{code}: translations of messages the code no longer has: {sorted(stale)}"


@pytest.mark.parametrize("code", catalogs.LANGUAGES)
def test_compiled_catalogs_are_current(code: str) -> None:
    po = catalogs.po_path(code)
    assert po.with_suffix(".mo").read_bytes() == catalogs.compile_mo(catalogs.read_po(po)), (
        "run python tools/compile_messages.py")


def test_english_is_the_template_itself() -> None:
    assert say("en", "'{weekday}' does not match {date}", weekday="Tuesday", date="Jan. 7") == \
        "'Tuesday' does not match Jan. 7"
    assert say("es", "Change the year to {year}", year=2026) == "Cambiar el año a 2026"
    assert say("de", "Change the year to {year}", year=2026) == "Jahr auf 2026 ändern"
    assert say("de", "a message no catalog has") == "a message no catalog has"


def test_dates_in_messages_follow_the_language() -> None:
    day = date(2026, 1, 7)
    assert (short_day(day), long_day(day)) == ("Jan. 7, 2026", "Wednesday, Jan. 7, 2026")
    assert (short_day(day, "es"), long_day(day, "es")) == ("7 de enero de 2026", "miércoles, 7 de enero de 2026")
    assert (short_day(day, "de"), long_day(day, "de")) == ("7. Januar 2026", "Mittwoch, 7. Januar 2026")


def test_the_messages_follow_the_story_unless_told() -> None:
    assert messages_language(None, "es") == "es" and messages_language("auto", "de") == "de"
    assert messages_language("en", "es") == "en"
    (spanish,) = datecheck.check(SPANISH, path="pleno.md", language="auto")
    assert spanish.message.startswith("'martes' no coincide con 7 de enero: miércoles, 7 de enero de 2026")
    assert [s.title for s in spanish.suggestions] == ["Cambiar el día de la semana a miércoles",
                                                       "Cambiar la fecha al martes más cercano"]
    assert [s.replacement for s in spanish.suggestions] == ["miércoles", "6 de enero"]
    (english,) = datecheck.check(SPANISH, path="pleno.md", language="auto", messages="en")
    assert english.message.startswith("'martes' does not match 7 de enero: Wednesday, Jan. 7, 2026")
    assert [s.replacement for s in english.suggestions] == ["miércoles", "6 de enero"]  # the story's own words


def test_an_english_check_reads_no_catalog() -> None:
    code = ("import sys, datecheck\n"
            "datecheck.check('The board met on Tuesday, Jan. 7, 2026.', '2026-01-08')\n"
            "print('gettext' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert result.stdout.strip() == "False"


def test_messages_flag_and_setting(tmp_path: Path) -> None:
    story = tmp_path / "pleno.md"
    story.write_text(SPANISH, encoding="utf-8")
    run = [sys.executable, "-m", "datecheck", "check", "--format", "concise", str(story)]
    env = {"PYTHONPATH": str(ROOT), "PATH": ""}
    own = subprocess.run(run, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert "no coincide" in own.stdout
    told = subprocess.run(run + ["--messages", "en"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert "does not match" in told.stdout and "no coincide" not in told.stdout
    (tmp_path / "datecheck.toml").write_text('messages = "de"\n', encoding="utf-8")
    configured = subprocess.run(run, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert "passt nicht zu" in configured.stdout
    (tmp_path / "datecheck.toml").write_text('messages = "fr"\n', encoding="utf-8")
    bad = subprocess.run(run, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert bad.returncode == 2 and "messages must be one of" in bad.stderr
