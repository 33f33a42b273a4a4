"""Follow every paragraph through the steps of a series: one lineage per paragraph history.

Paragraphs joined by a link of some step belong to the same history, so a lineage is a connected
group of (version, paragraph) pairs; a split or a merge keeps the pieces in one lineage. A step's
change is the link's label; where one step holds several links of one lineage (a paragraph split
again, or two merged), their labels are netted: a commitment made stronger in one piece and weaker
in another is ``modified``.
"""

from __future__ import annotations

from typing import Sequence

from nlp.model.comparison import Change, Comparison
from nlp.model.document import Document
from nlp.series.model import ADDED, REMOVED, Lineage

Node = tuple[int, str]  # (version, paragraph id)


class _Groups:
    """Union-find over (version, paragraph id)."""

    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}

    def add(self, node: Node) -> None:
        self.parent.setdefault(node, node)

    def find(self, node: Node) -> Node:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:  # path compression
            self.parent[node], node = root, self.parent[node]
        return root

    def join(self, a: Node, b: Node) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def net_change(changes: Sequence[str]) -> str:
    """One label for several links of a lineage within one step."""
    found = set(changes)
    if len(found) == 1:
        return changes[0]
    if {Change.STRENGTHENED.value, Change.WEAKENED.value} <= found:
        return Change.MODIFIED.value
    for label in (Change.WEAKENED, Change.STRENGTHENED, Change.MODIFIED):
        if label.value in found:
            return label.value
    return Change.UNCHANGED.value


def lineages(versions: Sequence[Document], steps: Sequence[Comparison]) -> tuple[Lineage, ...]:
    """The lineages of a series, in reading order (see :func:`_reading_order`)."""
    groups = _Groups()
    for k, doc in enumerate(versions):
        for p in doc:
            groups.add((k, p.id))
    for k, step in enumerate(steps):
        for link in step.links:
            nodes = [(k, pid) for pid in link.old] + [(k + 1, pid) for pid in link.new]
            for node in nodes[1:]:
                groups.join(nodes[0], node)

    members: dict[Node, list[list[str]]] = {}
    for k, doc in enumerate(versions):
        for p in doc:  # reading order within each version
            members.setdefault(groups.find((k, p.id)), [[] for _ in versions])[k].append(p.id)
    found = [tuple(tuple(ids) for ids in m) for m in members.values()]
    return tuple(Lineage(ids, _changes(ids, steps)) for ids in _reading_order(found, versions))


def _changes(ids: tuple[tuple[str, ...], ...], steps: Sequence[Comparison]) -> tuple[str, ...]:
    born = next(k for k, i in enumerate(ids) if i)
    out = []
    for k, step in enumerate(steps):
        before, after = ids[k], ids[k + 1]
        if not before and not after:
            out.append(ADDED if k < born else REMOVED)
        elif not before:
            out.append(ADDED)
        elif not after:
            out.append(REMOVED)
        else:
            labels = [link.change.value for link in step.links if set(link.old) & set(before)]
            change = net_change(labels) if labels else Change.MODIFIED.value
            partial = {r.old for r in step.removed} & set(before) or {a.new for a in step.added} & set(after)
            if partial and change == Change.UNCHANGED.value:
                change = Change.MODIFIED.value  # a piece of the paragraph came or went in this step
            out.append(change)
    return tuple(out)


def _reading_order(found: list[tuple[tuple[str, ...], ...]], versions: Sequence[Document]) -> list:
    """Lineages in the last version's reading order; a lineage that ended earlier is placed after the
    lineage that preceded it in the last version it was in (so a removed paragraph stays beside its
    former neighbours)."""
    placed: list = []
    for k in range(len(versions) - 1, -1, -1):
        present = sorted((lineage for lineage in found if lineage[k]), key=lambda lineage: versions[k].position(lineage[k][0]))
        previous = None  # the lineage before, in version k
        for lineage in present:
            if lineage not in placed:
                at = placed.index(previous) + 1 if previous is not None else _first_after(placed, k)
                placed.insert(at, lineage)
            previous = lineage
    return placed


def _first_after(placed: list, k: int) -> int:
    """Where a lineage that opens version k goes: before every lineage present in version k."""
    return next((i for i, lineage in enumerate(placed) if lineage[k]), len(placed))
