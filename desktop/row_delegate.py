"""How one row of the side-by-side view is drawn: each side's rich text (diff highlights, signal
words), the change badge, the paragraph numbers; and how tall each cell wants to be.

A cell's laid-out text is kept while it is likely to be drawn again, for a bounded number of cells:
a long document's thousands of rows are measured once (:mod:`desktop.row_layout`) but never all
held in memory at once.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QTableView, QToolTip

from desktop import theme
from desktop.models import BADGE, NEW_ID, NEW_TEXT, OLD_ID, OLD_TEXT, SYMBOLS, HtmlRole, RowRole, change_name

PAD_X, PAD_Y = 10, 8
TOP_CENTRE = Qt.AlignHCenter | Qt.AlignTop  # combined once, not for every cell drawn
TOP_CENTRE_WRAPPED = TOP_CENTRE | Qt.TextWrapAnywhere
KEPT_DOCUMENTS = 400  # laid-out cells kept: a few screens' worth, whatever the document's length

class RowDelegate(QStyledItemDelegate):
    def __init__(self, view: QTableView):
        super().__init__(view)
        self._view = view
        self._docs: OrderedDict[tuple[int, int], tuple[int, str, QTextDocument]] = OrderedDict()

    def clear(self) -> None:
        self._docs.clear()

    def warm_up(self) -> None:
        """Draw a sample of what the rows use once, off screen: the fonts' bold and italic faces, their
        glyphs, the painting calls. The first comparison on screen then pays none of these first-time
        costs (a few tens of milliseconds), which come at start-up, before the window is shown."""
        from PySide6.QtGui import QImage

        image = QImage(64, 64, QImage.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        sample = ("<div style='font-style:italic'>↕ 1</div><span style='text-decoration:line-through'>a</span> "
                  "<span style='text-decoration:underline'>b</span> <b>c</b> <span style='font-size:small'>¶ 2</span>")
        doc = QTextDocument()
        doc.setDefaultFont(self._view.font())
        doc.setHtml(sample)
        doc.setTextWidth(60)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = QPalette(self._view.palette())
        doc.documentLayout().draw(painter, context)
        font = QFont(self._view.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.drawText(QRectF(0, 0, 60, 20), Qt.AlignCenter, "▲▼◆=+− ↕ ✎ ⋯")
        painter.end()
        _ = (QStyle.State_Selected, QPalette.Highlight, QPalette.Mid, Qt.ElideRight, Qt.NoPen)

    # --- text documents ----------------------------------------------------------------------

    def document(self, index: QModelIndex, width: int) -> QTextDocument:
        html = index.data(HtmlRole) or ""
        key = (index.row(), index.column())
        cached = self._docs.get(key)
        if cached and cached[0] == width and cached[1] == html:
            self._docs.move_to_end(key)
            return cached[2]
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self._view.font())
        doc.setDefaultStyleSheet("a { text-decoration: none; }")
        doc.setHtml(html)
        doc.setTextWidth(max(40, width - 2 * PAD_X))
        self._docs[key] = (width, html, doc)
        self._docs.move_to_end(key)
        while len(self._docs) > KEPT_DOCUMENTS:
            self._docs.popitem(last=False)
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
            painter.drawText(rect.adjusted(4, PAD_Y, -4, 0), TOP_CENTRE, "—")
            return
        font = QFont(self._view.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(colors.muted))
        painter.drawText(rect.adjusted(4, PAD_Y, -4, 0), TOP_CENTRE_WRAPPED, text.replace("+", "+\n"))

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


