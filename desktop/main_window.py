"""The main window: two documents, their aligned rows, the change navigator, details and corrections."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QFileSystemWatcher,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n, theme
from desktop.aligned_view import AlignedView
from desktop.dialogs import AboutDialog, PreferencesDialog
from desktop.models import AlignedModel, NavigatorModel, change_name
from desktop.panels import DetailsPanel, FindBar, NavigatorPanel
from desktop.paths import app_icon
from desktop.session import ComparisonSession
from desktop.settings import Settings
from desktop.tasks import Task, TaskRunner
from nlp.engine.corrections import Correction, applicable
from nlp.model.comparison import Comparison

LABELS = ("strengthened", "weakened", "modified", "unchanged")
OPEN_FILTER = "*.md *.markdown *.txt *.text *.xml *.akn *.pdf *.docx *.odt *.html *.htm *.xhtml"


class MainWindow(QMainWindow):
    comparisonShown = Signal()  # a computed or reopened comparison is on screen
    workFailed = Signal(str)  # the one-line message shown in the banner

    def __init__(self, settings: Settings, runner: TaskRunner | None = None, load_model: bool = True, library=None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.runner = runner or TaskRunner(self)
        self._owns_runner = runner is None
        self.library = library
        self.paths: dict[str, str | None] = {"old": None, "new": None}
        self._compare_task: Task | None = None
        self._keep_corrections = False
        self._pending_paragraph: tuple[str, str] | None = None
        self.session = ComparisonSession(self)
        self.model = AlignedModel(self)
        self.navigator_model = NavigatorModel(self.model, self)
        self.setWindowIcon(app_icon())

        self._build_central()
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_status()
        self.setAcceptDrops(True)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self._reload_timer = QTimer(self, singleShot=True, interval=400)
        self._reload_timer.timeout.connect(self.reload)

        self.session.changed.connect(self._show_comparison)
        self.session.correctionsChanged.connect(self._save_corrections)
        self.runner.finished.connect(self._task_finished)
        self.runner.failed.connect(self._task_failed)
        self.runner.cancelled.connect(self._task_cancelled)
        self.runner.progress.connect(self._task_progress)
        self.runner.busyChanged.connect(self._busy_changed)
        self.runner.taskStarted.connect(self._task_started)

        self.retranslate()
        self._update_actions()
        self.resize(1400, 900)
        if settings.geometry and not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        if settings.window_state and not settings.window_state.isEmpty():
            self.restoreState(settings.window_state)
        if load_model:
            self.runner.submit("model", _load_model)

    # ------------------------------------------------------------------------------------------
    # layout

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.banner = QFrame(central)
        self.banner.setObjectName("banner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 6, 6, 6)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("bannerText")
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.banner_close = QToolButton(self.banner, text="✕")
        self.banner_close.setObjectName("bannerClose")
        self.banner_close.clicked.connect(self.dismiss_banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.banner_close)
        self.banner.hide()
        layout.addWidget(self.banner)

        bar = QFrame(central)
        bar.setObjectName("documentBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(10, 6, 10, 6)
        self.old_button = QPushButton(bar)
        self.old_button.setObjectName("openOldButton")
        self.old_label = QLabel(bar)
        self.old_label.setObjectName("oldLabel")
        self.swap_button = QToolButton(bar, text="⇄")
        self.swap_button.setObjectName("swapButton")
        self.new_button = QPushButton(bar)
        self.new_button.setObjectName("openNewButton")
        self.new_label = QLabel(bar)
        self.new_label.setObjectName("newLabel")
        for label in (self.old_label, self.new_label):
            label.setTextFormat(Qt.RichText)
        bar_layout.addWidget(self.old_button)
        bar_layout.addWidget(self.old_label, 1)
        bar_layout.addWidget(self.swap_button)
        bar_layout.addWidget(self.new_button)
        bar_layout.addWidget(self.new_label, 1)
        self.old_button.clicked.connect(lambda: self.choose_file("old"))
        self.new_button.clicked.connect(lambda: self.choose_file("new"))
        self.swap_button.clicked.connect(self.swap)
        layout.addWidget(bar)

        self.find_bar = FindBar(self.model, central)
        self.find_bar.hide()
        self.find_bar.rowFound.connect(self.go_to_row)
        layout.addWidget(self.find_bar)

        self.stack = QStackedWidget(central)
        self.empty_page = self._build_empty_page()
        self.view = AlignedView(self.stack)
        self.view.setModel(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_empty_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("emptyPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 30, 40, 30)
        self.empty_title = QLabel(page)
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.empty_title)
        zones = QHBoxLayout()
        self.drop_old = QPushButton(page)
        self.drop_old.setObjectName("dropOld")
        self.drop_new = QPushButton(page)
        self.drop_new.setObjectName("dropNew")
        for button in (self.drop_old, self.drop_new):
            button.setMinimumHeight(160)
            button.setStyleSheet(
                "QPushButton { border: 2px dashed palette(mid); border-radius: 14px; background: palette(base);"
                " font-size: 15px; padding: 12px; }"
                " QPushButton:hover, QPushButton:focus { border-color: palette(highlight); }"
            )
            zones.addWidget(button)
        self.drop_old.clicked.connect(lambda: self.choose_file("old"))
        self.drop_new.clicked.connect(lambda: self.choose_file("new"))
        layout.addLayout(zones)
        self.recent_title = QLabel(page)
        layout.addWidget(self.recent_title)
        self.recent_list = QListWidget(page)
        self.recent_list.setObjectName("recentList")
        self.recent_list.itemActivated.connect(lambda item: self.open_pair(*item.data(Qt.UserRole)))
        self.recent_title.setBuddy(self.recent_list)
        layout.addWidget(self.recent_list, 1)
        return page

    def _build_docks(self) -> None:
        self.navigator = NavigatorPanel(self.navigator_model, self)
        self.navigator.rowChosen.connect(self.go_to_row)
        self.navigator_dock = QDockWidget(self)
        self.navigator_dock.setObjectName("navigatorDock")
        self.navigator_dock.setWidget(self.navigator)
        self.addDockWidget(Qt.LeftDockWidgetArea, self.navigator_dock)

        self.details = DetailsPanel(self)
        self.details_dock = QDockWidget(self)
        self.details_dock.setObjectName("detailsDock")
        self.details_dock.setWidget(self.details)
        self.addDockWidget(Qt.BottomDockWidgetArea, self.details_dock)
        self.library_panel = None
        self.library_dock = None
        if self.library is not None:
            from desktop.library_panel import LibraryPanel

            self.library_panel = LibraryPanel(self.library, self)
            self.library_panel.comparisonRequested.connect(self.open_stored)
            self.library_panel.paragraphRequested.connect(self.show_paragraph)
            self.library_dock = QDockWidget(self)
            self.library_dock.setObjectName("libraryDock")
            self.library_dock.setWidget(self.library_panel)
            self.addDockWidget(Qt.LeftDockWidgetArea, self.library_dock)
            self.tabifyDockWidget(self.navigator_dock, self.library_dock)
            self.navigator_dock.raise_()
        self.resizeDocks([self.navigator_dock], [330], Qt.Horizontal)
        self.resizeDocks([self.details_dock], [170], Qt.Vertical)

    def _action(self, name: str, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_open_old = a("actOpenOld", lambda: self.choose_file("old"), QKeySequence.Open)
        self.act_open_new = a("actOpenNew", lambda: self.choose_file("new"), "Ctrl+Shift+O")
        self.act_swap = a("actSwap", self.swap, "Ctrl+Shift+X")
        self.act_reload = a("actReload", self.reload, QKeySequence.Refresh)
        self.act_cancel = a("actCancel", self.cancel_work, "Ctrl+.")
        self.act_quit = a("actQuit", self.close, QKeySequence.Quit)
        self.act_undo = self.session.undo_stack.createUndoAction(self)
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_redo = self.session.undo_stack.createRedoAction(self)
        self.act_redo.setShortcut(QKeySequence.Redo)
        self.act_link = a("actLink", self.link_selected, "Ctrl+L")
        self.act_unlink = a("actUnlink", self.unlink_selected, "Ctrl+Shift+L")
        self.label_actions: dict[str, QAction] = {}
        for n, label in enumerate(LABELS, start=1):
            self.label_actions[label] = a(f"actLabel_{label}", lambda _=False, l=label: self.relabel_selected(l), f"Alt+{n}")
        self.act_find = a("actFind", self.find_bar.open, QKeySequence.Find)
        self.act_preferences = a("actPreferences", self.open_preferences, "Ctrl+,")
        self.act_next = a("actNextChange", self.next_change, "F8")
        self.act_prev = a("actPreviousChange", self.previous_change, "Shift+F8")
        self.act_next.setShortcuts([QKeySequence("F8"), QKeySequence("Alt+Down")])
        self.act_prev.setShortcuts([QKeySequence("Shift+F8"), QKeySequence("Alt+Up")])
        self.act_about = a("actAbout", self.open_about)
        # where macOS puts them (application menu); elsewhere they stay in File, Edit and Help
        self.act_about.setMenuRole(QAction.AboutRole)
        self.act_preferences.setMenuRole(QAction.PreferencesRole)
        self.act_quit.setMenuRole(QAction.QuitRole)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in ("system", "light", "dark"):
            act = a(f"actTheme_{name}", lambda _=False, n=name: self.set_theme(n))
            act.setCheckable(True)
            act.setChecked(self.settings.theme == name)
            self.theme_group.addAction(act)
            self.theme_actions[name] = act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.addAction(self.act_open_old)
        self.file_menu.addAction(self.act_open_new)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_swap)
        self.file_menu.addAction(self.act_reload)
        self.file_menu.addAction(self.act_cancel)
        self.file_menu.addSeparator()
        self.export_menu = self.file_menu.addMenu("")
        self.export_menu.setObjectName("exportMenu")
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("editMenu")
        self.edit_menu.addAction(self.act_undo)
        self.edit_menu.addAction(self.act_redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_link)
        self.edit_menu.addAction(self.act_unlink)
        self.label_menu = self.edit_menu.addMenu("")
        self.label_menu.setObjectName("labelMenu")
        for act in self.label_actions.values():
            self.label_menu.addAction(act)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_find)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_preferences)

        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.view_menu.addAction(self.act_next)
        self.view_menu.addAction(self.act_prev)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.navigator_dock.toggleViewAction())
        self.view_menu.addAction(self.details_dock.toggleViewAction())
        if self.library_dock is not None:
            self.view_menu.addAction(self.library_dock.toggleViewAction())
        self.theme_menu = self.view_menu.addMenu("")
        for act in self.theme_actions.values():
            self.theme_menu.addAction(act)

        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.act_about)

    def _build_status(self) -> None:
        status = self.statusBar()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        status.addWidget(self.summary_label, 1)
        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel_work)
        for w in (self.progress_label, self.progress, self.cancel_button):
            status.addPermanentWidget(w)
            w.hide()

    # ------------------------------------------------------------------------------------------
    # texts (set again whenever the language changes)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.label_menu.setTitle(self.tr("Set &label"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.act_open_old.setText(self.tr("Open &old version…"))
        self.act_open_new.setText(self.tr("Open &new version…"))
        self.act_swap.setText(self.tr("&Swap old and new"))
        self.act_reload.setText(self.tr("&Reload"))
        self.act_cancel.setText(self.tr("&Cancel the work in progress"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_link.setText(self.tr("&Link selected paragraphs"))
        self.act_unlink.setText(self.tr("&Unlink"))
        for label, act in self.label_actions.items():
            act.setText(change_name(label).capitalize())
        self.act_find.setText(self.tr("&Find…"))
        self.act_preferences.setText(self.tr("&Preferences…"))
        self.act_next.setText(self.tr("&Next change"))
        self.act_prev.setText(self.tr("&Previous change"))
        self.act_about.setText(self.tr("&About Travaux"))
        self.theme_actions["system"].setText(self.tr("Follow the &system"))
        self.theme_actions["light"].setText(self.tr("&Light"))
        self.theme_actions["dark"].setText(self.tr("&Dark"))
        self.navigator_dock.setWindowTitle(self.tr("Changes"))
        self.details_dock.setWindowTitle(self.tr("Details"))
        if self.library_dock is not None:
            self.library_dock.setWindowTitle(self.tr("Library"))
        self.old_button.setText(self.tr("Old…"))
        self.new_button.setText(self.tr("New…"))
        self.old_button.setToolTip(self.tr("Open the old version (Ctrl+O)"))
        self.new_button.setToolTip(self.tr("Open the new version (Ctrl+Shift+O)"))
        self.swap_button.setToolTip(self.tr("Swap old and new"))
        self.swap_button.setAccessibleName(self.tr("Swap old and new"))
        self.banner_close.setAccessibleName(self.tr("Dismiss the message"))
        self.banner_close.setToolTip(self.tr("Dismiss"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.empty_title.setText(self.tr("Open or drop two versions of a resolution to compare them"))
        self.drop_old.setText(self.tr("Old version\n\nclick to open, or drop a file here"))
        self.drop_new.setText(self.tr("New version\n\nclick to open, or drop a file here"))
        self.drop_old.setAccessibleName(self.tr("Open the old version"))
        self.drop_new.setAccessibleName(self.tr("Open the new version"))
        self.recent_title.setText(self.tr("&Recent comparisons"))
        self.view.setAccessibleName(self.tr("Side-by-side comparison"))
        self.view.setAccessibleDescription(self.tr("Each row: old paragraphs, the change, new paragraphs"))
        self._update_document_labels()
        self._update_summary()
        self._fill_recent_list()
        self._update_title()
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, 4)
        self.model.restyle()

    def _update_title(self) -> None:
        c = self.session.current
        if c is None:
            self.setWindowTitle("Travaux")
        else:
            self.setWindowTitle(f"{c.old.label} → {c.new.label} — Travaux")

    def _update_document_labels(self) -> None:
        import html

        c = self.session.current
        for side, label in (("old", self.old_label), ("new", self.new_label)):
            path = self.paths[side]
            document = getattr(c, side) if c is not None else None
            if path and document is not None and Path(document.path).name == Path(path).name:
                facts = [f"<b>{html.escape(document.symbol or Path(path).name)}</b>"]
                if document.adopted:
                    facts.append(html.escape(document.adopted))
                facts.append(self.tr("%1 paragraphs").replace("%1", str(len(document))))
                if document.symbol:
                    facts.append(f"<span style='color:gray'>{html.escape(Path(path).name)}</span>")
                label.setText(" · ".join(facts))
                label.setToolTip(f"{document.title or ''}\n{path}".strip())
            elif path:
                label.setText(f"<b>{html.escape(Path(path).name)}</b>")
                label.setToolTip(path)
            else:
                none_yet = self.tr("no file yet")
                label.setText(f"<i>{none_yet}</i>")
                label.setToolTip("")

    def _update_summary(self) -> None:
        c = self.session.current
        if c is None:
            self.summary_label.setText("")
            return
        s = c.summary
        parts = [f"{s[key]} {change_name(key)}" for key in ("strengthened", "weakened", "modified", "unchanged", "moved", "added", "removed")]
        self.summary_label.setText(" · ".join(parts))

    # ------------------------------------------------------------------------------------------
    # opening documents

    def choose_file(self, side: str) -> None:
        title = self.tr("Open the old version") if side == "old" else self.tr("Open the new version")
        path, _ = QFileDialog.getOpenFileName(self, title, self.settings.last_dir, self.tr("Documents (%1);;All files (*)").replace("%1", OPEN_FILTER))
        if path:
            self.settings.last_dir = str(Path(path).parent)
            self.set_file(side, path)

    def set_file(self, side: str, path: str) -> None:
        self.paths[side] = str(path)
        self._update_document_labels()
        if self.paths["old"] and self.paths["new"]:
            self.compare()

    def open_pair(self, old: str, new: str) -> None:
        self.paths = {"old": str(old), "new": str(new)}
        self._update_document_labels()
        self.compare()

    def swap(self) -> None:
        self.paths = {"old": self.paths["new"], "new": self.paths["old"]}
        self._update_document_labels()
        if self.paths["old"] and self.paths["new"]:
            self.compare()

    def reload(self) -> None:
        if self.paths["old"] and self.paths["new"]:
            self.compare(keep_corrections=True)

    def _file_changed(self, path: str) -> None:
        if Path(path).exists() and path not in self.watcher.files():
            self.watcher.addPath(path)  # editors often replace a file rather than rewrite it
        self._reload_timer.start()

    def _watch(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        for path in self.paths.values():
            if path and Path(path).exists():
                self.watcher.addPath(path)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if len(files) >= 2:
            self.open_pair(files[0], files[1])
        elif files:
            central = self.centralWidget()
            x = central.mapFrom(self, event.position().toPoint()).x()
            self.set_file("old" if x < central.width() / 2 else "new", files[0])
        event.acceptProposedAction()

    # ------------------------------------------------------------------------------------------
    # background work

    def compare(self, keep_corrections: bool = False, fresh: bool = False) -> None:
        """Compare the two files on the worker.

        ``keep_corrections``: replay the corrections on screen on the new result (a reload);
        ``fresh``: compute even when the library holds this comparison (the notes' language changed).
        """
        old, new = self.paths["old"], self.paths["new"]
        if not (old and new):
            return
        self.dismiss_banner()
        if self._compare_task is not None:
            self.runner.cancel("compare")
        self._keep_corrections = keep_corrections
        library = self.library

        def work(progress, cancel):
            from nlp import engine
            from nlp.model.errors import Cancelled
            from nlp.readers import read_document

            progress(0.0, "")
            old_doc = read_document(old)
            new_doc = read_document(new)
            if cancel():
                raise Cancelled()
            corrections: tuple = ()
            if library is not None and not fresh:
                cid = library.find_comparison(old_doc.sha256, new_doc.sha256, engine.ENGINE_VERSION)
                if cid is not None:  # compared before by this engine: reopened as stored, at once
                    comparison, corrections = library.load_comparison(cid)
                    return comparison, corrections, cid
            comparison = engine.compare(old_doc, new_doc, progress=progress, cancel=cancel)
            cid = None
            if library is not None:
                # a new engine version recomputes; the person's corrections are replayed on its result
                corrections = library.last_corrections(old_doc.sha256, new_doc.sha256)
                cid = library.save_comparison(comparison, corrections)
            return comparison, corrections, cid

        self._compare_task = self.runner.submit("compare", work)

    def open_stored(self, cid: int) -> None:
        """Reopen a comparison kept in the library, with its corrections (no recomputing)."""
        library = self.library
        if library is None:
            return

        def work(progress, cancel):
            comparison, corrections = library.load_comparison(cid)
            return comparison, corrections, cid

        self.runner.submit("stored", work)

    def show_paragraph(self, sha256: str, pid: str) -> bool:
        """Go to a paragraph found in the library: in the comparison on screen, else in the latest
        stored comparison that holds its document."""
        c = self.session.current
        if c is not None and sha256 in (c.old.sha256, c.new.sha256):
            row = self.model.find_row(old=(pid,)) if sha256 == c.old.sha256 else self.model.find_row(new=(pid,))
            if row >= 0:
                self.go_to_row(row)
                return True
        if self.library is None:
            return False
        stored = [r for r in self.library.comparisons() if sha256 in (r.old, r.new)]
        if not stored:
            self.show_message(self.tr("No stored comparison holds this paragraph's document."), "info")
            return False
        self._pending_paragraph = (sha256, pid)
        self.open_stored(stored[0].id)
        return True

    def _go_to_pending_paragraph(self) -> None:
        pending, self._pending_paragraph = self._pending_paragraph, None
        if pending is not None:
            self.show_paragraph(*pending)

    def cancel_work(self) -> None:
        if self.runner.busy:
            self.runner.cancel()

    def export_to(self, fmt: str, path: str) -> Task | None:
        comparison = self.session.current
        if comparison is None:
            return None

        def work(progress, cancel):
            from nlp import export

            return export.export(comparison, fmt, path, progress)

        return self.runner.submit("export", work)

    def _task_started(self, task: Task) -> None:
        messages = {
            "model": self.tr("Loading the French language model…"),
            "compare": self.tr("Comparing…"),
            "export": self.tr("Exporting…"),
        }
        self.progress_label.setText(messages.get(task.name, task.name))
        self.progress.setValue(0)
        self.progress.setRange(0, 0 if task.name == "model" else 1000)

    def _task_progress(self, task: Task, fraction: float, message: str) -> None:
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1000)
        self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def _busy_changed(self, busy: bool) -> None:
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.setVisible(busy)
        self.act_cancel.setEnabled(busy)

    def _task_finished(self, task: Task, result) -> None:
        if task.name == "compare" and task is self._compare_task:
            self._compare_task = None
            comparison, corrections, cid = result
            if self._keep_corrections:
                corrections = tuple(corrections) or self.session.corrections
            self.session.set_comparison(comparison, corrections, cid)
            self.settings.add_recent(self.paths["old"], self.paths["new"])
            self._fill_recent_list()
            self._watch()
            if self.library_panel is not None:
                self.library_panel.refresh()
            self.comparisonShown.emit()
        elif task.name == "stored":
            comparison, corrections, cid = result
            self.show_comparison(comparison, corrections, cid)
            self._go_to_pending_paragraph()
        elif task.name == "export":
            self.show_message(self.tr("Exported to %1").replace("%1", str(result)), "info")

    def _task_failed(self, task: Task, message: str) -> None:
        if task is self._compare_task:
            self._compare_task = None
        self.show_message(message, "error")
        self.workFailed.emit(message)

    def _task_cancelled(self, task: Task) -> None:
        if task is self._compare_task:
            self._compare_task = None
            self.show_message(self.tr("The comparison was cancelled."), "info")
        elif task.name == "export":
            self.show_message(self.tr("The export was cancelled."), "info")

    # ------------------------------------------------------------------------------------------
    # showing a comparison

    def show_comparison(self, comparison: Comparison, corrections=(), library_id: int | None = None) -> None:
        """Show an already computed comparison (from a test, or the library)."""
        self.paths = {"old": comparison.old.path, "new": comparison.new.path}
        self._update_document_labels()
        self.session.set_comparison(comparison, corrections, library_id)
        self.comparisonShown.emit()

    def _show_comparison(self, comparison: Comparison | None) -> None:
        keep = self.view.current_row()
        row = self.model.row(keep) if 0 <= keep < self.model.rowCount() else None
        self.model.set_comparison(comparison)
        self.stack.setCurrentWidget(self.view if comparison is not None else self.empty_page)
        self._update_summary()
        self._update_title()
        self._update_document_labels()
        self.navigator.retranslate()
        if row is not None:
            again = self.model.find_row(row.old, row.new)
            if again >= 0:
                self.go_to_row(again)
        self._update_actions()

    def _current_row_changed(self, current, previous) -> None:
        row = self.model.row(current.row()) if current.isValid() else None
        self.details.show_row(self.session.current, row)
        if current.isValid():
            self.navigator.select_source_row(current.row())
        self._update_actions()

    def go_to_row(self, row: int) -> None:
        self.view.go_to_row(row)
        self.view.setFocus()

    def show_first_change(self) -> None:
        """Select the first change that touches a commitment (else the first change)."""
        rows = self.model.rows()
        for wanted in (lambda r: r.change == "strengthened", lambda r: r.change == "weakened", lambda r: r.is_change):
            for i, row in enumerate(rows):
                if wanted(row):
                    self.go_to_row(i)
                    return

    def next_change(self) -> None:
        self._step_change(+1)

    def previous_change(self) -> None:
        self._step_change(-1)

    def _step_change(self, delta: int) -> None:
        rows = self.navigator_model.source_rows()
        if not rows:
            return
        here = self.view.current_row()
        if delta > 0:
            later = [r for r in rows if r > here]
            target = later[0] if later else rows[0]
        else:
            earlier = [r for r in rows if r < here] if here >= 0 else []
            target = earlier[-1] if earlier else rows[-1]
        self.go_to_row(target)

    # ------------------------------------------------------------------------------------------
    # corrections

    def _selected_ids(self) -> tuple[tuple[str, ...], tuple[str, ...], list[int]]:
        rows = self.view.selected_rows()
        old = tuple(p for r in rows for p in self.model.row(r).old)
        new = tuple(p for r in rows for p in self.model.row(r).new)
        return old, new, rows

    def link_selected(self) -> bool:
        old, new, _ = self._selected_ids()
        if not (old and new):
            return False
        return self._correct([Correction("link", old, new)])

    def unlink_selected(self) -> bool:
        _, _, rows = self._selected_ids()
        steps = [Correction("unlink", self.model.row(r).old, self.model.row(r).new) for r in rows if self.model.row(r).kind == "link"]
        return self._correct(steps)

    def relabel_selected(self, label: str) -> bool:
        _, _, rows = self._selected_ids()
        steps = [
            Correction("relabel", self.model.row(r).old, self.model.row(r).new, label)
            for r in rows
            if self.model.row(r).kind == "link" and self.model.row(r).change != label
        ]
        return self._correct(steps)

    def _correct(self, steps: list[Correction]) -> bool:
        if not steps:
            return False
        stack = self.session.undo_stack
        if len(steps) > 1:
            stack.beginMacro(self.tr("%1 corrections").replace("%1", str(len(steps))))
        done = [self.session.correct(step) for step in steps]
        if len(steps) > 1:
            stack.endMacro()
        first = steps[0]
        target = self.model.find_row(first.old, first.new)
        if target >= 0:
            self.view.clearSelection()
            self.go_to_row(target)
        return any(done)

    def _update_actions(self) -> None:
        c = self.session.current
        old, new, rows = self._selected_ids() if c is not None else ((), (), [])
        self.act_link.setEnabled(bool(c and old and new and applicable(c, Correction("link", old, new))))
        links = [r for r in rows if self.model.row(r).kind == "link"]
        self.act_unlink.setEnabled(bool(links))
        for act in self.label_actions.values():
            act.setEnabled(bool(links))
        has = c is not None
        for act in (self.act_swap, self.act_reload, self.act_next, self.act_prev, self.act_find):
            act.setEnabled(has)
        self.export_menu.setEnabled(has)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and index.row() not in self.view.selected_rows():
            self.view.selectionModel().select(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        menu = QMenu(self)
        menu.addAction(self.act_link)
        menu.addAction(self.act_unlink)
        menu.addMenu(self.label_menu)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _save_corrections(self, corrections) -> None:
        if self.library is not None and self.session.library_id is not None:
            cid = self.session.library_id
            self.runner.submit("library", lambda progress, cancel: self.library.save_corrections(cid, corrections))

    # ------------------------------------------------------------------------------------------
    # menus filled when opened

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for old, new in self.settings.recent:
            act = self.recent_menu.addAction(f"{Path(old).name}  →  {Path(new).name}")
            act.setToolTip(f"{old}\n{new}")
            act.triggered.connect(lambda _=False, o=old, n=new: self.open_pair(o, n))
        if not self.settings.recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear the list"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._fill_recent_list()

    def _fill_recent_list(self) -> None:
        self.recent_list.clear()
        for old, new in self.settings.recent:
            item = QListWidgetItem(f"{Path(old).name}  →  {Path(new).name}")
            item.setToolTip(f"{old}\n{new}")
            item.setData(Qt.UserRole, (old, new))
            self.recent_list.addItem(item)
        self.recent_title.setVisible(bool(self.settings.recent))
        self.recent_list.setVisible(bool(self.settings.recent))

    def export_formats(self) -> list[tuple[str, str]]:
        from nlp import export

        return [(fmt, export.extension(fmt)) for fmt in export.available()]

    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        for fmt, ext in self.export_formats():
            act = self.export_menu.addAction(f"{fmt.upper()} ({ext})…")
            act.setObjectName(f"actExport_{fmt}")
            act.triggered.connect(lambda _=False, f=fmt, e=ext: self._ask_export(f, e))

    def _ask_export(self, fmt: str, ext: str) -> None:
        c = self.session.current
        if c is None:
            return
        suggested = str(Path(self.settings.last_dir or ".") / f"{Path(c.old.path).stem}_vs_{Path(c.new.path).stem}{ext}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as %1").replace("%1", fmt.upper()), suggested, f"*{ext}")
        if path:
            self.export_to(fmt, path)

    # ------------------------------------------------------------------------------------------
    # messages, preferences, about

    def show_message(self, text: str, kind: str = "error") -> None:
        colors = {"error": ("#fde2e4", "#7a0916", "#f5a3ab"), "info": ("#e0ecff", "#0b3d91", "#a8c5f5")}
        bg, fg, border = colors.get(kind, colors["info"])
        self.banner.setProperty("kind", kind)
        self.banner.setStyleSheet(f"QFrame#banner {{ background:{bg}; border-bottom:1px solid {border}; }} QLabel {{ color:{fg}; }}")
        self.banner_label.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.show()

    def banner_text(self) -> str:
        return self.banner_label.text() if self.banner.isVisible() or not self.banner.isHidden() else ""

    def dismiss_banner(self) -> None:
        self.banner.hide()
        self.banner_label.clear()

    def open_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            language, chosen_theme = dialog.chosen()
            self.set_language(language)
            self.set_theme(chosen_theme)

    def set_language(self, preference: str) -> None:
        self.settings.language = preference
        previous = i18n.current()
        language = i18n.install(i18n.resolve(preference))
        if language != previous and self.session.current is not None:
            # signals are data: their notes are written again in the new language, nothing is recomputed
            self._show_comparison(self.session.current)
            self._current_row_changed(self.view.currentIndex(), None)

    def _files_exist(self) -> bool:
        return all(p and Path(p).is_file() for p in self.paths.values())

    def set_theme(self, name: str) -> None:
        self.settings.theme = name
        theme.apply(QApplication.instance(), name)
        if name in self.theme_actions:
            self.theme_actions[name].setChecked(True)
        self.model.restyle()
        self.details.show_row(self.session.current, self.model.row(self.view.current_row()) if self.view.current_row() >= 0 else None)

    def open_about(self) -> None:
        AboutDialog(self).exec()

    # ------------------------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        if self._owns_runner:
            self.runner.shutdown()
        super().closeEvent(event)


def _load_model(progress, cancel) -> None:
    from nlp.engine import pipeline

    pipeline.load("fr")

