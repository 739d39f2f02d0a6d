"""`datecheck check`: each finding as an editor reads it, the source line with both sides marked,
the suggestion as a "did you mean" line, and a summary.

Everything taken from the document or its name is shown through `report/safe.py`: a control
character or escape sequence appears as `\\x1b`, never reaches the terminal, and the marks under a
source line still stand under the characters they mark.
"""

from __future__ import annotations

import os
import sys
from ..engine import CheckResult
from ..messages import N_, say
from ..model import Finding
from .safe import printable, printable_with_offsets
from .stream import Tally

_SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}
_MAX_WIDTH = 100


def _excerpt(line: str, marks: list[tuple[int, int, str]], width: int) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Trim a long line around its first mark (the finding's own, when it is on this line).

    Returns the excerpt, the marks shifted into it, and the marks that fell outside it.
    """
    if len(line) <= width:
        return line, marks, []
    anchor = next((m for m in marks if m[2] == "primary"), marks[0])
    first = min(s for s, _, _ in marks)
    last = max(e for _, e, _ in marks)
    left = max(0, first - 10) if last - first <= width - 20 else max(0, anchor[0] - 20)
    right = min(len(line), left + width)
    prefix = "\u2026" if left > 0 else ""
    suffix = "\u2026" if right < len(line) else ""
    inside, outside = [], []
    for start, end, style in marks:
        if start >= left and end <= right:
            inside.append((start - left + len(prefix), end - left + len(prefix), style))
        else:
            outside.append((start, end, style))
    return prefix + line[left:right] + suffix, inside, outside


def finding_lines(result: CheckResult, finding: Finding):
    """The rich renderables for one finding: its heading, each marked line, notes and suggestions."""
    from rich.text import Text

    document = result.document
    head = Text()
    head.append(f"{printable(document.path)}:{finding.line}:{finding.column}: ", style="bold")
    head.append(f"{finding.code} ", style=_SEVERITY_STYLE[finding.severity.value])
    head.append(f"[{finding.name}] ", style="dim")
    head.append(printable(finding.message))
    yield head
    if finding.end <= finding.start and not finding.related:
        return
    lines = _marks_by_line(document, finding)
    gutter = max(len(str(n)) for n in lines) if lines else 1
    offscreen: list[str] = []
    for number in sorted(lines):
        source, marks, outside = _excerpt(document.line_text(number).replace("\t", " "), lines[number], _MAX_WIDTH)
        offscreen.extend(_offscreen_notes(document, finding, number, outside, result.messages))
        if not marks:
            continue
        source, moved = printable_with_offsets(source)
        marks = [(moved[min(start, len(moved) - 1)], moved[min(end, len(moved) - 1)], kind) for start, end, kind in marks]
        text = Text(f"{number:>{gutter}} | ", style="dim")
        body = Text(source)
        for start, end, kind in marks:
            body.stylize("bold red underline" if kind == "primary" else "cyan underline", start, end)
        text.append(body)
        yield text
        yield _underline(document, finding, number, marks, gutter, offscreen)
    code = result.messages
    note = say(code, N_("note"))
    for text in offscreen:
        yield Text(f"{' ' * gutter} = {note}: {printable(text)}", style="cyan")
    for related in finding.related:
        if related.end <= related.start:
            yield Text(f"{' ' * gutter} = {note}: {printable(related.label)}", style="cyan")
    did_you_mean = say(code, N_("did you mean"))
    for suggestion in finding.suggestions:
        did = Text(f"{' ' * gutter} = {did_you_mean}: ", style="green")
        did.append(printable(repr(suggestion.replacement)) if suggestion.replacement else say(code, N_("(remove)")),
                   style="bold green")
        did.append(f"  ({printable(suggestion.title)})", style="dim")
        if suggestion.unsafe:  # a guess of the rule's: --fix makes it only with --unsafe-fixes
            did.append(f"  {say(code, N_('a guess: check it; --fix needs --unsafe-fixes'))}", style="yellow")
        yield did


def _marks_by_line(document, finding: Finding) -> dict[int, list[tuple[int, int, str]]]:  # type: ignore[no-untyped-def]
    """Line number -> (first column, end column, "primary" or "related") for each span to mark."""
    lines: dict[int, list[tuple[int, int, str]]] = {}

    def mark(start: int, end: int, style: str) -> None:
        line, column = document.location(start)
        end_line, end_column = document.location(max(start, end))
        if end_line != line:
            end_column = len(document.line_text(line)) + 1
        lines.setdefault(line, []).append((column - 1, max(column, end_column - 1), style))

    if finding.end > finding.start:
        mark(finding.start, finding.end, "primary")
    for related in finding.related:
        if related.end > related.start:
            mark(related.start, related.end, "related")
    return lines


def _offscreen_notes(document, finding: Finding, number: int, outside, code: str = "en") -> list[str]:  # type: ignore[no-untyped-def]
    """Notes for the related spans of line `number` that fall outside the excerpt shown."""
    notes = []
    for start, _end, kind in outside:
        if kind != "related":
            continue
        for related in finding.related:
            r_line, r_col = document.location(related.start)
            if r_line == number and r_col - 1 == start:
                notes.append(say(code, N_("{label}: {text} at {line}:{column}"), label=related.label,
                                 text=repr(related.text), line=r_line, column=r_col))
    return notes


def _underline(document, finding: Finding, number: int, marks, gutter: int, offscreen: list[str]):  # type: ignore[no-untyped-def]
    """The ^^^ / --- line under a marked line, with the labels of the related spans on it."""
    from rich.text import Text

    underline = [" "] * (max(e for _, e, _ in marks) + 1)
    for start, end, kind in marks:
        for i in range(start, end):
            underline[i] = "^" if kind == "primary" else "-"
    under = Text(" " * gutter + " | ", style="dim")
    under.append("".join(underline).rstrip(), style="red")
    labels = {(r.start, r.end): r.label for r in finding.related}
    notes = []
    for related in finding.related:
        r_line, _ = document.location(related.start)
        if related.end > related.start and r_line == number and any(
            kind == "related" for _, _, kind in marks
        ) and not any(o.startswith(f"{related.label}:") for o in offscreen):
            notes.append(labels[(related.start, related.end)])
    if notes:
        under.append("  " + printable("; ".join(notes)), style="cyan")
    return under


#: The summary's words, one and many: "1 file checked", "3 errors" (said in the report's language).
_CHECKED = {
    "file": (N_("{n} file checked"), N_("{n} files checked")),
    "record": (N_("{n} record checked"), N_("{n} records checked")),
}
_SEVERITIES = {
    "error": (N_("{n} error"), N_("{n} errors")),
    "warning": (N_("{n} warning"), N_("{n} warnings")),
    "info": (N_("{n} info"), N_("{n} infos")),
}
_NOT_DONE = {"file": N_("; {n} could not be read"), "record": N_("; {n} could not be checked")}


def counted(code: str, forms: tuple[str, str], n: int) -> str:
    """`n` and its noun in language `code`: the first form for one, the second for any other count."""
    return say(code, forms[0] if n == 1 else forms[1], n=n)


def summary_line(results: list[CheckResult] | Tally, errors: int, noun: str = "file", code: str | None = None) -> str:
    """'12 files checked: 2 errors, 1 warning' ('records' for a records file), in language `code`
    (by default the one every result's messages are in, else English)."""
    tally = results if isinstance(results, Tally) else Tally.of(results)
    code = code or tally.language
    counts = tally.severities
    parts = [counted(code, _SEVERITIES[s], counts[s]) for s in ("error", "warning", "info") if counts[s]]
    text = counted(code, _CHECKED[noun], tally.files) + ": " + (", ".join(parts) or say(code, N_("no findings")))
    if tally.undated:
        text += say(code, N_("; {n} without a publication date"), n=tally.undated)
    if errors:
        text += say(code, _NOT_DONE[noun], n=errors)
    return text


def statistics_table(results: list[CheckResult] | Tally):
    """Findings per rule: count, code, name, severity, most frequent first."""
    from rich.table import Table

    counts = (results if isinstance(results, Tally) else Tally.of(results)).rules
    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column(justify="right")
    table.add_column()
    table.add_column()
    table.add_column()
    for (code, name, severity), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        table.add_row(str(count), code, name, f"[{_SEVERITY_STYLE[severity]}]{severity}[/]")
    return table


def make_console(no_color: bool = False, width: int | None = None):
    from rich.console import Console

    color = not no_color and "NO_COLOR" not in os.environ
    if width is None and not sys.stdout.isatty():
        width = 200  # logs: a fixed width, so the same run prints the same bytes
    return Console(file=sys.stdout, no_color=not color, highlight=False, soft_wrap=True, width=width,
                   color_system="auto" if color else None)


class TextWriter:
    """The report for people, written file by file: each finding as its file is done; the table
    of findings per rule and the summary line at the end, from the counts."""

    flush_each = True

    def __init__(self, console=None, *, no_color: bool = False, quiet: bool = False,  # type: ignore[no-untyped-def]
                 statistics: bool = False, capture: bool = True, noun: str = "file") -> None:
        """With `capture`, each piece is returned as text (styled for the console) to be written;
        without, it is printed on the console and the text returned is empty."""
        self.console = console or make_console(no_color)
        self.quiet, self.statistics, self.capture, self.noun = quiet, statistics, capture, noun

    def head(self) -> str:
        return ""

    def _out(self, renderables: list) -> str:  # type: ignore[type-arg]
        if not renderables:
            return ""
        console = self.console
        batches = _batched(renderables, plain=console.color_system is None and not console.record)
        if not self.capture:
            for item in batches:
                console.print(item)
            return ""
        with console.capture() as captured:
            for item in batches:
                console.print(item)
        return captured.get()

    def entry(self, result: CheckResult) -> str:
        if self.quiet or self.statistics:
            return ""
        renderables: list = []  # type: ignore[type-arg]
        for finding in result.findings:
            renderables.extend(finding_lines(result, finding))
            renderables.append("")
        return self._out(renderables)

    def tail(self, tally: Tally, errors: list[str] | int, extra: str = "") -> str:
        from rich.text import Text

        if self.statistics:
            return self._out([statistics_table(tally)] if tally.findings else [])
        renderables: list = []  # type: ignore[type-arg]
        if not self.quiet and tally.findings > 1:
            renderables.append(statistics_table(tally))
        count = errors if isinstance(errors, int) else len(errors)
        renderables.append(Text(summary_line(tally, count, self.noun) + extra, style="bold"))
        return self._out(renderables)


def _batched(renderables: list, plain: bool = False) -> list:  # type: ignore[type-arg]
    """The lines of text among `renderables` joined into one Text per run of them, so that the
    console renders a file's findings at once (a print costs the same for one line as for many);
    anything else (a table) stays as it is, between them. With `plain` (a console that writes no
    styles) a run is its characters alone: the spans would be measured and dropped."""
    from rich.text import Text

    out: list = []  # type: ignore[type-arg]
    run: list[Text] = []

    def close() -> None:
        if run:
            out.append(Text("\n".join(line.plain for line in run)) if plain else Text("\n").join(run))
            run.clear()

    for item in renderables:
        if isinstance(item, Text) or item == "":  # "": the blank line after each finding
            run.append(item if isinstance(item, Text) else Text())
            continue
        close()
        out.append(item)
    close()
    return out


def render_text(
    results: list[CheckResult], errors: int = 0, *, no_color: bool = False, quiet: bool = False,
    statistics: bool = False, console=None, extra: str = "",
) -> None:
    writer = TextWriter(console, no_color=no_color, quiet=quiet, statistics=statistics, capture=False)
    for result in results:
        writer.entry(result)
    writer.tail(Tally.of(results), errors, extra)
