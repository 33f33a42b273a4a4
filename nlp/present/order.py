"""The one reading order of a comparison's rows, shared by the window and every report.

Links and added paragraphs follow the new text's reading order. A removed paragraph is read where it
used to be: right after the row that shows, in place, the old paragraph before it. A link that moved
is no such anchor (it left the old order, so what preceded it in the old text is not beside it
now): the removed paragraph goes after the nearest earlier old paragraph that stayed in place, after
the removed paragraphs that precede it, and first when nothing before it stayed in place.
"""

from __future__ import annotations

from nlp.model.comparison import Added, Comparison, Link, Removed

Item = Link | Added | Removed


def reading_order(comparison: Comparison) -> list[Item]:
    new_pos = comparison.new.position
    shown: list[tuple[int, Item]] = [(min(new_pos(p) for p in link.new), link) for link in comparison.links]
    shown += [(new_pos(a.new), a) for a in comparison.added]
    rows: list[Item] = [item for _, item in sorted(shown, key=lambda x: x[0])]

    anchor_of: dict[str, int] = {}  # old id -> the row that shows it in place
    for k, item in enumerate(rows):
        if isinstance(item, Link) and not item.moved:
            for pid in item.old:
                anchor_of[pid] = k
    after: dict[int, list[Removed]] = {}  # row -> removed paragraphs read after it (-1: before all)
    old_ids = [p.id for p in comparison.old]
    for r in sorted(comparison.removed, key=lambda r: comparison.old.position(r.old)):
        anchor = -1
        for pid in reversed(old_ids[: comparison.old.position(r.old)]):
            if pid in anchor_of:
                anchor = anchor_of[pid]
                break
        after.setdefault(anchor, []).append(r)
        anchor_of[r.old] = anchor  # the next removed paragraph follows this one
    out: list[Item] = list(after.get(-1, []))
    for k, item in enumerate(rows):
        out.append(item)
        out.extend(after.get(k, []))
    return out
