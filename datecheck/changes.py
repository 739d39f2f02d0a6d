"""`--changed-since REV`: which lines of which files changed since a git revision (for PR checks)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)


class ChangesError(Exception):
    pass


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise ChangesError("--changed-since needs git, which was not found") from None
    if done.returncode != 0:
        raise ChangesError(f"--changed-since: git {' '.join(args[:2])} failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
    return done.stdout


class ChangedLines:
    """The lines added or changed since `revision`, per file; untracked files count as all new."""

    def __init__(self, revision: str, cwd: Path | None = None) -> None:
        cwd = cwd or Path.cwd()
        self.top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
        _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], cwd)
        diff = _git(["diff", "--unified=0", "--no-color", "--no-ext-diff", "--relative", revision, "--"], self.top)
        self.lines: dict[str, set[int]] = {}
        current: str | None = None
        for line in diff.splitlines():
            if line.startswith("+++ "):
                name = line[4:]
                current = name[2:] if name.startswith("b/") else None
                if current is not None:
                    self.lines.setdefault(current, set())
            elif line.startswith("@@") and current is not None:
                match = _HUNK.match(line)
                if match:
                    first, count = int(match.group(1)), int(match.group(2) or 1)
                    self.lines[current].update(range(first, first + count))
        untracked = _git(["ls-files", "--others", "--exclude-standard"], self.top)
        self.untracked = {name for name in untracked.splitlines() if name}

    def changed(self, path: str, line: int) -> bool:
        try:
            relative = Path(path).resolve().relative_to(self.top.resolve()).as_posix()
        except ValueError:
            return True  # outside the repository: nothing to compare with
        if relative in self.untracked:
            return True
        return line in self.lines.get(relative, ())
