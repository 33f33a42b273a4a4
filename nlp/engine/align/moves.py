"""What the in-order alignment cannot place: paragraphs that moved, and pieces of splits and merges
that went somewhere else than next to their sibling.

Two passes over the paragraphs left out of the in-order path: first they are paired with each other
(the best pairs first, each paragraph once); then a paragraph still alone joins the link of the
paragraph that carries most of its words, making a split or a merge, when that paragraph really
contains it and not just its stock phrases.
"""

from __future__ import annotations

from typing import Iterable, Sequence

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
    own = space.old[p] if side == "old" else space.new[p]
    ranked = []
    for q in partners:
        other = space.new[q] if side == "old" else space.old[q]
        ranked.append((containment(own, other), q))
    ranked.sort(reverse=True)
    if not ranked or ranked[0][0] < min_contained:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < margin:
        return None
    q = ranked[0][1]
    s = space.sim(p, q) if side == "old" else space.sim(q, p)
    return q if s >= min_sim else None


def sentence_links(space: Space, candidates: Iterable[tuple[int, int]], linked: set[tuple[int, int]],
                   min_contained: float, min_share: float) -> list[tuple[int, int, float]]:
    """Pairs of paragraphs not yet linked that share whole sentences, carried nearly word for word,
    with the share of the paragraph those sentences make, strongest first.

    Sentences of one paragraph that reappear in another (a split, a merge, a sentence moved to a
    neighbouring paragraph) link the two when they are a real share of one of them. A sentence that
    reappears in several paragraphs, or has twins on its own side, proves nothing and is ignored.
    """
    pairs = list(candidates)
    old_partners: dict[int, list[int]] = {}
    new_partners: dict[int, list[int]] = {}
    for i, j in pairs:
        old_partners.setdefault(i, []).append(j)
        new_partners.setdefault(j, []).append(i)
    out = []
    for i, j in pairs:
        if (i, j) in linked:
            continue
        share = max(
            _carried(space.old_sentences, space.new_sentences, i, j, old_partners[i], new_partners[j], min_contained),
            _carried(space.new_sentences, space.old_sentences, j, i, new_partners[j], old_partners[i], min_contained),
        )
        if share >= min_share:
            out.append((i, j, share))
    return sorted(out, key=lambda x: -x[2])


def _carried(own: Sequence[Sequence[dict]], other: Sequence[Sequence[dict]], p: int, q: int,
             rivals_of_q: Sequence[int], rivals_of_p: Sequence[int], min_contained: float) -> float:
    """Share of paragraph p's weight in sentences found (nearly) whole in one sentence of q, and
    in no other paragraph near q (rivals_of_q: q's competitors; rivals_of_p: p's competitors)."""
    total = sum(sum(s.values()) for s in own[p])
    if not total:
        return 0.0
    found = 0.0
    for s in own[p]:
        if len(s) < MIN_SENTENCE_TERMS:
            continue
        twins = [t for t in other[q] if containment(s, t) >= min_contained]
        if not twins:
            continue
        elsewhere = any(containment(s, t) >= min_contained for r in rivals_of_q if r != q for t in other[r]) or any(
            containment(t, u) >= min_contained for t in twins for r in rivals_of_p if r != p for u in own[r]
        )
        if not elsewhere:
            found += sum(s.values())
    return found / total
