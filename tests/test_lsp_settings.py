"""The language server's settings, end to end: the nearest config file (as the command line reads
it), `initializationOptions`, `workspace/didChangeConfiguration` (pushed and pulled), and the
position encoding the client offers."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytest_lsp")
pytest.importorskip("pygls")

import pytest_lsp  # noqa: E402
from lsprotocol import types  # noqa: E402
from pytest_lsp import LanguageClient  # noqa: E402

from lsp_client import DRAFT, SERVER, close_document, diagnostics_after, open_document, start  # noqa: E402

pytestmark = pytest.mark.asyncio(loop_scope="module")

UNDATED = "The board met on Wednesday, 03/04/2024, and again yesterday, Nov. 17.\n"
HOLIDAY = DRAFT + "\nThe market closed for Thanksgiving, Oct. 13, 2025.\n"


@pytest_lsp.fixture(config=SERVER, scope="module")
async def plain(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    await start(lsp_client)
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=SERVER, scope="module")
async def configured(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    result = await start(lsp_client, {"datecheck": {"published": "2024-11-20", "date-order": "DMY", "country": "CA"}},
                         encodings=["utf-8", "utf-16"], configuration=True)
    assert result.capabilities.position_encoding == "utf-8"
    yield
    await lsp_client.shutdown_session()


def _codes(diagnostics: list[types.Diagnostic]) -> list[str]:
    return sorted(str(d.code) for d in diagnostics if d.code)


async def test_the_nearest_config_file_applies(plain: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "datecheck.toml").write_text('ignore = ["DC101"]\n[severity]\nfuture-as-past = "error"\n')
    (tmp_path / "desk").mkdir()
    uri = (tmp_path / "desk" / "story.md").as_uri()  # never saved: the buffer is what is checked
    diagnostics = await diagnostics_after(plain, uri, open_document(plain, uri, DRAFT))
    assert _codes(diagnostics) == ["DC202"]
    assert diagnostics[0].severity == types.DiagnosticSeverity.Error
    await close_document(plain, uri)


async def test_a_broken_config_gives_one_diagnostic_and_the_server_goes_on(plain: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "datecheck.toml").write_text('ignore = ["DC101"\n')
    uri = (tmp_path / "story.md").as_uri()
    diagnostics = await diagnostics_after(plain, uri, open_document(plain, uri, DRAFT))
    assert len(diagnostics) == 1 and diagnostics[0].severity == types.DiagnosticSeverity.Information
    assert "datecheck.toml" in diagnostics[0].message and "not valid TOML" in diagnostics[0].message
    await close_document(plain, uri)
    other = "untitled:still-alive.md"
    assert "DC101" in _codes(await diagnostics_after(plain, other, open_document(plain, other, DRAFT)))
    await close_document(plain, other)


async def test_an_excluded_file_gets_no_diagnostics(plain: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "datecheck.toml").write_text('exclude = ["archive/**"]\n')
    uri = (tmp_path / "archive" / "old.md").as_uri()
    assert await diagnostics_after(plain, uri, open_document(plain, uri, DRAFT)) == []


async def test_a_pushed_configuration_change_checks_the_buffers_again(plain: LanguageClient) -> None:
    uri = "untitled:pushed.md"
    assert "DC202" in _codes(await diagnostics_after(plain, uri, open_document(plain, uri, DRAFT)))
    change = types.DidChangeConfigurationParams(settings={"datecheck": {"ignore": ["future-as-past"]}})
    after = await diagnostics_after(plain, uri, lambda: plain.workspace_did_change_configuration(change))
    assert _codes(after) == ["DC101"]
    reset = types.DidChangeConfigurationParams(settings={"datecheck": {"select": ["DC1", "DC2"]}})
    assert _codes(await diagnostics_after(plain, uri, lambda: plain.workspace_did_change_configuration(reset))) == [
        "DC101", "DC202"]
    await close_document(plain, uri)


async def test_a_bad_setting_is_named_and_the_rest_apply(plain: LanguageClient) -> None:
    uri = "untitled:bad-setting.md"
    await diagnostics_after(plain, uri, open_document(plain, uri, DRAFT))
    change = types.DidChangeConfigurationParams(settings={"ignore": ["DC999"], "date-order": "YMD"})
    after = await diagnostics_after(plain, uri, lambda: plain.workspace_did_change_configuration(change))
    assert _codes(after) == ["DC101", "DC202"]
    shown = " ".join(message.message for message in plain.messages)
    assert "DC999" in shown and "YMD" in shown
    await close_document(plain, uri)


async def test_initialization_options_publication_date_order_and_country(configured: LanguageClient) -> None:
    uri = "untitled:undated.txt"
    diagnostics = await diagnostics_after(configured, uri, open_document(configured, uri, UNDATED, "plaintext"))
    # read day first, 03/04/2024 is a Wednesday; "yesterday" is Nov. 19 with the publication date set
    assert _codes(diagnostics) == ["DC204"]
    dated = "untitled:holiday.md"
    # in Canada, Thanksgiving 2025 was Oct. 13
    assert "DC103" not in _codes(await diagnostics_after(configured, dated, open_document(configured, dated, HOLIDAY)))


async def test_utf8_positions_when_the_client_offers_them(configured: LanguageClient) -> None:
    text = DRAFT.replace("The parish", "Ça 🎉 The parish")
    uri = "untitled:utf8.md"
    diagnostics = await diagnostics_after(configured, uri, open_document(configured, uri, text))
    weekday = next(d for d in diagnostics if d.code == "DC101")
    line = text.split("\n")[4]
    assert weekday.range.start.character == len(line[:line.index("Thursday")].encode("utf-8"))


async def test_pulled_settings_replace_the_initial_ones(configured: LanguageClient) -> None:
    uri = "untitled:pulled.md"
    assert "DC101" in _codes(await diagnostics_after(configured, uri, open_document(configured, uri, DRAFT)))
    configured.set_configuration({"ignore": ["weekday-mismatch"]}, section="datecheck")
    change = types.DidChangeConfigurationParams(settings=None)
    after = await diagnostics_after(configured, uri, lambda: configured.workspace_did_change_configuration(change))
    assert "DC101" not in _codes(after) and "DC202" in _codes(after)
