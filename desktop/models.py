"""Thin Qt models over an immutable comparison: the aligned rows, and the change navigator's list."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)

from desktop import i18n, theme
from desktop.presentation import Prepared, PreparedCache, Style, document_key, moved_note, row_html
from desktop.rows import Filters, Row, build_rows, counts
from nlp.model.comparison import Comparison, ids
from nlp.present import MARKS, MOVED_MARK

RowRole = Qt.UserRole + 1  # the Row
HtmlRole = Qt.UserRole + 2  # rich text of a side
ChangeRole = Qt.UserRole + 3  # strengthened, weakened, modified, unchanged, added, removed
SourceRowRole = Qt.UserRole + 4  # navigator: the aligned row it points to

OLD_ID, OLD_TEXT, BADGE, NEW_ID, NEW_TEXT = range(5)
# combined once: every cell asks for them on every paint, and combining Qt flags costs in Python
ROW_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable
TEXT_ROLES = frozenset({int(Qt.DisplayRole), int(Qt.AccessibleTextRole)})
NAVIGATOR_ROLES = TEXT_ROLES | {int(Qt.ToolTipRole), RowRole, ChangeRole, SourceRowRole}
TOP_CENTRE = int(Qt.AlignHCenter | Qt.AlignTop)

SYMBOLS = {**MARKS, "moved": MOVED_MARK}  # the marks every report uses too


def change_name(change: str) -> str:
    """The translated word for a change label."""
    return _translated("change", _change_names).get(change, change)


def signal_name(kind: str) -> str:
    """The translated word for a signal's type (an unknown type shows as the engine wrote it)."""
    return _translated("signal", _signal_names).get(kind, kind)


_words: dict[tuple[str, int], dict[str, str]] = {}  # (kind, translations installed) -> key -> words


def _translated(kind: str, make) -> dict[str, str]:
    """Each list of words translated once per language installed: every row of every paint asks."""
    key = (kind, i18n.generation())
    if key not in _words:
        if len(_words) > 8:  # older installs: never asked again
            _words.clear()
        _words[key] = make()
    return _words[key]


def _change_names() -> dict[str, str]:
    return {
        "strengthened": QCoreApplication.translate("Change", "strengthened"),
        "weakened": QCoreApplication.translate("Change", "weakened"),
        "modified": QCoreApplication.translate("Change", "modified"),
        "unchanged": QCoreApplication.translate("Change", "unchanged"),
        "added": QCoreApplication.translate("Change", "added"),
        "removed": QCoreApplication.translate("Change", "removed"),
        "moved": QCoreApplication.translate("Change", "moved"),
    }


def _signal_names() -> dict[str, str]:
    return {
        "verb": QCoreApplication.translate("Signal", "verb"),
        "hedge": QCoreApplication.translate("Signal", "hedge"),
        "intensifier": QCoreApplication.translate("Signal", "intensifier"),
        "scope": QCoreApplication.translate("Signal", "scope"),
        "obligation": QCoreApplication.translate("Signal", "obligation"),
        "deadline": QCoreApplication.translate("Signal", "deadline"),
        "negation": QCoreApplication.translate("Signal", "negation"),
    }


class AlignedModel(QAbstractTableModel):
    """One row per link, added or removed paragraph, in reading order."""

    richTextArrived = Signal()  # the rows' rich text made on the worker is here (or will not come)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._rows: tuple[Row, ...] = ()
        self._html: dict[tuple[int, int], str] = {}
        self._html_style: Style | None = None  # the style the cached rich text was made in
        self._find = ""
        self._inline = False  # the new column shows one redline of both versions
        self._provenance: dict[str, tuple[str, str]] = {}  # new paragraph id -> (status, badge words)
        self._provenance_of: str | None = None  # the new version they were traced for
        self._prepared = PreparedCache()
        self._counts: dict[str, int] = counts(())
        self._expecting = False  # the rich text of the rows after the first is being made on the worker

    # --- content -----------------------------------------------------------------------------

    def style(self) -> Style:
        """What the rich text of a cell depends on now, besides its row (see :func:`prepare`)."""
        return Style(theme.colors(), self._inline, self._find, dict(self._provenance), self._provenance_of)

    def offer(self, *prepared: Prepared) -> None:
        """Comparisons prepared on the worker: when the session shows one of them, its rows and rich
        text are taken as they are instead of being built on the GUI thread."""
        self._prepared.offer(*prepared)

    def set_comparison(self, comparison: Comparison | None, language: str | None = None) -> None:
        """Show ``comparison``, its notes in ``language`` (the window's language when not given)."""
        language = language or i18n.current()
        prepared = self._prepared.find(comparison, language) if comparison is not None else None
        if comparison is None or (self._provenance_of and self._provenance_of != document_key(comparison.new)):
            self._provenance, self._provenance_of = {}, None  # badges traced for another text
        self.beginResetModel()
        self._comparison = comparison
        self._html.clear()
        self._expecting = False
        if prepared is not None:
            self._rows = prepared.rows
            if prepared.style == self.style():
                self._html.update(prepared.html)
            self._counts = dict(prepared.counts)
        else:
            self._rows = build_rows(comparison, language, light=True) if comparison is not None else ()
            self._counts = counts(self._rows)
        self._html_style = self.style()
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        """How many rows fall in each change category (the navigator's filters show them)."""
        return dict(self._counts)

    def set_provenance(self, badges: dict[str, tuple[str, str]]) -> None:
        """Each new paragraph's provenance badge (id -> (status, words)), shown above its text; {} none.
        They hold for the new version on screen (another one opened drops them)."""
        key = document_key(self._comparison.new) if self._comparison is not None and badges else None
        if badges != self._provenance or key != self._provenance_of:
            self._provenance, self._provenance_of = dict(badges), key
            self.restyle()

    def provenance(self) -> dict[str, tuple[str, str]]:
        return dict(self._provenance)

    def comparison(self) -> Comparison | None:
        return self._comparison

    def rows(self) -> tuple[Row, ...]:
        return self._rows

    def row(self, i: int) -> Row:
        return self._rows[i]

    def find_row(self, old: tuple[str, ...] = (), new: tuple[str, ...] = ()) -> int:
        """The row holding any of these paragraph ids; -1 when none."""
        for i, row in enumerate(self._rows):
            if set(old) & set(row.old) or set(new) & set(row.new):
                return i
        return -1

    def set_find(self, text: str) -> None:
        """Outline ``text`` wherever it occurs in either side (empty: no outline)."""
        if text != self._find:
            self._find = text
            self.restyle()

    def set_inline(self, inline: bool) -> None:
        """One redline column (deletions and insertions in place) instead of two sides."""
        if inline != self._inline:
            self._inline = inline
            self.restyle()
            self.headerDataChanged.emit(Qt.Horizontal, 0, NEW_TEXT)

    def inline(self) -> bool:
        return self._inline

    # --- the rich text of a long comparison's rows, made on the worker after the first rows are shown

    def expect_rest(self) -> None:
        """The rich text of the rows not prepared is on its way (see :meth:`adopt_rest`): until it comes,
        the view measures those rows only when it must draw them."""
        self._expecting = True

    def adopt_rest(self, comparison: Comparison, style: Style, html: dict[tuple[int, int], str]) -> None:
        """The rest of the rich text of ``comparison`` in ``style``: taken if both are still the ones shown."""
        if comparison is self._comparison and style == self._html_style:
            for key, text in html.items():
                self._html.setdefault(key, text)
        self.give_up_rest(comparison)

    def give_up_rest(self, comparison: Comparison | None = None) -> None:
        """No more rich text is coming (for ``comparison``, if given): what is missing is made as the
        view asks for it."""
        if self._expecting and (comparison is None or comparison is self._comparison):
            self._expecting = False
            self.richTextArrived.emit()

    def rich_ready(self, i: int) -> bool:
        """Whether row ``i``'s rich text can be had without making it now, on the GUI thread, while the
        worker makes it anyway."""
        return not self._expecting or (i, OLD_TEXT) in self._html

    def restyle(self, anyway: bool = False) -> None:
        """The palette changed: the highlights are drawn again in its colours. Unless ``anyway``, nothing
        is thrown away when the style is the one the rich text was made in (Qt repeats palette events,
        and a long comparison's rich text is minutes of work to make again)."""
        if not anyway and self._html_style == self.style():
            return
        self._html.clear()
        self.give_up_rest()  # what comes was made in the colours before
        self._html_style = self.style()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, NEW_TEXT))

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return ROW_FLAGS

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == RowRole:
            return row
        if role == ChangeRole:
            return row.change
        if role == Qt.DisplayRole:
            return self._display(row, col)
        if role == HtmlRole and col in (OLD_TEXT, NEW_TEXT):
            return self._rich(index.row(), col)
        if role == Qt.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.AccessibleTextRole:
            return self._accessible(row, col)
        if role == Qt.TextAlignmentRole and col in (OLD_ID, NEW_ID, BADGE):
            return TOP_CENTRE
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        c = self._comparison
        if section == OLD_TEXT:
            name = _doc_name(c.old) if c else ""
            return QCoreApplication.translate("AlignedModel", "Old version") + (f" — {name}" if name else "")
        if section == NEW_TEXT and self._inline:
            names = f"{_doc_name(c.old)} → {_doc_name(c.new)}" if c else ""
            return QCoreApplication.translate("AlignedModel", "Changes in place") + (f" — {names}" if names else "")
        if section == NEW_TEXT:
            name = _doc_name(c.new) if c else ""
            return QCoreApplication.translate("AlignedModel", "New version") + (f" — {name}" if name else "")
        if section == BADGE:
            return QCoreApplication.translate("AlignedModel", "Change")
        return "¶"

    # --- roles -------------------------------------------------------------------------------

    def _display(self, row: Row, col: int) -> str:
        if col == OLD_ID:
            return ids(row.old)
        if col == NEW_ID:
            return ids(row.new)
        if col == BADGE:
            text = f"{row.mark} {change_name(row.change)}"
            return text + (f"\n{MOVED_MARK} {change_name('moved')}" if row.moved else "")
        return row.entry.old_text if col == OLD_TEXT else row.entry.new_text

    def _rich(self, i: int, col: int) -> str:
        key = (i, col)
        if key not in self._html:
            if self._html_style is None:
                self._html_style = self.style()
            self._html.update(row_html(self._comparison, i, self._rows[i], self._html_style))  # the other side is asked next
        return self._html[key]

    def _tooltip(self, row: Row, col: int) -> str | None:
        if col == BADGE:
            lines = [change_name(row.change)]
            if row.moved:
                lines.append(moved_note(self._comparison, row))
            if row.manual:
                lines.append(QCoreApplication.translate("AlignedModel", "set by hand"))
            lines += [f"• {note}" for note in row.notes if note]
            return "\n".join(lines)
        return None

    def _accessible(self, row: Row, col: int) -> str:
        if col == BADGE:
            return self._display(row, col).replace("\n", ", ")
        if col in (OLD_ID, NEW_ID):
            pids = row.old if col == OLD_ID else row.new
            side = QCoreApplication.translate("AlignedModel", "old") if col == OLD_ID else QCoreApplication.translate("AlignedModel", "new")
            return f"{side} ¶ {ids(pids)}" if pids else QCoreApplication.translate("AlignedModel", "none")
        text = self._display(row, col)
        if col == NEW_TEXT:  # the provenance badges read first, as they are seen first
            badges = [self._provenance[pid][1] for pid in row.new if pid in self._provenance]
            text = " · ".join(badges + [text]) if text else text
        return text or QCoreApplication.translate("AlignedModel", "nothing on this side")


def _doc_name(document) -> str:
    return f"{document.label} ({document.adopted[:4]})" if document.adopted else document.label


class NavigatorModel(QAbstractListModel):
    """The changes of the aligned model that pass the filters, each pointing to its row."""

    def __init__(self, source: AlignedModel, parent=None):
        super().__init__(parent)
        self._source = source
        self._filters = Filters()
        self._rows: list[int] = []
        source.modelReset.connect(self.refilter)
        self.refilter()

    def filters(self) -> Filters:
        return self._filters

    def set_filters(self, filters: Filters) -> None:
        self._filters = filters
        self.refilter()

    def refilter(self) -> None:
        self.beginResetModel()
        self._rows = [i for i, row in enumerate(self._source.rows()) if self._filters.accepts(row)]
        self._lines: dict[tuple[int, int], str] = {}  # (source row, translations) -> the item's text
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        return self._source.counts()

    def source_row(self, i: int) -> int:
        return self._rows[i]

    def source_rows(self) -> list[int]:
        return list(self._rows)

    def position_of(self, source_row: int) -> int:
        try:
            return self._rows.index(source_row)
        except ValueError:
            return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.DisplayRole):
        # the list asks for a dozen roles per item each time it measures or draws one: the roles it
        # has nothing for are answered first, and each item's text is made once
        if role not in NAVIGATOR_ROLES or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        source_row = self._rows[index.row()]
        if role in TEXT_ROLES:
            key = (source_row, i18n.generation())
            if key not in self._lines:
                self._lines[key] = self._line(source_row)
            return self._lines[key]
        row = self._source.row(source_row)
        if role == Qt.ToolTipRole:
            return self._source.data(self._source.index(source_row, BADGE), Qt.ToolTipRole)
        if role == RowRole:
            return row
        if role == ChangeRole:
            return row.change
        if role == SourceRowRole:
            return source_row
        return None

    def _line(self, source_row: int) -> str:
        row = self._source.row(source_row)
        flags = f" {MOVED_MARK}" if row.moved else ""
        text = row.entry.new_text if row.new else row.entry.old_text
        snippet = text if len(text) <= 70 else text[:69].rstrip() + "…"
        return f"{row.mark} {row.label}  {change_name(row.change)}{flags}\n{snippet}"

