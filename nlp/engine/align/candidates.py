"""Which pairs are worth scoring at all: each paragraph's best few partners, found through shared terms.

An inverted index over the discriminating terms (those not found in a large share of paragraphs)
finds, for every paragraph, the other side's paragraphs that share most weight with it, without
scoring every pair: the cost grows with the number of paragraphs, not with their product.

Everything is computed on arrays, but the pairs come out as the rules were first written with dicts
and sets: the same sums in the same order, the same ties broken the same way, and the set of pairs
filled in the same order (its iteration order decides which of two equally strong sentence links is
tried first).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nlp.engine.align.similarity import Space

TOP_K = 6  # partners kept per paragraph
# Below this many pairs every pair is scored (it costs less than the index); above it, terms found in
# more than DF_CAP paragraphs are too common to say which paragraph became which.
SMALL = 40_000
DF_CAP = 30


@dataclass(frozen=True, slots=True)
class Candidates:
    """The candidate pairs (old[k], new[k]) with their similarity, in the pairs set's iteration order."""

    old: np.ndarray
    new: np.ndarray
    sim: np.ndarray

    def pairs(self) -> list[tuple[int, int]]:
        return list(zip(self.old.tolist(), self.new.tolist()))


def candidate_pairs(space: Space, k: int = TOP_K) -> Candidates:
    """(old index, new index) pairs: the best ``k`` partners of each paragraph, in both directions."""
    n, m = space.n, space.m
    if n * m <= SMALL:
        i, j = (a.ravel() for a in np.meshgrid(np.arange(n), np.arange(m), indexing="ij"))
        s = space.sims(i, j)
    else:
        i, j, s = _shared_weight(space)
    positive = s > 0
    i, j, s = i[positive], j[positive], s[positive]
    chosen = np.concatenate([_best_of_each(i, j, s, k), _best_of_each(j, i, s, k)])
    # a set filled in the order the rules visit the pairs: then listed in its own iteration order
    pairs = list(set(zip(i[chosen].tolist(), j[chosen].tolist())))
    old = np.array([p[0] for p in pairs], dtype=np.int64)
    new = np.array([p[1] for p in pairs], dtype=np.int64)
    keys, first = np.unique(i[chosen] * m + j[chosen], return_index=True)
    sims = s[chosen][first][np.searchsorted(keys, old * m + new)]
    return Candidates(old, new, space.remember(old, new, sims))


def _best_of_each(group: np.ndarray, other: np.ndarray, score: np.ndarray, k: int) -> np.ndarray:
    """Indices of each group's ``k`` best entries, the best first (by score, then by ``other``, both
    descending: Python's ``sorted(reverse=True)`` of (score, other) tuples), groups in the order of
    their first entry."""
    if not len(group):
        return np.zeros(0, dtype=np.int64)
    _, first, where = np.unique(group, return_index=True, return_inverse=True)
    visit = np.empty(len(first), dtype=np.int64)
    visit[np.argsort(first, kind="stable")] = np.arange(len(first))
    order = np.lexsort((-other, -score, visit[where]))
    g = visit[where][order]
    starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])
    rank = np.arange(len(g)) - np.repeat(starts, np.diff(np.r_[starts, len(g)]))
    return order[rank < k]


def _shared_weight(space: Space) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs sharing a rare term, the best of them (by the weight of rare terms they share) scored:
    (old, new, similarity) in the order the rules first visited them."""
    m = space.m
    rare = space.df <= DF_CAP
    old, new = space.old, space.new
    # postings of the rare terms on the new side, each term's paragraphs in order
    keep = rare[new.ids]
    n_term, n_row, n_w = new.ids[keep].astype(np.int64), new.rows_of_entries()[keep], new.weights[keep]
    order = np.lexsort((n_row, n_term))
    n_term, n_row, n_w = n_term[order], n_row[order], n_w[order]
    start = np.searchsorted(n_term, np.arange(len(space.df)))
    count = np.bincount(n_term, minlength=len(space.df))
    # every (old entry, new posting) of a shared rare term: old paragraphs in order, each one's terms in
    # its order, then the postings: the order in which the weights were first added up
    keep = rare[old.ids] & (count[old.ids] > 0)
    o_row, o_term, o_w = old.rows_of_entries()[keep], old.ids[keep].astype(np.int64), old.weights[keep]
    reps = count[o_term]
    entry = np.repeat(np.arange(len(o_row)), reps)
    offset = np.arange(len(entry)) - np.repeat(np.cumsum(reps) - reps, reps)
    post = start[o_term][entry] + offset
    pi, pj = o_row[entry], n_row[post]
    key = pi * m + pj
    uniq, first, where = np.unique(key, return_index=True, return_inverse=True)
    acc = np.bincount(where, weights=o_w[entry] * n_w[post], minlength=len(uniq))
    visit = np.argsort(first, kind="stable")  # the pairs in the order they were first met
    ai, aj, av = uniq[visit] // m, uniq[visit] % m, acc[visit]
    # rank by the true combined similarity, computed only for the best pairs by shared rare weight
    by_old = _best_of_each(ai, aj, av, 3 * TOP_K)
    by_new = _best_of_each(aj, ai, av, 3 * TOP_K)
    first_part = ai[by_old] * m + aj[by_old]
    later = by_new[~np.isin(ai[by_new] * m + aj[by_new], first_part)]
    chosen = np.concatenate([by_old, later])
    bi, bj = ai[chosen], aj[chosen]
    return bi, bj, space.sims(bi, bj)
