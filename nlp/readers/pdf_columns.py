"""Pages set in two columns: where the gutter runs, and the page's words in reading order.

A gutter is a vertical band in the middle of the page that the words of many rows leave empty while
they stand on both sides of it; lines that cross it (a title, a running header, notes across the
page) span both columns. The reading order is the UN's: between two spanning lines, the left column
from top to bottom, then the right one. A page in one column (the usual) has no gutter: its words
cross every vertical band of the middle of the page, line after line. Used by :mod:`nlp.readers.pdf_lines`.
"""

from __future__ import annotations

from itertools import accumulate
from typing import TypeVar

R = TypeVar("R")

SPAN, LEFT, RIGHT = 0, 1, 2
_MIDDLE = (0.3, 0.7)  # where on the page a gutter may run (shares of the width)
_MIN_ROWS = 3  # rows on each side of a gutter (the last page's right column may hold only a few)
_MIN_WORDS = 12
_MARGIN = 0.1  # the page's top and bottom margins, where running headers and page numbers stand
_MAX_CROSSING = 0.15  # share of the words that may cross the gutter (titles, headers)


def gutter(words: list[dict], width: float, height: float) -> tuple[float, float] | None:
    """The empty band between two columns of text, as (left edge, right edge), or None."""
    if len(words) < _MIN_WORDS:
        return None
    lo, hi = int(_MIDDLE[0] * width), int(_MIDDLE[1] * width)
    # how many words cover each position across the middle (counted by their ends: one pass)
    steps = [0] * (hi - lo + 2)
    for w in words:
        if w["top"] < _MARGIN * height or w["bottom"] > (1 - _MARGIN) * height:
            continue  # a page number or a running header may stand over the gutter
        a, b = max(lo, int(w["x0"]) + 1), min(hi, int(w["x1"]))
        if a <= b:
            steps[a - lo] += 1
            steps[b - lo + 1] -= 1
    cover = list(accumulate(steps[:-1]))
    least = min(cover)
    if least > _MAX_CROSSING * len(words):
        return None
    # the widest run of the least-covered positions, nearest the middle on a tie; the gutter is then
    # what the words on either side of its middle leave empty
    runs, start = [], None
    for i, n in enumerate(cover + [least + 1]):
        if n == least and start is None:
            start = i
        elif n != least and start is not None:
            runs.append((start, i - 1))
            start = None
    a, b = max(runs, key=lambda r: (r[1] - r[0], -abs((r[0] + r[1]) / 2 - len(cover) / 2)))
    middle = lo + (a + b) / 2
    left_edge = max((w["x1"] for w in words if w["x1"] <= middle), default=middle)
    right_edge = min((w["x0"] for w in words if w["x0"] >= middle), default=middle)
    size = sorted(w["size"] for w in words)[len(words) // 2]
    if right_edge - left_edge < 0.8 * size:
        return None  # word spaces line up by chance; a gutter is wider
    sides = [side_of(w, (left_edge, right_edge)) for w in words]
    if sides.count(SPAN) > _MAX_CROSSING * len(words):
        return None
    rows = {side: {round(w["bottom"]) for w, s in zip(words, sides) if s == side} for side in (LEFT, RIGHT)}
    if min(len(rows[LEFT]), len(rows[RIGHT])) < _MIN_ROWS:
        return None
    # the two columns stand side by side over most of the shorter one's height (not a table of two
    # cells above the text, nor a few words set apart in the margin)
    spans = {side: (min(rows[side]), max(rows[side])) for side in (LEFT, RIGHT)}
    together = min(spans[LEFT][1], spans[RIGHT][1]) - max(spans[LEFT][0], spans[RIGHT][0])
    shorter = min(b - a for a, b in spans.values())
    return (left_edge, right_edge) if shorter > 0 and together >= 0.5 * shorter else None


def side_of(word: dict, band: tuple[float, float]) -> int:
    if word["x1"] <= band[0] + 1:
        return LEFT
    if word["x0"] >= band[1] - 1:
        return RIGHT
    return SPAN


def reading_order(rows: list[tuple[int, float, R]]) -> list[R]:
    """Rows given as (side, top, row) in the order of the page's tops → the order a reader reads them:
    each run of column rows between two spanning rows, its left column first."""
    out: list[R] = []
    band: list[tuple[int, float, R]] = []

    def flush() -> None:
        out.extend(row for side, _, row in band if side == LEFT)
        out.extend(row for side, _, row in band if side == RIGHT)
        band.clear()

    for side, top, row in sorted(rows, key=lambda r: r[1]):
        if side == SPAN:
            flush()
            out.append(row)
        else:
            band.append((side, top, row))
    flush()
    return out
