"""The comparison on screen: the engine's result plus the person's corrections, and their undo stack.

Corrections are data (:class:`nlp.engine.corrections.Correction`); a :class:`CorrectionCommand` only adds or
drops one, and the shown comparison is the engine's result with the list replayed on it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from nlp.engine import corrections as corr
from nlp.model.comparison import Comparison, ids


class ComparisonSession(QObject):
    changed = Signal(object)  # the Comparison now shown
    correctionsChanged = Signal(object)  # tuple[Correction, ...]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._base: Comparison | None = None
        # results[k] is the base with the first k corrections applied: undo and redo cost nothing
        self._results: list[Comparison] = []
        self._corrections: list[corr.Correction] = []
        self.library_id: int | None = None

    def set_comparison(self, comparison: Comparison | None, corrections=(), library_id: int | None = None) -> None:
        self.undo_stack.clear()
        self._base = comparison
        self.library_id = library_id
        self._corrections = []
        self._results = [comparison] if comparison is not None else []
        for c in corrections:
            if comparison is not None and corr.applicable(self._results[-1], c):
                self._push(c)
        self.changed.emit(self.current)
        self.correctionsChanged.emit(self.corrections)

    @property
    def base(self) -> Comparison | None:
        return self._base

    @property
    def current(self) -> Comparison | None:
        return self._results[-1] if self._results else None

    @property
    def corrections(self) -> tuple[corr.Correction, ...]:
        return tuple(self._corrections)

    def correct(self, correction: corr.Correction) -> bool:
        """Apply ``correction`` as one undoable step; False when it does not fit the comparison."""
        if self.current is None or not corr.applicable(self.current, correction):
            return False
        self.undo_stack.push(CorrectionCommand(self, correction))
        return True

    # used by the commands
    def _push(self, correction: corr.Correction) -> None:
        self._corrections.append(correction)
        self._results.append(corr.apply(self._results[-1], [correction]))

    def _redo(self, correction: corr.Correction) -> None:
        self._push(correction)
        self.changed.emit(self.current)
        self.correctionsChanged.emit(self.corrections)

    def _undo(self) -> None:
        self._corrections.pop()
        self._results.pop()
        self.changed.emit(self.current)
        self.correctionsChanged.emit(self.corrections)


class CorrectionCommand(QUndoCommand):
    def __init__(self, session: ComparisonSession, correction: corr.Correction):
        super().__init__(describe(correction))
        self._session = session
        self.correction = correction

    def redo(self) -> None:
        self._session._redo(self.correction)

    def undo(self) -> None:
        self._session._undo()


def describe(c: corr.Correction) -> str:
    """How a correction is named in Edit › Undo / Redo."""
    pair = f"{ids(c.old) or '—'} → {ids(c.new) or '—'}"
    if c.action == "link":
        return QCoreApplication.translate("Corrections", "link %1").replace("%1", pair)
    if c.action == "unlink":
        return QCoreApplication.translate("Corrections", "unlink %1").replace("%1", pair)
    from desktop.models import change_name

    return QCoreApplication.translate("Corrections", "label %1 as %2").replace("%1", pair).replace("%2", change_name(c.change or ""))
