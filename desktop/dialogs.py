"""Help › About and Edit › Preferences."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
)

from desktop.paths import resource
from desktop.settings import Settings
from nlp.model.version import __version__


def licences() -> dict:
    return json.loads(resource("licenses.json").read_text(encoding="utf-8"))


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Travaux"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("About Travaux"))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        data = licences()
        rows = "".join(
            f"<tr><td>{html.escape(c['name'])}</td><td>{html.escape(c['licence'])}</td>"
            f"<td><a href='{html.escape(c['url'])}'>{html.escape(c['url'])}</a></td></tr>"
            for c in data["components"]
        )
        purpose = self.tr("Compare versions of UN resolutions and declarations and see what changed in what States commit to.")
        bundled = self.tr("Bundled components")
        component = self.tr("Component")
        licence = self.tr("Licence")
        texts = self.tr("Texts")
        self.browser.setHtml(
            f"<h2>Travaux {html.escape(__version__)}</h2>"
            f"<p>{purpose}</p>"
            f"<h3>{bundled}</h3>"
            f"<table cellpadding='3'><tr><th align='left'>{component}</th><th align='left'>{licence}</th><th></th></tr>{rows}</table>"
            f"<h3>{texts}</h3><p>{html.escape(data['texts'])}</p>"
        )


class PreferencesDialog(QDialog):
    """Language and theme; applied by the window when accepted."""

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for label, code in ((self.tr("System language"), ""), ("Français", "fr"), ("English", "en")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeCombo")
        for label, code in ((self.tr("Follow the system"), "system"), (self.tr("Light"), "light"), (self.tr("Dark"), "dark")):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.theme.setAccessibleName(self.tr("Colour theme"))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        theme_label = QLabel(self.tr("&Theme:"), self)
        theme_label.setBuddy(self.theme)
        form.addRow(language_label, self.language)
        form.addRow(theme_label, self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, Qt.Horizontal, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, str]:
        return self.language.currentData(), self.theme.currentData()
