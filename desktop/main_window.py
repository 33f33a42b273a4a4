"""The main window: two documents, their aligned rows, the change navigator, details and corrections.

The window only assembles its parts and moves between rows; each job lives in its own module:
commands and menus (:mod:`desktop.actions`), background work (:mod:`desktop.operations`,
:mod:`desktop.comparing`), files, drops and recent pairs (:mod:`desktop.files`), corrections
(:mod:`desktop.editing`), exports (:mod:`desktop.exports`), language and theme (:mod:`desktop.appearance`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from desktop import actions, collector, i18n, series_window
from desktop.aligned_view import AlignedView
from desktop.appearance import Appearance
from desktop.comparing import Comparer
from desktop.editing import Editing
from desktop.exports import Exporter
from desktop.files import FileOpener
from desktop.models import AlignedModel, NavigatorModel, change_name
from desktop.navigation import RowNavigation
from desktop.operations import OperationController
from desktop.panels import DetailsPanel, FindBar, NavigatorPanel
from desktop.paths import app_icon
from desktop.printing import Printer
from desktop.session import ComparisonSession
from desktop.settings import Settings
from desktop.tasks import TaskRunner
from desktop.window_parts import Banner, DocumentBar, StartPage, WorkStatus
from nlp.engine.remote import Engine, LocalEngine
from nlp.model.comparison import Comparison


class MainWindow(QMainWindow):
    comparisonShown = Signal()  # a computed or reopened comparison is on screen
    workFailed = Signal(str)  # the one-line message shown in the banner

    def __init__(self, settings: Settings, runner: TaskRunner | None = None, load_model: bool = True, library=None,
                 engine: Engine | None = None):
        self._translated = -1  # the i18n generation the texts were last set in (see changeEvent)
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.settings = settings
        self.library = library
        # what needs the language model runs here: the application gives an EngineProcess (the model in
        # a process of its own); by default calls run on the worker thread
        self.engine: Engine = engine or LocalEngine()
        self.runner = runner or TaskRunner(self)
        self._owns_runner = runner is None
        self.operations = OperationController(self.runner, lambda message: self.show_message(message, "error"), self)
        self.session = ComparisonSession(self)
        self.model = AlignedModel(self)
        self.navigator_model = NavigatorModel(self.model, self)
        self.files = FileOpener(self, settings)
        self.comparer = Comparer(self)
        self.editing = Editing(self)
        self.exports = Exporter(self)
        self.appearance = Appearance(self, settings)
        self.printing = Printer(self)
        self.navigation = RowNavigation(self)
        self.undo_action = self.session.undo_stack.createUndoAction(self)
        self.redo_action = self.session.undo_stack.createRedoAction(self)

        self._build_central()
        self._build_docks()
        self.series, self.provenance = series_window.controllers(self)  # a series of versions; agreed language
        self.actions = actions.ActionSet(self, actions.entries(), self.menuBar())
        self.status = WorkStatus(self.statusBar())
        self.status.cancel_button.clicked.connect(self.operations.cancel)
        self.appearance.show_theme()
        self.actions["only_changes"].setChecked(settings.only_changes)
        self.actions["inline"].setChecked(settings.inline)
        self.appearance.show_zoom()
        self._connect()
        self._set_tab_order()

        self.retranslate()
        self.update_actions()
        self._fit_screen()
        if settings.geometry and not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        if settings.window_state and not settings.window_state.isEmpty():
            self.restoreState(settings.window_state)
        if load_model:
            self.comparer.load_model()
        collector.settle()  # the window's long-lived objects, never walked by a collection again

    # ------------------------------------------------------------------------------------------
    # layout

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = Banner(central)
        layout.addWidget(self.banner)
        self.document_bar = DocumentBar(central)
        layout.addWidget(self.document_bar)
        self.find_bar = FindBar(self.model, central)
        self.find_bar.hide()
        layout.addWidget(self.find_bar)
        self.stack = QStackedWidget(central)
        self.empty_page = StartPage(self.stack)
        self.view = AlignedView(self.stack)
        self.view.setModel(self.model)
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        self.navigator = NavigatorPanel(self.navigator_model, self)
        self.navigator_dock = self._dock("navigatorDock", self.navigator, Qt.LeftDockWidgetArea)
        self.details = DetailsPanel(self)
        self.details_dock = self._dock("detailsDock", self.details, Qt.BottomDockWidgetArea)
        self.library_panel = None
        self.library_dock = None
        if self.library is not None:
            from desktop.library_panel import LibraryPanel

            self.library_panel = LibraryPanel(self.library, self)
            self.library_dock = self._dock("libraryDock", self.library_panel, Qt.LeftDockWidgetArea)
            self.tabifyDockWidget(self.navigator_dock, self.library_dock)
            self.navigator_dock.raise_()
        # the change list runs the full height; the details sit under the rows they describe
        self.setCorner(Qt.BottomLeftCorner, Qt.LeftDockWidgetArea)
        self.resizeDocks([self.navigator_dock], [300], Qt.Horizontal)
        self.resizeDocks([self.details_dock], [140], Qt.Vertical)

    def _fit_screen(self) -> None:
        """A first size that fits the screen it opens on (a small laptop at 150 % is 1280 × 720)."""
        screen = self.screen().availableGeometry()
        self.resize(min(1400, int(screen.width() * 0.95)), min(900, int(screen.height() * 0.92)))

    def _set_tab_order(self) -> None:
        """Tab goes the way a reader works: the files, the comparison, then the panels."""
        bar = self.document_bar
        chain = [bar.buttons["old"], bar.swap_button, bar.buttons["new"], self.find_bar.edit, self.view, self.navigator.list]
        chain += [*self.navigator.boxes.values(), self.navigator.commitments, self.navigator.hide_unchanged]
        chain += [self.navigator.apply_to_view, self.details]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def zoomed_widgets(self) -> list[QWidget]:
        """What Ctrl+ and Ctrl− make larger: the texts one reads, not the menus."""
        out: list[QWidget] = [self.view, self.details, self.navigator.list]
        return out + ([self.library_panel] if self.library_panel is not None else [])

    def apply_view_options(self) -> None:
        """Only the differences, the change filters, one redline column: as the View menu says."""
        only_changes = self.actions["only_changes"].isChecked()
        follow = self.navigator.apply_to_view.isChecked()
        filters = self.navigator_model.filters()
        self.settings.only_changes = only_changes
        self.settings.inline = self.actions["inline"].isChecked()
        self.model.set_inline(self.settings.inline)
        self.view.set_inline(self.settings.inline)
        self.view.hide_rows(lambda row: (only_changes and not row.is_change) or (follow and not filters.accepts(row)))

    def _dock(self, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        self.document_bar.chooseRequested.connect(self.files.choose_file)
        self.document_bar.swapRequested.connect(self.files.swap)
        self.empty_page.chooseRequested.connect(self.files.choose_file)
        self.empty_page.compareRequested.connect(self.files.compare_now)
        self.empty_page.recentChosen.connect(self.files.open_pair)
        self.files.pathsChanged.connect(self._paths_changed)
        self.files.compareRequested.connect(lambda keep, fresh: self.comparer.compare(keep, fresh))
        self.files.recentChanged.connect(self._fill_recent_list)
        self.find_bar.rowFound.connect(self.view.go_to_row)  # the focus stays in the find field
        self.find_bar.closed.connect(self.view.setFocus)
        self.find_bar.row_shown = lambda row: not self.view.isRowHidden(row)
        self.navigator.rowChosen.connect(self.go_to_row)
        self.navigator.filtersChanged.connect(self.apply_view_options)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.view.customContextMenuRequested.connect(self.editing.context_menu)
        if self.library_panel is not None:
            self.library_panel.comparisonRequested.connect(self.comparer.open_stored)
            self.library_panel.paragraphRequested.connect(self.navigation.show_paragraph)
        self.session.changed.connect(self._show_comparison)
        self.session.correctionsChanged.connect(self.comparer.save_corrections)
        self.operations.started.connect(self.status.started)
        self.operations.progress.connect(self.status.progress)
        self.operations.busyChanged.connect(self.status.busy)
        self.operations.busyChanged.connect(lambda _: self.update_actions())
        self.operations.failed.connect(self.workFailed)

    # ------------------------------------------------------------------------------------------
    # what is enabled

    def states(self) -> frozenset[str]:
        """The conditions the actions table names in ``enabled_when``."""
        out = set(self.editing.states())
        if self.session.current is not None:
            out.add("comparison")
        if self.files.complete():
            out.add("both")
            if self.session.current is None:
                out.add("ready")
        if self.operations.busy:
            out.add("busy")
        return frozenset(out)

    def update_actions(self) -> None:
        self.actions.update(self.states())

    # ------------------------------------------------------------------------------------------
    # texts (set again whenever the language changes)

    def changeEvent(self, event) -> None:
        # Qt also delivers a LanguageChange installed before this window was made (or one it already
        # answered): only a new language is worth retranslating, and restyling every row's rich text
        if event.type() == QEvent.LanguageChange and self._translated != i18n.generation():
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._translated = i18n.generation()
        self.actions.retranslate()
        self.navigator_dock.setWindowTitle(self.tr("Changes"))
        self.details_dock.setWindowTitle(self.tr("Details"))
        if self.library_dock is not None:
            self.library_dock.setWindowTitle(self.tr("Library"))
        self.banner.retranslate()
        self.document_bar.retranslate()
        self.empty_page.retranslate()
        self.status.retranslate()
        self.view.setAccessibleName(self.tr("Side-by-side comparison"))
        self.view.setAccessibleDescription(self.tr("Each row: old paragraphs, the change, new paragraphs"))
        self._paths_changed()
        self._update_summary()
        self._fill_recent_list()
        self._update_title()
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, 4)
        self.model.restyle(anyway=True)

    def _update_title(self) -> None:
        c = self.session.current
        self.setWindowTitle("Travaux" if c is None else f"{c.old.label} → {c.new.label} — Travaux")

    def _paths_changed(self) -> None:
        self.document_bar.show_documents(self.files.paths, self.session.current)
        self.empty_page.show_paths(self.files.paths)
        self.update_actions()

    def _update_summary(self) -> None:
        c = self.session.current
        if c is None:
            self.status.summary.setText("")
            return
        s = c.summary
        keys = ("strengthened", "weakened", "modified", "unchanged", "moved", "added", "removed")
        self.status.summary.setText(" · ".join(f"{s[key]} {change_name(key)}" for key in keys))

    def _fill_recent_list(self) -> None:
        self.files.fill_recent_list(self.empty_page.recent_list)
        self.empty_page.recent_changed()

    # ------------------------------------------------------------------------------------------
    # showing a comparison

    def open_pair(self, old: str, new: str) -> None:
        self.files.open_pair(old, new)

    def show_comparison(self, comparison: Comparison, steps=(), library_id: int | None = None) -> None:
        """Show an already computed comparison (from a test, or the library), with its corrections as
        the engine replayed them (``steps``, see :meth:`ComparisonSession.set_comparison`)."""
        self.files.set_paths(comparison.old.path, comparison.new.path)
        self.session.set_comparison(comparison, steps, library_id)
        self.comparisonShown.emit()

    def _show_comparison(self, comparison: Comparison | None) -> None:
        keep = self.view.current_row()
        row = self.model.row(keep) if 0 <= keep < self.model.rowCount() else None
        self.model.set_comparison(comparison)
        self.stack.setCurrentWidget(self.view if comparison is not None else self.empty_page)
        self._update_summary()
        self._update_title()
        self._paths_changed()
        self.navigator.retranslate()
        self.apply_view_options()
        if comparison is None or self.view.current_row() < 0:
            self.details.show_row(None, None)
            self._fit_details()
        if row is not None:
            again = self.model.find_row(row.old, row.new)
            if again >= 0:
                self.go_to_row(again)
        self.update_actions()

    def _current_row_changed(self, current, previous) -> None:
        row = self.model.row(current.row()) if current.isValid() else None
        self.details.show_row(self.session.current, row)
        self._fit_details()
        if current.isValid():
            self.navigator.select_source_row(current.row())
        self.update_actions()

    def _fit_details(self) -> None:
        """The details pane as tall as its text, within a third of the window (the rows stay in view)."""
        dock = self.details_dock
        if dock.isFloating() or not dock.isVisible() or self.dockWidgetArea(dock) != Qt.BottomDockWidgetArea:
            return
        wanted = max(120, min(self.details.content_height(), self.height() // 3))
        if abs(wanted - dock.height()) > 16:
            self.resizeDocks([dock], [wanted], Qt.Vertical)

    def repaint_views(self) -> None:
        """The palette changed: every view draws again in the new colours."""
        self.model.restyle()
        self.view.restyle()
        current = self.view.current_row()
        self.details.show_row(self.session.current, self.model.row(current) if current >= 0 else None)
        for widget in (self.navigator.list, self.view.viewport(), self.details.viewport()):
            widget.update()
        if self.library_panel is not None:
            self.library_panel.update()
        self.provenance.panel.recolour()

    def go_to_row(self, row: int) -> None:
        self.view.go_to_row(row)
        self.view.setFocus()

    # ------------------------------------------------------------------------------------------
    # messages

    def show_message(self, text: str, kind: str = "error") -> None:
        self.banner.show_message(text, kind)

    def banner_text(self) -> str:
        return self.banner.text()

    def dismiss_banner(self) -> None:
        self.banner.dismiss()

    def closeEvent(self, event) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        if self._owns_runner:
            self.runner.shutdown()
        self.engine.close()
        super().closeEvent(event)
