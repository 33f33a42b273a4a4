"""Python's cycle collector kept from stopping the window while a long comparison arrives.

A full collection walks every container object the process holds, with the global lock held the whole
time, whichever thread triggers it. A comparison's rows are hundreds of thousands of small immutable
objects (redline runs, entries, signals); receiving or building them on the worker sets off full
collections that each last 100–300 ms, and the event loop (which needs the lock for every Python slot
and paint) stops for as long: measured, they were the longest stalls of a 2,000-row comparison.

:func:`bulk` wraps the worker's building and receiving: no collection meanwhile (what is built is kept,
not garbage), then everything alive is moved to the permanent generation, which collections never walk
again. Those objects are still freed by reference counting when the comparison is replaced (they form
no cycles); only a garbage cycle made during the bulk itself would outlive it, a few objects at most.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_depth = 0  # bulks running (the worker runs one at a time, but a test may nest them)


@contextmanager
def bulk() -> Iterator[None]:
    """No cycle collection while the body runs; what it leaves alive is never walked again."""
    global _depth
    with _lock:
        _depth += 1
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if not _depth:
                settle()
                gc.enable()


def settle() -> None:
    """Move every object alive now out of the collector's sight (a few microseconds: the lists are
    joined, nothing is walked). Called once the window is built, so that its long-lived objects (the
    modules, the widgets' wrappers) are not walked by every later full collection either."""
    gc.freeze()


def quietly(work):
    """``work(progress, cancel)`` run inside :func:`bulk` (for :class:`desktop.operations.Operation`)."""

    def run(progress, cancel):
        with bulk():
            return work(progress, cancel)

    return run
