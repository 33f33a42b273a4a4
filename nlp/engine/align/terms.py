"""Paragraphs (or sentences) as rows of term ids and weights, for sums over many pairs at once.

The alignment's thresholds and rankings were set with similarities summed one term after another, in
the order the terms occur in the text (a dict's order), over the shorter of the two paragraphs. The
bulk sums here add the same products in the same order (``np.bincount`` adds its weights one after
another), so a similarity computed for a whole band of pairs is, bit for bit, the one computed for a
single pair: results never depend on which pairs were asked together, nor on the batch size.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from threadpoolctl import ThreadpoolController

# Entries of many pairs expanded at a time: about ten arrays of them are alive at once.
CHUNK = 1 << 17


class Rows:
    """Rows of (term id, weight) entries, each row in its own order, with a sorted index for look-ups."""

    def __init__(self, ids: np.ndarray, weights: np.ndarray, lengths: np.ndarray, vocabulary: int):
        """``ids`` and ``weights`` of all rows one after another, ``lengths`` the number of entries of each."""
        self.length = np.asarray(lengths, dtype=np.int64)
        self.ptr = np.zeros(len(self.length) + 1, dtype=np.int64)
        np.cumsum(self.length, out=self.ptr[1:])
        self.ids = np.asarray(ids, dtype=np.int32)  # a vocabulary of millions of terms would still fit
        self.weights = np.asarray(weights, dtype=np.float64)
        self.vocabulary = vocabulary
        row = self.rows_of_entries()
        # (row, term) as one sorted key: where a term sits in a row, found by binary search
        keys = row * vocabulary + self.ids
        self._order = np.argsort(keys, kind="stable").astype(np.int32)
        self._keys = keys[self._order]
        # sums over each row in its own order, as Python's sum() over the dict's values takes them
        rows = len(self.length)
        self.mass = np.bincount(row, weights=self.weights, minlength=rows)
        self.norm = np.sqrt(np.bincount(row, weights=self.weights * self.weights, minlength=rows))

    def rows_of_entries(self, first: int = 0, last: int | None = None) -> np.ndarray:
        """The row of each entry of rows first..last - 1 (all by default)."""
        last = len(self.length) if last is None else last
        return np.repeat(np.arange(first, last, dtype=np.int64), self.length[first:last])

    def __len__(self) -> int:
        return len(self.length)

    def entries(self, r: int) -> tuple[list[int], list[float]]:
        a, b = self.ptr[r], self.ptr[r + 1]
        return self.ids[a:b].tolist(), self.weights[a:b].tolist()

    def as_dict(self, r: int) -> dict[int, float]:
        """Row ``r`` as {term id: weight}, in the row's order (what the one-pair formulas read)."""
        return dict(zip(*self.entries(r)))

    def _expand(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every entry of the given rows, row after row, each in its order: (which row, term, weight)."""
        lengths = self.length[rows]
        seg = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
        first = np.cumsum(lengths) - lengths
        pos = self.ptr[rows][seg] + (np.arange(len(seg), dtype=np.int64) - first[seg])
        return seg, self.ids[pos], self.weights[pos]

    def lookup(self, rows: np.ndarray, terms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(found, weight) of each (row, term): whether the row carries the term, and its weight there."""
        keys = rows * self.vocabulary + terms
        k = np.searchsorted(self._keys, keys)
        k[k == len(self._keys)] = 0
        found = self._keys[k] == keys if len(self._keys) else np.zeros(len(keys), dtype=bool)
        return found, self.weights[self._order[k]] if len(self._keys) else np.zeros(len(keys))


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (np.unique's hashing is many times slower on large integer arrays)."""
    s = np.sort(values)
    return s[np.r_[True, s[1:] != s[:-1]]] if len(s) else s


def rough_dot(a: Rows, b: Rows, ra: np.ndarray, rb: np.ndarray, block: int = 32) -> np.ndarray:
    """Dot products of the pairs (a[ra[k]], b[rb[k]]) to within rounding (dense products of blocks of
    neighbouring rows, summed in any order): a cheap bound to tell which pairs cannot matter, never the
    alignment's value. NaN for the pairs of a block too scattered for a dense product to pay.

    The products run on one BLAS thread: spread over several, these small products cost less time than
    the other threads then spend waiting for work, which counts as CPU (several times the product's)."""
    out = np.full(len(ra), np.nan)
    if not len(ra):
        return out
    with _blas().limit(limits=1, user_api="blas"):
        _rough_blocks(a, b, ra, rb, block, out)
    return out


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def _rough_blocks(a: Rows, b: Rows, ra: np.ndarray, rb: np.ndarray, block: int, out: np.ndarray) -> None:
    group = ra // block
    order = np.argsort(group, kind="stable")
    cuts = np.flatnonzero(np.r_[True, group[order][1:] != group[order][:-1], True])
    for s, e in zip(cuts[:-1].tolist(), cuts[1:].tolist()):
        k = order[s:e]
        p, q = ra[k], rb[k]
        p0, p1, q0, q1 = int(p.min()), int(p.max()) + 1, int(q.min()), int(q.max()) + 1
        if (p1 - p0) * (q1 - q0) > 16 * len(k) + 1024:
            continue
        ea, eb = slice(a.ptr[p0], a.ptr[p1]), slice(b.ptr[q0], b.ptr[q1])
        both = np.sort(np.concatenate([distinct(a.ids[ea]), distinct(b.ids[eb])]))
        shared = both[1:][both[1:] == both[:-1]]  # the terms both blocks use: the only ones a dot reads
        dense = []
        for rows, part, r0, r1 in ((a, ea, p0, p1), (b, eb, q0, q1)):
            at = np.searchsorted(shared, rows.ids[part]).clip(0, max(len(shared) - 1, 0))
            hit = shared[at] == rows.ids[part] if len(shared) else np.zeros(len(at), dtype=bool)
            mat = np.zeros((r1 - r0, len(shared)))
            mat[rows.rows_of_entries(r0, r1)[hit] - r0, at[hit]] = rows.weights[part][hit]
            dense.append(mat)
        out[k] = (dense[0] @ dense[1].T)[p - p0, q - q0]


def dot(a: Rows, b: Rows, ra: np.ndarray, rb: np.ndarray) -> np.ndarray:
    """Dot products of rows ``a[ra[k]]`` and ``b[rb[k]]``, each summed over the shorter row in its order
    (the longer one when both are as long is ``b``, as in :func:`nlp.engine.align.similarity.dot`)."""
    out = np.zeros(len(ra))
    swap = a.length[ra] > b.length[rb]
    for side, (d, o, rd, ro) in enumerate(((a, b, ra, rb), (b, a, rb, ra))):
        k = np.flatnonzero(swap if side else ~swap)
        if len(k):
            out[k] = _driven(d, o, rd[k], ro[k], np.multiply)
    return out


def contained(part: Rows, whole: Rows, rp: np.ndarray, rw: np.ndarray) -> np.ndarray:
    """Share of each row ``part[rp[k]]``'s weight that ``whole[rw[k]]`` also carries (term by term, the
    smaller weight), as :func:`nlp.engine.align.similarity.containment`."""
    shared = _driven(part, whole, rp, rw, np.minimum)
    total = part.mass[rp]
    return np.divide(shared, total, out=np.zeros(len(rp)), where=total != 0)


def _driven(d: Rows, o: Rows, rd: np.ndarray, ro: np.ndarray, combine) -> np.ndarray:
    # A term the other row lacks adds 0.0 to the one-pair sum, which leaves it unchanged: only shared
    # terms are summed, in the driving row's order.
    # Pairs are taken in the order of the other row: the look-ups then move forward through the sorted
    # index (several times faster than in any order); each pair's own sum is untouched by the order of
    # pairs, and by the chunks, which keep the expanded entries (about ten arrays of them) small.
    by_other = np.argsort(ro, kind="stable")
    rd, ro = rd[by_other], ro[by_other]
    out = np.empty(len(rd))
    ends = np.cumsum(d.length[rd])
    cuts = np.searchsorted(ends, np.arange(CHUNK, int(ends[-1]) if len(ends) else 0, CHUNK)) + 1
    bounds = distinct(np.r_[0, np.minimum(cuts, len(rd)), len(rd)].astype(np.int64)).tolist()
    for a, b in zip(bounds[:-1], bounds[1:]):
        seg, terms, v = d._expand(rd[a:b])
        found, u = o.lookup(ro[a:b][seg], terms)
        out[by_other[a:b]] = np.bincount(seg[found], weights=combine(v[found], u[found]), minlength=b - a)
    return out
