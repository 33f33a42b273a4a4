"""Python's cycle collector kept from stopping the window while a long comparison arrives.

A full collection walks every container object the process holds, with the global lock held the whole
time, whichever thread triggers it. A comparison's rows are hundreds of thousands of small immutable
objects (redline runs, entries, signals); receiving or building them on the worker sets off full
collections that each last 100–300 ms, and the event loop (which needs the lock for every Python slot
and paint) stops for as long: measured, they were the longest stalls of a 2,000-row comparison.

:func:`bulk` (one counter for the process, shared with the engine: :mod:`nlp.model.collector`) wraps the
worker's building and receiving: no collection meanwhile (what is built is kept,
not garbage), then everything alive is moved to the permanent generation, which collections never walk
again. Those objects are still freed by reference counting when the comparison is replaced (they form
no cycles); only a garbage cycle made during the bulk itself would outlive it, a few objects at most.
"""

from __future__ import annotations

from nlp.model.collector import bulk, settle

__all__ = ["bulk", "quietly", "settle"]


def quietly(work):
    """``work(progress, cancel)`` run inside :func:`bulk` (for :class:`desktop.operations.Operation`)."""

    def run(progress, cancel):
        with bulk():
            return work(progress, cancel)

    return run
