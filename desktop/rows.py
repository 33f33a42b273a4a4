"""The rows of the side-by-side view, computed from a comparison (no Qt here).

Each row is one link (old paragraph(s) left, new right), one added paragraph (right only) or one
removed paragraph (left only). Rows follow the new text's reading order; a removed paragraph goes
just after the row holding the old paragraph that preceded it, so it appears where it was cut.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from nlp.model.comparison import Added, Change, Comparison, Link, Removed, Signal, ids

# The categories of the change navigator's filters
CATEGORIES = ("strengthened", "weakened", "added", "removed", "modified", "moved", "unchanged")


@dataclass(frozen=True, slots=True)
class Row:
    item: Link | Added | Removed

    @property
    def kind(self) -> str:
        """'link', 'added' or 'removed'."""
        return "link" if isinstance(self.item, Link) else "added" if isinstance(self.item, Added) else "removed"

    @property
    def old(self) -> tuple[str, ...]:
        item = self.item
        return item.old if isinstance(item, Link) else (item.old,) if isinstance(item, Removed) else ()

    @property
    def new(self) -> tuple[str, ...]:
        item = self.item
        return item.new if isinstance(item, Link) else (item.new,) if isinstance(item, Added) else ()

    @property
    def signals(self) -> tuple[Signal, ...]:
        return self.item.signals

    @property
    def change(self) -> str:
        """What the badge says: strengthened, weakened, modified, unchanged, added or removed."""
        return self.item.change.value if isinstance(self.item, Link) else self.kind

    @property
    def moved(self) -> bool:
        return isinstance(self.item, Link) and self.item.moved

    @property
    def manual(self) -> bool:
        return isinstance(self.item, Link) and self.item.manual

    @property
    def commitment(self) -> bool:
        """Whether the row touches what States commit to."""
        item = self.item
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


def build_rows(comparison: Comparison) -> tuple[Row, ...]:
    new_rows: list[tuple[int, Row]] = []
    for link in comparison.links:
        new_rows.append((min(comparison.new.position(p) for p in link.new), Row(link)))
    for added in comparison.added:
        new_rows.append((comparison.new.position(added.new), Row(added)))
    rows = [row for _, row in sorted(new_rows, key=lambda x: x[0])]
    return tuple(_insert_removed(comparison, rows, comparison.removed))


def _insert_removed(comparison: Comparison, rows: list[Row], removed: Iterable[Removed]) -> list[Row]:
    # Where each old paragraph sits now; moved links are no anchor, they are out of the old order
    anchor_of: dict[str, int] = {}
    for i, row in enumerate(rows):
        if not row.moved:
            for pid in row.old:
                anchor_of[pid] = i
    after: dict[int, list[Row]] = {}
    old_ids = [p.id for p in comparison.old]
    for r in sorted(removed, key=lambda r: comparison.old.position(r.old)):
        anchor = -1
        for pid in reversed(old_ids[: comparison.old.position(r.old)]):
            if pid in anchor_of:
                anchor = anchor_of[pid]
                break
        after.setdefault(anchor, []).append(Row(r))
        anchor_of[r.old] = anchor  # the next removed paragraph follows this one
    out: list[Row] = list(after.get(-1, []))
    for i, row in enumerate(rows):
        out.append(row)
        out.extend(after.get(i, []))
    return out


def moved_from(comparison: Comparison, row: Row) -> tuple[str, str | None] | None:
    """For a moved row, where its text was: the old paragraph it followed, and that one's new ids.

    None when the row did not move or was first in the old text.
    """
    if not row.moved:
        return None
    first = comparison.old.position(row.old[0])
    if first == 0:
        return None
    before = comparison.old.paragraphs[first - 1].id
    link = comparison.link_for_old(before)
    return before, (ids(link.new) if link else None)


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
