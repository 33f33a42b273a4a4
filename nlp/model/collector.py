"""Python's cycle collector kept out of long bulk work: building a comparison, loading the model.

A full collection walks every container object the process holds, with the global lock held the whole
time, whichever thread triggers it. A comparison of thousands of paragraphs makes millions of small
objects that live on (features, links, signals, rows), and each full collection they set off walks all
of them again (and every object of the model): measured, they were the longest stalls of the window, and
several seconds of CPU in a 10,000-paragraph comparison on the command line, for nothing to collect.

:func:`bulk` wraps such work: no collection meanwhile (what is built is kept, not garbage), then, for
what lives on, everything alive is moved to the permanent generation, which collections never walk
again. Those objects are still freed by reference counting when they go (they form no cycles); only a
garbage cycle made during the bulk itself outlives it (about a thousand objects for a 2,000-paragraph
comparison). One counter for the whole process: the window's worker, the engine and the command line
nest their bulks safely.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_depth = 0  # bulks running, in any thread
_keep = False  # whether a running bulk asked for what it built to be kept out of sight afterwards


@contextmanager
def bulk(keep: bool = True) -> Iterator[None]:
    """No cycle collection while the body runs. With ``keep``, what it leaves alive is then never walked
    again (for what lives on: the model, a comparison the window shows); without, collections resume as
    before (a comparison the command line writes and drops: freezing would keep the garbage cycles the
    rest of a long process makes). Nested bulks settle once, when the outermost ends."""
    global _depth, _keep
    with _lock:
        _depth += 1
        _keep = _keep or keep
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if not _depth:
                if _keep:
                    settle()
                _keep = False
                gc.enable()


def settle() -> None:
    """Move every object alive now out of the collector's sight (a few microseconds: the lists are
    joined, nothing is walked)."""
    gc.freeze()
