"""What the comparison of two structures is made of: a signal between an old and a new marker, and the
cancelling of what two wordings share."""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from nlp.engine.commitment.lexicon import fold, weights
from nlp.engine.commitment.marker import Marker
from nlp.model.comparison import Signal, Span, params

# the weights and thresholds are data: resources/lexicons/weights.toml
WEIGHTS = weights().signal
PAIR_DISTANCE = weights().pair_distance  # how far apart (a share of the text) two words may be and still be one edit


def signal(kind: str, direction: str, a: Marker | None, b: Marker | None, key: str, weight: float,
            **extra: str) -> Signal:
    """A signal between the old marker ``a`` and the new marker ``b`` (either may be missing), with their
    spans in the joined texts (``paragraph`` is resolved by the caller, who knows the paragraphs)."""
    verbs = {}
    if kind == "verb":
        verbs = {"old_verb": a.key if a else None, "new_verb": b.key if b else None}
    return Signal(kind, direction, a.text if a else None, b.text if b else None, key,
                  params(old=a.text if a else None, new=b.text if b else None, **verbs, **extra), weight,
                  Span("", a.start, a.end) if a else None, Span("", b.start, b.end) if b else None)


def class_of(kind: str, key: str) -> dict[str, str]:
    """The message parameter naming a hedge's or an intensifier's class (glossed by each language)."""
    return {kind: key}


def of(markers: Iterable[Marker], kind: str) -> list[Marker]:
    return [m for m in markers if m.kind == kind]


def cancel(old_ms: list[Marker], new_ms: list[Marker], key=lambda m: fold(m.text),
                places: tuple[int, int] | None = None):
    """Markers of ``old_ms`` not in ``new_ms`` and the reverse, as multisets; with ``places`` (the two
    texts' lengths), equal keys cancel nearest place first."""
    if places is not None:
        old_len, new_len = max(places[0], 1), max(places[1], 1)
        cand = sorted(((abs(a.start / old_len - b.start / new_len), i, j) for i, a in enumerate(old_ms)
                       for j, b in enumerate(new_ms) if key(a) == key(b)))
        used_i, used_j = set(), set()
        for _, i, j in cand:
            if i not in used_i and j not in used_j:
                used_i.add(i)
                used_j.add(j)
        return ([m for i, m in enumerate(old_ms) if i not in used_i], [m for j, m in enumerate(new_ms) if j not in used_j])
    gone, came = [], []
    nc = Counter(key(m) for m in new_ms)
    oc = Counter(key(m) for m in old_ms)
    for m in old_ms:
        if nc[key(m)] > 0:
            nc[key(m)] -= 1
        else:
            gone.append(m)
    for m in new_ms:
        if oc[key(m)] > 0:
            oc[key(m)] -= 1
        else:
            came.append(m)
    return gone, came


