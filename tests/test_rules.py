"""Every rule against its fixture: failing cases, passing cases and near misses (fixtures/rules)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import datecheck
from datecheck.rules import RULES, find_rule, select_rules

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "rules"
SECTIONS = ("What it does:", "Why is this bad?", "Example:", "Use instead:")


def load_cases() -> list[tuple[str, dict]]:
    cases = []
    for path in sorted(FIXTURES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for number, case in enumerate(data["case"], 1):
            cases.append((data["rule"], {**case, "id": f"{path.stem}-{number}-{case['kind']}"}))
    return cases


CASES = load_cases()


@pytest.mark.parametrize(("code", "case"), CASES, ids=[case["id"] for _, case in CASES])
def test_rule_case(code: str, case: dict) -> None:
    findings = datecheck.check(case["text"], case.get("published"), case.get("path"), select=case.get("select", [code]))
    mine = [f for f in findings if f.code == code]
    if case["kind"] == "fail":
        assert len(mine) == 1, [f.message for f in mine]
        finding = mine[0]
        assert finding.text == case["flag"], finding.message
        assert finding.text == case["text"][finding.start:finding.end]
        assert finding.line >= 1 and finding.column >= 1
        replacements = [s.replacement for s in finding.suggestions]
        for wanted in case.get("suggest", []):
            assert wanted in replacements, (replacements, finding.message)
    else:
        assert mine == [], [f.message for f in mine]


def test_every_rule_has_a_failing_a_passing_and_a_near_miss_case() -> None:
    kinds: dict[str, set[str]] = {}
    for code, case in CASES:
        kinds.setdefault(code, set()).add(case["kind"])
    for rule in RULES:
        assert kinds.get(rule.code) == {"fail", "pass", "near-miss"}, rule.code


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_rule_documentation_has_every_section(rule) -> None:
    doc = rule.documentation()
    for section in SECTIONS:
        assert section in doc, (rule.code, section)
    assert rule.summary().endswith(".")
    assert find_rule(rule.code) is rule and find_rule(rule.name) is rule


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    assert all(code.startswith("DC") and len(code) == 5 for code in codes)
    assert codes == sorted(codes)


def test_selection() -> None:
    default = {rule.code for rule in select_rules()}
    assert "DC201" in default and "DC501" not in default
    assert {rule.code for rule in select_rules(["DC2"])} == {"DC201", "DC202", "DC203", "DC204", "DC205"}
    assert {rule.code for rule in select_rules(["stale-year"])} == {"DC201"}
    assert "DC501" in {rule.code for rule in select_rules(["DC5"])}
    assert "DC501" not in {rule.code for rule in select_rules(["ALL"])}
    assert "DC201" not in {rule.code for rule in select_rules(None, ["DC201"])}
    with pytest.raises(ValueError):
        select_rules(["DC999"])


def test_rules_without_a_publication_date_still_check_the_calendar() -> None:
    findings = datecheck.check("The deadline is Sept. 31, officials said on Tuesday, Oct. 8, 2025.")
    codes = sorted(f.code for f in findings)
    assert codes == ["DC101", "DC102", "DC901"]
