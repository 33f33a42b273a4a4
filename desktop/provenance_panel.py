"""Agreed language in the window: each paragraph of the new version with its provenance badge
(« agreed language: A/RES/76/7 ¶12 », « new »), the sources of the selected paragraph with their
redline, and a folder imported into the library in the background.

The tracing and the import run on the worker (:func:`nlp.provenance.trace`,
:func:`nlp.library.importing.import_files`); the panel only shows their results.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.models import change_name
from desktop.operations import Operation
from desktop.series_window import Retranslating
from nlp.model.comparison import Op
from nlp.provenance import Provenance, TracedParagraph


class ProvenancePanel(QWidget):
    """The new version's paragraphs with their badges; below, the selected one's sources."""

    paragraphChosen = Signal(str)  # a paragraph id of the new version
    traceRequested = Signal()
    importRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("provenancePanel")
        self.provenance: Provenance | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        buttons = QHBoxLayout()
        self.trace_button = QPushButton(self)
        self.trace_button.clicked.connect(self.traceRequested)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.importRequested)
        buttons.addWidget(self.trace_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Vertical, self)
        self.list = QListWidget(split)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(lambda item: self.paragraphChosen.emit(item.data(Qt.UserRole)))
        self.list.itemClicked.connect(lambda item: self.paragraphChosen.emit(item.data(Qt.UserRole)))
        self.sources = QTextBrowser(split)
        self.sources.setOpenLinks(False)
        layout.addWidget(split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.trace_button.setText(self.tr("Find agreed language"))
        self.trace_button.setToolTip(self.tr("Look for each paragraph of the new version in the library's documents"))
        self.import_button.setText(self.tr("Import a folder…"))
        self.import_button.setToolTip(self.tr("Add every readable file of a folder to the library, in the background"))
        self.list.setAccessibleName(self.tr("Paragraphs of the new version and where their language comes from"))
        self.sources.setAccessibleName(self.tr("Sources of the selected paragraph"))
        self.show_provenance(self.provenance)

    def badge(self, traced: TracedParagraph) -> str:
        best = traced.best
        if traced.status == "new" or best is None:
            return self.tr("new")
        where = f"{best.label} ¶{best.id}"
        if traced.status == "verbatim":
            return self.tr("agreed language: %1").replace("%1", where)
        return self.tr("edited from %1").replace("%1", where)

    def badges(self) -> dict[str, str]:
        """Each paragraph id of the new version -> its badge, as the list shows it."""
        return {self.list.item(i).data(Qt.UserRole): self.list.item(i).data(Qt.UserRole + 1) for i in range(self.list.count())}

    def show_provenance(self, provenance: Provenance | None) -> None:
        self.provenance = provenance
        self.list.clear()
        if provenance is None:
            self.summary.setText(self.tr("Open a comparison, then find where the new version's language comes from."))
            self.sources.clear()
            return
        counts = provenance.counts()
        self.summary.setText(
            self.tr("%1: %2 agreed language, %3 edited, %4 new")
            .replace("%1", provenance.document.label)
            .replace("%2", str(counts["verbatim"])).replace("%3", str(counts["edited"])).replace("%4", str(counts["new"]))
        )
        for traced in provenance.paragraphs:
            badge = self.badge(traced)
            item = QListWidgetItem(f"¶{traced.id}   {badge}")
            item.setData(Qt.UserRole, traced.id)
            item.setData(Qt.UserRole + 1, badge)
            background, foreground = theme.colors().provenance[traced.status]  # as on the rows
            item.setBackground(QBrush(QColor(background)))
            item.setForeground(QBrush(QColor(foreground)))
            self.list.addItem(item)

    def recolour(self) -> None:
        """The theme changed: each paragraph's status in the new theme's colours (as on the rows)."""
        statuses = {t.id: t.status for t in self.provenance.paragraphs} if self.provenance is not None else {}
        for i in range(self.list.count()):
            item = self.list.item(i)
            background, foreground = theme.colors().provenance[statuses.get(item.data(Qt.UserRole), "new")]
            item.setBackground(QBrush(QColor(background)))
            item.setForeground(QBrush(QColor(foreground)))
        current = self.list.currentItem()
        if current is not None:
            self._show_sources(current.data(Qt.UserRole))  # the redline in the new colours too

    def select_paragraph(self, pid: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.UserRole) == pid:
                self.list.blockSignals(True)
                self.list.setCurrentRow(i)
                self.list.blockSignals(False)
                self._show_sources(pid)
                return

    def _current_changed(self, current, previous) -> None:
        if current is not None:
            self._show_sources(current.data(Qt.UserRole))

    def _show_sources(self, pid: str) -> None:
        traced = self.provenance.paragraph(pid) if self.provenance is not None else None
        if traced is None:
            self.sources.clear()
            return
        text = self.provenance.document.paragraph(pid).text
        if not traced.sources:
            self.sources.setHtml(f"<p><b>¶{escape(pid)}</b> {escape(text)}</p><p><i>{escape(self.tr('No close paragraph in the library.'))}</i></p>")
            return
        colors = theme.colors()
        parts = [f"<p><b>¶{escape(pid)} — {escape(self.badge(traced))}</b></p>"]
        for s in traced.sources:
            adopted = f" ({s.adopted})" if s.adopted else ""
            heading = f"{s.label} ¶{s.id}{adopted} · {s.score:.2f} · {change_name(s.change)}"
            redline = "".join(
                escape(d.text) if d.op is Op.EQUAL
                else f"<span style='color:{colors.delete_fg};background-color:{colors.delete_bg};text-decoration:line-through'>{escape(d.text)}</span>"
                if d.op is Op.DELETE
                else f"<span style='color:{colors.insert_fg};background-color:{colors.insert_bg};text-decoration:underline'>{escape(d.text)}</span>"
                for d in s.diff
            )
            parts.append(f"<h4>{escape(heading)}</h4><p>{redline or escape(s.text)}</p>")
        self.sources.setHtml("".join(parts))


class ProvenanceController(Retranslating):
    """Traces the comparison's new version against the library, and imports folders into it."""

    traced = Signal()  # the badges of the new version are on screen
    imported = Signal(object)  # an import ended: its nlp.library.importing.ImportReport

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.panel = ProvenancePanel(window)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("provenanceDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.LeftDockWidgetArea, self.dock)
        self.dock.hide()  # until something is traced (then beside the change list: 1280 × 720 keeps the rows wide)
        self.panel.traceRequested.connect(self.trace_current)
        self.panel.importRequested.connect(self.choose_folder)
        self.panel.paragraphChosen.connect(self._go_to)
        window.view.selectionModel().currentRowChanged.connect(self._row_changed)
        window.session.changed.connect(self._comparison_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Agreed language"))
        self.panel.retranslate()
        self._badge_rows()

    def _badge_rows(self) -> None:
        """Each paragraph row of the new version with its badge, in the window's language."""
        w, provenance = self._window, self.panel.provenance
        if provenance is not None and w.session.current is not None and w.session.current.new.sha256 == provenance.document.sha256:
            w.model.set_provenance({t.id: (t.status, self.panel.badge(t)) for t in provenance.paragraphs})

    def trace_current(self):
        w = self._window
        comparison = w.session.current
        if w.library is None:
            w.show_message(self.tr("Agreed language is looked for in the library, and no library is open."))
            return None
        if comparison is None:
            w.show_message(self.tr("Open a comparison first: its new version is traced."), "info")
            return None
        if self.dock.isHidden() and not self.dock.isFloating():
            w.tabifyDockWidget(w.navigator_dock, self.dock)
        self.dock.show()
        self.dock.raise_()
        library, draft, engine = w.library, comparison.new, w.engine

        def work(progress, cancel):
            from nlp.provenance import trace
            from nlp.provenance.trace import judge_pairs

            # finding candidates reads the library here; labelling them needs the model: the engine's process
            return trace(draft, library, progress=progress, cancel=cancel, judge=lambda pairs: engine.call(judge_pairs, pairs))

        def shown(provenance) -> None:
            self.panel.show_provenance(provenance)
            self._badge_rows()
            current = w.view.current_row()
            if current >= 0 and w.model.row(current).new:
                self.panel.select_paragraph(w.model.row(current).new[0])
            self.traced.emit()

        return w.operations.submit(Operation(work, shown, label=self.tr("Looking for agreed language…"), group="provenance"))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Import a folder into the library"))
        if folder:
            self.import_folder(folder)

    def import_folder(self, folder: str):
        """Every readable file under ``folder`` into the library, on the worker, with its progress."""
        w = self._window
        library = w.library
        if library is None:
            w.show_message(self.tr("No library is open."))
            return None

        def work(progress, cancel):
            from nlp.library.importing import files_under, import_files

            files = files_under(folder)
            return import_files(library, files, progress=lambda done, total, name: progress(done / max(total, 1), name), cancel=cancel)

        def done(report) -> None:
            message = (
                self.tr("Imported %1 documents (%2 already in the library); %3 files could not be read.")
                .replace("%1", str(report.added)).replace("%2", str(report.known)).replace("%3", str(len(report.unreadable)))
            )
            if report.unreadable:
                message += " " + "; ".join(report.unreadable[:3]) + ("…" if len(report.unreadable) > 3 else "")
            w.show_message(message, "info")
            if w.library_panel is not None:
                w.library_panel.refresh()
            self.imported.emit(report)

        return w.operations.submit(Operation(work, done, label=self.tr("Importing into the library…"), group="import"))

    def _comparison_changed(self, comparison) -> None:
        traced = self.panel.provenance
        if traced is not None and (comparison is None or comparison.new.sha256 != traced.document.sha256):
            self.panel.show_provenance(None)  # the badges were for another text (the model drops its own)

    def _row_changed(self, current, previous) -> None:
        if self.panel.provenance is None or not current.isValid():
            return
        row = self._window.model.row(current.row())
        if row.new:
            self.panel.select_paragraph(row.new[0])

    def _go_to(self, pid: str) -> None:
        row = self._window.model.find_row(new=(pid,))
        if row >= 0:
            self._window.go_to_row(row)
