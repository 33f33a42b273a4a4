"""The in-order alignment: dynamic programming over both texts with 1–1, 1–2, 2–1 (and wider) beads.

Texts are mostly revised in place, so the best alignment that keeps both reading orders explains
most paragraphs; what it cannot place (moves, crossings) is left to :mod:`nlp.engine.align.moves`. Only
cells within a band around the anchors (confident in-order matches) are filled, so long texts cost
about (n + m) × band, not n × m.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Iterable, Sequence

import numpy as np

# (old count, new count) of the beads the path may use, besides skipping one paragraph
BEADS: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1))
BAND = 12  # half-width of the band around the anchor path, in paragraphs
FULL = 40_000  # below this many cells the whole table is filled

Gain = Callable[[int, int, int, int], "float | None"]  # (i0, k, j0, l) -> gain of that bead, or None
# for each bead (k, l) of BEADS, the starts (i0s, j0s) of such beads -> their gains, NONE where none
BeadGains = Callable[[list[tuple[np.ndarray, np.ndarray]]], list[np.ndarray]]
NONE = float("-inf")


def increasing_anchors(pairs: Iterable[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """The heaviest chain of (i, j, weight) pairs strictly increasing in both i and j (O(k log k))."""
    items = sorted(pairs)
    if not items:
        return []
    size = max(j for _, j, _ in items) + 2
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)  # Fenwick tree of prefix maxima over j

    def query(j: int) -> tuple[float, int]:  # best chain ending at a column < j
        best, k = (0.0, -1), j
        while k > 0:
            if tree[k][0] > best[0]:
                best = tree[k]
            k -= k & -k
        return best

    def update(j: int, value: tuple[float, int]) -> None:
        k = j + 1
        while k <= size:
            if value[0] > tree[k][0]:
                tree[k] = value
            k += k & -k

    score = [0.0] * len(items)
    prev = [-1] * len(items)
    start = 0
    while start < len(items):
        stop = start
        while stop < len(items) and items[stop][0] == items[start][0]:
            stop += 1
        for a in range(start, stop):  # a row's pairs cannot chain with each other: query all, then update
            best, b = query(items[a][1])
            score[a], prev[a] = best + items[a][2], b
        for a in range(start, stop):
            update(items[a][1], (score[a], a))
        start = stop
    k = max(range(len(items)), key=score.__getitem__)
    chain = []
    while k >= 0:
        chain.append((items[k][0], items[k][1]))
        k = prev[k]
    return chain[::-1]


def band(n: int, m: int, anchors: Sequence[tuple[int, int]], width: int = BAND) -> list[tuple[int, int]]:
    """For each row i (0..n) of the table, the range [lo, hi] of columns to fill."""
    if (n + 1) * (m + 1) <= FULL:
        return [(0, m)] * (n + 1)
    pts = [(0, 0)] + [(i + 1, j + 1) for i, j in anchors] + [(n, m)]
    rows = [p[0] for p in pts]
    out = []
    for i in range(n + 1):
        # the points on row i (the last old paragraph's anchor shares row n with the end of both
        # texts), else the last one before it and the first one after it
        first, last = bisect_left(rows, i), bisect_right(rows, i) - 1
        if first > last:
            first, last = last, first
        cols = [pts[k][1] for k in range(first, last + 1)]
        out.append((max(0, min(cols) - width), min(m, max(cols) + width)))
    # keep the band monotone and connected
    for i in range(1, n + 1):
        lo, hi = out[i]
        out[i] = (max(lo, 0), max(hi, out[i - 1][1]))
    for i in range(n - 1, -1, -1):
        lo, hi = out[i]
        out[i] = (min(lo, out[i + 1][0]), hi)
    return out


def align(n: int, m: int, gain: Gain, rows: Sequence[tuple[int, int]],
          check: Callable[[], None] | None = None) -> list[tuple[int, int, int, int]]:
    """The beads (i0, k, j0, l) of the best monotone path; paragraphs outside every bead are skipped."""
    return align_beads(n, m, scalar_gains(gain), rows, check)


def scalar_gains(gain: Gain) -> BeadGains:
    """Bead gains asked one bead at a time."""

    def gains(starts: list[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
        out = []
        for (k, l), (i0, j0) in zip(BEADS, starts):
            got = (gain(a, k, b, l) for a, b in zip(i0.tolist(), j0.tolist()))
            out.append(np.array([NONE if g is None else g for g in got], dtype=np.float64))
        return out

    return gains


def align_beads(n: int, m: int, gains: BeadGains, rows: Sequence[tuple[int, int]],
                check: Callable[[], None] | None = None, block: int = 256) -> list[tuple[int, int, int, int]]:
    """:func:`align`, the gains of the beads asked for many cells at once (a block of rows at a time).

    Row after row, each cell takes the best of its options from the rows above (skip an old
    paragraph, or end a bead there) and of its left neighbour (skip a new one): a running maximum.
    Ties go, as they always did, to the first option in the order: skip an old paragraph, skip a new
    one, then the beads in ``BEADS`` order."""
    band = _Band(n, m, rows)
    score = np.full(band.size + 1, NONE)  # the extra last cell stands for "outside the band" (index -1)
    choice = np.full(band.size, -1, dtype=np.int8)  # which option made each cell; -1: none
    for r0 in range(0, n + 1, block):
        r1 = min(n + 1, r0 + block)
        a0 = int(band.start[r0])
        ci, cj = band.cells(r0, r1)
        skip_old = band.index(ci - 1, cj)
        sources = [band.index(ci - k, cj - l) for k, l in BEADS]
        inside = [np.flatnonzero(src >= 0) for src in sources]
        asked = gains([(ci[h] - k, cj[h] - l) for h, (k, l) in zip(inside, BEADS)])
        added = []
        for h, g in zip(inside, asked):
            full = np.full(len(ci), NONE)
            full[h] = g
            added.append(full)
        for i in range(r0, r1):
            if check and i % 64 == 0:
                check()
            a, b = int(band.start[i]) - a0, int(band.start[i + 1]) - a0
            best = score[skip_old[a:b]]
            for src, g in zip(sources, added):
                best = np.maximum(best, score[src[a:b]] + g[a:b])
            if i == 0 and band.lo[0] == 0:
                best[0] = 0.0
            score[a0 + a : a0 + b] = np.maximum.accumulate(best)  # or the left neighbour's, when better
        cells = np.arange(a0, a0 + len(ci))
        left = np.where(cj > band.lo[ci], cells - 1, -1)
        values = [score[skip_old], score[left]] + [score[src] + g for src, g in zip(sources, added)]
        best = score[a0 : a0 + len(ci)]
        mine = choice[a0 : a0 + len(ci)]
        for c in range(len(values) - 1, -1, -1):  # the last written is the first option that matches
            mine[(values[c] == best) & (best > NONE)] = c
    return band.path(choice)


class _Band:
    """The cells of the table to fill, stored row after row: row i holds columns lo[i]..hi[i]."""

    def __init__(self, n: int, m: int, rows: Sequence[tuple[int, int]]):
        self.n, self.m = n, m
        self.lo = np.array([r[0] for r in rows], dtype=np.int64)
        self.hi = np.array([r[1] for r in rows], dtype=np.int64)
        self.width = self.hi - self.lo + 1
        self.start = np.zeros(n + 2, dtype=np.int64)
        np.cumsum(self.width, out=self.start[1:])
        self.size = int(self.start[-1])

    def cells(self, r0: int, r1: int) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of the cells of rows r0..r1 - 1, in storage order."""
        i = np.repeat(np.arange(r0, r1, dtype=np.int64), self.width[r0:r1])
        return i, self.lo[i] + np.arange(len(i), dtype=np.int64) - (self.start[i] - self.start[r0])

    def index(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Where cells (i, j) are stored; -1 for those outside the band."""
        row = np.clip(i, 0, self.n)
        inside = (i >= 0) & (j >= self.lo[row]) & (j <= self.hi[row])
        return np.where(inside, self.start[row] + j - self.lo[row], -1)

    def path(self, choice: np.ndarray) -> list[tuple[int, int, int, int]]:
        """The beads of the best path, read back from the end of both texts."""
        moves = [(1, 0), (0, 1), *BEADS]
        beads = []
        i, j = self.n, self.m
        while i > 0 or j > 0:
            c = int(choice[self.start[i] + j - self.lo[i]])
            if c < 0:  # unreachable cell: cannot happen with a connected band
                break
            di, dj = moves[c]
            if c >= 2:
                beads.append((i - di, di, j - dj, dj))
            i, j = i - di, j - dj
        return beads[::-1]
