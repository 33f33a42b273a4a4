"""Comparing two wordings' commitment structures, and netting the differences into a label.

Each wording is read as clauses (:mod:`clauses`: a governing verb and what qualifies it). The verbs are
paired first (:mod:`compare_verbs`: the same verb, then the same rung, then the nearest comparable verb),
and the pairing aligns the clauses. Aligned clauses are compared on what qualifies them — hedges and
intensifiers by class, scope, modality, deadline or frequency, negation, figures (:mod:`compare_qualifiers`)
— and what is left of them is compared across the paragraph (a qualifier that moved to another clause is
no change). A clause added or dropped is one signal: its own qualifiers say how much it commits, not that
the commitments that stayed were qualified. The signals are then netted: their weighted directions decide
``strengthened`` or ``weakened``; signals that cancel leave ``modified``.
"""

from __future__ import annotations

from typing import Sequence

from nlp.engine.commitment import compare_qualifiers as qualifiers
from nlp.engine.commitment import compare_verbs
from nlp.engine.commitment.clauses import MarkedClause, purpose
from nlp.engine.commitment.lexicon import Lexicon, fold, weights, words
from nlp.engine.commitment.marker import Marker
from nlp.model.comparison import Change, Signal, Span, params

THRESHOLD = weights().threshold  # net weight needed to call a link stronger or weaker
# qualifiers shared by two aligned clauses cancel by class (a hedge said another way is the same hedge);
# the others by their words (« d'ici à 2030 » is no « d'ici à 2025 »)
BY_CLASS = frozenset({"hedge", "intensifier"})


def net_change(signals: Sequence[Signal]) -> Change:
    score = sum(s.weight * (1 if s.direction == "stronger" else -1 if s.direction == "weaker" else 0) for s in signals)
    if score >= THRESHOLD:
        return Change.STRENGTHENED
    if score <= -THRESHOLD:
        return Change.WEAKENED
    return Change.MODIFIED


def compare(old: Sequence[MarkedClause], new: Sequence[MarkedClause], old_len: int, new_len: int, lex: Lexicon,
            old_text: str = "", new_text: str = "") -> tuple[Signal, ...]:
    old_markers = [m for c in old for m in c.markers]
    new_markers = [m for c in new for m in c.markers]
    verbs = compare_verbs.compare(old_markers, new_markers, old_len, new_len, lex,
                                  _wordset(old_text, lex), _wordset(new_text, lex))
    partner = _aligned(old, new, verbs)
    gone, came = _unshared(old, new, verbs, partner)
    signals: list[Signal] = list(verbs.signals)
    signals += qualifiers.counted(gone, came, "hedge")
    signals += qualifiers.counted(gone, came, "intensifier")
    signals += qualifiers.scope(gone, came, old_len, new_len)
    signals += qualifiers.obligations(gone, came, old_len, new_len)
    signals += qualifiers.deadlines(gone, came)
    signals += qualifiers.negations(gone, came)
    signals += qualifiers.quantities(gone, came)
    signals += _purposes(old, new, partner, old_text, new_text, lex.language)
    return tuple(signals)


def _purposes(old: Sequence[MarkedClause], new: Sequence[MarkedClause], partner: dict[int, int], old_text: str,
              new_text: str, language: str) -> list[Signal]:
    """A purpose said or no longer said by an aligned clause (« afin de … »): said, not judged — what an
    action is for may narrow it or only explain it."""
    out = []
    for i, j in partner.items():
        a = purpose(old_text, old[i].start, old[i].end, language) if old_text else None
        b = purpose(new_text, new[j].start, new[j].end, language) if new_text else None
        if (a is None) == (b is None):
            continue
        key = "purpose_added" if a is None else "purpose_removed"
        out.append(Signal("scope", "neutral", a.text if a else None, b.text if b else None, key,
                          params(old=a.text if a else None, new=b.text if b else None), 0.0,
                          Span("", a.start, a.end) if a else None, Span("", b.start, b.end) if b else None))
    return out


def _unshared(old: Sequence[MarkedClause], new: Sequence[MarkedClause], verbs: compare_verbs.VerbComparison,
              partner: dict[int, int]) -> tuple[list[Marker], list[Marker]]:
    """The qualifiers that two wordings do not share, clause by aligned clause, without those of a clause
    that was added or dropped."""
    dropped = {id(m) for m in verbs.removed}
    made = {id(m) for m in verbs.added}
    gone: list[Marker] = []
    came: list[Marker] = []
    seen_new: set[int] = set()
    for i, oc in enumerate(old):
        j = partner.get(i)
        if j is None:
            if oc.head is None or id(oc.head) not in dropped:
                gone += _qualifiers(oc)
            continue
        seen_new.add(j)
        a, b = _cancel(_qualifiers(oc), _qualifiers(new[j]))
        # an intensifier that came with a lower rung qualifies that lesser commitment (« Nous nous engageons à »
        # → « Nous ferons tout notre possible pour »: effort, however intense, in place of a commitment); one
        # that went with a higher rung is part of the rung's rise
        moved = verbs.moved.get(id(oc.head)) if oc.head is not None else None
        if moved == "weaker":
            b = [m for m in b if m.kind != "intensifier"]
        elif moved == "stronger":
            a = [m for m in a if m.kind != "intensifier"]
        gone += a
        came += b
    for j, nc in enumerate(new):
        if j not in seen_new and (nc.head is None or id(nc.head) not in made):
            came += _qualifiers(nc)
    return gone, came


def _aligned(old: Sequence[MarkedClause], new: Sequence[MarkedClause],
             verbs: compare_verbs.VerbComparison) -> dict[int, int]:
    """Old clause -> new clause, where the verb of one became the verb of the other (a paragraph without
    a governing verb is one clause, aligned with the other's first)."""
    where_new = {id(m): j for j, c in enumerate(new) for m in c.markers}
    where_old = {id(m): i for i, c in enumerate(old) for m in c.markers}
    out: dict[int, int] = {}
    taken: set[int] = set()
    for a, b in verbs.pairs:
        i, j = where_old.get(id(a)), where_new.get(id(b))
        if i is None or j is None or i in out or j in taken:
            continue
        if old[i].head is not a and new[j].head is not b and (old[i].head is not None or new[j].head is not None):
            continue  # two subordinate verbs paired say nothing of their clauses
        out[i] = j
        taken.add(j)
    if old and new and (old[0].head is None or new[0].head is None) and 0 not in out and 0 not in taken:
        out[0] = 0
    # clauses whose verbs found no partner (« Calls upon all States … » → « Encourages all States … », where
    # "encourages" was said elsewhere already) still stand for each other, nearest their place first: what
    # qualifies them is compared, not dropped on one side and found anew on the other
    old_len, new_len = max(old[-1].end, 1) if old else 1, max(new[-1].end, 1) if new else 1
    left = sorted((abs(old[i].start / old_len - new[j].start / new_len), i, j) for i in range(len(old)) if i not in out
                  for j in range(len(new)) if j not in taken)
    for _, i, j in left:
        if i not in out and j not in taken:
            out[i] = j
            taken.add(j)
    return out


def _qualifiers(c: MarkedClause) -> list[Marker]:
    return [m for m in c.markers if m.kind != "verb"]


def _cancel(a: list[Marker], b: list[Marker]) -> tuple[list[Marker], list[Marker]]:
    def identity(m: Marker) -> str:
        return f"{m.kind}|{m.key}" if m.kind in BY_CLASS else f"{m.kind}|{m.key}|{fold(m.text)}"

    left = list(b)
    gone = []
    for m in a:
        k = next((x for x, n in enumerate(left) if identity(n) == identity(m)), None)
        if k is None:
            gone.append(m)
        else:
            left.pop(k)
    return gone, left


def _wordset(text: str, lex: Lexicon) -> frozenset[str]:
    return frozenset(w for w, _, _ in words(text, lex.elisions))
