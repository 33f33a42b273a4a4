"""Keep None, True and False alive under PySide6 6.12 on Python 3.11.

PySide6 6.12 returns None (from void methods and invalid QVariants) and True (from Signal.emit)
without taking a reference, as Python 3.12 made these singletons immortal. On 3.11 each such call
drops one reference that was never taken; after some thousands of calls CPython frees the singleton
and aborts ("Fatal Python error: none_dealloc" / "bool_dealloc"), in the window or at exit.
Giving the three singletons a reserve of references makes them as immortal as 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # far more calls than any session makes
_done = False


def keep_singletons_alive() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _done = True
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object
        ctypes.c_ssize_t.from_address(id(obj)).value += _RESERVE
    _done = True
