"""Concordance: two language versions of one text checked against each other (docs/contract.md, Concordance).

``concord(a, b)`` pairs the paragraphs by structure (:mod:`pairing`) and checks each pair (:mod:`checks`):
figures, dates, symbols, references, the lead verb's rung, modal verbs, intensifiers, hedges, negations,
deadlines and the number of sub-items. A pair whose versions agree carries no issue.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import Callable

from nlp.concordance import pairing
from nlp.engine.bilingual import checks
from nlp.engine.bilingual.checks import Side
from nlp.engine.bilingual.notes import Notes
from nlp.model.concordance import Concordance, Issue, Pair
from nlp.model.document import Document, Paragraph
from nlp.model.errors import Cancelled

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


def concord_files(path_a: str | os.PathLike[str], path_b: str | os.PathLike[str], notes_language: str = "en",
                  progress: Progress | None = None, cancel: Cancel | None = None) -> Concordance:
    """Read both files (an InputError names the file that cannot be read) and check them."""
    from nlp.readers import read_document

    return concord(read_document(path_a), read_document(path_b), notes_language, progress, cancel)


def concord(a: Document, b: Document, notes_language: str = "en", progress: Progress | None = None,
            cancel: Cancel | None = None) -> Concordance:
    report = progress or (lambda f, m: None)
    notes = Notes(notes_language, a.language, b.language)
    sides_a = [checks.side([p], a.language) for p in a]
    sides_b = [checks.side([p], b.language) for p in b]
    report(0.3, "pairing the paragraphs")

    def similarity(pa: Paragraph, pb: Paragraph) -> float:
        return _similarity(pa, pb, sides_a[a.position(pa.id)], sides_b[b.position(pb.id)])

    matched, unpaired_a, unpaired_b = pairing.pair(a, b, similarity)
    children_a, children_b = _children(a), _children(b)
    pairs = []
    for k, (i, j) in enumerate(matched):
        if cancel is not None and k % 32 == 0 and cancel():
            raise Cancelled()
        pa, pb = a.paragraphs[i], b.paragraphs[j]
        issues = checks.check(sides_a[i], sides_b[j], notes)
        count_a, count_b = children_a[pa.id], children_b[pb.id]
        if count_a != count_b:
            issues += (Issue("structure", str(count_a), str(count_b), notes.issue("structure", str(count_a), str(count_b))),)
        pairs.append(Pair((pa.id,), (pb.id,), issues))
        report(0.3 + 0.7 * (k + 1) / max(1, len(matched)), "checking each pair")
    return Concordance(
        a=a,
        b=b,
        pairs=tuple(pairs),
        unpaired_a=tuple(a.paragraphs[i].id for i in unpaired_a),
        unpaired_b=tuple(b.paragraphs[j].id for j in unpaired_b),
    )


def _children(doc: Document) -> Counter:
    return Counter(p.parent for p in doc if p.parent is not None)


def _similarity(pa: Paragraph, pb: Paragraph, sa: Side, sb: Side) -> float:
    """How alike two paragraphs in two languages look without reading their words: kind, sub-item or not,
    length, and the figures they share."""
    kind = 1.0 if pa.kind == pb.kind else 0.0
    nested = 1.0 if (pa.parent is None) == (pb.parent is None) else 0.0
    la, lb = len(pa.text), len(pb.text)
    length = min(la, lb) / max(la, lb, 1)
    values_a, values_b = Counter(f.value for f in sa.facts), Counter(f.value for f in sb.facts)
    union = sum((values_a | values_b).values())
    shared = sum((values_a & values_b).values()) / union if union else 0.5
    return 0.25 * kind + 0.15 * nested + 0.35 * length + 0.25 * shared
