"""Records cost the command line nothing at start-up: Dask, pandas and pyarrow are imported by
datecheck.dask and by reading a .parquet file alone, and the records modules only by --records."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
HEAVY = ("dask", "pandas", "pyarrow", "numpy")


def _imported(*args: str, cwd: Path = ROOT) -> set[str]:
    run = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True, text=True, env=ENV, cwd=cwd)
    assert run.returncode in (0, 1), run.stderr[-2000:]
    return {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")}


def test_check_help_imports_no_records_machinery() -> None:
    imported = _imported("-m", "datecheck", "check", "--help")
    assert not [name for name in imported if name.split(".")[0] in HEAVY]
    assert not [name for name in imported if name.startswith(("datecheck.records", "datecheck.dask",
                                                              "datecheck.cli.output", "datecheck.report"))]


def test_checking_json_lines_imports_neither_dask_nor_pyarrow(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "Filed on Monday.", "published": "2026-03-02"}) + "\n",
                                      encoding="utf-8")
    imported = _imported("-m", "datecheck", "check", "--records", "a.jsonl", "--jobs", "1", cwd=tmp_path)
    assert "datecheck.records.read" in imported
    assert not [name for name in imported if name.split(".")[0] in HEAVY or name == "datecheck.dask"]


def test_importing_the_package_and_the_cli_leaves_dask_out() -> None:
    code = ("import sys, datecheck, datecheck.cli, datecheck.records.check; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'pandas', 'pyarrow')))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV, cwd=ROOT)
    assert run.stdout.strip() == "[]", run.stderr


def test_parquet_without_pyarrow_says_what_to_install(tmp_path: Path) -> None:
    (tmp_path / "a.parquet").write_bytes(b"PAR1")
    code = ("import sys; sys.modules['pyarrow'] = None; "
            "sys.argv = ['datecheck', 'check', '--records', 'a.parquet']\n"
            "from datecheck.cli import app; app()")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV, cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr == "datecheck: a.parquet: reading Parquet needs pyarrow: pip install 'datecheck[parquet]'\n"
