"""What the side-by-side view shows of a comparison, prepared where it costs the window nothing.

Building the rows (:mod:`nlp.present` entries: redlines, notes) and the rich text of every cell takes
a few milliseconds a row: hundreds of milliseconds for a declaration, a minute for 10,000 paragraphs.
Done on the GUI thread, the window stops answering meanwhile. :func:`prepare` does it on the worker,
right after the comparison is computed, and hands the result over as plain values (strings and
immutable rows): the model only adopts them. The rows come light (no redline: a run per word, most of
their memory), with every cell's rich text. Anything not prepared (another theme, a search typed
since) is built row by row as the view asks for it, a few rows per turn of the event loop.

:func:`cell_html` is the one place a cell's rich text is made, prepared or not, so both give the
same text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field, replace
from typing import Mapping

from PySide6.QtCore import QCoreApplication

from desktop import richtext
from desktop.rows import Row, build_rows, counts, full_row, moved_from
from nlp.model.comparison import Comparison
from nlp.present import MOVED_MARK

OLD_TEXT, NEW_TEXT = 1, 4  # the model's text columns (desktop.models)
KEPT = 32  # prepared comparisons kept for the model: the one on screen and its undo steps


@dataclass(frozen=True)
class Style:
    """What a cell's rich text depends on besides its row: the colours, one redline column or two,
    the words searched for, and each new paragraph's provenance badge (id -> (status, words))."""

    colors: object  # desktop.theme.Colors
    inline: bool = False
    find: str = ""
    provenance: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    provenance_of: str | None = None  # the new version the badges are for (document_key)

    def for_comparison(self, comparison: Comparison) -> Style:
        """This style, without badges traced for another text than ``comparison``'s new version."""
        if not self.provenance or self.provenance_of == document_key(comparison.new):
            return self
        return replace(self, provenance={}, provenance_of=None)


def document_key(document) -> str:
    """What identifies a version for its badges: its bytes' hash, else its path and texts."""
    return document.sha256 or f"{document.path}#{hash(tuple(p.text for p in document.paragraphs))}"


@dataclass(frozen=True)
class Prepared:
    """A comparison's rows in ``language``, and each text cell's rich text in ``style``."""

    comparison: Comparison
    language: str
    rows: tuple[Row, ...]
    style: Style
    html: Mapping[tuple[int, int], str]  # (row, column) -> rich text
    counts: Mapping[str, int]  # rows in each of the navigator's categories
    first: int | None = None  # only the rich text of this many first rows is here (None: every row's)

    @property
    def complete(self) -> bool:
        return self.first is None or self.first >= len(self.rows)


def prepare(comparison: Comparison, language: str, style: Style, first: int | None = None) -> Prepared:
    """What the view shows of ``comparison`` (run it on the worker: it touches no widget): the rows,
    light (:func:`desktop.rows.build_rows`), and the rich text of every cell, or of the ``first`` rows
    only (the rest follows: :func:`rest_html`); each row's redline is made for its two cells, then dropped."""
    rows = build_rows(comparison, language, light=True)
    style = style.for_comparison(comparison)
    cells: dict[tuple[int, int], str] = {}
    for i, row in enumerate(rows[:first]):
        cells.update(row_html(comparison, i, row, style))
    return Prepared(comparison, language, rows, style, cells, counts(rows), first)


def rest_html(prepared: Prepared, progress, cancel) -> dict[tuple[int, int], str]:
    """The rich text of the rows :func:`prepare` left out (on the worker, after the first rows are shown)."""
    from nlp.model.errors import Cancelled

    cells: dict[tuple[int, int], str] = {}
    rows, start = prepared.rows, prepared.first or 0
    for i in range(start, len(rows)):
        if i % 64 == 0:
            if cancel():
                raise Cancelled()
            progress((i - start) / max(1, len(rows) - start), "")
        cells.update(row_html(prepared.comparison, i, rows[i], prepared.style))
    return cells


def row_html(comparison: Comparison | None, i: int, row: Row, style: Style) -> dict[tuple[int, int], str]:
    """Both text cells of row ``i``: its redline made once for the two."""
    row = full_row(comparison, row)
    return {(i, col): cell_html(comparison, row, col, style) for col in (OLD_TEXT, NEW_TEXT)}


def cell_html(comparison: Comparison | None, row: Row, col: int, style: Style) -> str:
    """The rich text of the old (``OLD_TEXT``) or new (``NEW_TEXT``) side of ``row``."""
    row = full_row(comparison, row)
    side = "old" if col == OLD_TEXT else "new"
    colors = style.colors
    prefix = ""
    if side == "new":
        prefix = provenance_html(row, style)
        if row.moved:
            note = html.escape(moved_note(comparison, row))
            prefix += f'<div style="color:{colors.muted}; font-style:italic">{MOVED_MARK} {note}</div>'
    if style.inline and side == "new":
        body = richtext.inline_html(row, colors, find=style.find)
    else:
        body = richtext.side_html(row, side, colors, find=style.find)
    return f"{prefix}<div>{body}</div>" if prefix else body


def provenance_html(row: Row, style: Style) -> str:
    """One line of badges above a new paragraph: where its language comes from (« agreed language:
    A/RES/76/7 ¶12 », « edited from … », « new »); nothing until the new version is traced."""
    badges = [(pid, style.provenance[pid]) for pid in row.new if pid in style.provenance]
    if not badges:
        return ""
    colors = style.colors
    several = len(row.new) > 1
    pills = []
    for pid, (status, words) in badges:
        bg, fg = colors.provenance.get(status, colors.provenance["new"])
        text = f"¶{pid} {words}" if several else words
        pills.append(f'<span style="background-color:{bg}; color:{fg}; font-size:small">&nbsp;{html.escape(text)}&nbsp;</span>')
    return f'<div style="margin-bottom:2px">{" ".join(pills)}</div>'


def moved_note(comparison: Comparison | None, row: Row) -> str:
    """'moved: was after old ¶ 2 (now ¶ 3)': where a moved row's text was, in the window's language."""
    where = moved_from(comparison, row) if comparison is not None else None
    if where is None:
        return QCoreApplication.translate("Change", "moved") if row.moved else ""
    before, now = where
    if now:
        return QCoreApplication.translate("Change", "moved: was after old ¶ %1 (now ¶ %2)").replace("%1", before).replace("%2", now)
    return QCoreApplication.translate("Change", "moved: was after old ¶ %1").replace("%1", before)


class PreparedCache:
    """The comparisons prepared on the worker, waiting for the model to show them (the one on screen,
    the steps its undo stack can go back to). Looked up by identity: a comparison is an immutable value
    that the session hands back as the very object the worker prepared."""

    def __init__(self) -> None:
        self._kept: dict[int, Prepared] = {}

    def offer(self, *prepared: Prepared) -> None:
        for p in prepared:
            self._kept.pop(id(p.comparison), None)
            self._kept[id(p.comparison)] = p  # the newest last; each holds its comparison, so ids stay unique
        while len(self._kept) > KEPT:
            del self._kept[next(iter(self._kept))]

    def find(self, comparison: Comparison, language: str) -> Prepared | None:
        p = self._kept.get(id(comparison))
        return p if p is not None and p.comparison is comparison and p.language == language else None
