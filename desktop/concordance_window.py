"""Concordance mode: two language versions of one text side by side, each discordance marked.

File ▸ Check the concordance of two language versions… asks for the two files, checks them on the worker
(:func:`nlp.concordance.concord_files`) and opens a window with a navigator (every pair of paragraphs, those
with discordances marked, the next and previous discordance on F8 / Shift+F8) and the two versions side by
side, the words of each discordance marked in both and its note beside them. The exports are those of
``main.py concordance`` (JSON, HTML, CSV, text), written by :mod:`nlp.export.concordance`.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QTextBrowser, QWidget

from desktop import i18n
from desktop.operations import Operation
from nlp.export.concordance import FORMATS, export
from nlp.export.concordance.html_format import marked
from nlp.model.concordance import Concordance

CONCORDANCE = "concordance"  # one group: a new check replaces the one still running
MARK = "background-color:#ffd666;"
ISSUE_ROW = "background-color:#fff8e6;"


def controller(window) -> "ConcordanceController":
    """The main window's concordance controller, made on first use (the window itself needs no hook)."""
    found = window.findChild(ConcordanceController, "concordanceController")
    return found if found is not None else ConcordanceController(window)


class ConcordanceController(QObject):
    """Opens concordance windows from the main window (File menu)."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("concordanceController")
        self._window = window
        self.windows: list[ConcordanceWindow] = []

    def choose_files(self) -> None:
        from desktop.files import OPEN_FILTER

        kinds = self.tr("Documents (%1);;All files (*)").replace("%1", OPEN_FILTER)
        settings = self._window.settings
        paths, _ = QFileDialog.getOpenFileNames(self._window, self.tr("Open two language versions of one text"),
                                                settings.last_dir, kinds)
        if len(paths) == 2:
            settings.last_dir = str(Path(paths[0]).parent)
            self.open_pair(paths[0], paths[1])
        elif paths:
            self._window.show_message(self.tr("Choose exactly two files: the same text in two languages."))

    def open_pair(self, path_a: str, path_b: str):
        """Check the two versions on the worker, then show them side by side."""
        language = i18n.current()

        def work(progress, cancel):
            from nlp.concordance import concord_files

            return concord_files(path_a, path_b, language, progress, cancel)

        label = self.tr("Checking the concordance…")
        return self._window.operations.submit(Operation(work, self.show, label=label, group=CONCORDANCE))

    def show(self, concordance: Concordance) -> "ConcordanceWindow":
        view = ConcordanceWindow(concordance, i18n.current(), self._window)
        self.windows.append(view)
        view.destroyed.connect(lambda *_: self.windows.remove(view) if view in self.windows else None)
        view.show()
        return view


class ConcordanceWindow(QMainWindow):
    """The two versions side by side with a navigator of their pairs."""

    def __init__(self, concordance: Concordance, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setObjectName("concordanceWindow")
        self.concordance = concordance
        self.language = language
        self.navigator = QListWidget(self)
        self.navigator.setObjectName("concordanceNavigator")
        self.view = QTextBrowser(self)
        self.view.setObjectName("concordanceView")
        self.view.setOpenLinks(False)
        splitter = QSplitter(self)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([220, 1000])
        self.setCentralWidget(splitter)
        self._build_actions()
        self._fill()
        self.navigator.currentRowChanged.connect(self._go_to)
        self.resize(1200, 700)
        self.setWindowTitle(self.tr("Concordance: %1 (%2) — %3 (%4)").replace("%1", concordance.a.label)
                            .replace("%2", concordance.a.language).replace("%3", concordance.b.label)
                            .replace("%4", concordance.b.language))
        self.statusBar().showMessage(self.summary())
        first = self.discordant_rows()
        if first:
            self.navigator.setCurrentRow(first[0])

    # --- what is shown -------------------------------------------------------------------------------

    def summary(self) -> str:
        c = self.concordance
        return (self.tr("%1 pairs of paragraphs, %2 discordances, %3 without counterpart")
                .replace("%1", str(len(c.pairs))).replace("%2", str(c.issue_count))
                .replace("%3", str(len(c.unpaired_a) + len(c.unpaired_b))))

    def _fill(self) -> None:
        c = self.concordance
        for pair in c.pairs:
            ids = " + ".join(pair.a) + ("" if pair.a == pair.b else " ↔ " + " + ".join(pair.b))
            text = f"{ids}   ⚠ {len(pair.issues)}" if pair.issues else ids
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, bool(pair.issues))
            if pair.issues:
                item.setToolTip("\n".join(i.note for i in pair.issues))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.navigator.addItem(item)
        for side, ids in (("A", c.unpaired_a), ("B", c.unpaired_b)):
            for pid in ids:
                item = QListWidgetItem(f"{pid} ({side})   ∅")
                item.setData(Qt.UserRole, True)
                item.setToolTip(self.tr("No counterpart in the other version"))
                self.navigator.addItem(item)
        self.view.setHtml(self.page())

    def page(self) -> str:
        """The two versions as one table: a row per pair, the discordances' words marked in both texts."""
        c = self.concordance
        text_a = {p.id: p.text for p in c.a}
        text_b = {p.id: p.text for p in c.b}
        rows = []
        for k, pair in enumerate(c.pairs):
            a = " ".join(text_a[i] for i in pair.a)
            b = " ".join(text_b[i] for i in pair.b)
            style = ISSUE_ROW if pair.issues else ""
            notes = "".join(f"<p><b>{escape(i.type)}</b> {escape(i.note)}</p>" for i in pair.issues)
            rows.append(
                f'<tr style="{style}"><td><a name="row{k}"></a><b>{escape(" + ".join(pair.a))}</b></td>'
                f"<td>{_marks(marked(a, [i.a for i in pair.issues if i.a]))}</td>"
                f"<td>{_marks(marked(b, [i.b for i in pair.issues if i.b]))}</td><td>{notes}</td></tr>"
            )
        k = len(c.pairs)
        for ids, texts, column in ((c.unpaired_a, text_a, 1), (c.unpaired_b, text_b, 2)):
            for pid in ids:
                cells = ["", "", ""]
                cells[column - 1] = escape(texts[pid])
                rows.append(f'<tr style="{ISSUE_ROW}"><td><a name="row{k}"></a><b>{escape(pid)}</b></td>'
                            f"<td>{cells[0]}</td><td>{cells[1]}</td><td>{escape(self.tr('No counterpart'))}</td></tr>")
                k += 1
        head = (f"<tr><th></th><th>{escape(c.a.label)} ({escape(c.a.language)})</th>"
                f"<th>{escape(c.b.label)} ({escape(c.b.language)})</th><th>{escape(self.tr('Discordances'))}</th></tr>")
        return (f'<table width="100%" cellspacing="0" cellpadding="5" border="0">{head}{"".join(rows)}</table>')

    def discordant_rows(self) -> list[int]:
        return [k for k in range(self.navigator.count()) if self.navigator.item(k).data(Qt.UserRole)]

    def _go_to(self, row: int) -> None:
        if row >= 0:
            self.view.scrollToAnchor(f"row{row}")

    # --- commands --------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.next_action = QAction(self.tr("&Next discordance"), self)
        self.next_action.setShortcut(QKeySequence("F8"))
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action = QAction(self.tr("&Previous discordance"), self)
        self.previous_action.setShortcut(QKeySequence("Shift+F8"))
        self.previous_action.triggered.connect(lambda: self.step(-1))
        go = self.menuBar().addMenu(self.tr("&Go"))
        go.addActions([self.next_action, self.previous_action])
        exports = self.menuBar().addMenu(self.tr("&Export"))
        for fmt in FORMATS:
            action = exports.addAction(fmt.upper() + "…")
            action.triggered.connect(lambda checked=False, f=fmt: self.choose_export(f))
        tools = self.addToolBar(self.tr("Concordance"))
        tools.setObjectName("concordanceToolbar")
        tools.addActions([self.previous_action, self.next_action])

    def step(self, delta: int) -> None:
        rows = self.discordant_rows()
        if not rows:
            return
        here = self.navigator.currentRow()
        after = [r for r in rows if (r > here if delta > 0 else r < here)]
        target = (after[0] if delta > 0 else after[-1]) if after else (rows[0] if delta > 0 else rows[-1])
        self.navigator.setCurrentRow(target)

    def choose_export(self, fmt: str) -> None:
        suffix = FORMATS[fmt][1]
        name = f"{Path(self.concordance.a.path).stem}-concordance{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the concordance"), name, f"*{suffix}")
        if path:
            self.export_to(fmt, path)

    def export_to(self, fmt: str, path: str) -> Path:
        return export(self.concordance, fmt, path, language=self.language)


def _marks(html: str) -> str:
    """Qt's rich text has no <mark>: the same highlight as a styled span."""
    return html.replace("<mark>", f'<span style="{MARK}">').replace("</mark>", "</span>")
