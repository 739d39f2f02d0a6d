"""Reading a file's bytes safely and decoding them: only regular files, a size bound, byte order marks.

A file is opened without blocking (a FIFO or a device named `story.md` would otherwise wait forever
in `open()`), checked to be a regular file on the open descriptor itself (no race between looking
and opening), and read up to a size bound: a file over the bound is reported, not read.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path
from typing import BinaryIO

#: Files larger than this are reported and skipped (the `max-file-size` setting, in MiB, changes it).
#: Checking needs about 50 bytes of memory per character of text, so 10 MiB stays under ~0.5 GB.
MAX_BYTES = 10 * 1024 * 1024

#: Byte order marks, longest first (the UTF-32 little-endian mark begins with the UTF-16 one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_KINDS = (
    (stat.S_ISDIR, "is a directory"),
    (stat.S_ISFIFO, "is a FIFO (named pipe), not a regular file; not checked"),
    (stat.S_ISSOCK, "is a socket, not a regular file; not checked"),
    (stat.S_ISCHR, "is a character device, not a regular file; not checked"),
    (stat.S_ISBLK, "is a block device, not a regular file; not checked"),
)


class DocumentError(Exception):
    """A file that cannot be read as a document; the message names the problem in one line."""


def _mib(limit: int) -> str:
    return f"{limit / (1024 * 1024):g} MiB"


def not_regular(mode: int) -> str | None:
    """Why a file of this mode is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, why in _KINDS:
        if test(mode):
            return why
    return "is not a regular file; not checked"


def read_bytes(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; DocumentError (one line) otherwise."""
    name = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        kind = not_regular(os.stat(path).st_mode)  # before opening: opening a device can have effects
        if kind is not None:
            raise DocumentError(f"{name}: {kind}")
        descriptor = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise DocumentError(f"{name}: no such file") from None
    except PermissionError:
        raise DocumentError(f"{name}: permission denied") from None
    except OSError as error:
        raise DocumentError(f"{name}: cannot be read ({error.strerror or error})") from None
    except ValueError as error:  # a NUL character in the name
        raise DocumentError(f"{name!r}: cannot be read ({error})") from None
    with os.fdopen(descriptor, "rb") as handle:
        try:
            status = os.fstat(descriptor)
            kind = not_regular(status.st_mode)  # the file opened may not be the file looked at
            if kind is not None:
                raise DocumentError(f"{name}: {kind}")
            if status.st_size > max_bytes:
                raise DocumentError(f"{name}: larger than {_mib(max_bytes)} (max-file-size), not checked")
            return read_bounded(handle, name, max_bytes)
        except OSError as error:
            raise DocumentError(f"{name}: cannot be read ({error.strerror or error})") from None


def read_bounded(handle: BinaryIO, name: str, max_bytes: int = MAX_BYTES) -> bytes:
    """At most `max_bytes` from an open file or standard input; DocumentError when there is more."""
    data = handle.read(max_bytes + 1)
    if data is None:  # a non-blocking stream with nothing ready
        data = b""
    if len(data) > max_bytes:
        raise DocumentError(f"{name}: larger than {_mib(max_bytes)} (max-file-size), not checked")
    return data


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes -> text. A byte order mark picks UTF-8, UTF-16 or UTF-32 (the mark itself is dropped);
    without one, NUL bytes mean a binary file (an error) and invalid UTF-8 is replaced, with a warning."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return body.decode(encoding), []
            except UnicodeDecodeError as error:
                if encoding != "utf-8":
                    raise DocumentError(f"{path}: not valid {encoding.upper()[:6]} (byte {error.start + len(bom)}), "
                                        "not checked") from None
                data = body
            break
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{path}: binary file (NUL bytes), not checked")
    warnings = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        warnings.append(f"{path}: not valid UTF-8 (byte {error.start}); undecodable bytes replaced")
    return text, warnings
