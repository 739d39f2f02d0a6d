"""The reader thread behind records read from a pipe: what has come is taken without waiting, the
thread reads only so far ahead, and what the source raises is raised where the items are taken."""

from __future__ import annotations

import os
import select
import threading

import pytest

from datecheck.feed import Feed


def test_items_come_in_order_and_then_the_end() -> None:
    feed = Feed(iter(range(10)), ahead=4)
    taken: list[int] = []
    while True:
        items = feed.take(3, wait=True)
        assert items is not None and len(items) <= 3
        if not items:
            break
        taken.extend(items)
    assert taken == list(range(10))
    assert feed.take(3, wait=True) == []
    feed.close()


def test_nothing_yet_is_none_without_waiting_and_the_descriptor_wakes_when_one_comes() -> None:
    gate = threading.Event()

    def slow():  # type: ignore[no-untyped-def]
        gate.wait(30)
        yield "first"

    feed = Feed(slow(), ahead=2)
    assert feed.take(5, wait=False) is None
    assert select.select([feed], [], [], 0)[0] == []
    gate.set()
    assert select.select([feed], [], [], 30)[0] == [feed]
    assert feed.take(5, wait=False) == ["first"]
    assert feed.take(5, wait=True) == []
    feed.close()


def test_the_thread_reads_no_further_than_ahead() -> None:
    read: list[int] = []
    more = threading.Event()

    def counted():  # type: ignore[no-untyped-def]
        for number in range(100):
            read.append(number)
            if number == 3:
                more.set()
            yield number

    feed = Feed(counted(), ahead=3)
    assert more.wait(30)
    assert feed.take(1, wait=True) == [0]
    assert feed.take(1, wait=True) == [1]
    assert len(read) <= 2 + 3 + 1  # taken, held, and the one the thread waits to hand over
    feed.close()


def test_what_the_source_raises_is_raised_after_the_items_before_it() -> None:
    def broken():  # type: ignore[no-untyped-def]
        yield 1
        yield 2
        raise OSError("the pipe broke")

    feed = Feed(broken(), ahead=8)
    taken: list[int] = []
    with pytest.raises(OSError, match="the pipe broke"):
        while True:
            items = feed.take(8, wait=True)
            if not items:
                break
            taken.extend(items)
    assert taken == [1, 2]
    feed.close()


def test_closing_leaves_no_descriptor_of_the_feed_open_once_its_thread_ends() -> None:
    before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else None
    feed = Feed(iter([1]), ahead=1)
    assert feed.take(1, wait=True) == [1]
    assert feed.take(1, wait=True) == []
    feed._thread.join(30)
    feed.close()
    if before is not None:
        assert len(os.listdir("/proc/self/fd")) == before
