"""Every rule against its Spanish and German fixtures (fixtures/lang/<code>/): failing cases,
passing cases and near misses, each read in its language, with the message in that language."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import datecheck
from datecheck.rules import RULES

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lang"
LANGUAGES = ("es", "de")


def load_cases() -> list[tuple[str, str, dict]]:
    cases = []
    for code in LANGUAGES:
        for path in sorted((FIXTURES / code).glob("*.toml")):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            for number, case in enumerate(data["case"], 1):
                cases.append((code, data["rule"], {**case, "id": f"{code}-{path.stem}-{number}-{case['kind']}"}))
    return cases


CASES = load_cases()


@pytest.mark.parametrize(("code", "rule", "case"), CASES, ids=[case["id"] for _, _, case in CASES])
def test_rule_case(code: str, rule: str, case: dict) -> None:
    findings = datecheck.check(case["text"], case.get("published"), case.get("path"),
                               select=case.get("select", [rule]), language=code)
    mine = [f for f in findings if f.code == rule]
    if case["kind"] == "fail":
        assert len(mine) == 1, [f.message for f in mine]
        finding = mine[0]
        assert finding.text == case["flag"], finding.message
        replacements = [s.replacement for s in finding.suggestions]
        for wanted in case.get("suggest", []):
            assert wanted in replacements, (replacements, finding.message)
        assert case["says"] in finding.message, finding.message
    else:
        assert mine == [], [f.message for f in mine]


def test_every_rule_that_reads_the_language_has_cases_in_each() -> None:
    kinds: dict[tuple[str, str], set[str]] = {}
    for code, rule, case in CASES:
        kinds.setdefault((code, rule), set()).add(case["kind"])
    for code in LANGUAGES:
        for rule in RULES:
            if rule.languages is None:
                assert kinds.get((code, rule.code)) == {"fail", "pass", "near-miss"}, (code, rule.code)
            else:
                assert (code, rule.code) not in kinds, (code, rule.code)


@pytest.mark.parametrize("rule", [r for r in RULES if r.languages is not None], ids=lambda r: r.code)
def test_house_style_rules_stay_quiet_on_other_languages(rule) -> None:
    text = "El concejo votó el martes, 7 de enero de 2025, y publicó el acta el 03/04/2025. Ayer se reunió."
    assert datecheck.check(text, "2025-01-08", select=[rule.code], language="es") == []
    assert "English only" in rule.documentation()


EXAMPLES = {
    "borrador-pleno.md": {
        "DC101": "'martes' no coincide con 7 de enero: miércoles, 7 de enero de 2026",
        "DC102": "'31 de febrero' no es una fecha: febrero tiene 28 días",
        "DC201": "'2 de enero de 2025' es más de un año anterior a esta noticia (8 de enero de 2026)",
        "DC204": "'ayer' significa 7 de enero de 2026",
    },
    "entwurf-gemeinderat.md": {
        "DC101": "'Dienstag' passt nicht zu 7. Januar: Mittwoch, 7. Januar 2026",
        "DC102": "'31. Februar' ist kein Datum: der Februar hat 28 Tage",
        "DC201": "'2. Januar 2025' liegt mehr als ein Jahr vor diesem Artikel (8. Januar 2026)",
        "DC204": "'gestern' bedeutet 7. Januar 2026",
    },
}


def test_the_spanish_and_german_drafts_are_caught_in_their_language() -> None:
    import json

    from cli_run import ROOT, run_datecheck

    result = run_datecheck("check", "--format", "json", "examples/borrador-pleno.md", "examples/entwurf-gemeinderat.md")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    for entry in report["files"]:
        wanted = EXAMPLES[Path(entry["path"]).name]
        found = {finding["code"]: finding["message"] for finding in entry["findings"]}
        assert set(found) == set(wanted), found
        for code, message in wanted.items():
            assert found[code].startswith(message), found[code]
    text = run_datecheck("check", "examples/borrador-pleno.md", cwd=ROOT).stdout
    assert "quizás quiso decir: '6 de enero'  (Cambiar la fecha al martes más cercano)" in text  # the report's own words too


TENSES = [
    ("es", "las dos empresas firmaron el acuerdo el 19 de mayo.", "19 de mayo", "past"),
    ("es", "las dos empresas han firmado el acuerdo el 19 de mayo.", "19 de mayo", "past"),
    ("es", "las dos empresas firmarán el acuerdo el 19 de mayo.", "19 de mayo", "future"),
    ("es", "el museo va a reabrir el 3 de agosto.", "3 de agosto", "future"),
    ("es", "el ayuntamiento tendrá listo el parque el 3 de agosto.", "3 de agosto", "future"),
    ("de", "die beiden firmen unterzeichneten den vertrag am 19. mai.", "19. mai", "past"),
    ("de", "die beiden firmen haben den vertrag am 19. mai unterzeichnet.", "19. mai", "past"),
    ("de", "der stadtrat hat am 19. mai beschlossen, die halle zu sanieren.", "19. mai", "past"),
    ("de", "das museum wird am 3. august wieder öffnen.", "3. august", "future"),
]


@pytest.mark.parametrize(("code", "sentence", "written", "tense"), TENSES, ids=[t[1][:40] for t in TENSES])
def test_the_tense_of_a_date_in_spanish_and_german(code: str, sentence: str, written: str, tense: str) -> None:
    from datecheck.tense import clause_tense

    start = sentence.index(written)
    assert clause_tense(sentence, start, start + len(written), code=code).value == tense


def test_a_german_day_of_the_month_and_its_dot_end_no_sentence() -> None:
    from datecheck.text import segments_of

    low = "der rat tagte am 19. mai im rathaus. die zahl stieg auf 19. die stadt wächst."
    assert [low[s:e] for s, e in segments_of(low, "de").sentences] == [
        "der rat tagte am 19. mai im rathaus.", "die zahl stieg auf 19.", "die stadt wächst."]
