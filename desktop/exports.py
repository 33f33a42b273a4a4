"""File › Export: each format named in words, the ones a legal officer uses most first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMenu

from desktop import i18n
from desktop.operations import Operation
from desktop.tasks import Task

# In menu order; a format the exports gain later is listed after these under its own name
NAMES = {
    "docx": QT_TRANSLATE_NOOP("Exports", "Word document with tracked changes…"),
    "pdf": QT_TRANSLATE_NOOP("Exports", "PDF report…"),
    "html": QT_TRANSLATE_NOOP("Exports", "Web page report (HTML)…"),
    "xlsx": QT_TRANSLATE_NOOP("Exports", "Excel workbook of the changes…"),
    "csv": QT_TRANSLATE_NOOP("Exports", "Table of the changes (CSV)…"),
    "text": QT_TRANSLATE_NOOP("Exports", "Plain-text summary…"),
    "json": QT_TRANSLATE_NOOP("Exports", "Data for other programs (JSON)…"),
}


def formats() -> list[tuple[str, str]]:
    """(format, extension) of every registered export, in menu order."""
    from nlp import export

    known = export.available()
    ordered = [f for f in NAMES if f in known] + [f for f in known if f not in NAMES]
    return [(fmt, export.extension(fmt)) for fmt in ordered]


def name(fmt: str) -> str:
    return QCoreApplication.translate("Exports", NAMES[fmt]) if fmt in NAMES else f"{fmt.upper()}…"


class Exporter(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window

    def fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        for fmt, ext in formats():
            act = menu.addAction(name(fmt))
            act.setObjectName(f"actExport_{fmt}")
            act.setToolTip(ext)
            act.triggered.connect(lambda _=False, f=fmt, e=ext: self.ask(f, e))

    def ask(self, fmt: str, ext: str) -> None:
        c = self._window.session.current
        if c is None:
            return
        folder = Path(self._window.settings.last_dir or ".")
        suggested = str(folder / f"{Path(c.old.path).stem}_vs_{Path(c.new.path).stem}{ext}")
        title = name(fmt).rstrip("…")
        path, _ = QFileDialog.getSaveFileName(self._window, title, suggested, f"*{ext}")
        if path:
            self.export_to(fmt, path)

    def export_to(self, fmt: str, path: str) -> Task | None:
        """Write the comparison on screen, corrections included, in the interface's language."""
        comparison = self._window.session.current
        if comparison is None:
            return None
        language = i18n.current()

        def work(progress, cancel):
            from nlp import export

            return export.export(comparison, fmt, path, progress, language=language)

        def done(written) -> None:
            self._window.show_message(self.tr("Exported to %1").replace("%1", str(written)), "info")

        def cancelled() -> None:
            self._window.show_message(self.tr("The export was cancelled."), "info")

        return self._window.operations.submit(Operation(work, done, on_cancel=cancelled, label=self.tr("Exporting…")))
