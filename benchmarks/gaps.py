"""The event loop's gaps, and what the GUI thread was doing in each (for benchmarks/window.py).

:class:`GapMeter` is a timer that should fire every few milliseconds: each time it fires late, the
event loop was busy (or waiting for the global lock, or for a core). :class:`StackSampler` looks at
the GUI thread's Python stack every millisecond from another thread, so that a long gap can be
pinned on the code that ran in it (a stretch with no sample at all is one where something held the
global lock: a cycle collection, a long C call on another thread).
"""

from __future__ import annotations

import collections
import os
import sys
import threading
import time


class GapMeter:
    """The event loop's gaps: a timer that should fire every ``interval_ms`` notes how long it waited,
    and how much CPU the GUI thread used meanwhile."""

    def __init__(self, interval_ms: int):
        from PySide6.QtCore import QTimer

        self.gaps: list[tuple[float, float, float]] = []  # (wall s, GUI-thread CPU s, when it ended)
        self._last = (time.perf_counter(), time.thread_time())
        self._timer = QTimer(interval=interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = (time.perf_counter(), time.thread_time())
        self.gaps.append((now[0] - self._last[0], now[1] - self._last[1], now[0]))
        self._last = now

    def restart(self) -> None:
        self.gaps.clear()
        self._last = (time.perf_counter(), time.thread_time())

    def longest_ms(self) -> float:
        return max((wall for wall, _, _ in self.gaps), default=0.0) * 1000

    def busiest_ms(self) -> float:
        """The most CPU the GUI thread spent between two turns of the event loop."""
        return max((cpu for _, cpu, _ in self.gaps), default=0.0) * 1000

    def stop(self) -> None:
        self._timer.stop()


class StackSampler(threading.Thread):
    """The GUI thread's innermost Python frames, sampled every millisecond."""

    DEPTH = 6

    def __init__(self) -> None:
        super().__init__(daemon=True, name="stack-sampler")
        self._target = threading.main_thread().ident or 0
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(0.001):
            frame = sys._current_frames().get(self._target)
            stack: list[str] = []
            while frame is not None and len(stack) < self.DEPTH:
                code = frame.f_code
                stack.append(f"{os.path.basename(code.co_filename)}:{code.co_name}:{frame.f_lineno}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), tuple(stack)))

    def stop(self) -> None:
        self._stopped.set()
        self.join()

    def explain(self, meter: GapMeter, longer_than_ms: float = 50, since: float = 0.0) -> list[str]:
        """For each gap longer than ``longer_than_ms``: its length and the stacks most often seen in it."""
        out = []
        for wall, cpu, end in meter.gaps:
            if wall * 1000 < longer_than_ms:
                continue
            start = end - wall
            inside = [stack for t, stack in self.samples if start <= t <= end]
            out.append(f"    gap {wall * 1000:.0f} ms (GUI-thread CPU {cpu * 1000:.0f} ms) at +{start - since:.2f} s, "
                       f"{len(inside)} samples{' (the global lock held elsewhere)' if len(inside) < wall * 200 else ''}")
            for stack, n in collections.Counter(s[:4] for s in inside).most_common(3):
                out.append(f"      {n:4d}× " + " < ".join(stack))
        return out
