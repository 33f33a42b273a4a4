"""Pair the paragraphs of two language versions by their structure, not their words.

Two editions of one text number their paragraphs alike: the same id pairs first (« 7 », « 7(a) », « PP3 »).
What is left between two such anchors (a draft numbered differently, a paragraph split in one edition) is
paired in reading order by what does not depend on the language: the kind, the parent, the length, and the
figures, dates and symbols the paragraphs state.
"""

from __future__ import annotations

from typing import Callable, Sequence

from nlp.model.document import Document, Paragraph

Similarity = Callable[[Paragraph, Paragraph], float]
# below this similarity two paragraphs left between anchors stay unpaired
MIN_SIMILARITY = 0.45
GAP = 0.0


def pair(a: Document, b: Document, similarity: Similarity) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """(pairs of positions in reading order, unpaired positions of A, unpaired positions of B)."""
    anchors = _anchors(a, b)
    pairs: list[tuple[int, int]] = []
    unpaired_a: list[int] = []
    unpaired_b: list[int] = []
    prev_i, prev_j = -1, -1
    for i, j in anchors + [(len(a), len(b))]:
        gap_a = list(range(prev_i + 1, i))
        gap_b = list(range(prev_j + 1, j))
        matched = _align_gap(a.paragraphs, b.paragraphs, gap_a, gap_b, similarity)
        pairs += matched
        taken_a, taken_b = {x for x, _ in matched}, {y for _, y in matched}
        unpaired_a += [x for x in gap_a if x not in taken_a]
        unpaired_b += [y for y in gap_b if y not in taken_b]
        if i < len(a):
            pairs.append((i, j))
        prev_i, prev_j = i, j
    return pairs, unpaired_a, unpaired_b


def _anchors(a: Document, b: Document) -> list[tuple[int, int]]:
    """Positions of the ids both editions share, kept only while they go forward in both (a monotone chain)."""
    candidates = [(i, b.position(p.id)) for i, p in enumerate(a.paragraphs) if p.id in b]
    # the longest chain increasing in B (ids are unique, so A's order is already increasing)
    best: list[list[tuple[int, int]]] = []
    for c in candidates:
        k = _lower_bound([chain[-1][1] for chain in best], c[1])
        chain = (best[k - 1] if k else []) + [c]
        if k == len(best):
            best.append(chain)
        else:
            best[k] = chain
    return best[-1] if best else []


def _lower_bound(values: list[int], x: int) -> int:
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _align_gap(pa: Sequence[Paragraph], pb: Sequence[Paragraph], gap_a: list[int], gap_b: list[int],
               similarity: Similarity) -> list[tuple[int, int]]:
    """Pair two runs of paragraphs in order (a global alignment that may skip paragraphs on either side)."""
    if not gap_a or not gap_b:
        return []
    n, m = len(gap_a), len(gap_b)
    sim = [[similarity(pa[x], pb[y]) for y in gap_b] for x in gap_a]
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            s = sim[i - 1][j - 1]
            take = score[i - 1][j - 1] + s if s >= MIN_SIMILARITY else float("-inf")
            score[i][j] = max(take, score[i - 1][j] - GAP, score[i][j - 1] - GAP)
    out = []
    i, j = n, m
    while i and j:
        s = sim[i - 1][j - 1]
        if s >= MIN_SIMILARITY and score[i][j] == score[i - 1][j - 1] + s:
            out.append((gap_a[i - 1], gap_b[j - 1]))
            i, j = i - 1, j - 1
        elif score[i][j] == score[i - 1][j] - GAP:
            i -= 1
        else:
            j -= 1
    return out[::-1]
