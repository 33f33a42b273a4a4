"""Align two versions in different languages by meaning: their paragraphs' multilingual sentence vectors.

Raw cosines of the encoder crowd together (every UN paragraph resembles every other one), so the vectors
are centred on the pair's mean and the similarity is scaled by each paragraph's own neighbourhood (CSLS,
cross-domain similarity local scaling: a paragraph that resembles everything counts for less). On those
scores the in-order alignment (:mod:`nlp.engine.align.monotone`) finds the paragraphs revised in place;
what it leaves goes to its clearly best partner (moves, and the pieces of splits and merges).

Measured on the hand-read links of the 2021 and 2025 declarations, French 2021 to English 2025
(tests/data/gold_76-7_80-9.json): precision 1.00, recall 0.90 (benchmarks/crosslingual.py).
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from nlp.engine.align import monotone
from nlp.engine.align.aligner import Group
from nlp.model.document import Paragraph

NEIGHBOURS = 3  # the neighbourhood that CSLS scales by
LINK = -0.1  # least scaled similarity of two paragraphs the in-order path links
MOVE = 0.1  # least similarity of two paragraphs left out of the path, paired as a move
ATTACH = 0.1  # least similarity of a paragraph joined to its best partner's link (a split or a merge)
PART = 0.3  # in a 1-2 or 2-1 bead each part must be this share of LINK's margin
BEAD_COST = 0.05


def similarities(old_vectors: np.ndarray, new_vectors: np.ndarray) -> np.ndarray:
    """CSLS similarity of every old paragraph with every new one."""
    if not len(old_vectors) or not len(new_vectors):
        return np.zeros((len(old_vectors), len(new_vectors)), dtype=np.float32)
    mean = np.vstack([old_vectors, new_vectors]).mean(axis=0)
    a, b = _unit(old_vectors - mean), _unit(new_vectors - mean)
    cos = a @ b.T
    k_a, k_b = min(NEIGHBOURS, cos.shape[1]), min(NEIGHBOURS, cos.shape[0])
    r_old = np.sort(cos, axis=1)[:, -k_a:].mean(axis=1)
    r_new = np.sort(cos, axis=0)[-k_b:, :].mean(axis=0)
    return 2 * cos - r_old[:, None] - r_new[None, :]


def _unit(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)


def align(old: Sequence[Paragraph], new: Sequence[Paragraph], sim: np.ndarray,
          check: Callable[[], None] = lambda: None) -> list[Group]:
    n, m = len(old), len(new)

    def gain(i0: int, k: int, j0: int, width: int) -> float | None:
        if k == 1 and width == 1:
            s = float(sim[i0, j0])
            return s - LINK if s >= LINK else None
        parts = ([float(sim[i0, j]) for j in range(j0, j0 + width)] if k == 1
                 else [float(sim[i, j0]) for i in range(i0, i0 + k)])
        best = max(parts)
        if min(parts) < LINK + PART * (best - LINK) or best < LINK:
            return None
        return best - LINK - BEAD_COST * (k + width - 2)

    beads = monotone.align(n, m, gain, monotone.band(n, m, _anchors(sim)), check)
    edges: set[tuple[int, int]] = set()
    for i0, k, j0, width in beads:
        edges.update((i, j) for i in range(i0, i0 + k) for j in range(j0, j0 + width))
    in_path = set(edges)
    free_old = set(range(n)) - {i for i, _ in edges}
    free_new = set(range(m)) - {j for _, j in edges}
    for s, i, j in sorted(((float(sim[i, j]), i, j) for i in free_old for j in free_new), reverse=True):
        if s < MOVE:
            break
        if i in free_old and j in free_new:
            edges.add((i, j))
            free_old.discard(i)
            free_new.discard(j)
    for i in sorted(free_old):
        j = int(sim[i].argmax())
        if sim[i, j] >= ATTACH and int(sim[:, j].argmax()) == i:
            edges.add((i, j))
    for j in sorted(free_new):
        i = int(sim[:, j].argmax())
        if sim[i, j] >= ATTACH and int(sim[i].argmax()) == j:
            edges.add((i, j))
    check()
    return _groups(edges, in_path, sim)


def _anchors(sim: np.ndarray) -> list[tuple[int, int]]:
    pairs = [(i, int(sim[i].argmax()), float(sim[i].max())) for i in range(sim.shape[0]) if sim.shape[1]]
    return monotone.increasing_anchors((i, j, s) for i, j, s in pairs if s > MOVE and int(sim[:, j].argmax()) == i)


def _groups(edges: set[tuple[int, int]], in_path: set[tuple[int, int]], sim: np.ndarray) -> list[Group]:
    """Connected groups of linked paragraphs; a group off the in-order path moved."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for i, j in edges:
        parent[find(("o", i))] = find(("n", j))
    members: dict[tuple[str, int], tuple[set[int], set[int]]] = {}
    for i, j in edges:
        olds, news = members.setdefault(find(("o", i)), (set(), set()))
        olds.add(i)
        news.add(j)
    out = []
    for olds, news in members.values():
        o, nw = tuple(sorted(olds)), tuple(sorted(news))
        score = float(max(sim[i, j] for i in o for j in nw))
        moved = not any((i, j) in in_path for i in o for j in nw)
        out.append(Group(o, nw, round(min(1.0, max(0.0, 0.5 + score)), 4), moved))
    return sorted(out, key=lambda g: (g.new[0], g.old[0]))
