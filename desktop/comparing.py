"""The window's background work on comparisons: compute or reopen one, keep corrections, load the model.

Each method builds an :class:`~desktop.operations.Operation` whose callbacks say what the window
does with the result; the work functions themselves touch no widget. Whatever needs the language
model goes through ``window.engine`` (:mod:`nlp.engine.remote`): in the application, a process of its
own, so the window's event loop never waits on spaCy.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop import collector, i18n
from desktop.operations import Operation
from desktop.tasks import Task

COMPARE = "compare"  # the group of operations that put a comparison on screen
PRESENT = "present"  # rows made again for the comparison on screen (another interface language)


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

        engine = w.engine
        present = presenter(w)

        def shown(result) -> None:
            comparison, steps, cid, prepared = result
            w.model.offer(*prepared)
            w.session.set_comparison(comparison, steps, cid)
            w.files.compared()
            if w.library_panel is not None:
                w.library_panel.refresh()
            w.comparisonShown.emit()

        def work(progress, cancel):
            from nlp.engine import compare
            from nlp.service import open_comparison

            def compute(old_doc, new_doc, progress, cancel):
                return engine.call(compare, old_doc, new_doc, progress=progress, cancel=cancel)

            opened = open_comparison(old, new, library, progress, cancel, recompute=fresh, compute=compute)
            steps = _steps(engine, opened.comparison, opened.corrections or kept)
            return opened.comparison, steps, opened.id, present(opened.comparison, *(r for _, r in steps))

        return w.operations.submit(Operation(collector.quietly(work), shown, on_cancel=self._cancelled, label=self.tr("Comparing…"), group=COMPARE))

    def open_stored(self, cid: int, then=None) -> Task | None:
        """Reopen a comparison kept in the library, with its corrections (no recomputing)."""
        library = self.library
        if library is None:
            return None

        engine = self._window.engine
        present = presenter(self._window)

        def shown(result) -> None:
            comparison, steps, prepared = result
            self._window.model.offer(*prepared)
            self._window.show_comparison(comparison, steps, cid)
            if then is not None:
                then()

        def work(progress, cancel):
            from nlp.service import reopen_comparison

            opened = reopen_comparison(library, cid)
            steps = _steps(engine, opened.comparison, opened.corrections)
            return opened.comparison, steps, present(opened.comparison, *(r for _, r in steps))

        return self._window.operations.submit(Operation(collector.quietly(work), shown, group=COMPARE))

    def present_again(self) -> Task | None:
        """The comparison on screen shown again in the window's language (the rows' notes), its rows
        made on the worker; what the undo stack goes back to is made again when it is shown."""
        w = self._window
        shown = w.session.current
        if shown is None:
            return None
        present = presenter(w)

        def work(progress, cancel):
            return present(shown)

        def done(prepared) -> None:
            w.model.offer(*prepared)
            if w.session.current is shown:
                w.session.changed.emit(shown)  # the rows made again, notes in the new language
                w.repaint_views()  # and the details of the current row

        return w.operations.submit(Operation(collector.quietly(work), done, group=PRESENT))

    def save_corrections(self, corrections) -> None:
        library, cid = self.library, self._window.session.library_id
        if library is not None and cid is not None:
            self._window.operations.submit(Operation(lambda progress, cancel: library.save_corrections(cid, corrections)))

    def load_model(self) -> Task:
        engine = self._window.engine
        engine.start()

        def work(progress, cancel):
            from nlp.engine.pipeline import preload

            engine.call(preload, ("fr",))

        return self._window.operations.submit(Operation(work, label=self.tr("Loading the French language model…"), indeterminate=True))

    def _cancelled(self) -> None:
        self._window.show_message(self.tr("The comparison was cancelled."), "info")


def presenter(window):
    """present(*comparisons) -> what the view shows of each (:mod:`desktop.presentation`), for the worker.

    The language and the style are read here, on the GUI thread, when the work is submitted; the
    worker only builds strings and immutable rows from them."""
    language, style = i18n.current(), window.model.style()

    def present(*comparisons):
        from desktop.presentation import prepare

        return tuple(prepare(c, language, style) for c in comparisons)

    return present


def _steps(engine, comparison, corrections) -> tuple:
    """The corrections replayed by the engine: each with the comparison after it (see the session)."""
    if not corrections:
        return ()
    from nlp.engine.corrections import steps

    return engine.call(steps, comparison, tuple(corrections))
