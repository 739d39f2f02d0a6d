"""`--changed-since REV`: which lines of which files changed since a git revision (for PR checks).

The comparison is with the merge base of REV and HEAD (what a pull request adds, not what the
target branch gained since), in the repository of each checked path (not the current folder).
git is asked in a way no user setting can change: no prefixes (`diff.noprefix`,
`diff.mnemonicPrefix` and `diff.srcPrefix` are overridden), no external diff or text conversion,
no renames, no colour. Names are read exactly, whatever characters they hold: a patch header
quotes an unusual name C-style whatever `-z` says, so the quoting is undone byte for byte, and the
untracked files are listed NUL-separated.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

_HUNK = re.compile(rb"@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")

#: git's C-style escapes in a quoted name (octal escapes are handled apart)
_ESCAPES = {ord("a"): 7, ord("b"): 8, ord("t"): 9, ord("n"): 10, ord("v"): 11, ord("f"): 12, ord("r"): 13,
            ord('"'): ord('"'), ord("\\"): ord("\\")}

#: the settings git is run with whatever the user's config says (no file-system monitor is started)
_GIT = ["git", "-c", "core.quotePath=true", "-c", "core.fsmonitor=false", "-c", "color.ui=false"]


#: the most paths handed to git by name; past that, it compares the whole repository
_MAX_SCOPES = 2000


class ChangesError(Exception):
    pass


def _git(args: list[str], cwd: Path) -> bytes:
    try:
        done = subprocess.run([*_GIT, *args], cwd=cwd, capture_output=True, check=False, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise ChangesError("--changed-since needs git, which was not found") from None
    except OSError as error:
        raise ChangesError(f"--changed-since: git could not be run in {cwd} ({error.strerror})") from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ChangesError(f"--changed-since: git {args[0]} failed in {cwd}: {lines[-1] if lines else done.returncode}")
    return done.stdout


def unquote(name: bytes) -> bytes:
    """A file name as git prints it in a patch header -> its bytes (quotes and escapes undone)."""
    if not (name.startswith(b'"') and name.endswith(b'"') and len(name) >= 2):
        return name
    body, out, i = name[1:-1], bytearray(), 0
    while i < len(body):
        byte = body[i]
        if byte != ord("\\") or i + 1 == len(body):
            out.append(byte)
            i += 1
        elif body[i + 1:i + 4].isdigit() and len(body[i + 1:i + 4]) == 3:
            out.append(int(body[i + 1:i + 4], 8) & 0xFF)
            i += 4
        else:
            out.append(_ESCAPES.get(body[i + 1], body[i + 1]))
            i += 2
    return bytes(out)


def _header_name(line: bytes) -> str | None:
    """The new name of a `+++ ` header line; None for a deleted file."""
    name = line[4:]
    if name.endswith(b"\t"):  # git ends a name holding a space with a tab (a tab in a name is quoted)
        name = name[:-1]
    if name == b"/dev/null":
        return None
    return os.fsdecode(unquote(name))


def parse_diff(diff: bytes) -> dict[str, set[int]]:
    """The new-side line numbers of each file in a `git diff --unified=0 --no-prefix` patch."""
    lines: dict[str, set[int]] = {}
    current: str | None = None
    old = new = 0  # lines of the current hunk still to come: an added '+++ x' is content, not a header
    for line in diff.split(b"\n"):
        if old > 0 or new > 0:
            if line.startswith(b"-"):
                old -= 1
            elif line.startswith(b"+"):
                new -= 1
            elif line.startswith(b" "):
                old, new = old - 1, new - 1
            continue  # '\ No newline at end of file' counts for neither side
        if line.startswith(b"diff "):
            current = None
        elif line.startswith(b"+++ "):
            current = _header_name(line)
            if current is not None:
                lines.setdefault(current, set())
        elif line.startswith(b"@@ "):
            match = _HUNK.match(line)
            if match:
                old = int(match.group(1) or b"1")
                first, new = int(match.group(2)), int(match.group(3) or b"1")
                if current is not None:
                    lines[current].update(range(first, first + new))
    return lines


def _toplevel(folder: Path) -> Path:
    try:
        out = _git(["rev-parse", "--show-toplevel"], folder)
    except ChangesError as error:
        if "needs git" in str(error):
            raise
        raise ChangesError(f"--changed-since: {folder} is not in a git repository") from None
    return Path(os.fsdecode(out.rstrip(b"\n"))).resolve()


class _Repository:
    """The changed lines of one repository since the merge base of `revision` and HEAD."""

    def __init__(self, top: Path, revision: str, scopes: list[str]) -> None:
        self.top = top
        try:
            commit = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"], top)
        except ChangesError:
            raise ChangesError(f"--changed-since: {revision!r} is not a commit in {top}") from None
        try:
            base = _git(["merge-base", commit.decode().strip(), "HEAD"], top).decode().strip()
        except ChangesError:
            raise ChangesError(f"--changed-since: {revision!r} and HEAD have no common ancestor in {top}") from None
        # only the checked paths, taken literally (no glob); past a few thousand, the whole repository
        where = ["--literal-pathspecs"] if len(scopes) <= _MAX_SCOPES else []
        named = scopes if where else []
        diff = _git([*where, "diff", "--unified=0", "--no-prefix", "--no-color", "--no-ext-diff", "--no-textconv",
                     "--no-renames", "--ignore-submodules", base, "--", *named], top)
        self.lines = parse_diff(diff)
        untracked = _git([*where, "ls-files", "-z", "--others", "--exclude-standard", "--", *named], top)
        self.untracked = {os.fsdecode(name) for name in untracked.split(b"\0") if name}

    def changed(self, relative: str, line: int) -> bool:
        return relative in self.untracked or line in self.lines.get(relative, ())


class ChangedLines:
    """The lines added or changed since `revision` in the files under `paths`; untracked files count
    as all new, and a file outside every repository (or standard input without a name) as changed."""

    def __init__(self, revision: str, paths: list[str], stdin_filename: str | None = None) -> None:
        if not revision or revision.startswith("-"):
            raise ChangesError(f"--changed-since: not a revision: {revision!r}")
        scopes: dict[Path, set[str]] = {}
        tops: dict[Path, Path] = {}
        for raw in paths:
            path = Path(stdin_filename or ".") if raw == "-" else Path(raw)
            if raw != "-" and not path.exists():
                continue  # already reported as missing
            target = path.resolve()
            folder = target
            while not folder.is_dir() and folder != folder.parent:  # a file, or a name given to standard input
                folder = folder.parent
            if folder not in tops:
                tops[folder] = _toplevel(folder)
            top = tops[folder]
            inside = target != top and target.is_relative_to(top)
            scopes.setdefault(top, set()).add(target.relative_to(top).as_posix() if inside else ".")
        self.repositories = {top: _Repository(top, revision, sorted(named)) for top, named in scopes.items()}
        self._located: dict[str, tuple[_Repository, str] | None] = {}

    def _locate(self, path: str) -> tuple[_Repository, str] | None:
        if path not in self._located:
            resolved, found = Path(path).resolve(), None
            for top in sorted(self.repositories, key=lambda top: len(top.parts), reverse=True):
                if resolved.is_relative_to(top):
                    found = (self.repositories[top], resolved.relative_to(top).as_posix())
                    break
            self._located[path] = found
        return self._located[path]

    def changed(self, path: str, line: int) -> bool:
        located = None if path == "-" else self._locate(path)
        if located is None:
            return True  # nothing to compare with
        repository, relative = located
        return repository.changed(relative, line)
