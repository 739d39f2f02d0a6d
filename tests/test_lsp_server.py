"""`datecheck lsp` end to end: a real client (pytest-lsp) talks to the server over stdio.

One server for the module; each test opens its own document. Diagnostics, UTF-16 columns after
multi-byte characters, an edit that clears a finding, quick fixes and suppressions applied to the
text, "fix all safe", hovers, and documents the server cannot check.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytest_lsp")
pytest.importorskip("pygls")

import pytest_lsp  # noqa: E402
from lsprotocol import types  # noqa: E402
from pytest_lsp import LanguageClient  # noqa: E402

from lsp_client import (  # noqa: E402
    DRAFT, SERVER, apply_workspace_edit, close_document, diagnostics_after, open_document, start,
)  # noqa: E402

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_lsp.fixture(config=SERVER, scope="module")
async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    await start(lsp_client)
    yield
    await lsp_client.shutdown_session()


def _only(diagnostics: list[types.Diagnostic], code: str) -> types.Diagnostic:
    found = [d for d in diagnostics if d.code == code]
    assert len(found) == 1, [(d.code, d.message) for d in diagnostics]
    return found[0]


def _column(line: str, before: str) -> int:
    """The UTF-16 column where `before` ends in `line`."""
    return len(line[:line.index(before) + len(before)].encode("utf-16-le")) // 2


async def test_a_wrong_weekday_is_diagnosed(client: LanguageClient) -> None:
    uri = "untitled:weekday-draft.md"
    diagnostic = _only(await diagnostics_after(client, uri, open_document(client, uri, DRAFT)), "DC101")
    assert diagnostic.source == "datecheck"
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert "weekday-mismatch" in diagnostic.message and "Thursday" in diagnostic.message
    assert diagnostic.code_description is not None and "dc101" in diagnostic.code_description.href
    line = DRAFT.splitlines()[4]
    start = line.index("Thursday")
    assert (diagnostic.range.start.line, diagnostic.range.start.character) == (4, start)
    assert (diagnostic.range.end.line, diagnostic.range.end.character) == (4, start + len("Thursday"))
    related = diagnostic.related_information
    assert related and related[0].location.uri == uri
    assert related[0].location.range.start.character == line.index("Nov. 22")
    assert "Nov. 22" in related[0].message


@pytest.mark.parametrize("prefix", ["🎉 ", "Café 🎉🎉 naïve ", "\u2028a\u2029 "], ids=["emoji", "mixed", "separators"])
async def test_columns_count_utf16_units_after_wide_characters(client: LanguageClient, prefix: str) -> None:
    text = DRAFT.replace("The parish", f"{prefix}The parish")
    uri = f"untitled:wide-{len(prefix)}.md"
    diagnostic = _only(await diagnostics_after(client, uri, open_document(client, uri, text)), "DC101")
    line = text.split("\n")[4]
    assert diagnostic.range.start.line == 4
    assert diagnostic.range.start.character == _column(line, "met on ")
    assert diagnostic.range.end.character == _column(line, "met on Thursday")


async def test_an_edit_that_fixes_the_weekday_clears_the_diagnostic(client: LanguageClient) -> None:
    uri = "untitled:edited.md"
    before = await diagnostics_after(client, uri, open_document(client, uri, DRAFT))
    diagnostic = _only(before, "DC101")
    change = types.TextDocumentContentChangePartial(range=diagnostic.range, text="Friday")
    after = await diagnostics_after(client, uri, lambda: client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2), content_changes=[change])))
    assert not [d for d in after if d.code == "DC101"]


async def _actions(client: LanguageClient, uri: str, diagnostic: types.Diagnostic,
                   only: list[str] | None = None) -> list[types.CodeAction]:
    result = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic], only=only)))
    return [action for action in result or [] if isinstance(action, types.CodeAction)]


async def test_quick_fixes_change_the_weekday_or_the_date(client: LanguageClient) -> None:
    uri = "untitled:quick-fix.md"
    diagnostic = _only(await diagnostics_after(client, uri, open_document(client, uri, DRAFT)), "DC101")
    actions = await _actions(client, uri, diagnostic)
    fixes = {action.title: action for action in actions if action.kind == types.CodeActionKind.QuickFix}
    weekday = next(action for title, action in fixes.items() if "'Friday'" in title)
    date = next(action for title, action in fixes.items() if "'Nov. 21'" in title)
    assert weekday.diagnostics and weekday.diagnostics[0].code == "DC101"
    assert apply_workspace_edit(DRAFT, uri, weekday.edit) == DRAFT.replace("Thursday, Nov. 22", "Friday, Nov. 22")
    # the other side of the conflict: the edit is on the related span, the date
    assert apply_workspace_edit(DRAFT, uri, date.edit) == DRAFT.replace("Thursday, Nov. 22", "Thursday, Nov. 21")


@pytest.mark.parametrize(
    ("language", "suffix", "comment"),
    [("markdown", "md", "<!-- datecheck: ignore[DC101] -->"), ("plaintext", "txt", "datecheck: ignore[DC101]")],
)
async def test_suppress_on_this_line_writes_the_comment_and_silences(
    client: LanguageClient, language: str, suffix: str, comment: str
) -> None:
    uri = f"untitled:suppress.{suffix}"
    for newline in ("\n", "\r\n"):
        text = DRAFT.replace("\n", newline)
        diagnostic = _only(await diagnostics_after(client, uri, open_document(client, uri, text, language)), "DC101")
        suppress = next(a for a in await _actions(client, uri, diagnostic) if a.title.startswith("Suppress DC101"))
        fixed = apply_workspace_edit(text, uri, suppress.edit)
        assert comment in fixed.split(newline)[4]
        await close_document(client, uri)
        after = await diagnostics_after(client, uri, open_document(client, uri, fixed, language, version=2))
        assert not [d for d in after if d.code == "DC101"], repr(newline)
        await close_document(client, uri)


async def test_fix_all_applies_only_the_findings_with_one_repair(client: LanguageClient) -> None:
    text = DRAFT + ("\nThe old bridge closed on Sept. 31, 2024, and the council met on Thursday, Nov. 22 again.\n"
                    "\nThe parade on Thanksgiving, Nov. 27, 2024, will close the avenue.\n")
    uri = "untitled:fix-all.md"
    diagnostics = await diagnostics_after(client, uri, open_document(client, uri, text))
    assert len([d for d in diagnostics if d.code == "DC101"]) == 2
    actions = await _actions(client, uri, diagnostics[0], only=[types.CodeActionKind.SourceFixAll])
    assert [a.kind for a in actions] == ["source.fixAll.datecheck"]
    fixed = apply_workspace_edit(text, uri, actions[0].edit)
    assert fixed.count("Thursday, Nov. 22") == 2  # two repairs offered: the editor chooses, not "fix all"
    assert "Sept. 31, 2024" in fixed  # the last day of the month is a guess (unsafe): offered, not made
    assert "Thanksgiving, Nov. 28, 2024" in fixed  # the holiday's day in a written year: safe


async def test_hover_on_a_date_shows_its_day_and_how_it_was_read(client: LanguageClient) -> None:
    uri = "untitled:hover.md"
    await diagnostics_after(client, uri, open_document(client, uri, DRAFT))
    line = DRAFT.splitlines()[4]
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(4, line.index("Nov. 22") + 2)))
    assert hover is not None
    value = hover.contents.value
    assert "Fri 2024-11-22" in value and "'Thursday, Nov. 22'" in value
    assert "publication date 2024-11-20 (front matter 'date')" in value
    assert (hover.range.start.character, hover.range.end.character) == (line.index("Nov. 22"), line.index(", to"))


async def test_hover_on_a_finding_shows_the_rule_documentation(client: LanguageClient) -> None:
    uri = "untitled:hover-rule.md"
    await diagnostics_after(client, uri, open_document(client, uri, DRAFT))
    line = DRAFT.splitlines()[4]
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(4, line.index("Thursday") + 3)))
    assert hover is not None
    assert "DC101 weekday-mismatch" in hover.contents.value
    assert "What it does" in hover.contents.value
    nothing = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(4, 2)))
    assert nothing is None


@pytest.mark.parametrize(
    "text",
    ["binary\x00data\x00" * 40, "\ud800 lone surrogates \udfff on Tuesday, Feb. 30, 2024\n", "\r" * 5000 + "Nov. 31"],
    ids=["nul", "surrogates", "carriage-returns"],
)
async def test_the_server_survives_a_document_it_cannot_check(client: LanguageClient, text: str) -> None:
    uri = f"untitled:bad-{len(text)}.md"
    diagnostics = await diagnostics_after(client, uri, open_document(client, uri, text))
    assert all(d.source == "datecheck" for d in diagnostics)
    if "\x00" in text:
        assert len(diagnostics) == 1 and diagnostics[0].severity == types.DiagnosticSeverity.Information
        assert "not checked" in diagnostics[0].message
    good = "untitled:after-bad.md"
    after = await diagnostics_after(client, good, open_document(client, good, DRAFT))
    _only(after, "DC101")
    await close_document(client, good)


async def test_documents_of_other_languages_are_left_alone(client: LanguageClient) -> None:
    uri = "untitled:script.py"
    assert await diagnostics_after(client, uri, open_document(client, uri, "x = 1  # Thursday, Nov. 22, 2024", "python")) == []
