"""A paragraph's markers grouped into clauses, the unit two wordings are compared by.

Each governing verb (one that is not inside a subordinate clause) opens a clause; the hedges,
intensifiers, scope words, modals, deadlines, negations and figures that follow belong to it until the
next governing verb. What stands before the first governing verb ("Firmly calls upon") belongs to the
first clause. A paragraph without a governing verb is one clause without a head.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from nlp.engine.commitment.marker import Marker


@dataclass(frozen=True, slots=True)
class MarkedClause:
    head: Marker | None  # the governing verb
    markers: tuple[Marker, ...]  # everything the clause holds, its head included, in reading order
    start: int  # characters of the paragraph's text
    end: int

    def of(self, kind: str) -> list[Marker]:
        return [m for m in self.markers if m.kind == kind]


def clauses(found: Sequence[Marker], length: int) -> tuple[MarkedClause, ...]:
    """The clauses of a text of ``length`` characters whose markers are ``found`` (in reading order)."""
    heads = [m for m in found if m.kind == "verb" and m.weight >= 1.0]
    if not heads:
        return (MarkedClause(None, tuple(found), 0, length),)
    out = []
    for k, head in enumerate(heads):
        start = 0 if k == 0 else head.start
        end = heads[k + 1].start if k + 1 < len(heads) else length
        out.append(MarkedClause(head, tuple(m for m in found if start <= m.start < end), start, end))
    return tuple(out)
