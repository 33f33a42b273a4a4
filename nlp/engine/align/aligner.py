"""Which paragraphs of the old text became which of the new: the alignment, as groups of indices.

1. in-order alignment (dynamic programming with 1–1, 1–2, 2–1, 1–3, 3–1 beads) within a band;
2. paragraphs it left out are paired with each other, out of order (moves, crossings);
3. a paragraph still alone joins the link of the paragraph that contains it (split or merge
   whose pieces are not neighbours), and a sentence carried word for word into another paragraph
   links the two;
4. paragraphs left alone between the same two in-order links were rewritten in place, and pair
   with less shared wording;
5. links are the connected groups of all these pairs; a group of several old and several new
   paragraphs is cut into its one-to-one / one-to-many parts when each part is clearly a link of its
   own; a group that breaks the reading order (the heaviest in-order chain leaves it out) or crossed
   from preamble to operative part moved.

All thresholds are constants of this module, set once from annotated pairs, never per document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from nlp.engine.align import candidates as cand
from nlp.engine.align import monotone, moves
from nlp.engine.align.monotone import NONE
from nlp.engine.align.similarity import Space
from nlp.model.document import Document, Paragraph

# Combined similarity from which two paragraphs are the same paragraph revised (in order) ...
LINK = 0.30
# ... and, out of order, where a reader needs more evidence before calling it a move.
MOVE = 0.38
# ... and between the same two in-order links, alone on both sides (rewritten in place).
IN_PLACE = 0.15
IN_PLACE_CROWDED = 0.2
GAP_MAX = 4  # a longer run of unmatched paragraphs is a rewritten passage, not paragraphs edited in place
# A confident in-order match that guides the band on long texts.
ANCHOR = 0.55
# A piece of a split or merge: similar enough to the whole, and mostly made of its words.
PART_SIM = 0.18
PART_CONTAINED = 0.45
# A paragraph left alone joins the link of a paragraph that contains this share of its weight.
ATTACH_CONTAINED = 0.55
ATTACH_MARGIN = 0.15  # ... clearly more than any other paragraph does
# Sentences carried into another paragraph: each with this share of its weight inside one sentence
# there, together this share of their paragraph.
SENTENCE_CONTAINED = 0.7
SENTENCE_SHARE = 0.15
# In a link of several old and several new paragraphs, a pair less alike than this share of the best
# pair of either of its paragraphs was joined by a sentence carried across, not by its history.
REGROUP_SHARE = 0.5
# A split or merge found out of order joins at most this many paragraphs on a side: beyond that,
# shared sentences are boilerplate, not one paragraph's history.
MAX_GROUP = 4
# Each extra paragraph in a bead must earn its place.
BEAD_COST = 0.03
# Weight in the in-order chain of a link whose paragraph left or joined a list.
RESTRUCTURED = 0.9
# An item matched with a paragraph that is not an item (or the reverse): possible, less likely.
DEPTH_COST = 0.05


@dataclass(frozen=True, slots=True)
class Group:
    old: tuple[int, ...]
    new: tuple[int, ...]
    score: float
    moved: bool


def _compatible(a: Paragraph, b: Paragraph) -> bool:
    """Preambular aligns with preambular, operative with operative; 'other' with anything."""
    return a.kind == b.kind or "other" in (a.kind, b.kind)


def align(old: Document, new: Document, space: Space, check: Callable[[], None] = lambda: None,
          progress: Callable[[float, str], None] = lambda f, m: None) -> list[Group]:
    n, m = space.n, space.m
    po, pn = old.paragraphs, new.paragraphs
    found = cand.candidate_pairs(space)
    pairs = found.pairs()
    check()
    progress(0.45, "aligning in reading order")

    strong = np.flatnonzero(found.sim >= ANCHOR)
    anchors = monotone.increasing_anchors(
        (i, j, s) for i, j, s in zip(found.old[strong].tolist(), found.new[strong].tolist(), found.sim[strong].tolist())
        if _compatible(po[i], pn[j])
    )
    rows = monotone.band(n, m, anchors)
    beads = monotone.align_beads(n, m, _bead_gains(space, po, pn), rows, check)
    edges: list[tuple[int, int]] = []
    for i0, k, j0, l in beads:
        for i in range(i0, i0 + k):
            for j in range(j0, j0 + l):
                edges.append((i, j))
    check()
    progress(0.65, "finding moved paragraphs")

    free_old = set(range(n)) - {i for i, _ in edges}
    free_new = set(range(m)) - {j for _, j in edges}
    for i, j, _ in moves.pair_leftovers(space, pairs, free_old, free_new, MOVE):
        edges.append((i, j))
        free_old.discard(i)
        free_new.discard(j)

    partners_of_old: dict[int, list[int]] = {}
    partners_of_new: dict[int, list[int]] = {}
    for i, j in pairs:
        partners_of_old.setdefault(i, []).append(j)
        partners_of_new.setdefault(j, []).append(i)
    links = _Links(edges)
    for i in sorted(free_old):
        q = moves.best_container(space, "old", i, partners_of_old.get(i, ()), PART_SIM, ATTACH_CONTAINED,
                                 ATTACH_MARGIN)
        if q is not None:
            links.join(i, q)
    for j in sorted(free_new):
        q = moves.best_container(space, "new", j, partners_of_new.get(j, ()), PART_SIM, ATTACH_CONTAINED,
                                 ATTACH_MARGIN)
        if q is not None:
            links.join(q, j)
    for i, j, _ in moves.sentence_links(space, found.old, found.new, set(edges), SENTENCE_CONTAINED,
                                         SENTENCE_SHARE):
        links.join(i, j)
    check()

    def restructured(o: tuple[int, ...], nw: tuple[int, ...]) -> bool:
        return any(_depth_changed(po[i], pn[j]) for i in o for j in nw)

    for i, j in _replaced_in_place(space, po, pn, links.groups(), restructured):
        links.join(i, j)

    groups = links.groups()
    scored = [(o, nw, space.group_sim(o, nw)) for o, nw in groups]
    in_order = _in_order(scored, restructured)
    # a regrouping cut into parts: parts of a group that left its place left it together; parts of
    # a group in place are placed again among the other groups in place
    parts = [(o, nw, k not in in_order) for k, g in enumerate(groups) for o, nw in _sub_pairs(space, po, pn, g)]
    placed = [(o, nw, space.group_sim(o, nw)) for o, nw, out_of_place in parts if not out_of_place]
    chain = _in_order(placed, restructured) if len(parts) > len(groups) else range(len(placed))
    stays = {(placed[k][0][0], placed[k][1][0]) for k in chain}
    out = []
    for o, nw, out_of_place in parts:
        crossed = not all(_compatible(po[i], pn[j]) for i in o for j in nw)
        moved = crossed or out_of_place or (o[0], nw[0]) not in stays
        out.append(Group(o, nw, space.group_sim(o, nw), moved=moved))
    return sorted(out, key=lambda g: (g.new[0], g.old[0]))


def _sub_pairs(space: Space, po: Sequence[Paragraph], pn: Sequence[Paragraph],
               group: tuple[tuple[int, ...], tuple[int, ...]]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """A link of several old and several new paragraphs, cut into the pairs a reader can follow.

    Several old paragraphs that became several new ones are one block to read, where text that
    survived is struck out on one side and inserted again on the other. When the pairs that are links
    on their own (similar enough, compatible) cover every paragraph of the group and fall into
    separate one-to-one, one-to-many or many-to-one parts, each clearly its own link, those parts are
    the links; what else joined them (a sentence carried across: a pair much less alike than the
    best pair of either paragraph) stays visible in each part's diff."""
    olds, news = group
    if len(olds) < 2 or len(news) < 2:
        return [group]
    sims = {(i, j): space.sim(i, j) for i in olds for j in news}
    best_old = {i: max(sims[i, j] for j in news) for i in olds}
    best_new = {j: max(sims[i, j] for i in olds) for j in news}
    strong = [(i, j) for (i, j), s in sims.items()
              if s >= LINK and _compatible(po[i], pn[j]) and s >= REGROUP_SHARE * max(best_old[i], best_new[j])]
    parts = _Links(strong).groups()
    covered_old = {i for o, _ in parts for i in o}
    covered_new = {j for _, nw in parts for j in nw}
    if len(parts) < 2 or covered_old != set(olds) or covered_new != set(news):
        return [group]
    if any(len(o) > 1 and len(nw) > 1 for o, nw in parts) or any(space.group_sim(o, nw) < LINK for o, nw in parts):
        return [group]
    return parts


def _replaced_in_place(space: Space, po: Sequence[Paragraph], pn: Sequence[Paragraph],
                       groups: Sequence[tuple[tuple[int, ...], tuple[int, ...]]],
                       restructured: Callable[[tuple[int, ...], tuple[int, ...]], bool]) -> list[tuple[int, int]]:
    """Paragraphs left alone between the same two in-order links were rewritten in place: the place
    itself is evidence, so less shared wording is asked of them than of two paragraphs anywhere
    (IN_PLACE for one on each side, IN_PLACE_CROWDED when the gap holds more, paired in order)."""
    scored = [(o, nw, space.group_sim(o, nw)) for o, nw in groups]
    in_order = sorted((scored[k] for k in _in_order(scored, restructured)), key=lambda g: g[1][0])
    taken_old = {i for o, _ in groups for i in o}
    taken_new = {j for _, nw in groups for j in nw}
    bounds = [((-1,), (-1,))] + [(o, nw) for o, nw, _ in in_order] + [((space.n,), (space.m,))]
    out = []
    for (o0, n0), (o1, n1) in zip(bounds, bounds[1:]):
        olds = [i for i in range(max(o0) + 1, min(o1)) if i not in taken_old]
        news = [j for j in range(max(n0) + 1, min(n1)) if j not in taken_new]
        if not olds or not news or len(olds) > GAP_MAX or len(news) > GAP_MAX:
            continue
        floor = IN_PLACE if len(olds) == len(news) == 1 else IN_PLACE_CROWDED

        def gain(i0: int, k: int, j0: int, l: int, olds=olds, news=news, floor=floor) -> float | None:
            if k != 1 or l != 1:
                return None
            i, j = olds[i0], news[j0]
            s = space.sim(i, j)
            return s - floor if s >= floor and _compatible(po[i], pn[j]) else None

        rows = [(0, len(news))] * (len(olds) + 1)
        out += [(olds[i0], news[j0]) for i0, _, j0, _ in monotone.align(len(olds), len(news), gain, rows)]
    return out


def _depth_changed(a: Paragraph, b: Paragraph) -> bool:
    return (a.parent is None) != (b.parent is None)


def _bead_gains(space: Space, po: Sequence[Paragraph], pn: Sequence[Paragraph]) -> monotone.BeadGains:
    """The gains of :func:`_gain_function` for many beads at once: a pair that a bead reads is scored
    once for all beads (in bulk); a one-to-one bead's gain is worked out on arrays, and a wider bead is
    weighed (containment, the group's similarity) only when all its pairs are alike enough."""
    kinds: dict[str, int] = {"other": 0}
    old_kind = np.array([kinds.setdefault(p.kind, len(kinds)) for p in po], dtype=np.int64)
    new_kind = np.array([kinds.setdefault(p.kind, len(kinds)) for p in pn], dtype=np.int64)
    old_item = np.array([p.parent is not None for p in po], dtype=bool)
    new_item = np.array([p.parent is not None for p in pn], dtype=bool)
    one_bead = _gain_function(space, po, pn)
    m = space.m

    def compatible(i: np.ndarray, j: np.ndarray) -> np.ndarray:
        a, b = old_kind[i], new_kind[j]
        return (a == b) | (a == 0) | (b == 0)

    def gains(starts: list[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
        members = [[(i0 + r, j0 + c) for r in range(k) for c in range(l)]
                   for (k, l), (i0, j0) in zip(monotone.BEADS, starts)]
        keys = np.unique(np.concatenate([i * m + j for bead in members for i, j in bead] + [np.zeros(0, np.int64)]))
        # below PART_SIM no bead takes a pair: those pairs' vector products are spared
        sims = space.sims(keys // m, keys % m, floor=PART_SIM)
        out = []
        for (k, l), (i0, j0), bead in zip(monotone.BEADS, starts, members):
            s = [sims[np.searchsorted(keys, i * m + j)] for i, j in bead]
            fits = np.logical_and.reduce([compatible(i, j) for i, j in bead])
            if k == 1 and l == 1:
                ok = fits & (s[0] >= LINK)
                cost = np.where(old_item[i0] != new_item[j0], DEPTH_COST, 0.0)
                out.append(np.where(ok, s[0] - LINK - cost, NONE))
                continue
            g = np.full(len(i0), NONE)
            for c in np.flatnonzero(fits & (np.minimum.reduce(s) >= PART_SIM)).tolist():
                a, b = int(i0[c]), int(j0[c])
                # its pairs' similarities, exact (at or above the floor), are the ones it will ask for
                space.remember(np.array([i[c] for i, _ in bead]), np.array([j[c] for _, j in bead]),
                               np.array([x[c] for x in s]))
                v = one_bead(a, k, b, l)
                g[c] = NONE if v is None else v
            out.append(g)
        return out

    return gains


def _gain_function(space: Space, po: Sequence[Paragraph], pn: Sequence[Paragraph]):
    def gain(i0: int, k: int, j0: int, l: int) -> float | None:
        olds = range(i0, i0 + k)
        news = range(j0, j0 + l)
        if k == 1 and l == 1:
            a, b = po[i0], pn[j0]
            if not _compatible(a, b):
                return None
            s = space.sim(i0, j0)
            if s < LINK:
                return None
            return s - LINK - (DEPTH_COST if _depth_changed(a, b) else 0.0)
        if k == 1:
            single, many, sims = po[i0], [pn[j] for j in news], [space.sim(i0, j) for j in news]
            contained = lambda x: space.new_in_old(x, [i0])  # noqa: E731
            members = news
        else:
            single, many, sims = pn[j0], [po[i] for i in olds], [space.sim(i, j0) for i in olds]
            contained = lambda x: space.old_in_new(x, [j0])  # noqa: E731
            members = olds
        if min(sims) < PART_SIM or not all(_compatible(single, p) for p in many):
            return None
        if any(contained(x) < PART_CONTAINED for x in members):
            return None
        s = space.group_sim(list(olds), list(news))
        if s < LINK:
            return None
        return s - LINK - BEAD_COST * (k + l - 2)

    return gain


class _Links:
    """The links as connected groups of paired paragraphs (union-find over old and new indices)."""

    def __init__(self, edges: Sequence[tuple[int, int]]):
        self.parent: dict[tuple[str, int], tuple[str, int]] = {}
        self.size: dict[tuple[str, int], tuple[int, int]] = {}
        for i, j in edges:
            self.join(i, j, limit=None)

    def _find(self, x: tuple[str, int]) -> tuple[str, int]:
        if x not in self.parent:
            self.parent[x] = x
            self.size[x] = (1, 0) if x[0] == "o" else (0, 1)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, i: int, j: int, limit: int | None = MAX_GROUP) -> bool:
        """Put old i and new j in one link, unless that link would exceed ``limit`` paragraphs a side."""
        a, b = self._find(("o", i)), self._find(("n", j))
        if a == b:
            return True
        (ao, an), (bo, bn) = self.size[a], self.size[b]
        if limit is not None and (ao + bo > limit or an + bn > limit):
            return False
        self.parent[a] = b
        self.size[b] = (ao + bo, an + bn)
        return True

    def groups(self) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        members: dict[tuple[str, int], tuple[list[int], list[int]]] = {}
        for node in list(self.parent):
            side, k = node
            olds, news = members.setdefault(self._find(node), ([], []))
            (olds if side == "o" else news).append(k)
        groups = [(tuple(sorted(o)), tuple(sorted(nw))) for o, nw in members.values() if o and nw]
        return sorted(groups, key=lambda g: (g[1][0], g[0][0]))


def moved_groups(po: Sequence[Paragraph], pn: Sequence[Paragraph],
                 groups: Sequence[tuple[tuple[int, ...], tuple[int, ...], float]]) -> set[int]:
    """Indices of the groups (old indices, new indices, score) that left their place: off the heaviest
    in-order chain, or crossed between preamble and operative part. The engine's rule, for a link drawn
    by hand too."""
    def restructured(o: tuple[int, ...], nw: tuple[int, ...]) -> bool:
        return any(_depth_changed(po[i], pn[j]) for i in o for j in nw)

    chain = _in_order(groups, restructured)
    return {k for k, (o, nw, _) in enumerate(groups)
            if k not in chain or not all(_compatible(po[i], pn[j]) for i in o for j in nw)}


def _in_order(groups: Sequence[tuple[tuple[int, ...], tuple[int, ...], float]],
              restructured: Callable[[tuple[int, ...], tuple[int, ...]], bool] = lambda o, n: False) -> set[int]:
    """Indices of the groups on the heaviest chain increasing in both texts: the others moved.

    A group weighs its score times its size; one whose paragraphs left or joined a list weighs a little
    less, so that when either it or its neighbour must have moved, the one that changed place in the
    structure is the one called moved."""
    chain = monotone.increasing_anchors(
        (g[0][0], g[1][0], g[2] * (len(g[0]) + len(g[1])) * (RESTRUCTURED if restructured(g[0], g[1]) else 1.0))
        for g in groups
    )
    position = {(g[0][0], g[1][0]): k for k, g in enumerate(groups)}
    return {position[p] for p in chain}
