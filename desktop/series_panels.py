"""The widgets of a series of versions: the version strip, a paragraph's history, the series' changes.

They only show what :class:`nlp.series.Series` holds; :mod:`desktop.series_window` feeds them and
moves the window when one is used.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.models import change_name
from nlp.present.marks import MARKS
from nlp.series import Lineage, Series


def version_label(series: Series, k: int) -> str:
    """'A/RES/76/7 · 2021': a version as the strip names it."""
    v = series.versions[k]
    return f"{v.label} · {v.adopted[:4]}" if v.adopted else v.label


def version_tag(series: Series, k: int) -> str:
    """'2021' (its year), or 'v2' for a version without a date: short enough for a list line."""
    adopted = series.versions[k].adopted
    return adopted[:4] if adopted else f"v{k + 1}"


def step_words(change: str) -> str:
    return f"{MARKS.get(change, '')} {change_name(change)}".strip()


class VersionStrip(QWidget):
    """One button per version; the two pressed are the two shown side by side (pressing a third
    releases the one pressed longest ago)."""

    pairChosen = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("versionStrip")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self.caption = QLabel(self)
        self._layout.addWidget(self.caption)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._group.idClicked.connect(self._clicked)
        self.buttons: list[QPushButton] = []
        self._pressed: list[int] = []  # in the order pressed
        self._layout.addStretch(1)
        # the two versions shown stand out in the accent colour, not only by a pressed look
        # (one font for both states: a bolder checked text would not fit the size measured unchecked)
        self.setStyleSheet("QPushButton { padding: 3px 10px; border: 1px solid palette(mid); border-radius: 3px;"
                           " background-color: palette(button); }"
                           " QPushButton:checked { background-color: palette(highlight); color: palette(highlighted-text);"
                           " border-color: palette(highlight); }")
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Versions:"))
        self.setAccessibleName(self.tr("Versions of the series: press two to compare them"))

    def show_series(self, series: Series) -> None:
        for button in self.buttons:
            self._group.removeButton(button)
            button.deleteLater()
        self.buttons = []
        for k in range(len(series.versions)):
            button = QPushButton(version_label(series, k), self)
            button.setCheckable(True)
            button.setToolTip(series.versions[k].title or series.versions[k].label)
            self._group.addButton(button, k)
            self._layout.insertWidget(self._layout.count() - 1, button)
            self.buttons.append(button)
        n = len(series.versions)
        self.set_pair(n - 2, n - 1)

    def pair(self) -> tuple[int, int]:
        i, j = sorted(self._pressed)
        return i, j

    def set_pair(self, i: int, j: int) -> None:
        self._pressed = [i, j]
        for k, button in enumerate(self.buttons):
            button.setChecked(k in (i, j))

    def _clicked(self, k: int) -> None:
        if k in self._pressed:  # releasing one of the two would leave nothing to compare: keep it
            self.buttons[k].setChecked(True)
            return
        released = self._pressed.pop(0)
        self.buttons[released].setChecked(False)
        self._pressed.append(k)
        self.pairChosen.emit(*self.pair())


class HistoryPanel(QTextBrowser):
    """A paragraph's text in every version of the series, with what each step did to it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setOpenLinks(False)
        self.shown: tuple[Series | None, Lineage | None] = (None, None)
        self.show_lineage(None, None)

    def retranslate(self) -> None:
        self.show_lineage(*self.shown)

    def show_lineage(self, series: Series | None, lineage: Lineage | None) -> None:
        self.shown = (series, lineage)
        if series is None or lineage is None:
            self.setHtml(f"<p><i>{escape(self.tr('Select a paragraph to see its text in every version of the series.'))}</i></p>")
            return
        parts = []
        for k, ids in enumerate(lineage.ids):
            version = series.versions[k]
            heading = escape(version_label(series, k))
            if ids:
                texts = "".join(
                    f"<p lang='{escape(version.language)}'><b>¶{escape(pid)}</b> {escape(version.paragraph(pid).text)}</p>"
                    for pid in ids
                )
            else:
                texts = f"<p><i>{escape(self.tr('not in this version'))}</i></p>"
            parts.append(f"<h4>{heading}</h4>{texts}")
            if k < len(lineage.changes) and (ids or lineage.ids[k + 1]):
                parts.append(f"<p style='margin-left:2em'>↓ <b>{escape(step_words(lineage.changes[k]))}</b></p>")
        self.setHtml("".join(parts))


# filter id -> (what the filter keeps, its English text for tr())
FILTERS = ("any", "strengthened", "weakened", "added", "removed")


class SeriesChangesPanel(QWidget):
    """Every paragraph history of the series, filtered by what happened at any step."""

    lineageChosen = Signal(int)  # index in series.lineages

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("seriesChanges")
        self.series: Series | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.filter = QComboBox(self)
        self.filter.currentIndexChanged.connect(self._fill)
        layout.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "any": self.tr("Every paragraph that changed"),
            "strengthened": self.tr("Strengthened at some step"),
            "weakened": self.tr("Weakened at some step"),
            "added": self.tr("Added at some step"),
            "removed": self.tr("Removed at some step"),
        }
        current = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        for key in FILTERS:
            self.filter.addItem(texts[key], key)
        self.filter.setCurrentIndex(max(current, 0))
        self.filter.blockSignals(False)
        self.filter.setAccessibleName(self.tr("Which paragraph histories to list"))
        self._fill()

    def show_series(self, series: Series | None) -> None:
        self.series = series
        self._fill()

    def wanted(self) -> str:
        return self.filter.currentData() or "any"

    def keeps(self, lineage: Lineage) -> bool:
        wanted = self.wanted()
        lived = [c for k, c in enumerate(lineage.changes) if lineage.ids[k] or lineage.ids[k + 1]]
        if wanted == "any":
            return any(c != "unchanged" for c in lived)
        return wanted in lived

    def step_of(self, lineage: Lineage) -> int:
        """The step the filter is about in this history (the last one where it happened)."""
        wanted = self.wanted()
        steps = [k for k, c in enumerate(lineage.changes) if (lineage.ids[k] or lineage.ids[k + 1])
                 and (c == wanted if wanted != "any" else c != "unchanged")]
        return steps[-1] if steps else len(lineage.changes) - 1

    def shown_lineages(self) -> list[int]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())]

    def _fill(self) -> None:
        self.list.clear()
        if self.series is None:
            return
        for index, lineage in enumerate(self.series.lineages):
            if not self.keeps(lineage):
                continue
            path = " → ".join(f"{version_tag(self.series, k)} ¶{'+'.join(ids)}" if ids else f"{version_tag(self.series, k)} —"
                              for k, ids in enumerate(lineage.ids))
            steps = " · ".join(step_words(c) for k, c in enumerate(lineage.changes) if lineage.ids[k] or lineage.ids[k + 1])
            item = QListWidgetItem(f"{path}\n    {steps}")
            item.setData(Qt.UserRole, index)
            self.list.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.lineageChosen.emit(item.data(Qt.UserRole))
