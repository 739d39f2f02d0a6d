"""`datecheck extract`: the article's timeline as a table, for people."""

from __future__ import annotations

import os
import sys

from ..document import Document
from ..model import Mention
from .safe import printable


def _notes(mention: Mention, mentions: list[Mention]) -> str:
    notes = []
    if not mention.valid:
        notes.append(f"not a real date: {mention.problem}")
    if mention.anchor_source == "mention" and mention.anchor_mention is not None:
        notes.append(f"after {mentions[mention.anchor_mention].text!r}")
    elif mention.anchor_source == "dateline" and mention.anchor is not None:
        notes.append(f"dated section {mention.anchor.isoformat()}")
    if mention.alternatives:
        notes.append("or " + ", ".join(mention.alternatives))
    if mention.interval is not None and mention.interval.first != mention.interval.last and mention.stated.modifier:
        notes.append(f"{mention.interval.first.isoformat()}..{mention.interval.last.isoformat()}")
    return printable("; ".join(notes))


def render_text(results: list[tuple[Document, list[Mention]]], *, no_color: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    color = not no_color and "NO_COLOR" not in os.environ
    console = Console(file=sys.stdout, no_color=not color, highlight=False, soft_wrap=False)
    for number, (document, mentions) in enumerate(results):
        if number:
            console.print()
        if document.published is not None:
            header = f"{printable(document.path)}  published {document.published.date.isoformat()} ({document.published.source})"
        else:
            header = f"{printable(document.path)}  no publication date found: relative dates left unresolved (use --published)"
        console.print(Text(header, style="bold"), soft_wrap=True)  # a long path is not cut mid-name
        if not mentions:
            console.print("  no dates found")
            continue
        table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
        table.add_column("line:col", justify="right", no_wrap=True)
        table.add_column("text", overflow="fold")
        table.add_column("type", no_wrap=True)
        table.add_column("value", no_wrap=True)
        table.add_column("notes", overflow="fold")
        for mention in mentions:
            line, column = document.location(mention.start)
            style = "red" if not mention.valid else None
            table.add_row(
                f"{line}:{column}", Text(printable(" ".join(mention.text.split())), style="cyan"), mention.type,
                Text(mention.value or "?", style=style or "green"), _notes(mention, mentions),
            )
        console.print(table)
