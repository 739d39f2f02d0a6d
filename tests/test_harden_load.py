"""Loading never crashes a run: every file's trouble is one line naming it, and the run goes on.

Each case is tried through the command line (exit code, one line on stderr, no traceback) and
through the Python API (datecheck.check, load_text, load_file, ConfigFinder).
"""

from __future__ import annotations

import os
import re
import socket
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import datecheck
from datecheck.config import ConfigError, ConfigFinder
from datecheck.document import DocumentError, load_file, load_text
from datecheck.runner import internal_error, load_job, plan, run_job

from cli_run import ROOT, run_datecheck as run

WRONG_WEEKDAY = "---\ndate: 2025-10-01\n---\nThe hearing is set for Tuesday, Oct. 8, at the library.\n"
RELATIVE = ("The board met yesterday, two days after it met last week, and will meet next month, "
            "a year later, on Thanksgiving, in the third quarter, three years ago, this winter.\n")


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def run_patched(patch: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """The command line run in a fresh process after `patch` (Python) has broken something on purpose."""
    code = f"{patch}\nfrom datecheck.cli import app\napp({list(args)!r}, prog_name='datecheck')\n"
    env = dict(os.environ, NO_COLOR="1", COLUMNS="120")
    env.pop("CI", None)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


# -- the calendar's edges ---------------------------------------------------------------------------

EDGE_DATE_LINES = ["12/31/9999", "01/01/0001", "Dec. 31, 9999", "Jan. 1, 0001", "Friday, Dec. 31, 9999"]


@pytest.mark.parametrize("line", EDGE_DATE_LINES)
def test_calendar_edge_in_a_date_line_api(line: str) -> None:
    text = f"Council notes\n{line}\n{RELATIVE}"
    for name in ("a.txt", "a.md", "a.html"):
        document = load_text(text, name)
        for finding in datecheck.check(text, path=name, select=["ALL"]):
            assert text[finding.start:finding.end] == finding.text
        assert len(document.prose) == len(text)


def test_calendar_edge_in_a_date_line_cli(tmp_path: Path) -> None:
    for number, line in enumerate(EDGE_DATE_LINES):
        (tmp_path / f"edge-{number}.md").write_text(f"Council notes\n{line}\n{RELATIVE}", encoding="utf-8")
    result = run("check", str(tmp_path), "--select", "ALL")
    no_traceback(result)
    assert result.returncode in (0, 1) and f"{len(EDGE_DATE_LINES)} files checked" in result.stdout


@pytest.mark.parametrize("published", [date(1, 1, 1), date(1, 1, 7), date(9999, 12, 31), date(9999, 12, 25)])
def test_published_at_the_calendar_edges_api(published: date) -> None:
    for finding in datecheck.check(RELATIVE + "The club marks the tenth anniversary of its 2016 founding.",
                                   published=published, select=["ALL"]):
        assert finding.start <= finding.end


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31"])
def test_published_at_the_calendar_edges_cli(tmp_path: Path, value: str) -> None:
    (tmp_path / "a.txt").write_text(RELATIVE, encoding="utf-8")
    (tmp_path / "yaml.md").write_text(f"---\ndate: {value}\n---\n{RELATIVE}", encoding="utf-8")
    (tmp_path / "toml.md").write_text(f"+++\ndate = {value}\n+++\n{RELATIVE}", encoding="utf-8")
    flagged = run("check", str(tmp_path / "a.txt"), "--published", value, "--select", "ALL")
    from_front_matter = run("check", str(tmp_path / "yaml.md"), str(tmp_path / "toml.md"), "--select", "ALL")
    for result in (flagged, from_front_matter):
        no_traceback(result)
        assert result.returncode in (0, 1), result.stderr
    assert "without a publication date" not in from_front_matter.stdout


def test_anniversary_ordinal_beyond_words() -> None:
    """An ordinal over 999 is suggested in digits ("7983rd"), not looked up in a word table."""
    (finding,) = datecheck.check("The club marks the tenth anniversary of its 2016 founding this week.",
                                 published=date(9999, 12, 31), select=["anniversary-mismatch"])
    assert [s.replacement for s in finding.suggestions] == ["7983rd"]


# -- the per-file guard ----------------------------------------------------------------------------

BREAK_DATE_LINE = """
import datecheck.document.published as published
real = published.find_dateline
def find_dateline(prose, *args, **kwargs):
    if 'Broken' in prose:
        raise OverflowError('date value out of range\\nsecond line')
    return real(prose, *args, **kwargs)
published.find_dateline = find_dateline
"""


def test_internal_error_in_date_line_discovery_cli(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Broken notes\n" + RELATIVE, encoding="utf-8")
    (tmp_path / "b.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    for command in ("check", "extract", "timeline"):
        result = run_patched(BREAK_DATE_LINE, command, str(tmp_path))
        no_traceback(result)
        assert result.returncode == 2, (command, result.stderr)
        assert "a.txt: internal error (OverflowError: date value out of range); please report this file" in result.stderr
        assert "second line" not in result.stderr
    assert "DC101" in run_patched(BREAK_DATE_LINE, "check", str(tmp_path)).stdout  # b.md still checked


def test_internal_error_in_date_line_discovery_api(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datecheck.document.published as published

    (tmp_path / "a.txt").write_text("Broken notes\n" + RELATIVE, encoding="utf-8")
    monkeypatch.setattr(published, "find_dateline", lambda *a, **k: 1 / 0)
    (job,), _ = plan([str(tmp_path / "a.txt")], ConfigFinder(), {})
    with pytest.raises(DocumentError, match=r"a\.txt: internal error \(ZeroDivisionError"):
        load_job(job, None)
    outcome = run_job(job, None)
    assert outcome.result is None and "internal error (ZeroDivisionError: division by zero)" in outcome.error


def test_internal_error_while_rendering_cli(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    (tmp_path / "b.md").write_text(WRONG_WEEKDAY.replace("Oct. 8", "Oct. 9"), encoding="utf-8")
    patch = """
import datecheck.report.check_text as text
real = text.finding_lines
def finding_lines(result, finding):
    if result.document.path.endswith('a.md'):
        raise KeyError('boom')
    return real(result, finding)
text.finding_lines = finding_lines
"""
    result = run_patched(patch, "check", str(tmp_path))
    no_traceback(result)
    assert result.returncode == 2
    assert "a.md: internal error (KeyError: 'boom')" in result.stderr
    assert "b.md:4:" in result.stdout and "a.md:4:" not in result.stdout


def test_report_to_an_output_that_cannot_show_every_character(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(WRONG_WEEKDAY.replace("hearing", "caf\u00e9 hearing"), encoding="utf-8")
    result = run("check", str(tmp_path / "a.md"), env={"PYTHONIOENCODING": "ascii"})
    no_traceback(result)
    assert result.returncode == 1 and "The caf\\xe9 hearing" in result.stdout


def test_internal_error_is_one_line() -> None:
    message = internal_error("x.md", ValueError("first\nsecond " + "y" * 500))
    assert "\n" not in message and message.startswith("x.md: internal error (ValueError: first)")


# -- what is read: standard input, folders, config -------------------------------------------------

def test_binary_standard_input_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "datecheck", "check", "-"], input=b"ab\x00\x00cd\x01",
                          capture_output=True, cwd=ROOT, timeout=120)
    stderr = done.stderr.decode()
    assert done.returncode == 2 and "Traceback" not in stderr
    assert stderr.splitlines() == ["datecheck: -: binary file (NUL bytes), not checked"]


def test_binary_standard_input_api() -> None:
    from datecheck.document import decode

    with pytest.raises(DocumentError, match="binary file"):
        decode(b"ab\x00\x00cd", "-")


def test_unsearchable_folder_during_config_lookup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that can be listed but not searched (r without x): stat inside it fails with EACCES
    (simulated: the tests may run as root, who can search anything)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    (tmp_path / "b.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    real = Path.is_file

    def is_file(self: Path) -> bool:
        if self.parent == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "is_file", is_file)
    jobs, errors = plan([str(tmp_path)], ConfigFinder(), {})
    assert [Path(job.path).name for job in jobs] == ["b.md"]
    assert errors == [f"{locked}: cannot be searched for a config file (Permission denied); "
                      "the files under it are not checked"]
    jobs, errors = plan([str(locked / "a.md")], ConfigFinder(), {})
    assert not jobs and errors[0].startswith(f"{locked}: cannot be searched")


def test_unsearchable_folder_cli(tmp_path: Path) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    patch = f"""
from pathlib import Path
real = Path.is_file
def is_file(self):
    if self.parent.name == 'locked':
        raise PermissionError(13, 'Permission denied', str(self))
    return real(self)
Path.is_file = is_file
"""
    result = run_patched(patch, "check", str(tmp_path / "locked" / "a.md"))
    no_traceback(result)
    assert result.returncode == 2 and "locked: cannot be searched for a config file (Permission denied)" in result.stderr


@pytest.mark.parametrize("config, line, problem", [
    ("tool = 5\n", 1, "tool must be a table ([tool.datecheck]), not an integer"),
    ("name = 'x'\ntool = [1, 2]\n", 2, "tool must be a table ([tool.datecheck]), not a list"),
    ("[tool]\ndatecheck = 5\n", 2, "[tool.datecheck] must be a table, not an integer"),
    ("[tool.datecheck]\nselect = 5\n", 2, "select must be a list of rule codes or names"),
    ("[tool.datecheck]\n\nseverity = 5\n", 3, "severity must be a table"),
    ("[tool.datecheck]\nper-file-ignores = [1]\n", 2, "per-file-ignores must be a table"),
    ("[tool.datecheck]\nrules = 'x'\n", 2, "rules must be a table"),
    ("[tool.datecheck]\ndate-order = 5\n", 2, "date-order must be \"MDY\" or \"DMY\", not 5"),
    ("[tool.datecheck]\nfail-on = ['error']\n", 2, "fail-on must be one of error, warning, info"),
    ("[tool.datecheck]\nmax-file-size = 'big'\n", 2, "max-file-size must be a number of MiB"),
    ("[tool.datecheck]\nmax-file-size = 0\n", 2, "max-file-size must be a number of MiB"),
    ("[tool.datecheck]\nexclude = 5\n", 2, "exclude must be a list of globs"),
])
def test_wrong_types_in_pyproject(tmp_path: Path, config: str, line: int, problem: str) -> None:
    (tmp_path / "pyproject.toml").write_text(config, encoding="utf-8")
    (tmp_path / "a.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        ConfigFinder().for_path(tmp_path / "a.md")
    assert str(raised.value).startswith(f"{tmp_path / 'pyproject.toml'}:{line}: {problem}")
    for args in (("check", str(tmp_path)), ("config", str(tmp_path))):
        result = run(*args)
        no_traceback(result)
        assert result.returncode == 2
        assert result.stderr.splitlines() == [f"datecheck: {raised.value}"]


def test_symlink_loop_is_reported(tmp_path: Path) -> None:
    (tmp_path / "loop.md").symlink_to(tmp_path / "loop.md")
    (tmp_path / "datecheck.toml").write_text('exclude = ["drafts/**"]\n', encoding="utf-8")
    (tmp_path / "b.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    result = run("check", str(tmp_path))
    no_traceback(result)
    assert result.returncode == 2 and "loop.md: cannot be read (Too many levels of symbolic links)" in result.stderr
    assert "b.md:4:" in result.stdout


# -- only regular files, of a bounded size ---------------------------------------------------------

@pytest.fixture
def odd_files(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A folder with a FIFO and a socket named like stories, and a story beside them."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(tmp_path / "pipe.md")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock.md"))
    (tmp_path / "story.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    yield tmp_path
    server.close()


def test_special_files_are_skipped_cli(odd_files: Path) -> None:
    scanned = run("check", str(odd_files))  # a FIFO opened for reading would block here forever
    named = run("check", str(odd_files / "pipe.md"), "/dev/null", str(odd_files / "story.md"))
    for result in (scanned, named):
        no_traceback(result)
        assert result.returncode == 2 and "story.md:4:" in result.stdout
        assert "pipe.md: is a FIFO (named pipe), not a regular file; not checked" in result.stderr
    assert "sock.md: is a socket, not a regular file; not checked" in scanned.stderr
    assert "/dev/null: is a character device, not a regular file; not checked" in named.stderr


def test_special_files_are_skipped_api(odd_files: Path) -> None:
    for name, kind in (("pipe.md", "FIFO"), ("sock.md", "socket")):
        with pytest.raises(DocumentError, match=kind):
            load_file(odd_files / name)
    with pytest.raises(DocumentError, match="character device"):
        load_file("/dev/zero")
    with pytest.raises(DocumentError, match="is a directory"):
        load_file(odd_files)
    assert stat.S_ISFIFO(os.stat(odd_files / "pipe.md").st_mode)


def test_size_bound(tmp_path: Path) -> None:
    from datecheck.document import MAX_BYTES

    assert MAX_BYTES == 10 * 1024 * 1024
    (tmp_path / "datecheck.toml").write_text("max-file-size = 0.5\n", encoding="utf-8")
    (tmp_path / "big.txt").write_text("The vote was Tuesday.\n" * 30_000, encoding="utf-8")  # 660 KB
    (tmp_path / "small.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.returncode == 2 and "small.md:4:" in result.stdout
    assert "big.txt: larger than 0.5 MiB (max-file-size), not checked" in result.stderr
    piped = run("check", "-", "--stdin-filename", str(tmp_path / "x.txt"), stdin="The vote was Tuesday.\n" * 30_000)
    assert piped.returncode == 2 and "x.txt: larger than 0.5 MiB (max-file-size), not checked" in piped.stderr
    with pytest.raises(DocumentError, match="larger than 0.5 MiB"):
        load_file(tmp_path / "big.txt", max_bytes=512 * 1024)
    assert re.search(r"^max-file-size +0\.5 MiB +\[.*datecheck\.toml\]$", run("config", str(tmp_path)).stdout, re.M)


# -- front matter, JSON-LD and HTML that would blow up ---------------------------------------------

def alias_bomb(levels: int = 8, width: int = 9) -> str:
    lines = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return "---\n" + "\n".join(lines) + f"\ndate: *a{levels - 1}\n---\nThe vote was Tuesday, Oct. 7.\n"


def test_yaml_alias_bomb_api() -> None:
    with pytest.raises(DocumentError, match=r"bomb\.md: front matter YAML aliases expand to more than 10,000 values"):
        load_text(alias_bomb(), "bomb.md")
    with pytest.raises(DocumentError, match="more than 100 YAML aliases"):
        load_text("---\nx: &x 1\nys: [" + ", ".join(["*x"] * 101) + "]\n---\nText.\n", "many.md")
    with pytest.raises(DocumentError, match="nested more than 50 levels"):
        load_text("---\nx: " + "[" * 60 + "]" * 60 + "\n---\nText.\n", "deep.md")
    fine = load_text("---\nbase: &b {date: 2025-10-01}\npost:\n  <<: *b\ndate: 2025-10-01\n---\nText.\n", "ok.md")
    assert fine.published is not None and fine.published.date == date(2025, 10, 1)


def test_yaml_alias_bomb_cli(tmp_path: Path) -> None:
    (tmp_path / "bomb.md").write_text(alias_bomb(), encoding="utf-8")
    (tmp_path / "story.md").write_text(WRONG_WEEKDAY, encoding="utf-8")
    result = run("check", str(tmp_path))
    no_traceback(result)
    assert result.returncode == 2 and "story.md:4:" in result.stdout
    assert result.stderr.splitlines() == [
        f"datecheck: {tmp_path / 'bomb.md'}: front matter YAML aliases expand to more than 10,000 values, not checked"]


NESTED_JSON_LD = ('<html><head><script type="application/ld+json">' + "[" * 100_000 + "</script></head>"
                  "<body><p>The vote was Monday, Oct. 7, 2025.</p></body></html>")


def test_deep_json_ld_api() -> None:
    from datecheck.document.html import json_depth, mask_html

    document = load_text(NESTED_JSON_LD, "deep.html")
    assert document.published is None and "Monday, Oct. 7, 2025" in document.prose
    assert json_depth('{"a": "[[[[", "b": [[1]]}') == 3
    shallow = '<script type="application/ld+json">' + '{"x": ' * 50 + '{"datePublished": "2025-10-02"}' + "}" * 50
    assert mask_html(shallow + "</script>")[1]["json-ld:datePublished"] == "2025-10-02"


def test_deep_json_ld_cli(tmp_path: Path) -> None:
    (tmp_path / "deep.html").write_text(NESTED_JSON_LD, encoding="utf-8")
    result = run("check", str(tmp_path / "deep.html"), "--published", "2025-10-08")
    no_traceback(result)
    assert result.returncode == 1 and "DC101" in result.stdout


@pytest.mark.parametrize("chunk", ["<!--", "<p>x <!-- y ", "<?", "</", "<!", '<a href="', "<a ", "&#", "<![CDATA["])
def test_html_unclosed_markup_is_read_in_one_pass(chunk: str) -> None:
    """Python's html.parser took minutes on 80,000 unclosed `<!--` (it rescans the rest for each);
    400 KB of each of these is read at once here."""
    text = "<p>Tuesday, Oct. 7, 2025.</p>" + chunk * (400_000 // len(chunk))
    document = load_text(text, "page.html")
    assert len(document.prose) == len(text) and document.prose.startswith("\n  Tuesday, Oct. 7, 2025.")


def test_html_unclosed_comment_runs_to_the_end() -> None:
    from datecheck.document.html import mask_html

    prose, _ = mask_html("<p>Seen Oct. 7.</p><!-- hidden Oct. 8 <p>still hidden Oct. 9</p>")
    assert "Oct. 7" in prose and "Oct. 8" not in prose and "Oct. 9" not in prose
    page = "<p>AT&T rose &amp; fell&nbsp;Oct. 7 &#8212; <b title='a>b'>bold</b> a < b</p>"
    prose, _ = mask_html(page)
    shown = {"AT&T rose ": "AT&T rose ", "&amp;": "&    ", " fell": " fell", "&nbsp;": "      ",
             "Oct. 7 ": "Oct. 7 ", "&#8212;": "\u2014      ", "bold": "bold", " a < b": " a < b"}
    for written, read in shown.items():
        at = page.index(written)
        assert prose[at:at + len(written)] == read
    assert prose.count("\n") == 2 and "title" not in prose and "a>b" not in prose


# -- --published, strictly -------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["-5-01-01", "2024-12-24garbage", "12/24/2024", "24 December 12", "0000-01-01",
                                   "2024-02-30", "24 December, 2024!!", "December 2024", "next Tuesday"])
def test_published_flag_refuses(value: str) -> None:
    from datecheck.cli.options import published_date

    with pytest.raises(ValueError):
        published_date(value)
    result = run("check", str(ROOT / "fixtures/articles/harbor-bridge.md"), f"--published={value}")
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(f"datecheck: --published: not a date: {value!r} (")


@pytest.mark.parametrize("value, day", [
    ("2024-12-24", date(2024, 12, 24)), ("0001-01-01", date(1, 1, 1)), ("9999-12-31", date(9999, 12, 31)),
    ("2024-12-24T09:30:00Z", date(2024, 12, 24)), ("24 December 2024", date(2024, 12, 24)),
    ("Dec. 24, 2024", date(2024, 12, 24)), (" 24 décembre 2024 ", date(2024, 12, 24)),
])
def test_published_flag_accepts(value: str, day: date) -> None:
    from datecheck.cli.options import published_date

    assert published_date(value) == day
