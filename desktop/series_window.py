"""A series of versions in the window: open several files (or a folder) as one series, pick the two
versions shown side by side on the version strip, follow the selected paragraph through every
version, and list what happened to each paragraph across the whole series.

The series is compared on the worker (each step reopened from the library when it holds it); the
two versions on screen are an ordinary comparison, so every other part of the window (navigator,
details, corrections, exports) works on them as on any pair.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog

from desktop.comparing import presenter
from desktop.operations import Operation
from desktop.series_panels import HistoryPanel, SeriesChangesPanel, VersionStrip
from nlp.series import Series

SERIES = "compare"  # one group with the window's comparisons: a series replaces a pair being compared


def controllers(window):
    """The series and the agreed-language parts of ``window``; each sets its texts again when the
    interface language changes."""
    from desktop.provenance_panel import ProvenanceController

    return SeriesController(window), ProvenanceController(window)


class Retranslating(QObject):
    """A part of the window that sets its texts again on the window's LanguageChange."""

    def __init__(self, window):
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        raise NotImplementedError


class SeriesController(Retranslating):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.series: Series | None = None
        self.pair: tuple[int, int] | None = None
        self.strip = VersionStrip(window.centralWidget())
        self.strip.hide()
        layout = window.centralWidget().layout()
        layout.insertWidget(layout.indexOf(window.document_bar) + 1, self.strip)
        self.history = HistoryPanel(window)
        self.changes = SeriesChangesPanel(window)
        self.history_dock = self._dock("historyDock", self.history, Qt.BottomDockWidgetArea)
        self.changes_dock = self._dock("seriesDock", self.changes, Qt.LeftDockWidgetArea)
        self.strip.pairChosen.connect(self.show_pair)
        self.changes.lineageChosen.connect(self.go_to_lineage)
        window.view.selectionModel().currentRowChanged.connect(self._row_changed)
        window.files.pathsChanged.connect(self._paths_changed)
        self.retranslate()

    def _dock(self, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(self._window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self._window.addDockWidget(area, dock)
        dock.hide()  # until a series is open (then it joins its neighbour's tabs)
        return dock

    def _show_docks(self) -> None:
        w = self._window
        for dock, beside in ((self.history_dock, w.details_dock), (self.changes_dock, w.navigator_dock)):
            if dock.isHidden() and not dock.isFloating():
                w.tabifyDockWidget(beside, dock)
            dock.show()
        self.history_dock.raise_()

    def retranslate(self) -> None:
        self.history_dock.setWindowTitle(self.tr("History"))
        self.changes_dock.setWindowTitle(self.tr("Series"))
        self.strip.retranslate()
        self.changes.retranslate()
        self.history.retranslate()

    # --- opening -------------------------------------------------------------------------------

    def choose_files(self) -> None:
        from desktop.files import OPEN_FILTER

        kinds = self.tr("Documents (%1);;All files (*)").replace("%1", OPEN_FILTER)
        settings = self._window.settings
        paths, _ = QFileDialog.getOpenFileNames(self._window, self.tr("Open the versions of a series"), settings.last_dir, kinds)
        if paths:
            settings.last_dir = str(Path(paths[0]).parent)
            self.open_series(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Open a folder of versions as a series"))
        if folder:
            self.open_folder(folder)

    def open_folder(self, folder: str) -> None:
        from nlp.library.importing import files_under
        from nlp.model.errors import InputError

        try:
            paths = files_under(folder)
        except InputError as e:
            self._window.show_message(str(e))
            return
        self.open_series(paths)

    def open_series(self, paths: list[str]):
        """Compare the files as a series on the worker, then show its last two versions."""
        w = self._window
        if len(paths) < 2:
            w.show_message(self.tr("A series needs at least two versions."))
            return None
        compute = self._computer()
        present = presenter(w)
        w.dismiss_banner()

        def work(progress, cancel):
            from nlp.readers import read_document
            from nlp.series import compare_series

            documents = [read_document(p) for p in paths]
            series = compare_series(documents, compute=lambda old, new: compute(old, new, cancel), progress=progress, cancel=cancel)
            return series, present(*series.steps)  # each step ready to show when the strip picks it

        def shown(result) -> None:
            series, prepared = result
            w.model.offer(*prepared)
            self.show_series(series)

        label = self.tr("Comparing a series of versions…")
        return w.operations.submit(Operation(work, shown, label=label, group=SERIES))

    def show_series(self, series: Series) -> None:
        self.series = series
        self.strip.show_series(series)
        self.strip.show()
        self.changes.show_series(series)
        self._show_docks()
        n = len(series.versions)
        self.show_pair(n - 2, n - 1)

    # --- two versions side by side ---------------------------------------------------------------

    def show_pair(self, i: int, j: int, then=None):
        """Versions i and j side by side (neighbours are a step already made; others are compared)."""
        series, w = self.series, self._window
        if series is None:
            return None
        self.pair = (i, j)
        self.strip.set_pair(i, j)
        if j == i + 1:
            w.show_comparison(series.steps[i])
            if then is not None:
                then()
            return None
        compute = self._computer()
        present = presenter(w)

        def work(progress, cancel):
            from nlp.series import compare_versions

            comparison = compare_versions(series, i, j, compute=lambda old, new: compute(old, new, cancel, progress))
            return comparison, present(comparison)

        def shown(result) -> None:
            comparison, prepared = result
            w.model.offer(*prepared)
            w.show_comparison(comparison)
            if then is not None:
                then()

        return w.operations.submit(Operation(work, shown, label=self.tr("Comparing…"), group=SERIES))

    def _computer(self):
        """compute(old, new, cancel, progress): a step reopened from the library when it holds it,
        else computed in the window's engine (its own process in the application)."""
        library, engine = self._window.library, self._window.engine

        def compute(old, new, cancel, progress=None):
            from nlp.engine import compare
            from nlp.service import open_comparison

            def in_engine(old_doc, new_doc, progress, cancel):
                return engine.call(compare, old_doc, new_doc, progress=progress, cancel=cancel)

            return open_comparison(old, new, library, progress, cancel, compute=in_engine).corrected()

        return compute

    def _paths_changed(self) -> None:
        """Another pair of files was opened: the strip is for the series only."""
        if self.series is None:
            return
        ours = {str(Path(v.path)) for v in self.series.versions}
        paths = {str(Path(p)) for p in self._window.files.paths.values() if p}
        if paths and not paths <= ours:
            self.strip.hide()

    # --- following a paragraph -----------------------------------------------------------------------

    def _row_changed(self, current, previous) -> None:
        series, pair = self.series, self.pair
        if series is None or pair is None or not self.strip.isVisible() or not current.isValid():
            self.history.show_lineage(None, None)
            return
        row = self._window.model.row(current.row())
        i, j = pair
        lineage = None
        if row.new:
            lineage = series.lineage_of(j, row.new[0])
        if lineage is None and row.old:
            lineage = series.lineage_of(i, row.old[0])
        self.history.show_lineage(series, lineage)

    def go_to_lineage(self, index: int) -> None:
        """Show the step where the listed change happened, on the paragraph's row."""
        if self.series is None:
            return
        lineage = self.series.lineages[index]
        k = self.changes.step_of(lineage)
        model = self._window.model

        def select() -> None:
            row = model.find_row(new=lineage.ids[k + 1][:1]) if lineage.ids[k + 1] else -1
            if row < 0 and lineage.ids[k]:
                row = model.find_row(old=lineage.ids[k][:1])
            if row >= 0:
                self._window.go_to_row(row)
            self.history.show_lineage(self.series, lineage)

        self.show_pair(k, k + 1, then=select)
