"""The in-order alignment: dynamic programming over both texts with 1–1, 1–2, 2–1 (and wider) beads.

Texts are mostly revised in place, so the best alignment that keeps both reading orders explains
most paragraphs; what it cannot place (moves, crossings) is left to :mod:`nlp.engine.align.moves`. Only
cells within a band around the anchors (confident in-order matches) are filled, so long texts cost
about (n + m) × band, not n × m.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Iterable, Sequence

# (old count, new count) of the beads the path may use, besides skipping one paragraph
BEADS: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1))
BAND = 12  # half-width of the band around the anchor path, in paragraphs
FULL = 40_000  # below this many cells the whole table is filled

Gain = Callable[[int, int, int, int], "float | None"]  # (i0, k, j0, l) -> gain of that bead, or None


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
    neg = float("-inf")
    score: list[list[float]] = []
    back: list[list[tuple[int, int, bool]]] = []  # (di, dj, is_bead)
    for i in range(n + 1):
        if check and i % 64 == 0:
            check()
        lo, hi = rows[i]
        srow = [neg] * (hi - lo + 1)
        brow: list[tuple[int, int, bool]] = [(0, 0, False)] * (hi - lo + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                srow[0] = 0.0
                continue
            best, how = neg, (0, 0, False)
            if i > 0:
                v = _get(score, rows, i - 1, j)
                if v > best:
                    best, how = v, (1, 0, False)
            if j > lo:
                v = srow[j - 1 - lo]
                if v > best:
                    best, how = v, (0, 1, False)
            for k, l in BEADS:
                if k > i or l > j:
                    continue
                v = _get(score, rows, i - k, j - l) if k else srow[j - l - lo]
                if v == neg:
                    continue
                g = gain(i - k, k, j - l, l)
                if g is not None and v + g > best:
                    best, how = v + g, (k, l, True)
            srow[j - lo], brow[j - lo] = best, how
        score.append(srow)
        back.append(brow)
    beads = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj, is_bead = back[i][j - rows[i][0]]
        if di == 0 and dj == 0:  # unreachable cell: cannot happen with a connected band
            break
        if is_bead:
            beads.append((i - di, di, j - dj, dj))
        i, j = i - di, j - dj
    return beads[::-1]


def _get(score: list[list[float]], rows: Sequence[tuple[int, int]], i: int, j: int) -> float:
    lo, hi = rows[i]
    return score[i][j - lo] if lo <= j <= hi else float("-inf")
