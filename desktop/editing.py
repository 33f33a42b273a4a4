"""Corrections made on the selected rows: link, unlink, relabel, each one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QMenu

from nlp.engine.corrections import Correction, applicable


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

    def states(self) -> set[str]:
        """'linkable' when the selection can become one link, 'links' when it holds links."""
        c = self._window.session.current
        if c is None:
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

    def _correct(self, steps: list[Correction]) -> bool:
        if not steps:
            return False
        w = self._window
        stack = w.session.undo_stack
        if len(steps) > 1:
            stack.beginMacro(self.tr("%1 corrections").replace("%1", str(len(steps))))
        done = [w.session.correct(step) for step in steps]
        if len(steps) > 1:
            stack.endMacro()
        first = steps[0]
        target = w.model.find_row(first.old, first.new)
        if target >= 0:
            w.view.clearSelection()
            w.go_to_row(target)
        return any(done)

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
