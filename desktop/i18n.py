"""The interface's language: Qt Linguist catalogues from resources/translations, switchable live.

Installing a translator makes Qt send every widget a LanguageChange event; widgets answer by
setting their texts again (their ``retranslate`` methods).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resource

SUPPORTED = ("fr", "en")

_installed: list[QTranslator] = []
_current = "en"
_generation = 0  # counts installs: words translated once may be kept until the next one


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def resolve(preference: str) -> str:
    """'' (follow the system), 'fr' or 'en' → the language to show."""
    return preference if preference in SUPPORTED else system_language()


def install(language: str) -> str:
    """Show the interface in ``language``; returns the language actually installed."""
    global _current, _generation
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"travaux_{language}", str(resource("translations"))):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (standard buttons, file and print dialogs): Qt's catalogue where Qt is
    # installed, else a copy beside ours (a bundle may leave Qt's translations folder out)
    for folder in (QLibraryInfo.path(QLibraryInfo.TranslationsPath), str(resource("translations"))):
        qt = QTranslator(app)
        if language != "en" and qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    _current = language
    _generation += 1
    # Deliver the LanguageChange events now: the menus read the new language when this returns
    QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)
    return language


def current() -> str:
    return _current


def generation() -> int:
    """Changes whenever translations are installed: a cache of translated words keyed on it stays right."""
    return _generation
