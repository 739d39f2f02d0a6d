"""Items from a source whose reading may wait (records on a pipe), read by a thread of their own.

The pool (pool.py) takes what has come without waiting while its workers are busy, and is woken when
more comes: a file descriptor becomes readable, which it waits on beside the workers' pipes. So a
record's line is written as soon as it is checked, whether or not the next record has been sent,
and a producer that waits for each answer before it writes the next record is answered.

The thread reads at most `ahead` items before the pool takes them, so memory stays flat. Whatever
the source raises is raised again in the pool's thread, when the items before it have been taken.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterator


class Feed:
    """The items of `items`, read ahead by a daemon thread (at most `ahead` not yet taken)."""

    def __init__(self, items: Iterator, ahead: int) -> None:  # type: ignore[type-arg]
        self._items = items
        self._ahead = max(1, ahead)
        self._queue: deque = deque()  # type: ignore[type-arg]
        self._ended = False
        self._closed = False
        self._error: BaseException | None = None
        self._lock = threading.Condition()
        self._wake_in, self._wake_out = os.pipe()
        os.set_blocking(self._wake_in, False)
        os.set_blocking(self._wake_out, False)
        self._thread = threading.Thread(target=self._read, name="datecheck-feed", daemon=True)
        self._thread.start()

    def fileno(self) -> int:
        """Readable when items (or the end) have come since the last `take`."""
        return self._wake_in

    def _read(self) -> None:
        try:
            for item in self._items:
                with self._lock:
                    while len(self._queue) >= self._ahead and not self._closed:
                        self._lock.wait()
                    if self._closed:
                        return
                    self._queue.append(item)
                    self._lock.notify_all()
                self._wake()
        except BaseException as error:  # noqa: BLE001 - raised again where the items are taken
            self._error = error
        finally:
            with self._lock:
                self._ended = True
                self._lock.notify_all()
            self._wake()
            os.close(self._wake_out)  # the pool stops waiting on the feed once it has taken the end

    def _wake(self) -> None:
        try:
            os.write(self._wake_out, b".")
        except OSError:
            pass  # the pipe is full (already readable) or closed (the pool is gone)

    def take(self, count: int, wait: bool) -> list | None:  # type: ignore[type-arg]
        """Up to `count` items that have come; with `wait`, waits for at least one. None when none
        has come (without `wait`); [] at the end of the items."""
        while True:
            try:
                while os.read(self._wake_in, 4096):
                    pass  # b"": the thread has ended and closed its end
            except OSError:
                pass  # drained (BlockingIOError): items appended from now on write again
            with self._lock:
                if self._queue:
                    taken = [self._queue.popleft() for _ in range(min(count, len(self._queue)))]
                    self._lock.notify()
                    return taken
                if self._ended:
                    if self._error is not None:
                        error, self._error = self._error, None
                        raise error
                    return []
                if not wait:
                    return None
                self._lock.wait()

    def close(self) -> None:
        """Stop reading ahead. A thread still waiting on the source ends with the process; its end
        of the wake-up pipe is closed by the thread itself, so no number is closed while in use."""
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        try:
            os.close(self._wake_in)
        except OSError:
            pass
