"""The side-by-side view: one table whose rows are links, so both sides always scroll in step.

A delegate (:mod:`desktop.row_delegate`) draws each side's rich text (diff highlights, signal words)
and the change badge; rows take the height of their taller side, measured without freezing the
window (:mod:`desktop.row_layout`). Hovering a signal word shows its note.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView

from desktop.models import BADGE, NEW_ID, NEW_TEXT, OLD_ID, OLD_TEXT
from desktop.row_delegate import PAD_X, PAD_Y, RowDelegate
from desktop.row_layout import RowHeights


class AlignedView(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("alignedView")
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setMouseTracking(True)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.verticalScrollBar().setSingleStep(24)
        self._tinting = False
        self._anchor = -1  # the row chosen last, kept at the top while rows change height
        self.verticalScrollBar().actionTriggered.connect(self._forget_anchor)
        self._accent = QColor()
        self._gaps: dict[int, int] = {}  # row -> how many hidden rows end just above it
        self._tint_selection()
        self._delegate = RowDelegate(self)
        self.setItemDelegate(self._delegate)
        self._delegate.warm_up()
        self.heights = RowHeights(self, (OLD_TEXT, NEW_TEXT), (PAD_X, PAD_Y))
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self._fit_rows)
        self._new_rows = False  # the next relayout estimates every row first (the model was reset)
        self.verticalScrollBar().valueChanged.connect(lambda _: self.heights.measure_visible())
        self.horizontalHeader().sectionResized.connect(lambda *_: self._relayout.start())

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(OLD_ID, QHeaderView.Fixed)
        header.setSectionResizeMode(NEW_ID, QHeaderView.Fixed)
        header.setSectionResizeMode(BADGE, QHeaderView.Fixed)
        header.setSectionResizeMode(OLD_TEXT, QHeaderView.Stretch)
        header.setSectionResizeMode(NEW_TEXT, QHeaderView.Stretch)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        header.setHighlightSections(False)
        self._size_fixed_columns()
        model.modelReset.connect(self._on_reset)
        if hasattr(model, "richTextArrived"):
            model.richTextArrived.connect(self.heights.resume)
        model.dataChanged.connect(lambda *_: (self._delegate.clear(), self._relayout.start()))

    def _size_fixed_columns(self) -> None:
        metrics = self.fontMetrics()
        self.setColumnWidth(OLD_ID, metrics.horizontalAdvance("PP10(a)") + 16)
        self.setColumnWidth(NEW_ID, metrics.horizontalAdvance("PP10(a)") + 16)
        self.setColumnWidth(BADGE, metrics.horizontalAdvance("▲ strengthened") + 34)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and not self._tinting:
            self._tint_selection()
        elif event.type() == QEvent.FontChange and self.model() is not None:  # zoomed
            self._size_fixed_columns()
            self._delegate.clear()
            self._relayout.start()

    def _tint_selection(self) -> None:
        """Selected rows get a pale tint of the highlight colour, so the diff colours stay readable."""
        self._tinting = True
        palette = QPalette(QApplication.palette(self))
        base = palette.color(QPalette.Base)
        accent = palette.color(QPalette.Highlight)
        mix = QColor(
            round(base.red() * 0.82 + accent.red() * 0.18),
            round(base.green() * 0.82 + accent.green() * 0.18),
            round(base.blue() * 0.82 + accent.blue() * 0.18),
        )
        for group in (QPalette.Active, QPalette.Inactive):
            palette.setColor(group, QPalette.Highlight, mix)
            palette.setColor(group, QPalette.HighlightedText, palette.color(QPalette.Text))
        self.setPalette(palette)
        self._accent = accent
        self._tinting = False

    def restyle(self) -> None:
        """The theme changed: tint the selection from the new palette and draw every row again."""
        self._tint_selection()
        self._delegate.clear()
        self.viewport().update()

    def accent(self) -> QColor:
        return self._accent

    def _forget_anchor(self, *_) -> None:
        self._anchor = -1

    def wheelEvent(self, event) -> None:
        self._anchor = -1
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        self._anchor = -1
        super().keyPressEvent(event)

    def _on_reset(self) -> None:
        self._anchor = -1
        self._gaps = {}
        self._delegate.clear()
        self._new_rows = True
        # Not drawn until the rows have their estimated heights (the next turn of the event loop):
        # drawn at the default height, three times as many rows would be laid out for one frame
        self.viewport().setUpdatesEnabled(False)
        self._relayout.start()

    def _fit_rows(self) -> None:
        # Rows change height when the columns do: the row at the top stays at the top (row_layout)
        if self._new_rows:
            self._new_rows = False
            self.heights.reset()
        else:
            self.heights.restart()
        self.viewport().setUpdatesEnabled(True)

    def anchor_row(self) -> int:
        """The row kept at the top while rows change height: the one gone to last, else the top one."""
        return self._anchor if self._anchor >= 0 else self.rowAt(0)

    def keep_row_at(self, row: int, offset: int) -> None:
        """Scroll so that ``row`` is ``offset`` pixels from the top (the row gone to: at the top)."""
        if self._anchor >= 0:
            self.scrollTo(self.model().index(self._anchor, BADGE), QAbstractItemView.PositionAtTop)
        else:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.rowViewportPosition(row) - offset)

    def go_to_row(self, row: int) -> None:
        """Select ``row`` and scroll so that both of its sides start at the top of the view."""
        model = self.model()
        if model is None or not (0 <= row < model.rowCount()):
            return
        self._anchor = row
        if self._relayout.isActive():
            self._relayout.stop()
            self._fit_rows()
        self.heights.measure_from(row)
        index = model.index(row, BADGE)  # a column never hidden (one redline column hides the old side)
        self.updateGeometries()  # the scroll range must know the rows' new heights first
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.PositionAtTop)

    # --- what is shown ---------------------------------------------------------------------------

    def hide_rows(self, hidden) -> None:
        """Hide the rows for which ``hidden(row)`` holds (unchanged ones, those the filters drop); the
        row after a hidden stretch says how many it hides, as Meld marks a folded region."""
        model = self.model()
        self._gaps = {}
        run = 0
        for i, row in enumerate(model.rows()):
            hide = bool(hidden(row))
            self.setRowHidden(i, hide)
            if hide:
                run += 1
            else:
                if run:
                    self._gaps[i] = run
                run = 0
        self._delegate.clear()
        self._relayout.start()

    def gap_above(self, row: int) -> int:
        return self._gaps.get(row, 0)

    def shown_rows(self) -> int:
        return sum(not self.isRowHidden(i) for i in range(self.model().rowCount()))

    def set_inline(self, inline: bool) -> None:
        """One redline column: the old side's columns hidden, the new one shows both versions."""
        self.setColumnHidden(OLD_ID, inline)
        self.setColumnHidden(OLD_TEXT, inline)
        self._relayout.start()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        # The keyboard's row: a ring drawn round the whole row whenever the table has the focus
        index = self.currentIndex()
        if not (self.hasFocus() and index.isValid()) or self.isRowHidden(index.row()):
            return
        y, h = self.rowViewportPosition(index.row()), self.rowHeight(index.row())
        ring = QRect(1, y + 1, self.viewport().width() - 2, h - 2)
        painter = QPainter(self.viewport())
        pen = painter.pen()
        pen.setColor(self._accent)
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRect(ring)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selectionModel().selectedRows()}) if self.selectionModel() else []

    def row_visible(self, row: int) -> bool:
        """Whether the top of ``row`` is on screen (both sides: they share the row)."""
        rect = self.visualRect(self.model().index(row, BADGE))
        return rect.isValid() and self.viewport().rect().contains(rect.topLeft() + QPointF(1, 1).toPoint())
