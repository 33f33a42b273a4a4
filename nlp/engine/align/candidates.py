"""Which pairs are worth scoring at all: each paragraph's best few partners, found through shared terms.

An inverted index over the discriminating terms (those not found in a large share of paragraphs)
finds, for every paragraph, the other side's paragraphs that share most weight with it, without
scoring every pair: the cost grows with the number of paragraphs, not with their product.
"""

from __future__ import annotations

from collections import defaultdict

from nlp.engine.align.similarity import Space

TOP_K = 6  # partners kept per paragraph
# Below this many pairs every pair is scored (it costs less than the index); above it, terms found in
# more than DF_CAP paragraphs are too common to say which paragraph became which.
SMALL = 40_000
DF_CAP = 30


def candidate_pairs(space: Space, k: int = TOP_K) -> set[tuple[int, int]]:
    """(old index, new index) pairs: the best ``k`` partners of each paragraph, in both directions."""
    n, m = space.n, space.m
    if n * m <= SMALL:
        scores = {(i, j): space.sim(i, j) for i in range(n) for j in range(m)}
    else:
        scores = _shared_weight(space)
    by_old: dict[int, list[tuple[float, int]]] = defaultdict(list)
    by_new: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), s in scores.items():
        if s > 0:
            by_old[i].append((s, j))
            by_new[j].append((s, i))
    pairs: set[tuple[int, int]] = set()
    for i, lst in by_old.items():
        pairs.update((i, j) for _, j in sorted(lst, reverse=True)[:k])
    for j, lst in by_new.items():
        pairs.update((i, j) for _, i in sorted(lst, reverse=True)[:k])
    return pairs


def _shared_weight(space: Space) -> dict[tuple[int, int], float]:
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, w in enumerate(space.new):
        for t, v in w.items():
            if space.df[t] <= DF_CAP:
                index[t].append((j, v))
    acc: dict[tuple[int, int], float] = defaultdict(float)
    for i, w in enumerate(space.old):
        for t, v in w.items():
            for j, u in index.get(t, ()):
                acc[(i, j)] += v * u
    # rank by the true combined similarity, computed only for pairs that share a rare term
    best: dict[tuple[int, int], float] = {}
    per_old: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), s in acc.items():
        per_old[i].append((s, j))
    per_new: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), s in acc.items():
        per_new[j].append((s, i))
    for i, lst in per_old.items():
        for _, j in sorted(lst, reverse=True)[: 3 * TOP_K]:
            best[(i, j)] = space.sim(i, j)
    for j, lst in per_new.items():
        for _, i in sorted(lst, reverse=True)[: 3 * TOP_K]:
            best[(i, j)] = space.sim(i, j)
    return best
