"""The side panels: the change navigator with its filters, the details of a row, and the find bar."""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.models import (
    SYMBOLS,
    AlignedModel,
    NavigatorModel,
    change_name,
    moved_note,
    signal_name,
)
from desktop.rows import CATEGORIES, Filters, Row
from nlp.model.comparison import Comparison, Link, ids
from nlp.present import DIRECTION_MARKS

FIND_DELAY_MS = 150


class NavigatorPanel(QWidget):
    """Filters with their counts, and the list of the changes they let through."""

    rowChosen = Signal(int)  # a row of the aligned model
    filtersChanged = Signal()  # a box was ticked or cleared

    def __init__(self, model: NavigatorModel, parent=None):
        super().__init__(parent)
        self.setObjectName("navigatorPanel")
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.boxes: dict[str, QCheckBox] = {}
        for n, cat in enumerate(c for c in CATEGORIES if c != "unchanged"):
            box = QCheckBox(self)
            box.setObjectName(f"filter_{cat}")
            box.setChecked(True)
            box.toggled.connect(self._apply)
            self.boxes[cat] = box
            grid.addWidget(box, n // 2, n % 2)
        self.commitments = QCheckBox(self)
        self.commitments.setObjectName("filter_commitments")
        self.commitments.toggled.connect(self._apply)
        self.hide_unchanged = QCheckBox(self)
        self.hide_unchanged.setObjectName("filter_hide_unchanged")
        self.hide_unchanged.setChecked(True)
        self.hide_unchanged.toggled.connect(self._apply)
        # one per line: their labels are the longest, and the panel stays narrow in French too
        grid.addWidget(self.commitments, 3, 0, 1, 2)
        grid.addWidget(self.hide_unchanged, 4, 0, 1, 2)
        self.apply_to_view = QCheckBox(self)
        self.apply_to_view.setObjectName("filter_main_view")
        self.apply_to_view.toggled.connect(self._apply)
        grid.addWidget(self.apply_to_view, 5, 0, 1, 2)
        layout.addLayout(grid)
        self.shown = QLabel(self)
        self.shown.setObjectName("navigatorCount")
        self.shown.setWordWrap(True)
        layout.addWidget(self.shown)
        self.list = QListView(self)
        self.list.setObjectName("navigatorList")
        self.list.setModel(model)
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setLayoutMode(QListView.Batched)  # a long list is laid out a batch per turn of the event loop
        self.list.setBatchSize(40)
        self.list.setSpacing(1)
        self.list.activated.connect(self._chosen)
        self.list.clicked.connect(self._chosen)
        layout.addWidget(self.list, 1)
        model.modelReset.connect(self.retranslate)
        self.retranslate()

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.rowChosen.emit(self.model.source_row(index.row()))

    def _apply(self) -> None:
        cats = frozenset(cat for cat, box in self.boxes.items() if box.isChecked())
        self.model.set_filters(Filters(cats, self.commitments.isChecked(), self.hide_unchanged.isChecked()))
        self.shown.setText(self._shown_text())
        self.filtersChanged.emit()

    def _shown_text(self) -> str:
        return self.tr("%1 shown — F8 next, Shift+F8 previous").replace("%1", str(self.model.rowCount()))

    def select_source_row(self, source_row: int) -> None:
        pos = self.model.position_of(source_row)
        if pos >= 0:
            index = self.model.index(pos)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
        else:
            self.list.clearSelection()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        counts = self.model.counts()
        for cat, box in self.boxes.items():
            box.setText(f"{SYMBOLS.get(cat, '↕')} {change_name(cat)} ({counts[cat]})")
        self.commitments.setText(self.tr("Commitments only (%1)").replace("%1", str(counts["commitments"])))
        self.hide_unchanged.setText(self.tr("Hide unchanged (%1)").replace("%1", str(counts["unchanged"])))
        self.apply_to_view.setText(self.tr("Apply to the side-by-side view"))
        self.apply_to_view.setToolTip(self.tr("Show in the side-by-side view only the rows these filters let through"))
        self.shown.setText(self._shown_text())
        self.list.setAccessibleName(self.tr("Changes"))
        self.commitments.setToolTip(self.tr("Only the changes that touch what States commit to"))


class DetailsPanel(QTextBrowser):
    """Both texts of the selected row in full, its signals with their notes, its score."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.setOpenLinks(False)
        self._comparison: Comparison | None = None
        self._row: Row | None = None
        self.retranslate()

    def show_row(self, comparison: Comparison | None, row: Row | None) -> None:
        self._comparison, self._row = comparison, row
        self._render()

    def content_height(self) -> int:
        """The height that shows the whole text without scrolling, at the current width."""
        doc = self.document()
        doc.setTextWidth(self.viewport().width())
        return int(doc.size().height()) + 2 * self.frameWidth() + 8

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self._render()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Details of the selected row"))
        self.setPlaceholderText(self.tr("Select a row to see both texts in full, the signals and the score."))

    def _render(self) -> None:
        c, row = self._comparison, self._row
        if c is None or row is None:
            self.clear()
            return
        colors = theme.colors()
        parts = [f"<h3>{SYMBOLS[row.change]} {html.escape(change_name(row.change))} — {html.escape(row.label)}</h3>"]
        facts = []
        if isinstance(row.item, Link):
            facts.append(self.tr("similarity %1").replace("%1", f"{row.item.score:.2f}"))
        else:
            facts.append(self.tr("commitment") if row.item.commitment else self.tr("no commitment"))
        if row.moved:
            facts.append(html.escape(moved_note(c, row)))
        if row.manual:
            facts.append(self.tr("set by hand"))
        parts.append(f"<p style='color:{colors.muted}'>{' · '.join(facts)}</p>")
        if row.signals:
            title = self.tr("Signals")
            parts.append(f"<h4>{title}</h4>")
            for s, note in zip(row.signals, row.notes):
                words = " → ".join(html.escape(w) for w in (s.old, s.new) if w)
                arrow = DIRECTION_MARKS.get(s.direction, "•")  # the one mark before each signal: no list bullet
                parts.append(f"<p style='margin-left:8px'>{arrow} <b>{html.escape(signal_name(s.type))}</b> {words}<br/>{html.escape(note)}</p>")
        for title, document, pids in ((self.tr("Old"), c.old, row.old), (self.tr("New"), c.new, row.new)):
            parts.append(f"<h4>{title} — {html.escape(document.label)} ¶ {html.escape(ids(pids) or '—')}</h4>")
            for pid in pids:
                p = document.paragraph(pid)
                parts.append(f"<p><b>{html.escape(pid)}</b>&nbsp; {html.escape(p.text)}</p>")
                for note in p.footnotes:
                    parts.append(f"<p style='color:{colors.muted}; font-size:small'>{html.escape(note)}</p>")
        self.setHtml("".join(parts))


class FindBar(QWidget):
    """Ctrl+F: words searched in both sides of every row; Enter goes to the next match."""

    rowFound = Signal(int)
    closed = Signal()

    def __init__(self, model: AlignedModel, parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self._model = model
        self._matches: list[int] = []
        self._at = -1
        self.row_shown: Callable[[int], bool] = lambda row: True  # rows the view hides are not searched
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setClearButtonEnabled(True)
        self.label.setBuddy(self.edit)
        self.count = QLabel(self)
        self.prev_button = QToolButton(self, text="↑")
        self.next_button = QToolButton(self, text="↓")
        self.close_button = QToolButton(self, text="✕")
        for w in (self.label, self.edit, self.count, self.prev_button, self.next_button, self.close_button):
            layout.addWidget(w)
        layout.setStretch(1, 1)
        # searched after a pause in typing: each letter costs nothing, however long the documents
        self._typing = QTimer(self, singleShot=True, interval=FIND_DELAY_MS)
        self._typing.timeout.connect(lambda: self._search(self.edit.text()))
        self.edit.textChanged.connect(self._typing.start)
        self.edit.installEventFilter(self)  # Enter, Shift+Enter and Escape, before the line edit acts
        self.next_button.clicked.connect(self.next)
        self.prev_button.clicked.connect(self.previous)
        self.close_button.clicked.connect(self.close_bar)
        model.modelReset.connect(lambda: self._search(self.edit.text()))
        self.retranslate()

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def eventFilter(self, obj, event) -> bool:
        # Typing stays in the field: a match is shown (selected, scrolled to) without taking the focus
        if obj is self.edit and event.type() == QEvent.KeyPress:
            if event.key() == Qt.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                if self._typing.isActive():  # Enter before the pause: search now, show the first hit
                    self._typing.stop()
                    self._search(self.edit.text())
                else:
                    self.previous() if event.modifiers() & Qt.ShiftModifier else self.next()
                return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def close_bar(self) -> None:
        """Hide the bar and its outlines; the keyboard goes back to the row last found."""
        self.hide()
        self.closed.emit()

    def matches(self) -> list[int]:
        return list(self._matches)

    def hideEvent(self, event) -> None:
        self._model.set_find("")
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        self._model.set_find(self.edit.text().strip())
        super().showEvent(event)

    def _search(self, text: str) -> None:
        if self.isVisible():
            self._model.set_find(text.strip())
        needle = text.strip().casefold()
        self._matches = []
        if needle:
            from desktop.models import NEW_TEXT, OLD_TEXT

            for i in filter(self.row_shown, range(self._model.rowCount())):
                both = " ".join(self._model.data(self._model.index(i, col)) or "" for col in (OLD_TEXT, NEW_TEXT))
                if needle in both.casefold():
                    self._matches.append(i)
        self._at = -1
        self._update_count()
        if self._matches and self.isVisible():
            self.next()

    def next(self) -> None:
        self._step(+1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self._matches:
            return
        self._at = (self._at + delta) % len(self._matches)
        self._update_count()
        self.rowFound.emit(self._matches[self._at])

    def _update_count(self) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif not self._matches:
            self.count.setText(self.tr("not found"))
        else:
            self.count.setText(self.tr("%1 of %2 rows").replace("%1", str(self._at + 1)).replace("%2", str(len(self._matches))))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Find:"))
        self.edit.setPlaceholderText(self.tr("Words in either version"))
        self.edit.setAccessibleName(self.tr("Find in both versions"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self._update_count()
