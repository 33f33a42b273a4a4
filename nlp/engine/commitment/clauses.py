"""A paragraph's markers grouped into clauses, the unit two wordings are compared by.

Each governing verb (one that is not inside a subordinate clause) opens a clause; the hedges,
intensifiers, scope words, modals, deadlines, negations and figures that follow belong to it until the
next governing verb. What stands before the first governing verb ("Firmly calls upon") belongs to the
first clause. A paragraph without a governing verb is one clause without a head.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from nlp.engine.commitment import lexicon
from nlp.engine.commitment.lexicon import words
from nlp.engine.commitment.marker import Marker
from nlp.model.commitment import Part
from nlp.model.grammar import grammar


@dataclass(frozen=True, slots=True)
class MarkedClause:
    head: Marker | None  # the governing verb
    markers: tuple[Marker, ...]  # everything the clause holds, its head included, in reading order
    start: int  # characters of the paragraph's text
    end: int

    def of(self, kind: str) -> list[Marker]:
        return [m for m in self.markers if m.kind == kind]


def clauses(found: Sequence[Marker], length: int, text: str = "", language: str = "") -> tuple[MarkedClause, ...]:
    """The clauses of a text of ``length`` characters whose markers are ``found`` (in reading order). With
    the ``text`` and its ``language``, a clause starts at the conjunction that joins it to the one before
    (« …, and, where appropriate, urges … »: the hedge qualifies what it urges)."""
    heads = [m for m in found if m.kind == "verb" and m.weight >= 1.0]
    if not heads:
        return (MarkedClause(None, tuple(found), 0, length),)
    starts = [0] + [_joined_at(text, language, heads[k - 1].end, heads[k].start) for k in range(1, len(heads))]
    out = []
    for k, head in enumerate(heads):
        start = starts[k]
        end = starts[k + 1] if k + 1 < len(heads) else length
        out.append(MarkedClause(head, tuple(m for m in found if start <= m.start < end), start, end))
    return tuple(out)


def _joined_at(text: str, language: str, after: int, head: int) -> int:
    """Where the clause of the verb at ``head`` starts: at the last conjunction between the verb before
    (ending at ``after``) and it, else at the verb."""
    if not text or not language:
        return head
    lex = lexicon.load(language)
    joining = grammar(language).clauses.conjunctions
    found = [s for w, s, _ in words(text[after:head], lex.elisions) if w in joining and w[:1].isalpha()]
    return after + found[-1] if found else head


def purpose(text: str, start: int, end: int, language: str) -> Part | None:
    """The purpose of the clause ``start``..``end`` of ``text`` (« afin de … », "in order to …"), to the
    clause's first comma or end, or None."""
    g = grammar(language).clauses
    lex = lexicon.load(language)
    ws = words(text[start:end], lex.elisions)
    for i, (w, s, _) in enumerate(ws):
        # « afin de », "in order to", « visant à »: a purpose word before an infinitive mark
        if w in g.purpose and any(x[0] in g.infinitive_marks for x in ws[i + 1:i + 3]):
            stop = end
            for mark in (";", ".", ","):
                i = text.find(mark, start + s, end)
                stop = min(stop, i) if i >= 0 else stop
            return Part("purpose", start + s, stop, text[start + s:stop])
    return None
