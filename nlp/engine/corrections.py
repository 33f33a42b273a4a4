"""Manual corrections: what a person changed in a comparison, kept as data and replayed on it.

A correction (:class:`~nlp.model.correction.Correction`) says *link these paragraphs*, *unlink this
link* or *this link's label is really X*. Corrections are stored beside a comparison (in the library) and applied in order by :func:`apply`,
which returns a new :class:`~nlp.model.comparison.Comparison`: the engine's result is never edited in place,
so undo is simply applying one correction fewer.

Every correction keeps the contract's rule that each paragraph is in exactly one place.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from nlp.engine import links as builder
from nlp.engine.align.aligner import moved_groups
from nlp.model.comparison import Added, Change, Comparison, Link, Removed
from nlp.model.correction import ACTIONS, Correction

__all__ = ["ACTIONS", "Correction", "applicable", "apply"]


def apply(comparison: Comparison, corrections: Iterable[Correction]) -> Comparison:
    """``comparison`` with ``corrections`` applied in order; one that no longer fits is skipped.

    A correction stops fitting when the engine that made the comparison changed its mind (a stored
    correction replayed on a recomputed result): skipping it keeps the rest usable.
    """
    done = steps(comparison, corrections)
    return done[-1][1] if done else comparison


def steps(comparison: Comparison, corrections: Iterable[Correction]) -> tuple[tuple[Correction, Comparison], ...]:
    """Each correction that fits, with the comparison after it, in order: what an undo stack holds
    (undoing one is showing the result before it; nothing is recomputed)."""
    out = []
    for correction in corrections:
        if applicable(comparison, correction):
            comparison = _APPLY[correction.action](comparison, correction)
            out.append((correction, comparison))
    return tuple(out)


def applicable(comparison: Comparison, correction: Correction) -> bool:
    """Whether ``correction`` refers to paragraphs (and, to unlink or relabel, a link) that exist."""
    if any(pid not in comparison.old for pid in correction.old):
        return False
    if any(pid not in comparison.new for pid in correction.new):
        return False
    if correction.action == "link":
        return bool(correction.old and correction.new) and _find(comparison, correction) is None
    return _find(comparison, correction) is not None


def _find(comparison: Comparison, correction: Correction) -> Link | None:
    """The link that has exactly the correction's paragraphs."""
    return next(
        (l for l in comparison.links if set(l.old) == set(correction.old) and set(l.new) == set(correction.new)),
        None,
    )


# --- link -----------------------------------------------------------------------------------------


def _link(comparison: Comparison, c: Correction) -> Comparison:
    old_ids = _in_order(comparison.old, c.old)
    new_ids = _in_order(comparison.new, c.new)
    taken_old, taken_new = set(old_ids), set(new_ids)

    links: list[Link] = []
    added = [a for a in comparison.added if a.new not in taken_new]
    removed = [r for r in comparison.removed if r.old not in taken_old]
    for link in comparison.links:
        if taken_old.isdisjoint(link.old) and taken_new.isdisjoint(link.new):
            links.append(link)
            continue
        # The person took some of this link's paragraphs: what is left stays linked if it can
        rest_old = tuple(p for p in link.old if p not in taken_old)
        rest_new = tuple(p for p in link.new if p not in taken_new)
        if rest_old and rest_new:
            links.append(_build_link(comparison, rest_old, rest_new, moved=link.moved))
        else:
            removed += [_removed(comparison, p) for p in rest_old]
            added += [_added(comparison, p) for p in rest_new]

    new_link = _build_link(comparison, old_ids, new_ids, moved=False)
    links.append(new_link)
    links = _sorted_links(comparison, links)
    moved = new_link.old[0] in _moved_old_heads(comparison, links)
    links = [replace(l, moved=moved) if l is new_link else l for l in links]
    return _rebuild(comparison, links, added, removed)


def _build_link(comparison: Comparison, old_ids: Sequence[str], new_ids: Sequence[str], moved: bool) -> Link:
    """The engine's own link builder, on the engine's own similarity space for these two documents."""
    old, new = comparison.old, comparison.new
    return builder.build_link(old, new, old_ids, new_ids, builder.space_for(old, new), moved=moved, manual=True)


def _moved_old_heads(comparison: Comparison, links: Sequence[Link]) -> set[str]:
    """First old ids of the links (in new order) that left their place, by the engine's own rule."""
    old, new = comparison.old, comparison.new
    groups = [(tuple(old.position(p) for p in link.old), tuple(new.position(p) for p in link.new), link.score)
              for link in links]
    moved = moved_groups(old.paragraphs, new.paragraphs, groups)
    return {link.old[0] for k, link in enumerate(links) if k in moved}


# --- unlink ---------------------------------------------------------------------------------------


def _unlink(comparison: Comparison, c: Correction) -> Comparison:
    target = _find(comparison, c)
    assert target is not None  # apply() replays only applicable corrections
    links = [l for l in comparison.links if l is not target]
    removed = list(comparison.removed) + [_removed(comparison, p) for p in target.old]
    added = list(comparison.added) + [_added(comparison, p) for p in target.new]
    return _rebuild(comparison, links, added, removed)


# --- relabel --------------------------------------------------------------------------------------


def _relabel(comparison: Comparison, c: Correction) -> Comparison:
    target = _find(comparison, c)
    links = [replace(l, change=Change(c.change), manual=True) if l is target else l for l in comparison.links]
    return comparison.replace(links=tuple(links))


_APPLY = {"link": _link, "unlink": _unlink, "relabel": _relabel}


# --- shared ---------------------------------------------------------------------------------------


def _added(comparison: Comparison, pid: str) -> Added:
    return builder.added(comparison.new, pid)


def _removed(comparison: Comparison, pid: str) -> Removed:
    return builder.removed(comparison.old, pid)


def _in_order(document, pids: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(pids), key=document.position))


def _sorted_links(comparison: Comparison, links: Iterable[Link]) -> list[Link]:
    """Links in the new text's reading order, as the contract keeps them."""
    return sorted(links, key=lambda l: comparison.new.position(l.new[0]))


def _rebuild(comparison: Comparison, links, added, removed) -> Comparison:
    return comparison.replace(
        links=tuple(_sorted_links(comparison, links)),
        added=tuple(sorted(added, key=lambda a: comparison.new.position(a.new))),
        removed=tuple(sorted(removed, key=lambda r: comparison.old.position(r.old))),
    )

