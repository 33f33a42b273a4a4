"""The window's smaller parts: the message banner, the document bar, the start page, the work status.

Every label that shows a file name is elided, never wider than the space it gets, so the window fits
a small screen whatever the names (the full text stays in its tooltip and accessible name).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import theme


@dataclass(frozen=True)
class Part:
    text: str
    bold: bool = False
    muted: bool = False


class ElidedLine(QWidget):
    """One line of text parts drawn in turn; the part that does not fit ends in "…"."""

    SEPARATOR = " · "

    def __init__(self, parent=None):
        super().__init__(parent)
        self._parts: tuple[Part, ...] = ()
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)

    def set_parts(self, parts: tuple[Part, ...]) -> None:
        self._parts = parts
        self.setAccessibleName(self.text())
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self.SEPARATOR.join(p.text for p in self._parts)

    def _font(self, part: Part) -> QFont:
        font = QFont(self.font())
        font.setBold(part.bold)
        return font

    def sizeHint(self) -> QSize:
        from PySide6.QtGui import QFontMetrics

        width = sum(QFontMetrics(self._font(p)).horizontalAdvance(p.text + self.SEPARATOR) for p in self._parts)
        return QSize(width, self.fontMetrics().height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M…") * 3, self.fontMetrics().height() + 4)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        x, width = 0, self.width()
        normal = self.palette().color(QPalette.WindowText)
        muted = QColor(theme.colors().muted)
        for n, part in enumerate(self._parts):
            text = (self.SEPARATOR if n else "") + part.text
            painter.setFont(self._font(part))
            metrics = painter.fontMetrics()
            painter.setPen(muted if part.muted else normal)
            room = width - x
            if metrics.horizontalAdvance(text) > room:
                painter.drawText(x, 0, room, self.height(), Qt.AlignVCenter | Qt.AlignLeft, metrics.elidedText(text, Qt.ElideMiddle, room))
                break
            painter.drawText(x, 0, room, self.height(), Qt.AlignVCenter | Qt.AlignLeft, text)
            x += metrics.horizontalAdvance(text)


class Banner(QFrame):
    """A one-line message above the comparison (an error stays until dismissed)."""

    COLORS = {"error": ("#fde2e4", "#7a0916", "#f5a3ab"), "info": ("#e0ecff", "#0b3d91", "#a8c5f5")}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.close_button = QToolButton(self, text="✕")
        self.close_button.setObjectName("bannerClose")
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, kind: str) -> None:
        bg, fg, border = self.COLORS.get(kind, self.COLORS["info"])
        self.setProperty("kind", kind)
        self.setStyleSheet(f"QFrame#banner {{ background:{bg}; border-bottom:1px solid {border}; }} QLabel {{ color:{fg}; }}")
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def dismiss(self) -> None:
        self.hide()
        self.label.clear()

    def retranslate(self) -> None:
        self.close_button.setAccessibleName(self.tr("Dismiss the message"))
        self.close_button.setToolTip(self.tr("Dismiss"))


class DocumentBar(QFrame):
    """Old…  [what the old file is]  ⇄  New…  [what the new file is]"""

    chooseRequested = Signal(str)  # the side
    swapRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("documentBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.buttons: dict[str, QPushButton] = {}
        self.labels: dict[str, ElidedLine] = {}
        for side in ("old", "new"):
            button = QPushButton(self)
            button.setObjectName(f"open{side.capitalize()}Button")
            button.clicked.connect(lambda _=False, s=side: self.chooseRequested.emit(s))
            label = ElidedLine(self)
            label.setObjectName(f"{side}Label")
            self.buttons[side], self.labels[side] = button, label
            layout.addWidget(button)
            layout.addWidget(label, 1)
            if side == "old":
                self.swap_button = QToolButton(self, text="⇄")
                self.swap_button.setObjectName("swapButton")
                self.swap_button.clicked.connect(self.swapRequested)
                layout.addWidget(self.swap_button)

    def show_documents(self, paths: dict[str, str | None], comparison) -> None:
        for side, label in self.labels.items():
            path = paths[side]
            document = getattr(comparison, side) if comparison is not None else None
            if path and document is not None and Path(document.path).name == Path(path).name:
                parts = [Part(document.symbol or Path(path).name, bold=True)]
                if document.status:  # which version is the draft, which the adopted text
                    parts.append(Part(self.tr("draft") if document.status == "draft" else self.tr("adopted")))
                if document.adopted:
                    parts.append(Part(document.adopted))
                if document.sponsors:
                    parts.append(Part(self.tr("%1 sponsors").replace("%1", str(len(document.sponsors)))))
                parts.append(Part(self.tr("%1 paragraphs").replace("%1", str(len(document)))))
                if document.symbol:
                    parts.append(Part(Path(path).name, muted=True))
                sponsors = self.tr("Sponsors: %1").replace("%1", ", ".join(document.sponsors)) if document.sponsors else ""
                label.setToolTip(html.escape(f"{document.title or ''}\n{sponsors}\n{path}".strip().replace("\n\n", "\n")))
            elif path:
                parts = [Part(Path(path).name, bold=True), Part(self.tr("not compared yet"), muted=True)]
                label.setToolTip(html.escape(path))
            else:
                parts = [Part(self.tr("no file yet"), muted=True)]
                label.setToolTip("")
            label.set_parts(tuple(parts))

    def retranslate(self) -> None:
        self.buttons["old"].setText(self.tr("Old…"))
        self.buttons["new"].setText(self.tr("New…"))
        self.buttons["old"].setToolTip(self.tr("Open the old version (Ctrl+O)"))
        self.buttons["new"].setToolTip(self.tr("Open the new version (Ctrl+Shift+O)"))
        self.buttons["old"].setAccessibleName(self.tr("Open the old version"))
        self.buttons["new"].setAccessibleName(self.tr("Open the new version"))
        self.swap_button.setToolTip(self.tr("Swap old and new"))
        self.swap_button.setAccessibleName(self.tr("Swap old and new"))


class StartPage(QWidget):
    """Before a comparison: a drop zone per side, Compare once both are named, the recent pairs."""

    chooseRequested = Signal(str)
    compareRequested = Signal()
    recentChosen = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("emptyPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        self.title = QLabel(self)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignCenter)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        zones = QHBoxLayout()
        self.zones: dict[str, QPushButton] = {}
        self._names: dict[str, str] = {"old": "", "new": ""}
        for side in ("old", "new"):
            button = QPushButton(self)
            button.setObjectName(f"drop{side.capitalize()}")
            button.setMinimumHeight(120)
            button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
            button.setStyleSheet(
                "QPushButton { border: 2px dashed palette(mid); border-radius: 14px; background: palette(base);"
                " font-size: 15px; padding: 12px; }"
                " QPushButton:hover { border-color: palette(highlight); }"
                " QPushButton:focus { border: 3px solid palette(highlight); }"
            )
            button.clicked.connect(lambda _=False, s=side: self.chooseRequested.emit(s))
            self.zones[side] = button
            zones.addWidget(button)
        layout.addLayout(zones)
        self.compare_button = QPushButton(self)
        self.compare_button.setObjectName("compareButton")
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.compareRequested)
        self.compare_button.hide()
        layout.addWidget(self.compare_button, 0, Qt.AlignHCenter)
        self.recent_title = QLabel(self)
        layout.addWidget(self.recent_title)
        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("recentList")
        self.recent_list.itemActivated.connect(lambda item: self.recentChosen.emit(*item.data(Qt.UserRole)))
        self.recent_title.setBuddy(self.recent_list)
        layout.addWidget(self.recent_list, 1)

    def show_paths(self, paths: dict[str, str | None]) -> None:
        self._names = {side: Path(p).name if p else "" for side, p in paths.items()}
        self.compare_button.setVisible(all(self._names.values()))
        self.retranslate()

    def recent_changed(self) -> None:
        shown = self.recent_list.count() > 0
        self.recent_title.setVisible(shown)
        self.recent_list.setVisible(shown)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Open or drop two versions of a resolution to compare them"))
        heads = {"old": self.tr("Old version"), "new": self.tr("New version")}
        for side, button in self.zones.items():
            name = self._names[side]
            width = max(80, button.width() - 40)
            shown = button.fontMetrics().elidedText(name, Qt.ElideMiddle, width) if name else self.tr("click to open, or drop a file here")
            button.setText(f"{heads[side]}\n\n{shown}")
            button.setToolTip(name)
        self.zones["old"].setAccessibleName(self.tr("Open the old version"))
        self.zones["new"].setAccessibleName(self.tr("Open the new version"))
        self.compare_button.setText(self.tr("&Compare"))
        self.recent_title.setText(self.tr("&Recent comparisons"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.retranslate()  # the file names elided to the new width

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WorkStatus(QObject):
    """The status bar: the summary of the comparison, and while working, progress and Cancel."""

    def __init__(self, status: QStatusBar):
        super().__init__(status)
        self.summary = QLabel(status)
        self.summary.setObjectName("summaryLabel")
        self.summary.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        status.addWidget(self.summary, 1)
        self.label = QLabel(status)
        self.bar = QProgressBar(status)
        self.bar.setObjectName("progressBar")
        self.bar.setRange(0, 1000)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(status)
        self.cancel_button.setObjectName("cancelButton")
        for w in (self.label, self.bar, self.cancel_button):
            status.addPermanentWidget(w)
            w.hide()

    def started(self, label: str, indeterminate: bool) -> None:
        self.label.setText(label)
        self.bar.setValue(0)
        self.bar.setRange(0, 0 if indeterminate else 1000)

    def progress(self, fraction: float) -> None:
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1000)
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def busy(self, busy: bool) -> None:
        for w in (self.label, self.bar, self.cancel_button):
            w.setVisible(busy)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
