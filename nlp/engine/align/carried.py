"""Sentences carried nearly word for word into another paragraph, weighed for all candidate pairs at once.

The rule is :func:`nlp.engine.align.moves.sentence_links`'s: a sentence of paragraph p (long enough to
prove something) found nearly whole in a sentence of q counts for the pair (p, q), unless it is also
found in another of p's candidate partners, or its twin in q is also found in another of q's. Every
containment it reads is between the sentences of two candidate partners, so all of them are computed
in one pass over the candidate pairs' sentence pairs, and the rule is then applied on arrays; the sums
are taken in the same order as sentence by sentence, so the shares are the same to the last bit.
"""

from __future__ import annotations

import numpy as np

from nlp.engine.align import terms
from nlp.engine.align.similarity import Space


def carried_shares(space: Space, old: np.ndarray, new: np.ndarray, min_contained: float,
                   min_terms: int) -> np.ndarray:
    """For each candidate pair (old[c], new[c]), the larger share, over its two paragraphs, of the
    paragraph's weight in sentences carried into the other one (and nowhere else)."""
    old_rows, old_first = space.sentence_rows("old")
    new_rows, new_first = space.sentence_rows("new")
    # every (candidate pair, old sentence, new sentence)
    n_old = old_first[old + 1] - old_first[old]
    n_new = new_first[new + 1] - new_first[new]
    per = n_old * n_new
    pair = np.repeat(np.arange(len(old), dtype=np.int64), per)
    k = np.arange(len(pair), dtype=np.int64) - np.repeat(np.cumsum(per) - per, per)
    s_old = old_first[old][pair] + k // n_new[pair]
    s_new = new_first[new][pair] + k % n_new[pair]
    old_in_new = terms.contained(old_rows, new_rows, s_old, s_new) >= min_contained
    new_in_old = terms.contained(new_rows, old_rows, s_new, s_old) >= min_contained
    forward = _shares(pair, s_old, s_new, old[pair], new[pair], old_in_new, new_in_old, old_rows, old_first,
                      len(old), min_terms)
    backward = _shares(pair, s_new, s_old, new[pair], old[pair], new_in_old, old_in_new, new_rows, new_first,
                       len(old), min_terms)
    return np.maximum(forward, backward)


def _shares(pair: np.ndarray, own: np.ndarray, other: np.ndarray, own_par: np.ndarray, other_par: np.ndarray,
            twin: np.ndarray, back: np.ndarray, own_rows: terms.Rows, own_first: np.ndarray, pairs: int,
            min_terms: int) -> np.ndarray:
    """One direction: each pair's share of its ``own`` paragraph carried into its other one.

    ``own``/``other``: the sentences of each (pair, sentence, sentence) entry; ``twin``: the own sentence
    is nearly whole in the other; ``back``: the other is nearly whole in the own one."""
    sentences = len(own_rows)
    # sentences long enough to count, with their twins
    e = np.flatnonzero(twin & (own_rows.length[own] >= min_terms))
    # found in another of p's partners: twins in two paragraphs or more
    where = np.unique(own[e] * (other_par.max(initial=0) + 1) + other_par[e])
    partners_of = np.bincount(where // (other_par.max(initial=0) + 1), minlength=sentences)
    elsewhere = partners_of[own[e]] >= 2
    # its twin found in another of q's partners: the twin is nearly whole in a sentence of a paragraph
    # other than p on p's side
    b = np.flatnonzero(back)
    width = own_par.max(initial=0) + 1
    held = np.unique(other[b] * width + own_par[b])
    holders = np.bincount(held // width, minlength=int(other.max(initial=0)) + 1)
    by_p = np.isin(other[e] * width + own_par[e], held)
    elsewhere |= holders[other[e]] - by_p >= 1
    # a sentence counts for the pair when it has a twin there and no twin of its twins is found elsewhere
    key = pair[e] * sentences + own[e]
    cells, at = np.unique(key, return_inverse=True)
    spoiled = np.bincount(at, weights=elsewhere, minlength=len(cells)) > 0
    good = cells[~spoiled]
    mass = own_rows.mass
    found = np.bincount(good // sentences, weights=mass[good % sentences], minlength=pairs)
    paragraph = np.repeat(np.arange(len(own_first) - 1), np.diff(own_first))
    total = np.bincount(paragraph, weights=mass, minlength=len(own_first) - 1)
    t = total[_first_par(pair, own_par, pairs)]
    return np.divide(found, t, out=np.zeros(pairs), where=t != 0)


def _first_par(pair: np.ndarray, own_par: np.ndarray, pairs: int) -> np.ndarray:
    """Each pair's own paragraph (read from its entries; 0 for a pair without sentences, whose share is 0)."""
    out = np.zeros(pairs, dtype=np.int64)
    out[pair] = own_par
    return out
