"""A series of versions and the history of each paragraph through it: immutable values.

The JSON is the contract's (docs/contract.md, "Series"): ``versions`` (documents), ``steps`` (the
comparison of version k with version k+1) and ``lineages``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nlp.model.comparison import Comparison, NoteRenderer
from nlp.model.document import SCHEMA, Document

ADDED, REMOVED = "added", "removed"


@dataclass(frozen=True, slots=True)
class Lineage:
    """One paragraph's history: its ids in each version (empty where it does not exist) and what each
    step did to it (a link's change, or ``added`` / ``removed``)."""

    ids: tuple[tuple[str, ...], ...]
    changes: tuple[str, ...]

    @property
    def born(self) -> int:
        """The first version the paragraph is in."""
        return next(k for k, ids in enumerate(self.ids) if ids)

    @property
    def last(self) -> int:
        """The last version the paragraph is in."""
        return max(k for k, ids in enumerate(self.ids) if ids)

    def present(self, k: int) -> bool:
        return bool(self.ids[k])

    def to_json(self) -> dict[str, Any]:
        return {"ids": [list(ids) for ids in self.ids], "changes": list(self.changes)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Lineage":
        return cls(tuple(tuple(map(str, ids)) for ids in d["ids"]), tuple(d["changes"]))


@dataclass(frozen=True, slots=True)
class Series:
    """Versions in order, the comparison of each with the next, and every paragraph's lineage."""

    versions: tuple[Document, ...]
    steps: tuple[Comparison, ...]
    lineages: tuple[Lineage, ...]

    def lineage_of(self, k: int, pid: str) -> Lineage | None:
        """The lineage that paragraph ``pid`` of version ``k`` belongs to."""
        return next((lineage for lineage in self.lineages if pid in lineage.ids[k]), None)

    def to_json(self, note: NoteRenderer | None = None) -> dict[str, Any]:
        """The contract's JSON; ``note`` writes each signal's note (in the reader's language)."""
        return {
            "schema": SCHEMA,
            "versions": [v.to_json() for v in self.versions],
            "steps": [s.to_json(note) for s in self.steps],
            "lineages": [lineage.to_json() for lineage in self.lineages],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Series":
        return cls(
            versions=tuple(Document.from_json(v) for v in d["versions"]),
            steps=tuple(Comparison.from_json(s) for s in d["steps"]),
            lineages=tuple(Lineage.from_json(lineage) for lineage in d["lineages"]),
        )
