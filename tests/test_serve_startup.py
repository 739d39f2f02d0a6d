"""The server costs the command line nothing at start-up: Starlette, uvicorn, httpx and python-docx
are imported by `datecheck serve` (or by reading a Word file) alone; without the extra the command
says what to install; and `datecheck serve` itself listens, warns and refuses as the README says."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
HEAVY = ("starlette", "uvicorn", "httpx", "httpcore", "anyio", "h11", "docx", "lxml", "datecheck.serve",
         "datecheck.document.docx")


def _imported(*args: str) -> set[str]:
    run = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True, text=True, env=ENV, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-2000:]
    return {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")}


def _heavy(names: set[str]) -> list[str]:
    return sorted(name for name in names if name.split(".")[0] in HEAVY or any(name.startswith(h) for h in HEAVY
                                                                                if "." in h))


def test_check_help_imports_no_server() -> None:
    imported = _imported("-m", "datecheck", "check", "--help")
    assert "datecheck.cli.serve" in imported  # the command is registered ...
    assert _heavy(imported) == []  # ... and nothing behind it


def test_checking_a_text_file_imports_no_server_and_no_word_reader() -> None:
    imported = _imported("-m", "datecheck", "check", "--exit-zero", "fixtures/articles/harbor-bridge.md")
    assert [name for name in _heavy(imported) if name != "datecheck.document.docx"] == []
    assert "docx" not in imported and "lxml" not in imported


def test_without_the_extra_the_command_says_what_to_install() -> None:
    code = ("import sys; sys.modules['starlette'] = None; sys.argv = ['datecheck', 'serve']\n"
            "from datecheck.cli import app; app()")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV, cwd=ROOT)
    assert run.returncode == 2
    assert "pip install 'datecheck[server]'" in run.stderr and "Traceback" not in run.stderr


def test_the_token_variable_is_the_one_documented() -> None:
    from datecheck.cli.serve import TOKEN_VARIABLE
    from datecheck.serve.settings import TOKEN_VARIABLE as SERVER_VARIABLE

    assert TOKEN_VARIABLE == SERVER_VARIABLE == "DATECHECK_SERVE_TOKEN"
    assert "DATECHECK_SERVE_TOKEN" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["--languagetool-upstream", "ftp://lt.example.org"], "--languagetool-upstream: not an http:// or https:// URL"),
    (["--host", "no-such-host.invalid"], "cannot listen on 'no-such-host.invalid'"),
    (["--port", "70000"], "70000"),
])
def test_bad_options_are_one_line_errors(args: list[str], message: str) -> None:
    run = subprocess.run([sys.executable, "-m", "datecheck", "serve", *args], capture_output=True, text=True,
                         env=ENV, cwd=ROOT, timeout=60)
    assert run.returncode == 2 and message in run.stderr and "Traceback" not in run.stderr


def _start(*args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, list[str], str]:
    """`datecheck serve ARGS` on a free port: the process, what it printed before serving, its URL."""
    process = subprocess.Popen([sys.executable, "-m", "datecheck", "serve", "--port", "0", *args],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                               env={**ENV, **(env or {})}, cwd=ROOT)
    lines: list[str] = []
    assert process.stderr is not None
    for line in process.stderr:
        lines.append(line.rstrip("\n"))
        found = re.search(r"serving the checking page at (http://\S+/)", line)
        if found:
            return process, lines, found.group(1)
    process.wait(10)
    raise AssertionError("the server did not start: " + "\n".join(lines))


def _stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_serve_listens_on_loopback_by_default_and_answers() -> None:
    import httpx

    process, lines, url = _start()
    try:
        assert url.startswith("http://127.0.0.1:") and not [line for line in lines if "warning" in line]
        page = httpx.get(url, timeout=30)
        assert page.status_code == 200 and 'for="story"' in page.text
        answer = httpx.post(url + "api/check", json={"text": "Due June 3.", "default_published": "2025-05-30"}, timeout=60)
        assert answer.status_code == 200 and answer.json()["files"][0]["findings"] == []
    finally:
        _stop(process)


def test_serve_on_every_address_warns_and_takes_its_token_from_the_environment() -> None:
    import httpx

    process, lines, url = _start("--host", "0.0.0.0", env={"DATECHECK_SERVE_TOKEN": "from-the-env"})
    try:
        warning = "\n".join(lines)
        assert "warning: listening on 0.0.0.0: other machines can reach this server" in warning
        assert "--allowed-host NAME" in warning and "anyone who can reach it" not in warning
        assert httpx.post(url + "api/check", json={"text": "Due June 3."}, timeout=60).status_code == 401
        good = httpx.post(url + "api/check", json={"text": "Due June 3."}, timeout=60,
                          headers={"Authorization": "Bearer from-the-env"})
        assert good.status_code == 200
    finally:
        _stop(process)


def test_the_page_ships_in_the_package() -> None:
    import tomllib
    from fnmatch import fnmatch

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["datecheck.serve"]
    static = ROOT / "datecheck" / "serve" / "static"
    files = sorted(path.relative_to(static.parent).as_posix() for path in static.iterdir())
    assert files == ["static/index.html", "static/page.css", "static/page.js"]
    assert all(any(fnmatch(name, pattern) for pattern in patterns) for name in files)
    extras = config["project"]["optional-dependencies"]
    assert {"starlette", "uvicorn", "httpx"} <= {r.split(">")[0].split("[")[0] for r in extras["server"]}
    assert {"starlette", "uvicorn", "httpx", "python-docx", "playwright"} <= {
        r.split(">")[0].split("[")[0] for r in extras["test"]}
