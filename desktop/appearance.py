"""Preferences: the interface's language and the colour theme, applied live; Help › About."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop import i18n, theme
from desktop.dialogs import AboutDialog, PreferencesDialog

ZOOM_STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)  # percent, as browsers step


class Appearance(QObject):
    def __init__(self, window, settings):
        super().__init__(window)
        self._window = window
        self.settings = settings

    def open_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self._window)
        if dialog.exec():
            language, chosen_theme = dialog.chosen()
            self.set_language(language)
            self.set_theme(chosen_theme)

    def set_language(self, preference: str) -> None:
        w = self._window
        self.settings.language = preference
        previous = i18n.current()
        language = i18n.install(i18n.resolve(preference))
        if language != previous and w.session.current is not None:
            # signals are data: their notes are written again in the new language, nothing is
            # recomputed; the rows are made again on the worker, then shown (the menus change at once)
            w.comparer.present_again()

    def set_theme(self, name: str) -> None:
        self.settings.theme = name
        theme.apply(QApplication.instance(), name)
        self.show_theme()
        self._window.repaint_views()

    def show_theme(self) -> None:
        """Check the theme chosen in the settings in View › Theme."""
        action = f"theme_{self.settings.theme}"
        if action in self._window.actions:
            self._window.actions[action].setChecked(True)

    def zoom(self, step: int) -> None:
        """Ctrl+ / Ctrl− one step larger or smaller, Ctrl+0 back to 100 %; kept in the settings."""
        steps = ZOOM_STEPS
        now = min(steps, key=lambda z: abs(z - self.settings.zoom))
        at = steps.index(now)
        self.settings.zoom = 100 if step == 0 else steps[max(0, min(len(steps) - 1, at + step))]
        self.show_zoom()

    def show_zoom(self) -> None:
        w = self._window
        base = QApplication.font()
        for widget in w.zoomed_widgets():
            font = QFont(widget.font())
            font.setPointSizeF(base.pointSizeF() * self.settings.zoom / 100)
            widget.setFont(font)
        w.actions["zoom_reset"].setEnabled(self.settings.zoom != 100)

    def open_about(self) -> None:
        AboutDialog(self._window).exec()
