"""The window's background work on comparisons: compute or reopen one, keep corrections, load the model.

Each method builds an :class:`~desktop.operations.Operation` whose callbacks say what the window
does with the result; the work functions themselves touch no widget.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.operations import Operation
from desktop.tasks import Task

COMPARE = "compare"  # the group of operations that put a comparison on screen


class Comparer(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window

    @property
    def library(self):
        return self._window.library

    def compare(self, keep_corrections: bool = False, fresh: bool = False) -> Task | None:
        """Compare the two files on the worker.

        ``keep_corrections``: replay the corrections on screen on the new result (a reload);
        ``fresh``: compute even when the library holds this comparison.
        """
        w = self._window
        old, new = w.files.paths["old"], w.files.paths["new"]
        if not (old and new):
            return None
        w.dismiss_banner()
        library = self.library
        kept = w.session.corrections if keep_corrections else ()

        def shown(result) -> None:
            comparison, corrections, cid = result
            w.session.set_comparison(comparison, tuple(corrections) or kept, cid)
            w.files.compared()
            if w.library_panel is not None:
                w.library_panel.refresh()
            w.comparisonShown.emit()

        def work(progress, cancel):
            from nlp.service import open_comparison

            opened = open_comparison(old, new, library, progress, cancel, recompute=fresh)
            return opened.comparison, opened.corrections, opened.id

        return w.operations.submit(Operation(work, shown, on_cancel=self._cancelled, label=self.tr("Comparing…"), group=COMPARE))

    def open_stored(self, cid: int, then=None) -> Task | None:
        """Reopen a comparison kept in the library, with its corrections (no recomputing)."""
        library = self.library
        if library is None:
            return None

        def shown(result) -> None:
            comparison, corrections = result
            self._window.show_comparison(comparison, corrections, cid)
            if then is not None:
                then()

        def work(progress, cancel):
            from nlp.service import reopen_comparison

            opened = reopen_comparison(library, cid)
            return opened.comparison, opened.corrections

        return self._window.operations.submit(Operation(work, shown, group=COMPARE))

    def save_corrections(self, corrections) -> None:
        library, cid = self.library, self._window.session.library_id
        if library is not None and cid is not None:
            self._window.operations.submit(Operation(lambda progress, cancel: library.save_corrections(cid, corrections)))

    def load_model(self) -> Task:
        return self._window.operations.submit(Operation(_load_model, label=self.tr("Loading the French language model…"), indeterminate=True))

    def _cancelled(self) -> None:
        self._window.show_message(self.tr("The comparison was cancelled."), "info")


def _load_model(progress, cancel) -> None:
    from nlp.engine import pipeline

    pipeline.load("fr")
