"""Every command of the window as one declarative table: id, text, shortcuts, handler, menu and
when it is enabled. The table builds the actions and the menus, and sets their texts again when
the language changes (in the manner of Qt Designer forms: one ``retranslate``).

To add a command, add a row: an :class:`ActionSpec` in the menu it belongs to, after the entry it
should follow. A submenu is a :class:`MenuSpec` row. Handlers receive the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from desktop.models import change_name

Text = str | Callable[[], str]  # a source text of the "Actions" context, or a function giving the text
Key = str | QKeySequence.StandardKey
CONTEXT = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: Text
    handler: Callable[[Any], None] | None = None  # called with the window
    shortcuts: tuple[Key, ...] = ()
    menu: str = ""  # the id of the menu that lists it; "" for a shortcut-only action
    enabled_when: str = ""  # a window state (see MainWindow.states); "" always enabled
    separator: bool = False  # a line before it in its menu
    group: str = ""  # an exclusive group of checkable actions
    checkable: bool = False
    role: QAction.MenuRole = QAction.MenuRole.TextHeuristicRole  # where macOS puts it
    provided: Callable[[Any], QAction] | None = None  # an action someone else makes (undo, docks)


@dataclass(frozen=True)
class MenuSpec:
    id: str
    title: str
    menu: str = ""  # the parent menu; "" for the menu bar
    enabled_when: str = ""
    fill: Callable[[Any, QMenu], None] | None = None  # fills it each time it opens
    separator: bool = False


Entry = ActionSpec | MenuSpec


def _label(change: str) -> Callable[[], str]:
    return lambda: change_name(change).capitalize()


def _labels() -> tuple[ActionSpec, ...]:
    return tuple(
        ActionSpec(f"label_{change}", _label(change), lambda w, c=change: w.editing.relabel_selected(c), (f"Alt+{n}",), "label", "links")
        for n, change in enumerate(("strengthened", "weakened", "modified", "unchanged"), start=1)
    )


def _themes() -> tuple[ActionSpec, ...]:
    texts = {
        "system": QT_TRANSLATE_NOOP("Actions", "Follow the &system"),
        "light": QT_TRANSLATE_NOOP("Actions", "&Light"),
        "dark": QT_TRANSLATE_NOOP("Actions", "&Dark"),
    }
    return tuple(
        ActionSpec(f"theme_{name}", text, lambda w, n=name: w.appearance.set_theme(n), menu="theme", group="theme", checkable=True)
        for name, text in texts.items()
    )


def _concordance(window):
    from desktop.concordance_window import controller

    return controller(window)


def _dock(name: str) -> Callable[[Any], QAction]:
    return lambda w: getattr(w, name).toggleViewAction()


def entries() -> tuple[Entry, ...]:
    """The window's menus and commands, in menu order."""
    return (
        MenuSpec("file", QT_TRANSLATE_NOOP("Actions", "&File")),
        ActionSpec("open_old", QT_TRANSLATE_NOOP("Actions", "Open &old version…"), lambda w: w.files.choose_file("old"), (QKeySequence.Open,), "file"),
        ActionSpec("open_new", QT_TRANSLATE_NOOP("Actions", "Open &new version…"), lambda w: w.files.choose_file("new"), ("Ctrl+Shift+O",), "file"),
        ActionSpec("open_series", QT_TRANSLATE_NOOP("Actions", "Open a &series of versions…"), lambda w: w.series.choose_files(), menu="file"),
        ActionSpec("open_series_folder", QT_TRANSLATE_NOOP("Actions", "Open a series &folder…"), lambda w: w.series.choose_folder(), menu="file"),
        ActionSpec("open_concordance", QT_TRANSLATE_NOOP("Actions", "Check the &concordance of two language versions…"),
                   lambda w: _concordance(w).choose_files(), menu="file"),
        MenuSpec("recent", QT_TRANSLATE_NOOP("Actions", "Open &recent"), "file", fill=lambda w, m: w.files.fill_recent_menu(m)),
        ActionSpec("compare", QT_TRANSLATE_NOOP("Actions", "&Compare"), lambda w: w.files.compare_now(), ("Ctrl+Return",), "file", "ready", separator=True),
        ActionSpec("swap", QT_TRANSLATE_NOOP("Actions", "&Swap old and new"), lambda w: w.files.swap(), ("Ctrl+Shift+X",), "file", "both"),
        ActionSpec("reload", QT_TRANSLATE_NOOP("Actions", "&Reload"), lambda w: w.files.reload(), (QKeySequence.Refresh,), "file", "comparison"),
        ActionSpec("trace", QT_TRANSLATE_NOOP("Actions", "Find &agreed language"), lambda w: w.provenance.trace_current(), ("Ctrl+Shift+A",), "file", "comparison", separator=True),
        ActionSpec("import_folder", QT_TRANSLATE_NOOP("Actions", "&Import a folder into the library…"), lambda w: w.provenance.choose_folder(), menu="file"),
        ActionSpec("cancel", QT_TRANSLATE_NOOP("Actions", "&Cancel the work in progress"), lambda w: w.operations.cancel(), ("Ctrl+.",), "file", "busy"),
        MenuSpec("export", QT_TRANSLATE_NOOP("Actions", "&Export"), "file", "comparison", fill=lambda w, m: w.exports.fill_menu(m), separator=True),
        ActionSpec("print", QT_TRANSLATE_NOOP("Actions", "&Print…"), lambda w: w.printing.print_(), (QKeySequence.Print,), "file", "comparison", separator=True),
        ActionSpec("print_preview", QT_TRANSLATE_NOOP("Actions", "Print pre&view…"), lambda w: w.printing.preview(), ("Ctrl+Shift+P",), "file", "comparison"),
        ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), lambda w: w.close(), (QKeySequence.Quit,), "file", separator=True, role=QAction.QuitRole),
        MenuSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
        ActionSpec("undo", "", shortcuts=(QKeySequence.Undo,), menu="edit", provided=lambda w: w.undo_action),
        ActionSpec("redo", "", shortcuts=(QKeySequence.Redo,), menu="edit", provided=lambda w: w.redo_action),
        ActionSpec("link", QT_TRANSLATE_NOOP("Actions", "&Link selected paragraphs"), lambda w: w.editing.link_selected(), ("Ctrl+L",), "edit", "linkable", separator=True),
        ActionSpec("unlink", QT_TRANSLATE_NOOP("Actions", "&Unlink"), lambda w: w.editing.unlink_selected(), ("Ctrl+Shift+L",), "edit", "links"),
        MenuSpec("label", QT_TRANSLATE_NOOP("Actions", "Set &label"), "edit"),
        *_labels(),
        ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), lambda w: w.find_bar.open(), (QKeySequence.Find,), "edit", "comparison", separator=True),
        ActionSpec("preferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…"), lambda w: w.appearance.open_preferences(), ("Ctrl+,",), "edit", separator=True, role=QAction.PreferencesRole),
        MenuSpec("view", QT_TRANSLATE_NOOP("Actions", "&View")),
        ActionSpec("next_change", QT_TRANSLATE_NOOP("Actions", "&Next change"), lambda w: w.navigation.next_change(), ("F8", "Alt+Down"), "view", "comparison"),
        ActionSpec("previous_change", QT_TRANSLATE_NOOP("Actions", "&Previous change"), lambda w: w.navigation.previous_change(), ("Shift+F8", "Alt+Up"), "view", "comparison"),
        ActionSpec("only_changes", QT_TRANSLATE_NOOP("Actions", "Show only the &differences"), lambda w: w.apply_view_options(), ("Ctrl+Shift+D",), "view", separator=True, checkable=True),
        ActionSpec("inline", QT_TRANSLATE_NOOP("Actions", "&Redline in one column"), lambda w: w.apply_view_options(), ("Ctrl+Shift+R",), "view", checkable=True),
        ActionSpec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), lambda w: w.appearance.zoom(+1), (QKeySequence.ZoomIn, "Ctrl+="), "view", separator=True),
        ActionSpec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), lambda w: w.appearance.zoom(-1), (QKeySequence.ZoomOut,), "view"),
        ActionSpec("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Actual size"), lambda w: w.appearance.zoom(0), ("Ctrl+0",), "view"),
        ActionSpec("navigator_dock", "", menu="view", separator=True, provided=_dock("navigator_dock")),
        ActionSpec("details_dock", "", menu="view", provided=_dock("details_dock")),
        ActionSpec("library_dock", "", menu="view", provided=lambda w: w.library_dock.toggleViewAction() if w.library_dock else None),
        ActionSpec("series_dock", "", menu="view", provided=lambda w: w.series.changes_dock.toggleViewAction()),
        ActionSpec("history_dock", "", menu="view", provided=lambda w: w.series.history_dock.toggleViewAction()),
        ActionSpec("provenance_dock", "", menu="view", provided=lambda w: w.provenance.dock.toggleViewAction()),
        MenuSpec("theme", QT_TRANSLATE_NOOP("Actions", "&Theme"), "view"),
        *_themes(),
        MenuSpec("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
        ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Travaux"), lambda w: w.appearance.open_about(), menu="help", role=QAction.AboutRole),
    )


class ActionSet(QObject):
    """The actions and menus built from the table, their texts, and their enabled states."""

    def __init__(self, window, table: Iterable[Entry], menubar: QMenuBar):
        super().__init__(window)
        self._window = window
        self._table = tuple(table)
        self._actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        self._groups: dict[str, QActionGroup] = {}
        for entry in self._table:
            if isinstance(entry, MenuSpec):
                self._add_menu(entry, menubar)
            else:
                self._add_action(entry)

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __contains__(self, action_id: str) -> bool:
        return action_id in self._actions

    def menu(self, menu_id: str) -> QMenu:
        return self._menus[menu_id]

    def ids(self) -> list[str]:
        return list(self._actions)

    # --- building ------------------------------------------------------------------------------

    def _add_menu(self, spec: MenuSpec, menubar: QMenuBar) -> None:
        if spec.menu:
            parent = self._menus[spec.menu]
            if spec.separator:
                parent.addSeparator()
            menu = parent.addMenu("")
        else:
            menu = menubar.addMenu("")
        menu.setObjectName(f"{spec.id}Menu")
        if spec.fill is not None:
            menu.aboutToShow.connect(lambda s=spec, m=menu: s.fill(self._window, m))
        self._menus[spec.id] = menu

    def _add_action(self, spec: ActionSpec) -> None:
        if spec.provided is not None:
            action = spec.provided(self._window)
            if action is None:
                return
        else:
            action = QAction(self._window)
            action.setObjectName(f"act_{spec.id}")
            action.setMenuRole(spec.role)
            if spec.handler is not None:
                action.triggered.connect(lambda _=False, s=spec: s.handler(self._window))
            self._window.addAction(action)  # its shortcut works wherever focus is in the window
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(k) for k in spec.shortcuts])
        if spec.checkable or spec.group:
            action.setCheckable(True)
        if spec.group:
            group = self._groups.get(spec.group) or QActionGroup(self)
            self._groups[spec.group] = group
            group.addAction(action)
        if spec.menu:
            menu = self._menus[spec.menu]
            if spec.separator and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(action)
        self._actions[spec.id] = action

    # --- texts and states ----------------------------------------------------------------------

    def retranslate(self) -> None:
        for entry in self._table:
            text = _text(entry.title if isinstance(entry, MenuSpec) else entry.text)
            if not text:
                continue
            if isinstance(entry, MenuSpec):
                self._menus[entry.id].setTitle(text)
            elif entry.id in self._actions:
                action = self._actions[entry.id]
                action.setText(text)
                keys = action.shortcut().toString(QKeySequence.NativeText)
                action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})" if keys else text.replace("&", "").rstrip("…"))

    def update(self, states: frozenset[str]) -> None:
        """Enable each action and menu whose condition holds among the window's ``states``."""
        for entry in self._table:
            if not entry.enabled_when:
                continue
            on = entry.enabled_when in states
            if isinstance(entry, MenuSpec):
                self._menus[entry.id].setEnabled(on)
            elif entry.id in self._actions:
                self._actions[entry.id].setEnabled(on)


def _text(text: Text) -> str:
    if callable(text):
        return text()
    return QCoreApplication.translate(CONTEXT, text) if text else ""
