"""What the in-order alignment cannot place: paragraphs that moved, and pieces of splits and merges
that went somewhere else than next to their sibling.

Two passes over the paragraphs left out of the in-order path: first they are paired with each other
(the best pairs first, each paragraph once); then a paragraph still alone joins the link of the
paragraph that carries most of its words, making a split or a merge, when that paragraph really
contains it and not just its stock phrases.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np

from nlp.engine.align.carried import carried_shares
from nlp.engine.align.similarity import Space, containment

# A sentence shorter than this (in content words) proves nothing by reappearing.
MIN_SENTENCE_TERMS = 4


def pair_leftovers(space: Space, candidates: Iterable[tuple[int, int]], free_old: set[int], free_new: set[int],
                   threshold: float, allowed=lambda i, j: True) -> list[tuple[int, int, float]]:
    """Greedy one-to-one pairing of unplaced paragraphs, most similar first."""
    scored = sorted(
        ((space.sim(i, j), i, j) for i, j in candidates if i in free_old and j in free_new and allowed(i, j)),
        reverse=True,
    )
    out = []
    used_o: set[int] = set()
    used_n: set[int] = set()
    for s, i, j in scored:
        if s < threshold:
            break
        if i in used_o or j in used_n:
            continue
        used_o.add(i)
        used_n.add(j)
        out.append((i, j, s))
    return out


def best_container(space: Space, side: str, p: int, partners: Sequence[int], min_sim: float,
                   min_contained: float, margin: float) -> int | None:
    """The paragraph of the other side that contains paragraph ``p`` (of ``side``), if one clearly
    does: by ``margin`` more than any other, since words that many paragraphs carry (the long
    titles of conventions and protocols) say nothing about where p came from."""
    own = space.weights(side, p)
    other_side = "new" if side == "old" else "old"
    ranked = []
    for q in partners:
        ranked.append((containment(own, space.weights(other_side, q)), q))
    ranked.sort(reverse=True)
    if not ranked or ranked[0][0] < min_contained:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < margin:
        return None
    q = ranked[0][1]
    s = space.sim(p, q) if side == "old" else space.sim(q, p)
    return q if s >= min_sim else None


def sentence_links(space: Space, old: np.ndarray, new: np.ndarray, linked: set[tuple[int, int]],
                   min_contained: float, min_share: float) -> list[tuple[int, int, float]]:
    """Pairs of paragraphs not yet linked, among the candidate pairs (old[c], new[c]), that share whole
    sentences, carried nearly word for word, with the share of the paragraph those sentences make,
    strongest first (equal shares in the candidates' order).

    Sentences of one paragraph that reappear in another (a split, a merge, a sentence moved to a
    neighbouring paragraph) link the two when they are a real share of one of them. A sentence that
    reappears in several paragraphs, or has twins on its own side, proves nothing and is ignored:
    another candidate partner of its paragraph holds it too, or its twin is held by another candidate
    partner of the twin's paragraph (weighed for all pairs at once by :mod:`nlp.engine.align.carried`).
    """
    shares = carried_shares(space, old, new, min_contained, MIN_SENTENCE_TERMS)
    out = [(i, j, s) for i, j, s in zip(old.tolist(), new.tolist(), shares.tolist())
           if s >= min_share and (i, j) not in linked]
    return sorted(out, key=lambda x: -x[2])
