"""Nothing a document or a file name holds reaches a terminal raw or forges a line of output.

Terminal escapes (`ESC [2J` clears the screen, `ESC ]0;...BEL` retitles the window), C1 controls,
bidirectional overrides and line breaks are shown escaped in the text, concise and github formats
and in every DC902 message; GitHub workflow commands are escaped as the runner unescapes them; the
machine formats are valid UTF-8 even for a file name that is not.
"""

from __future__ import annotations

import io
import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

from cli_run import run_datecheck as run
from datecheck.document import load_text
from datecheck.engine import check_document
from datecheck.report.check_concise import render_concise
from datecheck.report.check_github import render_github
from datecheck.report.check_json import render_json
from datecheck.report.check_jsonl import render_jsonl
from datecheck.report.check_sarif import render_sarif
from datecheck.report.safe import json_text, printable, printable_with_offsets, uri_path

DAY = date(2025, 10, 1)
CLEAR, TITLE, CSI_C1, OVERRIDE = "\x1b[2J", "\x1b]0;hello\x07", "\x9b31m", "\u202e"
#: A story whose weekday is wrong (DC101), with every kind of escape in the same line, and a
#: suppression naming a "rule" that holds an escape sequence (DC902 quotes it).
STORY = (f"---\ndate: 2025-10-01\n---\nThe ferry {CLEAR}{TITLE} resumes on Tuesday, Oct. 8.{OVERRIDE} {CSI_C1}\n"
         "<!-- datecheck-disable DC777\x1b[31m -->\n")
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")  # all but \n


def results(path: str = "news/ferry.md", text: str = STORY):  # type: ignore[no-untyped-def]
    return [check_document(load_text(text, path))]


def text_report(path: str = "news/ferry.md", text: str = STORY) -> str:
    from rich.console import Console

    from datecheck.report.check_text import render_text

    out = io.StringIO()
    render_text(results(path, text), console=Console(file=out, width=200, no_color=True, highlight=False))
    return out.getvalue()


# -- the escaping itself -------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "shown"), [
    ("\x1b[2J", "\\x1b[2J"),
    ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),
    ("a\nb\rc\td", "a\\nb\\rc\\td"),
    ("\x9b31m \x85", "\\x9b31m \\x85"),
    ("\u202eevil\u202c \u2066x\u2069", "\\u202eevil\\u202c \\u2066x\\u2069"),
    ("line\u2028sep", "line\\u2028sep"),
    ("bad\udcff.md", "bad\\xff.md"),  # a byte of a file name that is not UTF-8
    ("caf\u00e9 \u05e9\u05dc\u05d5\u05dd\u200f \u0627\u061c \U0001f4c5", "caf\u00e9 \u05e9\u05dc\u05d5\u05dd\u200f \u0627\u061c \U0001f4c5"),
])
def test_printable(raw: str, shown: str) -> None:
    assert printable(raw) == shown


def test_offsets_follow_the_escapes() -> None:
    shown, offsets = printable_with_offsets("a\x1bb")
    assert shown == "a\\x1bb" and offsets == [0, 1, 5, 6]


# -- text, concise and github: nothing raw --------------------------------------------------------

def test_text_report_shows_escapes_from_the_document_escaped() -> None:
    out = text_report()
    assert not RAW.search(out), repr(RAW.search(out))
    assert "\\x1b[2J\\x1b]0;hello\\x07" in out and "\\x9b31m" in out and "\\u202e" in out
    assert "'DC777\\x1b[31m' is not a rule code or name" in out


def test_text_report_marks_stay_under_what_they_mark() -> None:
    lines = text_report().splitlines()
    source = next(i for i, line in enumerate(lines) if line.startswith("4 | "))
    column = lines[source].index("Tuesday")
    assert lines[source + 1][column:column + 7] == "^^^^^^^"
    assert lines[source + 1][column - 1] == " "


@pytest.mark.parametrize("name", ["news/a\nforged.md:1:1: DC101 fake.md", "news/\x1b]0;hello\x07.md", "news/\u202edm.md"])
def test_text_and_concise_show_a_file_name_on_one_line(name: str) -> None:
    concise = render_concise(results(name))
    assert len(concise.splitlines()) == 2 and not RAW.search(concise)
    assert all(line.startswith(printable(name) + ":") for line in concise.splitlines())
    out = text_report(name)
    assert not RAW.search(out)
    assert sum(line.startswith(printable(name) + ":") for line in out.splitlines()) == 2


def _github_unescape(value: str) -> str:
    """What the Actions runner makes of an escaped value."""
    for escaped, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(escaped, char)
    return value


def test_github_annotations_cannot_be_forged_by_a_file_name() -> None:
    name = "news/a.md\n::error file=other.md,line=1::forged\r\n::warning ::x%0A.md"
    out = render_github(results(name))
    lines = out.splitlines()
    assert len(lines) == 2 and all(re.match(r"::(error|notice) file=", line) for line in lines)
    assert "forged" in lines[0] and "::error file=other" not in out and not RAW.search(out)
    properties = lines[0].split(" ", 1)[1].split("::", 1)[0]
    file_value = properties.split(",")[0].removeprefix("file=")
    assert _github_unescape(file_value) == name  # the runner gets the real name back
    assert "%25" in file_value and "%0A" in file_value and "%0D" in file_value and "%3A" in file_value


def test_github_messages_are_printable_and_escaped() -> None:
    text = STORY + "<!-- datecheck-disable 50%\n-->\n"
    out = render_github(results("news/ferry.md", text))
    assert not RAW.search(out)
    notices = [line for line in out.splitlines() if line.startswith("::notice")]
    assert any("'DC777\\x1b[31m'" in line for line in notices)
    assert any("'50%25' is not a rule code or name" in line for line in notices)


# -- DC902 messages in every format ---------------------------------------------------------------

@pytest.mark.parametrize("render", [render_json, render_jsonl, render_sarif, render_concise, render_github])
def test_dc902_messages_are_escaped_in_every_format(render) -> None:  # type: ignore[no-untyped-def]
    out = render(results())
    assert "\x1b" not in out and "DC777\\x1b[31m" in out.replace("\\\\", "\\")


# -- machine formats: valid UTF-8, exact where JSON can be ----------------------------------------

def test_machine_formats_are_utf8_for_a_file_name_that_is_not() -> None:
    checked = results("news/bad\udcff\udcfe.md")
    for render in (render_json, render_jsonl, render_sarif):
        render(checked).encode("utf-8")  # no lone surrogate left to fail, or to be written as a raw byte
    assert json.loads(render_json(checked))["files"][0]["path"] == "news/bad\\xff\\xfe.md"
    assert json.loads(render_jsonl(checked).splitlines()[0])["path"] == "news/bad\\xff\\xfe.md"
    location = json.loads(render_sarif(checked))["runs"][0]["results"][0]["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "news/bad%FF%FE.md"


def test_json_keeps_document_text_exact() -> None:
    data = json.loads(render_json(results()))
    finding = data["files"][0]["findings"][-1]
    assert finding["text"] == "<!-- datecheck-disable DC777\x1b[31m -->"  # a JSON escape, read back exactly
    raw = render_json(results())
    assert "\x9b" not in raw and "\u202e" not in raw


def test_json_text_and_uri_path() -> None:
    assert json_text({"p": "a\udcffb", "c": "\x85\u2028"}) == '{"p": "a\\\\xffb", "c": "\\u0085\\u2028"}'
    assert uri_path("news/bad\udcff name#1?.md") == "news/bad%FF%20name%231%3F.md"
    assert uri_path("news/caf\u00e9.md") == "news/caf%C3%A9.md"
    assert uri_path("news/plain-name_1.md") == "news/plain-name_1.md"


# -- end to end, with real file names --------------------------------------------------------------

def _make(tmp_path: Path, raw_name: bytes) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    try:
        with open(os.path.join(os.fsencode(folder), raw_name), "w", encoding="utf-8") as handle:
            handle.write(STORY)
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take such a name")
    return folder


@pytest.mark.parametrize("output_format", ["json", "jsonl", "sarif"])
def test_cli_machine_formats_with_an_undecodable_file_name(tmp_path: Path, output_format: str) -> None:
    folder = _make(tmp_path, b"bad\xff.md")
    result = run("check", str(folder), "--format", output_format, env={"PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 1, result.stderr
    assert "bad\\\\xff.md" in result.stdout or "bad%FF.md" in result.stdout
    assert "\x1b" not in result.stdout


@pytest.mark.parametrize("output_format", ["text", "concise", "github"])
def test_cli_human_formats_with_a_newline_in_a_file_name(tmp_path: Path, output_format: str) -> None:
    folder = _make(tmp_path, b"a\n::error file=x.md,line=1::forged.md")
    result = run("check", str(folder), "--format", output_format)
    assert result.returncode == 1, result.stderr
    assert not RAW.search(result.stdout)
    assert not any(line.startswith("::error file=x.md") for line in result.stdout.splitlines())
    assert "\\x1b[2J" in result.stdout or output_format != "text"
