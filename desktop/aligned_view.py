"""The side-by-side view: one table whose rows are links, so both sides always scroll in step.

A delegate draws each side's rich text (diff highlights, signal words) and the change badge; rows
take the height of their taller side. Hovering a signal word shows its note.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
)

from desktop import theme
from desktop.models import (
    BADGE,
    NEW_ID,
    NEW_TEXT,
    OLD_ID,
    OLD_TEXT,
    SYMBOLS,
    HtmlRole,
    RowRole,
    change_name,
)

PAD_X, PAD_Y = 10, 8


class RowDelegate(QStyledItemDelegate):
    def __init__(self, view: QTableView):
        super().__init__(view)
        self._view = view
        self._docs: dict[tuple[int, int], tuple[int, str, QTextDocument]] = {}

    def clear(self) -> None:
        self._docs.clear()

    # --- text documents ----------------------------------------------------------------------

    def document(self, index: QModelIndex, width: int) -> QTextDocument:
        html = index.data(HtmlRole) or ""
        key = (index.row(), index.column())
        cached = self._docs.get(key)
        if cached and cached[0] == width and cached[1] == html:
            return cached[2]
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self._view.font())
        doc.setDefaultStyleSheet("a { text-decoration: none; }")
        doc.setHtml(html)
        doc.setTextWidth(max(40, width - 2 * PAD_X))
        self._docs[key] = (width, html, doc)
        return doc

    # --- painting ----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        row = index.data(RowRole)
        if row is None:
            return super().paint(painter, option, index)
        colors = theme.colors()
        col = index.column()
        rect = option.rect
        palette = option.palette
        painter.save()
        # A removed row is pale red on its old side, an added row pale green on its new side
        if row.kind == "removed" and col in (OLD_ID, OLD_TEXT):
            painter.fillRect(rect, QColor(colors.removed_tint))
        elif row.kind == "added" and col in (NEW_ID, NEW_TEXT):
            painter.fillRect(rect, QColor(colors.added_tint))
        if option.state & QStyle.State_Selected:
            painter.fillRect(rect, palette.color(QPalette.Highlight))
            if col == OLD_ID:  # an accent bar marks the selected row for those who miss the tint
                painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), self._view.accent())
        # separator between rows
        painter.setPen(QColor(palette.color(QPalette.Mid)))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        if col in (OLD_TEXT, NEW_TEXT):
            self._paint_text(painter, option, index)
        elif col == BADGE:
            self._paint_badge(painter, rect, row, colors, self._view.gap_above(index.row()))
        else:
            self._paint_ids(painter, rect, index.data(Qt.DisplayRole) or "", palette, colors)
        painter.restore()

    def _paint_text(self, painter: QPainter, option, index: QModelIndex) -> None:
        rect = option.rect
        doc = self.document(index, rect.width())
        painter.translate(rect.left() + PAD_X, rect.top() + PAD_Y)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = QPalette(option.palette)
        context.palette.setColor(QPalette.Text, option.palette.color(QPalette.Text))
        context.clip = QRectF(0, 0, rect.width() - PAD_X, rect.height() - PAD_Y)
        doc.documentLayout().draw(painter, context)

    def _paint_ids(self, painter: QPainter, rect: QRect, text: str, palette, colors) -> None:
        if not text:
            painter.setPen(QColor(colors.muted))
            painter.drawText(rect.adjusted(4, PAD_Y, -4, 0), Qt.AlignHCenter | Qt.AlignTop, "—")
            return
        font = QFont(self._view.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(colors.muted))
        painter.drawText(rect.adjusted(4, PAD_Y, -4, 0), Qt.AlignHCenter | Qt.AlignTop | Qt.TextWrapAnywhere, text.replace("+", "+\n"))

    def _paint_badge(self, painter: QPainter, rect: QRect, row, colors, gap: int = 0) -> None:
        bg, fg = colors.badges.get(row.change, colors.badges["unchanged"])
        font = QFont(self._view.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        label = f"{SYMBOLS[row.change]} {change_name(row.change)}"
        w = min(rect.width() - 12, metrics.horizontalAdvance(label) + 18)
        h = metrics.height() + 8
        pill = QRectF(rect.center().x() - w / 2, rect.top() + PAD_Y, w, h)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(pill, h / 2, h / 2)
        painter.setPen(QColor(fg))
        painter.drawText(pill, Qt.AlignCenter, label)
        y = pill.bottom() + 4
        small = QFont(font)
        small.setBold(False)
        painter.setFont(small)
        painter.setPen(QColor(colors.muted))
        by_hand = self.tr("by hand")
        hidden = (self.tr("⋯ %1 hidden").replace("%1", str(gap)),) if gap else ()
        for extra in ((f"↕ {change_name('moved')}",) if row.moved else ()) + ((f"✎ {by_hand}",) if row.manual else ()) + hidden:
            extra = painter.fontMetrics().elidedText(extra, Qt.ElideRight, rect.width() - 4)
            painter.drawText(QRectF(rect.left(), y, rect.width(), metrics.height()), Qt.AlignHCenter, extra)
            y += metrics.height() + 2

    # --- sizes and tooltips ------------------------------------------------------------------

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        col = index.column()
        if col in (OLD_TEXT, NEW_TEXT):
            width = self._view.columnWidth(col)
            doc = self.document(index, width)
            return QSize(width, int(doc.size().height()) + 2 * PAD_Y + 1)
        lines = 1
        row = index.data(RowRole)
        if col == BADGE and row is not None:
            lines += row.moved + row.manual + bool(self._view.gap_above(index.row()))
        elif col in (OLD_ID, NEW_ID):
            lines = max(1, (index.data(Qt.DisplayRole) or "").count("+") + 1)
        return QSize(60, lines * (self._view.fontMetrics().height() + 6) + 2 * PAD_Y)

    def helpEvent(self, event, view, option, index) -> bool:
        if event.type() == QEvent.ToolTip and index.isValid() and index.column() in (OLD_TEXT, NEW_TEXT):
            doc = self.document(index, option.rect.width())
            local = QPointF(event.pos() - option.rect.topLeft()) - QPointF(PAD_X, PAD_Y)
            anchor = doc.documentLayout().anchorAt(local)
            row = index.data(RowRole)
            if anchor.startswith("sig:") and row is not None:
                k = int(anchor[4:])
                QToolTip.showText(event.globalPos(), row.notes[k] or row.signals[k].type, view)
                return True
        return super().helpEvent(event, view, option, index)


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
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self._fit_rows)
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
        self._relayout.start()

    def _fit_rows(self) -> None:
        # Rows change height when the columns do: keep the row that was at the top at the top
        if self._anchor >= 0:
            self.resizeRowsToContents()
            self.updateGeometries()
            self.scrollTo(self.model().index(self._anchor, OLD_TEXT), QAbstractItemView.PositionAtTop)
            return
        top = self.rowAt(0)
        offset = self.rowViewportPosition(top) if top >= 0 else 0
        self.resizeRowsToContents()
        if top >= 0:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + self.rowViewportPosition(top) - offset)

    def go_to_row(self, row: int) -> None:
        """Select ``row`` and scroll so that both of its sides start at the top of the view."""
        model = self.model()
        if model is None or not (0 <= row < model.rowCount()):
            return
        if self._relayout.isActive():
            self._relayout.stop()
            self._fit_rows()
        index = model.index(row, OLD_TEXT)
        self._anchor = row
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
        rect = self.visualRect(self.model().index(row, OLD_TEXT))
        return rect.isValid() and self.viewport().rect().contains(rect.topLeft() + QPointF(1, 1).toPoint())
