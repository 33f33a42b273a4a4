"""The comparison on screen: the engine's result plus the person's corrections, and their undo stack.

Corrections are data (:class:`nlp.model.correction.Correction`). The engine applies them (in its own
process, see :mod:`desktop.editing`) and hands back each one with the comparison after it; a
:class:`CorrectionCommand` only adds or drops such a step, so undo and redo never recompute.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from nlp.model.comparison import Comparison, ids
from nlp.model.correction import Correction

Steps = Sequence[tuple[Correction, Comparison]]


class ComparisonSession(QObject):
    changed = Signal(object)  # the Comparison now shown
    correctionsChanged = Signal(object)  # tuple[Correction, ...]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._base: Comparison | None = None
        # results[k] is the base with the first k corrections applied: undo and redo cost nothing
        self._results: list[Comparison] = []
        self._corrections: list[Correction] = []
        self.library_id: int | None = None

    def set_comparison(self, comparison: Comparison | None, steps: Steps = (), library_id: int | None = None) -> None:
        """Show ``comparison`` with corrections already applied (``steps``: each correction with the
        comparison after it, as :func:`nlp.engine.corrections.steps` gives them); they are not undoable."""
        self.undo_stack.clear()
        self._base = comparison
        self.library_id = library_id
        self._corrections = [c for c, _ in steps] if comparison is not None else []
        self._results = [comparison, *(r for _, r in steps)] if comparison is not None else []
        self.changed.emit(self.current)
        self.correctionsChanged.emit(self.corrections)

    @property
    def base(self) -> Comparison | None:
        return self._base

    @property
    def current(self) -> Comparison | None:
        return self._results[-1] if self._results else None

    @property
    def corrections(self) -> tuple[Correction, ...]:
        return tuple(self._corrections)

    def push(self, steps: Steps, macro: str = "") -> bool:
        """Each correction of ``steps`` (computed on :attr:`current`) as an undoable step; several in one
        macro named ``macro``. False when there is none."""
        if not steps or self.current is None:
            return False
        if len(steps) > 1:
            self.undo_stack.beginMacro(macro)
        for correction, result in steps:
            self.undo_stack.push(CorrectionCommand(self, correction, result))
        if len(steps) > 1:
            self.undo_stack.endMacro()
        return True

    # used by the commands
    def _redo(self, correction: Correction, result: Comparison) -> None:
        self._corrections.append(correction)
        self._results.append(result)
        self.changed.emit(self.current)
        self.correctionsChanged.emit(self.corrections)

    def _undo(self) -> None:
        self._corrections.pop()
        self._results.pop()
        self.changed.emit(self.current)
        self.correctionsChanged.emit(self.corrections)


class CorrectionCommand(QUndoCommand):
    def __init__(self, session: ComparisonSession, correction: Correction, result: Comparison):
        super().__init__(describe(correction))
        self._session = session
        self.correction = correction
        self.result = result

    def redo(self) -> None:
        self._session._redo(self.correction, self.result)

    def undo(self) -> None:
        self._session._undo()


def describe(c: Correction) -> str:
    """How a correction is named in Edit › Undo / Redo."""
    pair = f"{ids(c.old) or '—'} → {ids(c.new) or '—'}"
    if c.action == "link":
        return QCoreApplication.translate("Corrections", "link %1").replace("%1", pair)
    if c.action == "unlink":
        return QCoreApplication.translate("Corrections", "unlink %1").replace("%1", pair)
    from desktop.models import change_name

    return QCoreApplication.translate("Corrections", "label %1 as %2").replace("%1", pair).replace("%2", change_name(c.change or ""))
