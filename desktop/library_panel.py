"""The Library panel: stored comparisons, stored documents, and a search over every paragraph.

Double-clicking (or pressing Enter on) a comparison asks the window to reopen it
(:attr:`LibraryPanel.comparisonRequested`); a search result asks for that paragraph
(:attr:`LibraryPanel.paragraphRequested`). The panel only reads the library, with small queries
(lists and a full-text search), so it does so on the GUI thread.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from nlp.library.search import SearchResult
from nlp.library.store import ComparisonRow, DocumentRow, Library
from nlp.model.errors import InputError
from nlp.present.marks import mark

ItemRole = Qt.UserRole + 1  # the row's value object (ComparisonRow, DocumentRow, SearchResult)
HtmlRole = Qt.UserRole + 2  # rich text of a cell, drawn by HtmlDelegate

SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching

SUMMARY_SYMBOLS = tuple((key, mark(key)) for key in ("strengthened", "weakened", "modified", "moved", "added", "removed"))


@dataclass(frozen=True)
class Column:
    """One column of a :class:`RowsModel`: its header and how a row shows in it."""

    header: Callable[[], str]  # called each time, so a language change shows at once
    display: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None
    html: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of immutable rows."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Horizontal, 0, len(self._columns) - 1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < len(self._columns)):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return column.display(row)
        if role == Qt.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.display(row)
        if role == HtmlRole:
            return column.html(row) if column.html else None
        if role == ItemRole:
            return row
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self._columns):
            return self._columns[section].header()
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Draws a cell's HtmlRole text (names over dates, a passage with its matches marked), wrapped."""

    def paint(self, painter, option, index) -> None:
        html = index.data(HtmlRole)
        if html is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SE_ItemViewItemText, opt, opt.widget)
        doc = self._document(html, opt, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.State_Selected)
        context.palette.setColor(QPalette.Text, opt.palette.color(QPalette.HighlightedText if selected else QPalette.Text))
        painter.save()
        painter.translate(rect.left(), rect.top() + max(0, (rect.height() - doc.size().height()) / 2))
        painter.setClipRect(0, 0, rect.width(), rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        html = index.data(HtmlRole)
        if html is None:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        width = view.columnWidth(index.column()) - 8 if isinstance(view, QTableView) else -1
        size = self._document(html, opt, width).size()
        return QSize(int(size.width()), max(int(size.height()), super().sizeHint(option, index).height()))

    @staticmethod
    def _document(html: str, opt, width: int = -1) -> QTextDocument:
        """The cell's text laid out at ``width`` (wrapped: a passage shows whole in a narrow dock)."""
        doc = QTextDocument()
        doc.setDocumentMargin(1)
        doc.setDefaultFont(opt.font)
        doc.setHtml(html)
        if width > 0:
            doc.setTextWidth(width)
        return doc


def _result_html(result: SearchResult, before: int = 40) -> str:
    """Where it was found, then the passage from a little before the first match, so the matched
    words are in view however narrow the column; each match highlighted."""
    text, spans = result.snippet, list(result.highlights)
    cut = 0
    if spans and spans[0][0] > before:
        cut = text.find(" ", spans[0][0] - before) + 1 or spans[0][0] - before
    out, last = ["…" if cut else ""], cut
    colors = theme.colors()
    for a, b in spans:
        if b <= cut:
            continue
        a = max(a, cut)
        out += [html.escape(text[last:a]), f"<b style='background-color:{colors.find_bg}; color:{colors.find_fg}'>{html.escape(text[a:b])}</b>"]
        last = b
    out.append(html.escape(text[last:]))
    where = html.escape(f"{result.label} ¶ {result.paragraph}")
    return f"<span style='color:{colors.muted}'>{where}</span><br/>{''.join(out)}"


def _date(timestamp: str) -> str:
    """'2026-11-25T13:40:00+00:00' → '2026-11-25 13:40' (UTC, as stored)."""
    return timestamp[:16].replace("T", " ")


class LibraryPanel(QWidget):
    """Lists of the library's comparisons and documents, and a search box over their paragraphs."""

    comparisonRequested = Signal(int)  # the id of a stored comparison to reopen
    paragraphRequested = Signal(str, str)  # a search result: document sha256, paragraph id

    def __init__(self, library: Library | str | Path | None = None, parent: QWidget | None = None):
        """``library``: an open :class:`Library`, or the path of one (None: the user's default library)."""
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.library = library if isinstance(library, Library) else Library(library)
        self._owns_library = not isinstance(library, Library)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("librarySearch")
        self.search_box.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.returnPressed.connect(self.search)

        self.message = QLabel(self)
        self.message.setObjectName("libraryMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)

        # The first column carries what a narrow dock must show: names, then date and language below
        self._languages: dict[str, str] = {}  # document sha256 -> language
        self.comparisons_model = RowsModel(
            [
                Column(lambda: self.tr("Comparison"), lambda c: f"{c.old_label} → {c.new_label}", self._saved, self._comparison_html),
                Column(lambda: self.tr("Changes"), self._summary_symbols, self._summary_words),
                Column(lambda: self.tr("Corrections"), lambda c: str(c.corrections) if c.corrections else ""),
                Column(lambda: self.tr("Engine"), lambda c: c.engine),
            ],
            self,
        )
        self.documents_model = RowsModel(
            [
                Column(lambda: self.tr("Document"), lambda d: d.label, lambda d: d.path, self._document_html),
                Column(lambda: self.tr("Paragraphs"), lambda d: str(d.paragraphs)),
                Column(lambda: self.tr("Added"), lambda d: _date(d.added)),
                Column(lambda: self.tr("Title"), lambda d: d.title or ""),
            ],
            self,
        )
        self.results_model = RowsModel(
            [Column(lambda: self.tr("Passage"), lambda r: f"{r.label} ¶ {r.paragraph} — {r.snippet}", lambda r: r.snippet, _result_html)],
            self,
        )

        self.comparisons_view = self._table(self.comparisons_model, "libraryComparisons")
        self.documents_view = self._table(self.documents_model, "libraryDocuments")
        self.results_view = self._table(self.results_model, "librarySearchResults")
        for view in (self.comparisons_view, self.documents_view, self.results_view):
            view.setItemDelegateForColumn(0, HtmlDelegate(view))
        self.comparisons_view.activated.connect(self._comparison_activated)
        self.results_view.activated.connect(self._result_activated)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("libraryTabs")
        self.tabs.setUsesScrollButtons(False)  # in a narrow dock the three tabs shrink, all in view
        self.tabs.setElideMode(Qt.ElideRight)
        self.tabs.addTab(self.comparisons_view, "")
        self.tabs.addTab(self.documents_view, "")
        self.tabs.addTab(self.results_view, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_box)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.retranslate()
        self.refresh()

    # --- content ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the lists again (after a comparison was saved, for instance), and the search."""
        try:
            self.comparisons_model.set_rows(self.library.comparisons())
            self.documents_model.set_rows(self.library.documents())
        except InputError as e:
            self._show_error(e)
            return
        self._languages = {d.sha256: d.language for d in self.documents_model.rows()}
        self.message.hide()
        for view in (self.comparisons_view, self.documents_view):
            view.resizeColumnsToContents()
            view.resizeRowsToContents()
        if self.search_box.text().strip():
            self.search()
        self.retranslate()

    def search(self) -> None:
        """Search the paragraphs for the words in the search box and show the results' tab."""
        self._timer.stop()
        query = self.search_box.text().strip()
        try:
            results = self.library.search(query) if query else []
        except InputError as e:
            self._show_error(e)
            return
        self.results_model.set_rows(results)
        self.results_view.resizeRowsToContents()
        if query:
            self.tabs.setCurrentWidget(self.results_view)
        self.retranslate()

    def comparison_rows(self) -> list[ComparisonRow]:
        return self.comparisons_model.rows()

    def document_rows(self) -> list[DocumentRow]:
        return self.documents_model.rows()

    def result_rows(self) -> list[SearchResult]:
        return self.results_model.rows()

    def _show_error(self, error: InputError) -> None:
        self.message.setText(str(error))
        self.message.show()

    def _comparison_activated(self, index: QModelIndex) -> None:
        row = index.data(ItemRole)
        if row is not None:
            self.comparisonRequested.emit(row.id)

    def _result_activated(self, index: QModelIndex) -> None:
        result = index.data(ItemRole)
        if result is not None:
            self.paragraphRequested.emit(result.document, result.paragraph)

    # --- looks --------------------------------------------------------------------------------

    def _table(self, model: RowsModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.SingleSelection)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)  # names, dates, passages
        view.setTabKeyNavigation(False)
        # wrapped cells take the height of their text again when the dock gets wider or narrower
        view.horizontalHeader().sectionResized.connect(lambda *_: view.resizeRowsToContents())
        return view

    def _saved(self, c: ComparisonRow) -> str:
        return self.tr("Saved %1 (UTC)").replace("%1", _date(c.created))

    def _comparison_html(self, c: ComparisonRow) -> str:
        languages = " → ".join(dict.fromkeys(self._languages.get(sha, "?") for sha in (c.old, c.new)))
        names = html.escape(f"{c.old_label} → {c.new_label}")
        return f"<b>{names}</b><br/><span style='color:{theme.colors().muted}'>{_date(c.created)} · {languages}</span>"

    def _document_html(self, d: DocumentRow) -> str:
        facts = [d.language] + ([d.adopted] if d.adopted else []) + [self.tr("%1 ¶").replace("%1", str(d.paragraphs))]
        return f"<b>{html.escape(d.label)}</b><br/><span style='color:{theme.colors().muted}'>{html.escape(' · '.join(facts))}</span>"

    def _summary_symbols(self, c: ComparisonRow) -> str:
        return "  ".join(f"{symbol}{c.summary[key]}" for key, symbol in SUMMARY_SYMBOLS if c.summary.get(key))

    def _summary_words(self, c: ComparisonRow) -> str:
        words = {
            "strengthened": self.tr("strengthened"),
            "weakened": self.tr("weakened"),
            "modified": self.tr("modified"),
            "moved": self.tr("moved"),
            "added": self.tr("added"),
            "removed": self.tr("removed"),
        }
        parts = [f"{c.summary[key]} {words[key]}" for key, _ in SUMMARY_SYMBOLS if c.summary.get(key)]
        return ", ".join(parts) or self.tr("no substantive change")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search every paragraph (accents ignored)…"))
        self.search_box.setAccessibleName(self.tr("Search the library"))
        self.search_box.setToolTip(self.tr('"Words in quotes" find a phrase, word* a prefix, OR either word'))
        self.tabs.setTabText(0, self.tr("Comparisons (%1)").replace("%1", str(self.comparisons_model.rowCount())))
        self.tabs.setTabText(1, self.tr("Documents (%1)").replace("%1", str(self.documents_model.rowCount())))
        self.tabs.setTabText(2, self.tr("Search results (%1)").replace("%1", str(self.results_model.rowCount())))
        self.tabs.setAccessibleName(self.tr("Library"))
        self.comparisons_view.setAccessibleName(self.tr("Stored comparisons"))
        self.comparisons_view.setAccessibleDescription(self.tr("Press Enter or double-click to reopen a comparison"))
        self.documents_view.setAccessibleName(self.tr("Stored documents"))
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_view.setAccessibleDescription(self.tr("Press Enter or double-click to show the paragraph"))
        for model in (self.comparisons_model, self.documents_model, self.results_model):
            model.retranslate()

    def closeEvent(self, event) -> None:
        if self._owns_library:
            self.library.close()
        super().closeEvent(event)
