"""The two files on screen: choosing them, drops, watching them on disk, the recent comparisons.

A pair the person names at once (two files dropped, a recent comparison, Swap, the second file of
an empty window) is compared at once. Replacing one file of a complete pair only names the new
file: the window says the pair is not compared yet and waits for Compare, so the library keeps
what the person compared, not each intermediate pair.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem, QMenu

OPEN_FILTER = "*.md *.markdown *.txt *.text *.xml *.akn *.pdf *.docx *.odt *.html *.htm *.xhtml"
SIDES = ("old", "new")


class FileOpener(QObject):
    pathsChanged = Signal()  # a side got another file (compared or not yet)
    compareRequested = Signal(bool, bool)  # keep_corrections, fresh
    recentChanged = Signal()

    def __init__(self, window, settings):
        super().__init__(window)
        self._window = window
        self.settings = settings
        self.paths: dict[str, str | None] = {"old": None, "new": None}
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self._reload_timer = QTimer(self, singleShot=True, interval=400)
        self._reload_timer.timeout.connect(self.reload)
        window.installEventFilter(self)  # drops anywhere on the window
        window.setAcceptDrops(True)

    # --- choosing ------------------------------------------------------------------------------

    def choose_file(self, side: str) -> None:
        title = self.tr("Open the old version") if side == "old" else self.tr("Open the new version")
        kinds = self.tr("Documents (%1);;All files (*)").replace("%1", OPEN_FILTER)
        path, _ = QFileDialog.getOpenFileName(self._window, title, self.settings.last_dir, kinds)
        if path:
            self.settings.last_dir = str(Path(path).parent)
            self.set_file(side, path)

    def set_file(self, side: str, path: str) -> None:
        """Put ``path`` on one side; compare at once only when it completes the first pair."""
        first_pair = not self.complete()
        self.paths[side] = str(path)
        if self._window.session.current is not None:
            self._window.session.set_comparison(None)  # nothing stale under the new file's name
        self.pathsChanged.emit()
        if self.complete() and first_pair:
            self.compare_now()

    def open_pair(self, old: str, new: str) -> None:
        self.paths = {"old": str(old), "new": str(new)}
        self.pathsChanged.emit()
        self.compare_now()

    def swap(self) -> None:
        self.paths = {"old": self.paths["new"], "new": self.paths["old"]}
        self.pathsChanged.emit()
        if self.complete():
            self.compare_now()

    def reload(self) -> None:
        if self.complete() and self._window.session.current is not None:
            self.compareRequested.emit(True, False)

    def compare_now(self) -> None:
        if self.complete():
            self.compareRequested.emit(False, False)

    def complete(self) -> bool:
        return bool(self.paths["old"] and self.paths["new"])

    def exist(self) -> bool:
        return all(p and Path(p).is_file() for p in self.paths.values())

    def set_paths(self, old: str, new: str) -> None:
        """The files of a comparison shown from elsewhere (the library, a test)."""
        self.paths = {"old": old, "new": new}
        self.pathsChanged.emit()

    # --- after a comparison ---------------------------------------------------------------------

    def compared(self) -> None:
        """The pair on screen was compared: remember it, and watch both files."""
        old, new = self.paths["old"], self.paths["new"]
        if old and new:
            self.settings.add_recent(old, new)
            self.recentChanged.emit()
        self.watch()

    def watch(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        for path in self.paths.values():
            if path and Path(path).exists():
                self.watcher.addPath(path)

    def _file_changed(self, path: str) -> None:
        if Path(path).exists() and path not in self.watcher.files():
            self.watcher.addPath(path)  # editors often replace a file rather than rewrite it
        self._reload_timer.start()

    # --- drops ---------------------------------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self._window and kind in (QEvent.DragEnter, QEvent.DragMove):
            data = event.mimeData()
            if data.hasUrls() and all(u.isLocalFile() for u in data.urls()):
                event.acceptProposedAction()
                return True
        elif obj is self._window and kind == QEvent.Drop:
            self.dropped([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()], event.position().toPoint())
            event.acceptProposedAction()
            return True
        return super().eventFilter(obj, event)

    def dropped(self, files: list[str], at) -> None:
        """Two files: the pair, in that order; one file: the side of the window it fell on."""
        if len(files) >= 2:
            self.open_pair(files[0], files[1])
        elif files:
            central = self._window.centralWidget()
            x = central.mapFrom(self._window, at).x()
            self.set_file("old" if x < central.width() / 2 else "new", files[0])

    # --- recent comparisons --------------------------------------------------------------------

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        for old, new in self.settings.recent:
            act = menu.addAction(f"{Path(old).name}  →  {Path(new).name}")
            act.setToolTip(f"{old}\n{new}")
            act.triggered.connect(lambda _=False, o=old, n=new: self.open_pair(o, n))
        if not self.settings.recent:
            menu.addAction(self.tr("(none yet)")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("&Clear the list"), self.clear_recent)

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        self.recentChanged.emit()

    def fill_recent_list(self, widget: QListWidget) -> None:
        widget.clear()
        for old, new in self.settings.recent:
            item = QListWidgetItem(f"{Path(old).name}  →  {Path(new).name}")
            item.setToolTip(f"{old}\n{new}")
            item.setData(Qt.UserRole, (old, new))
            widget.addItem(item)
