"""Writing a file whole or not at all: the one way datecheck replaces a file (a fixed story, a
Word draft, a baseline).

The new bytes go to a temporary file in the target's folder, flushed to the disk, given the old
file's mode (and owner, where this process may set it), then renamed over the target; the rename
itself is made durable where the system allows a folder to be synced. On any failure the temporary
file is removed and the old file stays as it was. Callers say what a failure means for them.
"""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import suppress


def replace_file(target: str | os.PathLike[str], data: bytes, existing: os.stat_result | None = None) -> None:
    """`data` in place of the file at `target` (a path already resolved past links), keeping the mode
    and owner `existing` gives (None: a new file, with the default mode). Raises OSError."""
    folder = os.path.dirname(os.fspath(target)) or "."
    descriptor, temporary = tempfile.mkstemp(prefix=".datecheck-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if existing is not None:
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
            _keep_owner(temporary, existing)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)


def _keep_owner(path: str, status: os.stat_result) -> None:
    """The new file owned as the old one was, where this process may say so (root rewriting a file of
    another user); where it may not, the file is the writer's, as any editor's save would make it."""
    mine = os.stat(path)
    if (mine.st_uid, mine.st_gid) != (status.st_uid, status.st_gid) and hasattr(os, "chown"):
        with suppress(OSError):
            os.chown(path, status.st_uid, status.st_gid)


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (where the system allows a folder to be synced)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
