"""The pygls server behind `datecheck lsp`: stdio, one handler per LSP message, diagnostics
published on open and, debounced, after each change (the unsaved buffer, not the file on disk)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from .. import __version__
from ..config import CONFIG_NAMES
from ..positions import encoding_name
from . import actions, hover
from .analysis import Analysis, analyze, file_path
from .buffers import Buffers
from .diagnostics import diagnostics
from .settings import EditorSettings, editor_settings

log = logging.getLogger(__name__)

#: Seconds of quiet after an edit before the buffer is checked again.
DEBOUNCE = 0.25


class DatecheckProtocol(LanguageServerProtocol):
    """pygls's protocol with the open documents kept in datecheck's own buffers."""

    _server: "DatecheckServer"

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams):  # type: ignore[no-untyped-def]
        document = params.text_document
        self._server.buffers.open(document.uri, document.text, document.language_id, document.version)
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_OPEN)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):  # type: ignore[no-untyped-def]
        document = params.text_document
        self._server.buffers.change(document.uri, list(params.content_changes), document.version,
                                    self._server.encoding)
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams):  # type: ignore[no-untyped-def]
        self._server.buffers.close(params.text_document.uri)
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CLOSE)) is not None:
            yield handler, (params,), None


class DatecheckServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("datecheck", __version__, protocol_cls=DatecheckProtocol,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.buffers = Buffers()
        self.editor = EditorSettings()
        self.analyses: dict[str, Analysis] = {}
        self.timers: dict[str, asyncio.TimerHandle] = {}

    @property
    def encoding(self) -> str:
        return encoding_name(self.workspace.position_encoding)

    @property
    def root(self) -> Path | None:
        root = self.workspace.root_uri
        return file_path(root) if root else None

    def analysis(self, uri: str) -> Analysis | None:
        """The buffer checked as it is now (the last check when the text has not changed since)."""
        buffer = self.buffers.get(uri)
        if buffer is None:
            return None
        cached = self.analyses.get(uri)
        if cached is not None and cached.current and cached.editor is self.editor and cached.index.encoding == self.encoding:
            return cached
        analysis = self.analyses[uri] = analyze(buffer, self.encoding, self.editor, self.root)
        return analysis

    def publish(self, uri: str) -> None:
        """Check a buffer and publish its diagnostics; whatever happens, the server carries on."""
        self.timers.pop(uri, None)
        try:
            analysis = self.analysis(uri)
            if analysis is None:
                return
            for message in ([analysis.problem] if analysis.problem else []) + analysis.warnings:
                self.log(f"{uri}: {message}", types.MessageType.Warning)
            found = diagnostics(analysis)
        except Exception as error:  # noqa: BLE001 - never let one document stop the server
            log.exception("publishing diagnostics for %s", uri)
            self.log(f"{uri}: not checked: {type(error).__name__}: {error}", types.MessageType.Error)
            found = []
        buffer = self.buffers.get(uri)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=buffer.version if buffer else None)
        )

    def schedule(self, uri: str) -> None:
        """Check the buffer once the editor has been quiet for DEBOUNCE seconds."""
        pending = self.timers.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self.timers[uri] = asyncio.get_running_loop().call_later(DEBOUNCE, self.publish, uri)

    def republish(self) -> None:
        """Check every open buffer again (the settings changed)."""
        for buffer in self.buffers:
            self.schedule(buffer.uri)

    def log(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        self.window_log_message(types.LogMessageParams(type=kind, message=f"datecheck: {message}"))

    def use_settings(self, options: Any) -> None:
        self.editor = editor_settings(options)
        for problem in self.editor.problems:
            self.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Warning, message=f"datecheck settings: {problem}"))

    @property
    def versioned_edits(self) -> bool:
        capabilities = self.client_capabilities.workspace
        edit = capabilities.workspace_edit if capabilities else None
        return bool(edit and edit.document_changes)

    @property
    def pulls_configuration(self) -> bool:
        capabilities = self.client_capabilities.workspace
        return bool(capabilities and capabilities.configuration)


server = DatecheckServer()


@server.feature(types.INITIALIZE)
def initialize(ls: DatecheckServer, params: types.InitializeParams) -> None:
    ls.editor = editor_settings(params.initialization_options)


@server.feature(types.INITIALIZED)
async def initialized(ls: DatecheckServer, params: types.InitializedParams) -> None:
    for problem in ls.editor.problems:
        ls.window_show_message(types.ShowMessageParams(
            type=types.MessageType.Warning, message=f"datecheck settings: {problem}"))
    await _pull_settings(ls, changed=False)


async def _pull_settings(ls: DatecheckServer, changed: bool) -> None:
    """Ask the editor for the "datecheck" section of its settings, where it keeps them that way.
    At start-up an empty answer keeps the `initializationOptions`; after a change it clears them."""
    if not ls.pulls_configuration:
        return
    try:
        answer = await ls.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section="datecheck")]))
    except Exception as error:  # noqa: BLE001 - a client that cannot answer keeps the settings it sent
        log.info("workspace/configuration: %s", error)
        return
    if answer and isinstance(answer[0], dict) and (answer[0] or changed):
        ls.use_settings(answer[0])
        ls.republish()


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
async def did_change_configuration(ls: DatecheckServer, params: types.DidChangeConfigurationParams) -> None:
    if isinstance(params.settings, dict) and params.settings:
        ls.use_settings(params.settings)
        ls.republish()
    else:
        await _pull_settings(ls, changed=True)


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: DatecheckServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.publish(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: DatecheckServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: DatecheckServer, params: types.DidSaveTextDocumentParams) -> None:
    path = file_path(params.text_document.uri)
    if path is not None and path.name in CONFIG_NAMES:  # a config edited in the editor: check again
        ls.republish()


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: DatecheckServer, params: types.DidChangeWatchedFilesParams) -> None:
    ls.republish()


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: DatecheckServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    pending = ls.timers.pop(uri, None)
    if pending is not None:
        pending.cancel()
    ls.analyses.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=actions.KINDS))
def code_action(ls: DatecheckServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
    analysis = ls.analysis(params.text_document.uri)
    if analysis is None:
        return None
    index, selected = analysis.index, params.range
    start = index.offset(selected.start.line, selected.start.character)
    end = index.offset(selected.end.line, selected.end.character)
    return actions.code_actions(analysis, start, end, params.context.only, ls.versioned_edits) or None


@server.feature(types.TEXT_DOCUMENT_HOVER)
def on_hover(ls: DatecheckServer, params: types.HoverParams) -> types.Hover | None:
    analysis = ls.analysis(params.text_document.uri)
    if analysis is None or analysis.result is None:
        return None
    offset = analysis.index.offset(params.position.line, params.position.character)
    found = hover.hover_text(analysis.result, offset)
    if found is None:
        return None
    text, (start, end) = found
    (line, character), (end_line, end_character) = analysis.index.range(start, end)
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
        range=types.Range(types.Position(line, character), types.Position(end_line, end_character)),
    )


def serve() -> None:
    """Run the server on standard input and output until the editor closes it."""
    logging.basicConfig(level=logging.WARNING, format="datecheck lsp: %(levelname)s %(name)s: %(message)s")
    server.start_io()
