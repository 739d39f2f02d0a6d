"""`datecheck timeline`: an article's dates on a time axis, for an editor who would rather look.

Every dated mention is placed at the day (or the start of the month, year …) it resolves to, in
time order, with the publication date marked on the axis and long gaps shown as gaps. A mention
a finding is about is highlighted and carries the finding's code.
"""

from __future__ import annotations

from datetime import date

from ..engine import CheckResult
from ..model import Mention
from .safe import printable

#: the marks of the axis (a mention, the publication date, the axis, a gap), and what stands in for
#: them on a console that cannot show them (PYTHONIOENCODING=ascii, LANG=C, an old code page)
_MARKS = ("\u25cf", "\u25c6", "\u2502", "\u22ee")
_ASCII_MARKS = ("*", "#", "|", ":")


def _encoding(console) -> str:  # type: ignore[no-untyped-def]
    """The console's encoding, if Python knows it; else UTF-8."""
    import codecs

    encoding = getattr(console, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return "utf-8"


def _marks(encoding: str) -> tuple[str, str, str, str]:
    try:
        "".join(_MARKS).encode(encoding)
    except UnicodeEncodeError:
        return _ASCII_MARKS
    return _MARKS


def _fit(text: str, encoding: str) -> str:
    """`text` as the console can write it: a character it cannot encode is shown as an escape."""
    return text.encode(encoding, "backslashreplace").decode(encoding)


def _gap(days: int) -> str:
    if days >= 730:
        return f"{days // 365} years"
    if days >= 60:
        return f"{round(days / 30.44)} months"
    if days >= 14:
        return f"{days // 7} weeks"
    return f"{days} days"


def _when(mention: Mention) -> str:
    value = mention.value
    if mention.interval and mention.interval.first == mention.interval.last:
        return mention.interval.first.isoformat()
    return value


def timeline_rows(result: CheckResult) -> list[tuple[date, str, Mention | None]]:
    """(day, kind, mention) in time order; kind is "mention" or "published"."""
    rows: list[tuple[date, str, Mention | None]] = []
    for mention in result.mentions:
        if mention.interval is None or mention.type != "DATE" or not mention.valid:
            continue
        rows.append((mention.interval.first, "mention", mention))
    published = result.document.published
    if published is not None:
        rows.append((published.date, "published", None))
    rows.sort(key=lambda row: (row[0], row[1] == "mention", row[2].start if row[2] else -1))
    return rows


def render_timeline(result: CheckResult, console) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    document = result.document
    encoding = _encoding(console)
    mention_mark, published_mark, axis_mark, gap_mark = _marks(encoding)
    flagged: dict[int, list[str]] = {}
    for finding in result.findings:
        for mention in result.mentions:
            if mention.start < finding.end and finding.start < mention.end or (
                finding.start == finding.end == mention.start
            ):
                flagged.setdefault(mention.start, []).append(finding.code)
    header = Text(_fit(printable(document.path), encoding), style="bold")
    if document.published is not None:
        day = document.published.date
        header.append(f"  published {day.strftime('%a')} {day.isoformat()} ({document.published.source})")
    else:
        header.append("  no publication date: relative dates are not placed", style="yellow")
    console.print(header, soft_wrap=True)  # a long path is not cut mid-name
    rows = timeline_rows(result)
    if not rows:
        console.print("  no dates found")
        return
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
    table.add_column("when", no_wrap=True, justify="right")
    table.add_column("axis", no_wrap=True)
    table.add_column("text", overflow="fold")
    table.add_column("where", no_wrap=True, justify="right")
    table.add_column("findings", no_wrap=True)
    previous: date | None = None
    for day, kind, mention in rows:
        if previous is not None and (day - previous).days > 7:
            gap = Text(f"{gap_mark} {_gap((day - previous).days)}", style="dim")
            table.add_row("", Text(axis_mark, style="dim"), gap, "", "")
        previous = day
        if kind == "published":
            table.add_row(Text(day.isoformat(), style="bold"), Text(published_mark, style="bold green"),
                          Text("published", style="bold green"), "", "")
            continue
        assert mention is not None
        codes = flagged.get(mention.start, [])
        line, column = document.location(mention.start)
        style = "bold red" if codes else "cyan"
        text = Text(_fit(printable(" ".join(mention.text.split())), encoding), style=style)
        table.add_row(_when(mention), Text(mention_mark, style=style), text, f"{line}:{column}",
                      Text(" ".join(codes), style="red"))
    console.print(table)
