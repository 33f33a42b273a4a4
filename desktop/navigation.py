"""Moving between rows: the next and previous change (F8), the first change, a paragraph found in the library."""

from __future__ import annotations

from PySide6.QtCore import QObject


class RowNavigation(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window

    def show_first_change(self) -> None:
        """Select the first change that touches a commitment (else the first change)."""
        w = self._window
        rows = w.model.rows()
        for wanted in (lambda r: r.change == "strengthened", lambda r: r.change == "weakened", lambda r: r.is_change):
            for i, row in enumerate(rows):
                if wanted(row):
                    w.go_to_row(i)
                    return

    def next_change(self) -> None:
        self._step_change(+1)

    def previous_change(self) -> None:
        self._step_change(-1)

    def _step_change(self, delta: int) -> None:
        w = self._window
        rows = w.navigator_model.source_rows()
        if not rows:
            return
        here = w.view.current_row()
        if delta > 0:
            later = [r for r in rows if r > here]
            target = later[0] if later else rows[0]
        else:
            earlier = [r for r in rows if r < here] if here >= 0 else []
            target = earlier[-1] if earlier else rows[-1]
        w.go_to_row(target)

    def show_paragraph(self, sha256: str, pid: str) -> bool:
        """Go to a paragraph found in the library: in the comparison on screen, else in the latest
        stored comparison that holds its document."""
        w = self._window
        if self._go_to_paragraph(sha256, pid):
            return True
        if w.library is None:
            return False
        stored = [r for r in w.library.comparisons() if sha256 in (r.old, r.new)]
        if not stored:
            w.show_message(self.tr("No stored comparison holds this paragraph's document."), "info")
            return False
        w.comparer.open_stored(stored[0].id, then=lambda: self._go_to_paragraph(sha256, pid))
        return True

    def _go_to_paragraph(self, sha256: str, pid: str) -> bool:
        w = self._window
        c = w.session.current
        if c is None or sha256 not in (c.old.sha256, c.new.sha256):
            return False
        row = w.model.find_row(old=(pid,)) if sha256 == c.old.sha256 else w.model.find_row(new=(pid,))
        if row >= 0:
            w.go_to_row(row)
        return row >= 0
