"""Corrections made on the selected rows: link, unlink, relabel, each one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QMenu

from desktop import collector
from desktop.comparing import presenter
from desktop.operations import Operation
from nlp.engine.corrections import applicable
from nlp.model.correction import Correction

CORRECT = "correct"  # the group of operations computing corrections (one at a time)


class Editing(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window

    def selected_ids(self) -> tuple[tuple[str, ...], tuple[str, ...], list[int]]:
        w = self._window
        rows = w.view.selected_rows()
        old = tuple(p for r in rows for p in w.model.row(r).old)
        new = tuple(p for r in rows for p in w.model.row(r).new)
        return old, new, rows

    def busy(self) -> bool:
        """A correction is being computed: the editing actions wait for it."""
        return self._window.operations.running(CORRECT)

    def states(self) -> set[str]:
        """'linkable' when the selection can become one link, 'links' when it holds links."""
        c = self._window.session.current
        if c is None or self.busy():
            return set()
        old, new, rows = self.selected_ids()
        out = set()
        if old and new and applicable(c, Correction("link", old, new)):
            out.add("linkable")
        if any(self._window.model.row(r).kind == "link" for r in rows):
            out.add("links")
        return out

    def link_selected(self) -> bool:
        old, new, _ = self.selected_ids()
        if not (old and new):
            return False
        return self._correct([Correction("link", old, new)])

    def unlink_selected(self) -> bool:
        model = self._window.model
        _, _, rows = self.selected_ids()
        return self._correct([Correction("unlink", model.row(r).old, model.row(r).new) for r in rows if model.row(r).kind == "link"])

    def relabel_selected(self, label: str) -> bool:
        model = self._window.model
        _, _, rows = self.selected_ids()
        steps = [
            Correction("relabel", model.row(r).old, model.row(r).new, label)
            for r in rows
            if model.row(r).kind == "link" and model.row(r).change != label
        ]
        return self._correct(steps)

    def _correct(self, corrections: list[Correction]) -> bool:
        """Have the engine apply ``corrections`` to the comparison on screen (off the GUI thread: a new
        link is judged by the language model), then push them as one undoable step. False when there
        is nothing to do, or another correction is still being computed."""
        w = self._window
        base = w.session.current
        if not corrections or base is None or w.operations.running(CORRECT):
            return False
        engine = w.engine
        present = presenter(w)
        w.comparer.drop_rest()  # the one worker would finish the rows' rich text first
        macro = self.tr("%1 corrections").replace("%1", str(len(corrections)))

        def work(progress, cancel):
            from nlp.engine.corrections import steps

            computed = engine.call(steps, base, tuple(corrections))
            return computed, present(*(result for _, result in computed))

        def done(result) -> None:
            steps, prepared = result
            w.model.offer(*prepared)
            if w.session.current is not base or not w.session.push(steps, macro):
                return  # the comparison changed meanwhile (reloaded, replaced): these steps no longer apply
            first = steps[0][0]
            target = w.model.find_row(first.old, first.new)
            if target >= 0:
                w.view.clearSelection()
                w.go_to_row(target)
            w.update_actions()

        w.operations.submit(Operation(collector.quietly(work), done, group=CORRECT))
        w.update_actions()
        return True

    def context_menu(self, pos) -> None:
        w = self._window
        index = w.view.indexAt(pos)
        if index.isValid() and index.row() not in w.view.selected_rows():
            w.view.selectionModel().select(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        menu = QMenu(w)
        menu.addAction(w.actions["link"])
        menu.addAction(w.actions["unlink"])
        menu.addMenu(w.actions.menu("label"))
        menu.exec(w.view.viewport().mapToGlobal(pos))
