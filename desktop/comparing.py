"""The window's background work on comparisons: compute or reopen one, keep corrections, load the model.

Each method builds an :class:`~desktop.operations.Operation` whose callbacks say what the window
does with the result; the work functions themselves touch no widget. Whatever needs the language
model goes through ``window.engine`` (:mod:`nlp.engine.remote`): in the application, a process of its
own, so the window's event loop never waits on spaCy.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from desktop import collector, i18n
from desktop.operations import Operation
from desktop.tasks import Task

COMPARE = "compare"  # the group of operations that put a comparison on screen
PRESENT = "present"  # rows made again for the comparison on screen (another interface language)
REST = "rest"  # the rich text of a long comparison's rows after the first screens
FIRST_ROWS = 60  # rows whose rich text comes with the comparison: more than a tall screen shows
REST_AFTER_MS = 300


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
        present = presenter(w, FIRST_ROWS)
        self.drop_rest()

        def shown(result) -> None:
            comparison, steps, cid, prepared = result
            w.model.offer(*prepared)
            w.session.set_comparison(comparison, steps, cid)
            self._present_rest(prepared)
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
        present = presenter(self._window, FIRST_ROWS)
        self.drop_rest()

        def shown(result) -> None:
            comparison, steps, prepared = result
            self._window.model.offer(*prepared)
            self._window.show_comparison(comparison, steps, cid)
            self._present_rest(prepared)
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
        self.drop_rest()

        def work(progress, cancel):
            return present(shown)

        def done(prepared) -> None:
            w.model.offer(*prepared)
            if w.session.current is shown:
                w.session.changed.emit(shown)  # the rows made again, notes in the new language
                w.repaint_views()  # and the details of the current row

        return w.operations.submit(Operation(collector.quietly(work), done, group=PRESENT))

    def _present_rest(self, prepared) -> None:
        """The rich text of the rows after the first screens of the comparison now shown, made on the
        worker while the person reads the first ones (a long comparison is on screen in seconds)."""
        w = self._window
        current = w.session.current
        p = next((p for p in prepared if p.comparison is current), None)
        if p is None or p.complete or w.model.comparison() is not current or p.style != w.model.style():
            return
        w.model.expect_rest()

        def work(progress, cancel):
            from desktop.presentation import rest_html

            return rest_html(p, progress, cancel)

        def given_up(*_) -> None:
            w.model.give_up_rest(current)

        def start() -> None:
            if w.model.comparison() is current:
                w.operations.submit(Operation(collector.quietly(work), lambda html: w.model.adopt_rest(current, p.style, html),
                                              on_failure=given_up, on_cancel=given_up, group=REST))

        # once the first rows are drawn and measured: the worker's Python would slow those turns down
        QTimer.singleShot(REST_AFTER_MS, self, start)

    def drop_rest(self) -> None:
        """Stop making the rest of the rows' rich text (another comparison, language or correction comes:
        the one worker would otherwise finish it first)."""
        self._window.operations.runner.cancel(REST)

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


def presenter(window, first: int | None = None):
    """present(*comparisons) -> what the view shows of each (:mod:`desktop.presentation`), for the worker;
    with ``first``, the rich text of that many first rows only (the rest follows once they are shown).

    The language and the style are read here, on the GUI thread, when the work is submitted; the
    worker only builds strings and immutable rows from them."""
    language, style = i18n.current(), window.model.style()

    def present(*comparisons):
        from desktop.presentation import prepare

        return tuple(prepare(c, language, style, first) for c in comparisons)

    return present


def _steps(engine, comparison, corrections) -> tuple:
    """The corrections replayed by the engine: each with the comparison after it (see the session)."""
    if not corrections:
        return ()
    from nlp.engine.corrections import steps

    return engine.call(steps, comparison, tuple(corrections))
