"""Where the application's own files are: beside the sources, or inside a PyInstaller bundle."""

from __future__ import annotations

from nlp.model.resources import resource


def app_icon():
    """The application's icon at every size drawn (packaging/make_icon.py), sharp at any scale."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted(resource("icons").glob("travaux-*.png")):
        icon.addFile(str(png))
    return icon


def ensure_fonts(app) -> None:
    """Register the bundled DejaVu Sans; make it the interface font where the system offers none
    (a bare server, a minimal container), so text is drawn, and measured, the same everywhere."""
    from PySide6.QtGui import QFont, QFontDatabase

    had_fonts = bool(QFontDatabase.families())
    for ttf in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
    if not had_fonts:
        app.setFont(QFont("DejaVu Sans", 10))
