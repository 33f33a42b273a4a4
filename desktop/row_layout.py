"""Row heights of the side-by-side view, measured without ever freezing the window.

Each row is as tall as its taller side's rich text at the column's width. Laying out that text costs
a few milliseconds a row: all rows at once (``resizeRowsToContents``) stops the event loop for
hundreds of milliseconds on a declaration, seconds on a long resolution, and again at every resize.
So the rows on screen are measured at once (they are what the person sees), every other row gets an
estimate from its length (the scroll bar is about right from the start) and is then measured a few
milliseconds at a time between events, nearest the screen first. The row at the top of the screen
stays where it is while rows above it change height.
"""

from __future__ import annotations

import time
from collections import deque
from contextlib import contextmanager
from typing import Iterator

from PySide6.QtCore import QObject, QTimer

SLICE_S = 0.008  # at most this long measuring between two turns of the event loop
ESTIMATED_AT_ONCE = 400  # rows estimated as soon as they arrive (a few screens); the others in slices


@contextmanager
def _quiet(header) -> Iterator[None]:
    """Rows resized without the header's signal: the table would queue every resized row and, on its
    next turn, repaint from the first of them down, for thousands of rows at once. The caller updates
    the table's geometry and repaints once instead."""
    blocked = header.blockSignals(True)
    try:
        yield
    finally:
        header.blockSignals(blocked)


class RowHeights(QObject):
    def __init__(self, view, text_columns: tuple[int, ...], padding: tuple[int, int]):
        super().__init__(view)
        self._view = view
        self._columns = text_columns
        self._pad_x, self._pad_y = padding
        self._done: bytearray = bytearray()  # 1: measured since the last restart
        self._todo: deque[int] = deque()  # rows left to measure, nearest the screen first
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._slice)
        self._adjusting = False  # heights are changing and the scroll follows: no measuring within
        self._shown = range(0)  # the rows on screen when the measuring began
        self._estimated = 0  # rows [0, _estimated) have their estimated height (or a measured one)
        self._estimate_with = (1, 1, 1, 1)  # the widths and line height the estimates are made for
        self._resized_shown = False  # one of them changed height: the table is drawn again

    # --- what the view asks ----------------------------------------------------------------------

    def reset(self) -> None:
        """New rows: each gets an estimate (the first screens' now, the others' in the first slices),
        then every row is measured as after :meth:`restart`."""
        self._done = bytearray(self._rows())
        self._estimated = 0
        self._estimate_with = self._estimate_metrics()
        self._estimate(lambda: self._estimated < ESTIMATED_AT_ONCE)
        self.restart()

    def restart(self) -> None:
        """Every height is stale (other widths, another font, rows shown): the rows on screen are
        measured now, the others from the next turn of the event loop on. Heights measured before
        stay as estimates meanwhile."""
        n = self._rows()
        if len(self._done) != n:
            self._done = bytearray(n)
        else:
            self._done[:] = bytes(n)
        top = self._view.anchor_row()
        self._keeping(top, lambda: self._measure_screen(top))
        self._todo = deque(range(top + 1, n))  # hidden rows are skipped as they come (one pass, not two)
        self._todo.extend(range(top - 1, -1, -1))
        self._timer.start()

    def measure_from(self, row: int) -> None:
        """``row`` and the rows after it, a screen's height of them, measured now (before scrolling
        ``row`` to the top of the screen)."""
        self._measure_screen(row)

    def measure_visible(self) -> None:
        """The rows that scrolled into view, measured before they are drawn."""
        top = self._view.rowAt(0)
        if not self._adjusting and top >= 0 and not self._screen_done(top):
            self._keeping(top, lambda: self._measure_screen(top))

    def pending(self) -> bool:
        return bool(self._todo) or self._estimated < len(self._done)

    # --- measuring -------------------------------------------------------------------------------

    def _rows(self) -> int:
        model = self._view.model()
        return model.rowCount() if model is not None else 0

    def _measure(self, i: int) -> int:
        """Row ``i``'s exact height, set; returns it."""
        if i >= len(self._done) or self._view.isRowHidden(i):
            return 0
        if not self._done[i]:
            self._view.verticalHeader().resizeSection(i, max(1, self._view.sizeHintForRow(i)))
            self._done[i] = 1
            self._resized_shown = self._resized_shown or i in self._shown
        return self._view.rowHeight(i)

    def _measure_screen(self, top: int) -> None:
        height, i, n = self._view.viewport().height(), max(top, 0), self._rows()
        filled = 0
        while i < n and filled < height:
            filled += self._measure(i)
            i += 1

    def _screen_done(self, top: int) -> bool:
        height, i, n = self._view.viewport().height(), top, self._rows()
        filled = 0
        while i < n and filled < height:
            if not self._view.isRowHidden(i) and not self._done[i]:
                return False
            filled += self._view.rowHeight(i)
            i += 1
        return True

    def _slice(self) -> None:
        if not self.pending():
            return
        top = self._view.anchor_row()
        deadline = time.perf_counter() + SLICE_S

        ready = getattr(self._view.model(), "rich_ready", lambda i: True)
        waiting = False

        def some() -> None:
            nonlocal waiting
            self._estimate(lambda: time.perf_counter() < deadline)
            while self._todo and time.perf_counter() < deadline:
                if not ready(self._todo[0]):  # its text is being made on the worker: measured once it comes
                    waiting = True
                    return
                self._measure(self._todo.popleft())

        self._keeping(top, some)
        if self.pending() and not waiting:
            self._timer.start()

    def resume(self) -> None:
        """The rows' rich text came (:meth:`desktop.models.AlignedModel.adopt_rest`): measuring goes on."""
        if self.pending():
            self._timer.start()

    def _keeping(self, top: int, change) -> None:
        """Run ``change`` (rows change height) with the row ``top`` staying where it is on screen."""
        view = self._view
        offset = view.rowViewportPosition(top) if top >= 0 else 0
        last = view.rowAt(view.viewport().height() - 1)
        self._shown = range(max(view.rowAt(0), 0), last + 1 if last >= 0 else self._rows())
        self._resized_shown = False
        self._adjusting = True
        try:
            with _quiet(view.verticalHeader()):
                change()
            view.updateGeometries()  # the scroll range knows the new heights before the scroll moves
            if top >= 0:
                view.keep_row_at(top, offset)  # rows resized above the top: the scroll repaints
            if self._resized_shown:
                view.viewport().update()
        finally:
            self._adjusting = False

    def _estimate_metrics(self) -> tuple[int, int, int, int]:
        """(characters per line of the old column, of the new one (0: hidden), line height, padding)."""
        view, metrics = self._view, self._view.fontMetrics()
        char = max(1, metrics.averageCharWidth())
        old_width, new_width = (max(1, (view.columnWidth(col) - 2 * self._pad_x) // char) if not view.isColumnHidden(col) else 0
                                for col in self._columns)
        return old_width, new_width, metrics.lineSpacing(), 2 * self._pad_y + 1

    def _estimate(self, more) -> None:
        """Rows not yet estimated get a height from their texts' lengths (exact once measured), in
        order, while ``more()`` holds; a tight loop, checking ``more`` every few dozen rows."""
        rows, done, header = self._view.model().rows(), self._done, self._view.verticalHeader()
        old_width, new_width, line, padding = self._estimate_with
        with _quiet(header):
            while self._estimated < len(done) and more():
                start = self._estimated
                self._estimated = min(len(done), start + 64)
                for i in range(start, self._estimated):
                    if done[i]:
                        continue
                    entry = rows[i].entry
                    lines = 1
                    if old_width:
                        lines = max(lines, sum(-(-len(t) // old_width) for t in entry.old_texts))
                    if new_width:
                        lines = max(lines, sum(-(-len(t) // new_width) for t in entry.new_texts) + entry.moved)
                    header.resizeSection(i, lines * line + padding)
