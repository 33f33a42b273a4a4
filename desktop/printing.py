"""File › Print and Print preview: the comparison as shown — the rows on screen, in their order, with
their highlights, side by side or as one redline — laid out as a document for paper."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

from desktop import theme
from desktop.models import BADGE, NEW_ID, NEW_TEXT, OLD_ID, OLD_TEXT, HtmlRole


class Printer(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window

    def document(self) -> QTextDocument:
        """The rows the view shows (hidden ones left out), as one HTML table."""
        w = self._window
        model, view = w.model, w.view
        inline = model.inline()
        columns = [NEW_ID, BADGE, NEW_TEXT] if inline else [OLD_ID, OLD_TEXT, BADGE, NEW_ID, NEW_TEXT]
        widths = {OLD_ID: 6, NEW_ID: 6, BADGE: 12, OLD_TEXT: 38, NEW_TEXT: 76 if inline else 38}
        head = "".join(
            f"<th align='left' width='{widths[col]}%'>{html.escape(str(model.headerData(col, 1) or ''))}</th>" for col in columns
        )
        rows = []
        for i in range(model.rowCount()):
            if view.isRowHidden(i):
                continue
            cells = []
            for col in columns:
                index = model.index(i, col)
                body = index.data(HtmlRole) if col in (OLD_TEXT, NEW_TEXT) else html.escape(index.data() or "").replace("\n", "<br/>")
                cells.append(f"<td valign='top'>{body or ''}</td>")
            rows.append(f"<tr>{''.join(cells)}</tr>")
        colors = theme.LIGHT  # paper is white whatever the screen's theme
        title = html.escape(w.windowTitle())
        summary = html.escape(w.status.summary.text())
        doc = QTextDocument()
        doc.setDefaultFont(view.font())
        doc.setHtml(
            f"<h2>{title}</h2><p style='color:{colors.muted}'>{summary}</p>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-color:#c9ced6'>"
            f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
        )
        return doc

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.A4))
        # landscape: two readable columns side by side; a redline reads well upright
        printer.setPageOrientation(QPageLayout.Portrait if self._window.model.inline() else QPageLayout.Landscape)
        return printer

    def render(self, printer: QPrinter) -> None:
        with theme.using(theme.LIGHT):
            self._window.model.restyle()
            doc = self.document()
        self._window.model.restyle()
        doc.print_(printer)

    def print_(self) -> None:
        printer = self._printer()
        dialog = QPrintDialog(printer, self._window)  # modal: printer outlives it
        if dialog.exec():
            self.render(printer)

    def preview(self) -> QPrintPreviewDialog:
        self._preview_printer = self._printer()  # the dialog only borrows it: it must outlive the dialog
        dialog = QPrintPreviewDialog(self._preview_printer, self._window)
        dialog.setObjectName("printPreview")
        dialog.paintRequested.connect(self.render)
        dialog.open()
        return dialog
