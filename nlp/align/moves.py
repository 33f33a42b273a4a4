"""What the in-order alignment cannot place: paragraphs that moved, and pieces of splits and merges
that went somewhere else than next to their sibling.

Two passes over the paragraphs left out of the in-order path: first they are paired with each other
(the best pairs first, each paragraph once); then a paragraph still alone joins the link of the
paragraph that carries most of its words, making a split or a merge, when that paragraph really
contains it and not just its stock phrases.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from nlp.align.similarity import Space, containment, merged

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
                   min_contained: float) -> int | None:
    """The paragraph of the other side that best contains paragraph ``p`` (of ``side``), if any does."""
    own = space.old[p] if side == "old" else space.new[p]
    best, best_c = None, min_contained
    for q in partners:
        other = space.new[q] if side == "old" else space.old[q]
        s = space.sim(p, q) if side == "old" else space.sim(q, p)
        if s < min_sim:
            continue
        c = containment(own, other)
        if c >= best_c:
            best, best_c = q, c
    return best


def sentence_links(space: Space, candidates: Iterable[tuple[int, int]], linked: set[tuple[int, int]],
                   min_contained: float, min_share: float) -> list[tuple[int, int]]:
    """Pairs of paragraphs not yet linked that share whole sentences, carried nearly word for word.

    Sentences of one paragraph that reappear in another (a split, a merge, a sentence moved to a
    neighbouring paragraph) link the two when they are a real share of one of them.
    """
    out = []
    for i, j in candidates:
        if (i, j) in linked:
            continue
        old_s, new_s = space.old_sentences[i], space.new_sentences[j]
        if max(_carried(old_s, new_s, min_contained), _carried(new_s, old_s, min_contained)) >= min_share:
            out.append((i, j))
    return out


def _carried(sentences: Sequence[dict], into: Sequence[dict], min_contained: float) -> float:
    """Share of a paragraph's weight in sentences found (nearly) whole in one sentence of the other."""
    total = sum(sum(s.values()) for s in sentences)
    if not total:
        return 0.0
    found = 0.0
    for s in sentences:
        if len(s) >= MIN_SENTENCE_TERMS and any(containment(s, t) >= min_contained for t in into):
            found += sum(s.values())
    return found / total

