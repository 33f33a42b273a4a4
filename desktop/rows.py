"""The rows of the side-by-side view: the presentation entries of a comparison (no Qt here).

Each row is one link (old paragraph(s) left, new right), one added paragraph (right only) or one
removed paragraph (left only), in the reading order of :mod:`nlp.present.order`, the one every
report follows too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from nlp.model.comparison import Added, Change, Comparison, Link, Removed, Signal, ids
from nlp.present import Entry, entries, with_runs

# The categories of the change navigator's filters
CATEGORIES = ("strengthened", "weakened", "added", "removed", "modified", "moved", "unchanged")


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the view: a presentation entry (:class:`nlp.present.Entry`) and what the window adds."""

    entry: Entry

    @property
    def item(self) -> Link | Added | Removed:
        return self.entry.item

    @property
    def kind(self) -> str:
        """'link', 'added' or 'removed'."""
        return self.entry.kind

    @property
    def old(self) -> tuple[str, ...]:
        return self.entry.old_ids

    @property
    def new(self) -> tuple[str, ...]:
        return self.entry.new_ids

    @property
    def signals(self) -> tuple[Signal, ...]:
        return self.entry.signals

    @property
    def notes(self) -> tuple[str, ...]:
        """Each signal's note, in the window's language."""
        return self.entry.notes

    @property
    def change(self) -> str:
        """What the badge says: strengthened, weakened, modified, unchanged, added or removed."""
        return self.entry.change

    @property
    def mark(self) -> str:
        return self.entry.mark

    @property
    def moved(self) -> bool:
        return self.entry.moved

    @property
    def manual(self) -> bool:
        return self.entry.manual

    @property
    def commitment(self) -> bool:
        """Whether the row touches what States commit to."""
        item = self.entry.item
        if isinstance(item, Link):
            return item.change in (Change.STRENGTHENED, Change.WEAKENED) or bool(item.signals)
        return item.commitment

    @property
    def is_change(self) -> bool:
        return self.change != "unchanged" or self.moved

    def categories(self) -> frozenset[str]:
        cats = {self.change}
        if self.moved:
            cats.add("moved")
        return frozenset(cats)

    @property
    def label(self) -> str:
        """'3 → 8+9', '— → 7', '15 → —': the row named in lists and for screen readers."""
        return f"{ids(self.old) or '—'} → {ids(self.new) or '—'}"


def build_rows(comparison: Comparison, language: str = "en", light: bool = False) -> tuple[Row, ...]:
    """The rows in the one reading order that every report follows too, notes in ``language``.

    ``light``: without their redlines (see :func:`nlp.present.entries`), as the window keeps them: a
    redline is a run per word, about 30 KB a row; the window makes it again for the rows it draws
    (:func:`full_row`)."""
    return tuple(Row(e) for e in entries(comparison, language, runs=not light))


def full_row(comparison: Comparison | None, row: Row) -> Row:
    """``row`` with its redline (itself when it has it, or without a comparison to make it from)."""
    if comparison is None:
        return row
    entry = with_runs(comparison, row.entry)
    return row if entry is row.entry else Row(entry)


def moved_from(comparison: Comparison, row: Row) -> tuple[str, str | None] | None:
    """For a moved row, where its text was: the old paragraph it followed, and that one's new ids.

    None when the row did not move or was first in the old text.
    """
    return row.entry.was_after


def counts(rows: Iterable[Row]) -> dict[str, int]:
    """How many rows fall in each navigator category, and how many touch commitments."""
    out = dict.fromkeys(CATEGORIES + ("commitments",), 0)
    for row in rows:
        for cat in row.categories():
            out[cat] += 1
        out["commitments"] += row.is_change and row.commitment
    return out


@dataclass(frozen=True, slots=True)
class Filters:
    """Which rows the change navigator lists: any checked category, then the two restrictions."""

    categories: frozenset[str] = frozenset(CATEGORIES) - {"unchanged"}
    commitments_only: bool = False
    hide_unchanged: bool = True

    def accepts(self, row: Row) -> bool:
        if self.hide_unchanged and not row.is_change:
            return False
        if self.commitments_only and not row.commitment:
            return False
        cats = row.categories()
        if not self.hide_unchanged:
            return bool(cats & (self.categories | {"unchanged"}))
        return bool(cats & self.categories)
