"""Suppressions are read where the document has prose, matched on both ends, and reported when
they cannot be read; finding them stays linear whatever the text repeats."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import datecheck
from datecheck.document import load_text
from datecheck.model import Finding, Severity
from datecheck.suppress import apply, find_suppressions
from datecheck.suppress_scan import html_comment_starts

DAY = date(2025, 10, 1)
WEEKDAY = "The ferry resumes on Tuesday, Oct. 8."  # Oct. 8, 2025 is a Wednesday: DC101
IMPOSSIBLE = "Ballots were due on Feb. 30, 2025."  # DC102
FILE_OFF = "<!-- datecheck-disable-file -->"


def found(text: str, path: str = "a.md") -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in datecheck.check(text, DAY, path)]


def messages(text: str, path: str = "a.md") -> list[str]:
    return [f.message for f in datecheck.check(text, DAY, path) if f.code == "DC902"]


# -- read only from prose ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"```\n{FILE_OFF}\n```\n\n{WEEKDAY}\n",  # a fenced code block
    f"~~~html\n{FILE_OFF}\n~~~\n\n{WEEKDAY}\n",  # a tilde fence with an info string
    f"Some text.\n\n    {FILE_OFF}\n\n{WEEKDAY}\n",  # an indented code block
    f"To silence a file, write `{FILE_OFF}` at its top.\n\n{WEEKDAY}\n",  # inline code
    f"To silence a file, write ``{FILE_OFF}`` at its top.\n\n{WEEKDAY}\n",  # inline code, two ticks
    f"---\ntitle: Ferry\nnote: '{FILE_OFF}'\n---\n{WEEKDAY}\n",  # YAML front matter
    f"+++\nnote = '{FILE_OFF}'\n+++\n{WEEKDAY}\n",  # TOML front matter
    f"```\n<!-- datecheck-disable DC101 -->\n```\n{WEEKDAY}\n",  # a region in code
    f"```\n<!-- datecheck-disable-next-line DC101 -->\n{WEEKDAY}\n```\n{WEEKDAY}\n",  # next line, in code
], ids=["fence", "tilde-fence", "indented", "inline-code", "inline-code-2", "yaml", "toml", "region", "next-line"])
def test_a_comment_shown_in_code_or_front_matter_silences_nothing(text: str) -> None:
    assert ("DC101", text.count("\n")) in found(text)
    assert "DC902" not in [code for code, _ in found(text)]  # an example is not a stale suppression


@pytest.mark.parametrize("text", [
    f"{FILE_OFF}\n\n{WEEKDAY}\n",
    f"Intro.\n\n{FILE_OFF}\n\n{WEEKDAY}\n",
    f"---\ntitle: Ferry\n---\n{FILE_OFF}\n{WEEKDAY}\n",
    f"- item one {FILE_OFF}\n\n{WEEKDAY}\n",
    f"<div>\n{FILE_OFF}\n</div>\n\n{WEEKDAY}\n",
])
def test_the_same_comment_in_prose_still_silences(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "silenced"), [
    (f"<html><head>{FILE_OFF}</head><body><p>{WEEKDAY}</p></body></html>", True),
    (f"<html><body><p>{WEEKDAY}</p><pre>{FILE_OFF}</pre></body></html>", True),
    (f"<html><body><script>var s = '{FILE_OFF}';</script><p>{WEEKDAY}</p></body></html>", False),
    (f"<html><body><style>/* {FILE_OFF} */</style><p>{WEEKDAY}</p></body></html>", False),
    (f"<html><body><textarea>{FILE_OFF}</textarea><p>{WEEKDAY}</p></body></html>", False),
    (f'<html><body><p title="{FILE_OFF}">{WEEKDAY}</p></body></html>', False),
    (f"<html><body><p title='a > {FILE_OFF}'>{WEEKDAY}</p></body></html>", False),
])
def test_html_reads_comments_as_its_tokenizer_does(text: str, silenced: bool) -> None:
    assert (found(text, "a.html") == []) is silenced


@pytest.mark.parametrize(("text", "path"), [
    (f"```\n{WEEKDAY} datecheck: ignore[DC101]\n```\n{WEEKDAY}\n", "a.md"),
    (f"Write `{WEEKDAY} datecheck: ignore`\n{WEEKDAY}\n", "a.md"),
    (f"---\nnote: datecheck: ignore\n---\n{WEEKDAY}\n", "a.txt"),
    (f"<html><body><script>// datecheck: ignore\n</script><p>{WEEKDAY}</p></body></html>", "a.html"),
])
def test_a_trailing_note_in_code_or_front_matter_silences_nothing(text: str, path: str) -> None:
    assert "DC101" in [code for code, _ in found(text, path)]


# -- matched by code, prefix, name or ALL, on both ends, in any case ----------------------------

@pytest.mark.parametrize("disable", ["weekday-mismatch", "DC101", "DC1", "dc1", "ALL", "all", "Weekday-Mismatch"])
@pytest.mark.parametrize("enable", ["DC101", "dc101", "weekday-mismatch", "WEEKDAY-MISMATCH", "DC1", "ALL", ""])
def test_enable_ends_what_it_names_of_a_region(disable: str, enable: str) -> None:
    text = (f"<!-- datecheck-disable {disable} -->\n{WEEKDAY}\n<!-- datecheck-enable {enable} -->\n{WEEKDAY}\n")
    assert found(text) == [("DC101", 4)]


def test_enable_of_one_rule_keeps_the_rest_of_a_prefix_silent() -> None:
    text = (f"<!-- datecheck-disable DC1 -->\n{WEEKDAY}\n<!-- datecheck-enable DC101 -->\n"
            f"{WEEKDAY}\n{IMPOSSIBLE}\n<!-- datecheck-enable -->\n{IMPOSSIBLE}\n")
    assert found(text) == [("DC101", 4), ("DC102", 7)]


def test_enable_naming_another_rule_leaves_the_region_open() -> None:
    text = f"<!-- datecheck-disable DC101 -->\n<!-- datecheck-enable DC201 -->\n{WEEKDAY}\n"
    assert found(text) == [("DC902", 2)]  # the enable ended nothing; the region still silences line 3
    assert messages(text) == ["this enable comment ends no disable comment: remove it"]


def test_a_region_split_by_enable_counts_as_used_once() -> None:
    text = f"<!-- datecheck-disable DC1 -->\n<!-- datecheck-enable DC101 -->\n{IMPOSSIBLE}\n"
    assert found(text) == []  # the DC1 comment silenced the DC102 after the enable: not reported


@pytest.mark.parametrize(("text", "path"), [
    (f"<!-- DATECHECK-DISABLE-FILE -->\n{WEEKDAY}\n", "a.md"),
    (f"<!--DATECHECK-DISABLE-NEXT-LINE DC101-->\n{WEEKDAY}\n", "a.md"),
    (f"<!-- Datecheck-Disable dc101 -->\n{WEEKDAY}\n", "a.html"),
    (f"{WEEKDAY} DATECHECK: IGNORE[dc101]\n", "a.txt"),
    (f"{WEEKDAY} datecheck: ignore[WEEKDAY-MISMATCH]\n", "a.txt"),
    (f"{WEEKDAY} <!-- datecheck: ignore[DC101] -->\n", "a.md"),
    (f"<!-- datecheck-disable ALL -->\n{WEEKDAY}\n", "a.md"),
])
def test_directives_and_codes_in_any_case(text: str, path: str) -> None:
    assert found(text, path) == []


def test_disable_all_is_not_reported_as_naming_no_rule() -> None:
    assert found(f"<!-- datecheck-disable ALL -->\n{WEEKDAY}\n") == []
    assert messages("<!-- datecheck-disable ALL -->\nNo dates here.\n") == [
        "this suppression silences nothing: remove it"]


def test_an_uppercase_file_directive_that_silences_nothing_is_reported() -> None:
    assert messages("<!-- DATECHECK-DISABLE-FILE -->\nNo dates here.\n") == [
        "this suppression silences nothing: remove it"]


# -- malformed suppressions are reported ------------------------------------------------------

@pytest.mark.parametrize(("text", "path", "why"), [
    (f"<!-- datecheck-disable DC101 > -->\n{WEEKDAY}\n", "a.md", "'>' is not a rule code or name"),
    (f"{WEEKDAY} datecheck: ignore[DC101\n", "a.txt", "never closed with ']'"),
    (f"{WEEKDAY} <!-- datecheck: ignore[DC101 -->\n", "a.md", "never closed with ']'"),
    (f"{WEEKDAY} datecheck: ignore DC101\n", "a.txt", "the codes go in brackets"),
    (f"{WEEKDAY} datecheck: ignore[DC101] for now\n", "a.txt", "does not end its line"),
    (f"<!-- datecheck-disable-nextline DC101 -->\n{WEEKDAY}\n", "a.md", "'datecheck-disable-nextline' is none of"),
    (f"<!-- DATECHECK-DISABLE-FIEL -->\n{WEEKDAY}\n", "a.md", "'DATECHECK-DISABLE-FIEL' is none of"),
    (f"<!-- datecheck disable DC101 -->\n{WEEKDAY}\n", "a.md", "with dashes"),
    (f"<!-- datecheck: disable DC101 -->\n{WEEKDAY}\n", "a.html", "with dashes"),
    (f"<!-- datecheck-disable-next-line DC101\n{WEEKDAY}\n", "a.md", "never closed with '-->'"),
])
def test_a_malformed_suppression_is_reported(text: str, path: str, why: str) -> None:
    findings = datecheck.check(text, DAY, path)
    (notice,) = [f for f in findings if f.code == "DC902"]
    assert notice.message.startswith("this suppression cannot be read and silences nothing: "), notice.message
    assert why in notice.message
    assert notice.severity is Severity.INFO and notice.line == 1


@pytest.mark.parametrize(("text", "path"), [
    (f"<!-- datecheck runs on every story -->\n{WEEKDAY}\n", "a.md"),
    (f"<!-- datecheckers met on Monday -->\n{WEEKDAY}\n", "a.md"),
    (f"Editors may add datecheck: ignore notes sparingly.\n{WEEKDAY}\n", "a.txt"),
    (f"{WEEKDAY} datecheck: ignored by the desk\n", "a.txt"),
])
def test_prose_that_mentions_datecheck_is_not_a_suppression(text: str, path: str) -> None:
    assert [code for code, _ in found(text, path)] == ["DC101"]


def test_unknown_codes_are_still_named() -> None:
    assert messages(f"<!-- datecheck-enable DC777 -->\n{WEEKDAY}\n") == [
        "this suppression names no rule: DC777 (see `datecheck rules`)"]


# -- linear ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "datecheck: ignore[" * 50_000,
    "datecheck: ignore[DC101 " * 50_000,
    "datecheck:" + " " * 200_000 + "ignore[",
    "<!-- datecheck-disable " * 50_000,
    "<!-- datecheck-disable DC101 -->\n" * 20_000 + "<!-- datecheck-enable DC201 -->\n" * 20_000,
    "<!-- datecheck-disable DC1 -->\n" + "<!-- datecheck-enable DC101 -->\n<!-- datecheck-disable DC101 -->\n" * 20_000,
], ids=["ignore-bracket", "ignore-code", "spaces", "unclosed-comments", "enable-others", "split-regions"])
def test_repeated_suppression_syntax_is_read_in_one_pass(text: str) -> None:
    """Each of these once took quadratic time or worse; they must simply finish."""
    suppressions = find_suppressions(text)
    assert suppressions
    document = load_text(text, "a.txt", published=DAY)
    find_suppressions(text, comments=False, document=document)


def test_the_html_tokenizer_is_linear_on_open_tags_and_quotes() -> None:
    for text in ('<a "' * 50_000, "<a title='x" * 50_000, "<script>" * 50_000, "<!--" * 50_000):
        html_comment_starts(text)


def _finding(code: str, line: int) -> Finding:
    return Finding(code=code, name="x", severity=Severity.ERROR, message="", start=0, end=0, text="", line=line)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["DC101", "DC102", "DC201"]), st.integers(1, 12)), max_size=12),
       st.lists(st.tuples(st.sampled_from(["disable", "enable", "disable-next-line", "disable-file", "ignore"]),
                          st.sampled_from(["", "DC101", "DC1", "stale-year", "DC102, DC201", "ALL"]),
                          st.integers(1, 12)), max_size=10))
def test_apply_agrees_with_covers(findings: list[tuple[str, int]], comments: list[tuple[str, str, int]]) -> None:
    """The per-rule sorted lookup silences exactly what each suppression's own `covers` says."""
    lines = [""] * 12
    for kind, codes, line in comments:
        lines[line - 1] += (f" datecheck: ignore[{codes}]" if kind == "ignore" else f"<!-- datecheck-{kind} {codes} -->")
    text = "\n".join(lines) + "\n"
    suppressions = find_suppressions(text)
    made = [_finding(code, line) for code, line in findings]
    expected = [f for f in made if not any(s.covers(f) for s in suppressions)]
    assert apply(made, suppressions) == expected
    for suppression in suppressions:
        if suppression.parent is None and suppression.kind != "enable":
            covering = any(s.covers(f) for f in made for s in suppressions if s is suppression or s.parent is suppression)
            assert suppression.used is covering
