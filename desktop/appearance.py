"""Preferences: the interface's language and the colour theme, applied live; Help › About."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop import i18n, theme
from desktop.dialogs import AboutDialog, PreferencesDialog


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
            # signals are data: their notes are written again in the new language, nothing is recomputed
            w.show_notes_again()

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

    def open_about(self) -> None:
        AboutDialog(self._window).exec()
