"""What the language-server tests share: the server command, a client over stdio, waiting for a
buffer's diagnostics, and applying a workspace edit to a text."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from datecheck.positions import apply_edit

ROOT = Path(__file__).resolve().parent.parent
#: The server under test is this checkout's, whatever datecheck the environment has installed.
SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "datecheck", "lsp"],
    server_env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))},
)
TIMEOUT = 30.0  # the first check of a session imports the date parsers

DRAFT = """---
date: 2024-11-20
---

The parish council met on Thursday, Nov. 22, to approve the new footbridge.
"""


def capabilities(encodings: list[str] | None = None, configuration: bool = False) -> types.ClientCapabilities:
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        workspace=types.WorkspaceClientCapabilities(
            configuration=configuration,
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
        ),
        text_document=types.TextDocumentClientCapabilities(
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll])),
            ),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(related_information=True,
                                                                           code_description_support=True),
        ),
    )


async def start(client: LanguageClient, options: object = None, **kwargs: object) -> types.InitializeResult:
    return await client.initialize_session(types.InitializeParams(
        capabilities=capabilities(**kwargs),  # type: ignore[arg-type]
        root_uri=ROOT.as_uri(),
        initialization_options=options,
    ))


async def diagnostics_after(client: LanguageClient, uri: str, send) -> list[types.Diagnostic]:  # type: ignore[no-untyped-def]
    """Send something (an open, a change) and wait until the server publishes diagnostics for `uri`.

    The client keeps the last diagnostics of each uri: they are taken away, and the next ones
    awaited (several buffers may be published at once, so waiting for "the next notification" could
    miss this one)."""
    client.diagnostics.pop(uri, None)
    send()
    async def published() -> list[types.Diagnostic]:
        while uri not in client.diagnostics:
            await asyncio.sleep(0.01)
        return list(client.diagnostics[uri])

    return await asyncio.wait_for(published(), TIMEOUT)


def open_document(client: LanguageClient, uri: str, text: str, language: str = "markdown", version: int = 1):  # type: ignore[no-untyped-def]
    return lambda: client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))


async def close_document(client: LanguageClient, uri: str) -> None:
    """Close a buffer and wait for the server to clear its diagnostics."""
    cleared = await diagnostics_after(client, uri, lambda: client.text_document_did_close(
        types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri))))
    assert cleared == []


def apply_workspace_edit(text: str, uri: str, edit: types.WorkspaceEdit, encoding: str = "utf-16") -> str:
    """The text after an editor applies `edit` to it (edits applied from the last to the first)."""
    if edit.document_changes:
        edits = [e for change in edit.document_changes if change.text_document.uri == uri for e in change.edits]
    else:
        edits = list((edit.changes or {}).get(uri, []))
    key = lambda e: (e.range.start.line, e.range.start.character)  # noqa: E731
    for text_edit in sorted(edits, key=key, reverse=True):
        start, end = text_edit.range.start, text_edit.range.end
        text = apply_edit(text, (start.line, start.character), (end.line, end.character), text_edit.new_text, encoding)
    return text
