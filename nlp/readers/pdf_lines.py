"""A PDF page's text layer as lines: words from pdfminer's characters, grouped by baseline, each line
with its type size, left edge, fonts (italic lead, bold) and its place above or below the footnote rule.
Call-outs (small raised digits) become ``<sup>n</sup>``. Used by :mod:`nlp.readers.pdf_layout`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from nlp.readers.pdf_columns import LEFT, RIGHT, SPAN, gutter, reading_order, side_of

_NUMBERED = re.compile(r"^(?:\d{1,3}\.|\(?[a-z]{1,4}\)|\(?[ivx]{1,6}\))\s")
_RULE_TEXT = re.compile(r"^[_\u2014\u2013-]{8,}$")  # a separator typed as underscores or dashes


@dataclass
class _Line:
    text: str
    x0: float
    top: float
    bottom: float
    size: float  # the line's dominant type size
    fonts: frozenset[str] = field(default_factory=frozenset)
    italic_start: bool = False  # opens in italics, as a UN lead verb does
    bold: bool = False  # set in bold throughout, as UN titles and headings are
    below_rule: bool = False  # under the short rule that separates footnotes from the text
    lead: tuple[int, int] | None = None  # where the italic phrase after any number sits in ``text``
    column: int = 0  # on a page in two columns: 1 the left one, 2 the right one; 0 across the page


def _chars(layout):
    """The characters of a page as pdfminer lays them out (inside form XObjects too), in stream order."""
    from pdfminer.layout import LTChar, LTContainer

    stack = [iter(layout)]
    while stack:
        for obj in stack[-1]:
            if isinstance(obj, LTChar):
                yield obj
            elif isinstance(obj, LTContainer):
                stack.append(iter(obj))
                break
        else:
            stack.pop()


def _words(page) -> list[dict]:
    """Words from the page's characters: a new word at a space, a gap, a jump or a change of type.

    pdfplumber's own ``extract_words`` gives the same words but turns every character into a dict
    first, which takes three quarters of the reading time; pdfminer's characters are read directly.
    """
    layout = page.layout
    height = layout.y1
    words: list[dict] = []
    cur: dict | None = None
    for c in _chars(layout):
        text = c.get_text()
        if not c.upright:
            continue
        top, bottom = height - c.y1, height - c.y0
        if not text.strip():
            cur = None
            continue
        if (
            cur is not None
            and c.fontname == cur["fontname"]
            and abs(c.size - cur["size"]) < 0.05
            and -0.5 <= c.x0 - cur["x1"] < 1.5
            and abs(bottom - cur["bottom"]) < 2
        ):
            cur["text"] += text
            cur["x1"] = c.x1
            cur["top"] = min(cur["top"], top)
            continue
        cur = {"text": text, "x0": c.x0, "x1": c.x1, "top": top, "bottom": bottom, "size": c.size, "fontname": c.fontname}
        words.append(cur)
    return words


def _footnote_rules(layout) -> list[tuple[float, float, float]]:
    """The short horizontal rules drawn in the lower part of the page, as (top, left, right): Word,
    LibreOffice and the UN all draw one above the notes (one per column on a page in two columns)."""
    from pdfminer.layout import LTCurve

    height, width = layout.y1 - layout.y0, layout.x1 - layout.x0
    return [
        (layout.y1 - obj.y1, obj.x0, obj.x1)
        for obj in layout
        if isinstance(obj, LTCurve) and obj.y1 - obj.y0 < 2 and 0.05 * width < obj.x1 - obj.x0 < 0.45 * width
        and layout.y1 - obj.y1 > 0.3 * height
    ]


def _lines(page) -> list[_Line]:
    """The page's words grouped into lines (by vertical overlap), each word keeping its size. The
    footnote rule, drawn or typed as a row of underscores, is not a line: what is under it is marked
    (under the lowest rule of the page, or of its column on a page in two columns)."""
    height = page.layout.y1 - page.layout.y0
    rules = _footnote_rules(page.layout)
    words = []
    for w in _words(page):  # a typed rule is set apart before lines are formed: set close under the
        if _RULE_TEXT.match(w["text"]) and w["top"] > 0.3 * height:  # text, it would join its last line
            rules.append((w["top"], w["x0"], w["x1"]))
        else:
            words.append(w)
    band = gutter(words, page.layout.x1 - page.layout.x0, height)
    if band is None:
        lines = [_line(row) for row in _rows(words)]
    else:  # two columns: each read down to its foot, the left one first
        lines = _column_lines(words, band)
    margins = _margins(lines)
    for ln in lines:
        tops = [top for top, x0, x1 in rules
                if (band is None or not ln.column or side_of({"x0": x0, "x1": x1}, band) == ln.column)
                and x0 <= margins.get(ln.column, x0) + _RULE_INDENT]
        ln.below_rule = bool(tops) and ln.top > max(tops)
    return lines


# a footnote separator starts at the text's left margin or left of it; a short rule further right is
# the centred line the UN draws under the end of a text (A/80/L.9, A/80/L.18: under the last
# paragraph or the closing formula), not a separator
_RULE_INDENT = 12


def _margins(lines: list[_Line]) -> dict[int, float]:
    """The left margin of each column of the page (0 for a page in one column): the most common left
    edge of its lines."""
    edges: dict[int, Counter[int]] = {}
    for ln in lines:
        edges.setdefault(ln.column, Counter())[round(ln.x0)] += 1
    return {column: float(counter.most_common(1)[0][0]) for column, counter in edges.items()}


def _column_lines(words: list[dict], band: tuple[float, float]) -> list[_Line]:
    """The lines of a page in two columns, in reading order. A line that crosses the gutter spans
    the page whole, its words on either side included (a title that runs across both columns)."""
    sides = [side_of(w, band) for w in words]
    spans = _rows([w for w, s in zip(words, sides) if s == SPAN])
    by_side: dict[int, list[dict]] = {LEFT: [], RIGHT: []}
    for w, side in zip(words, sides):
        if side == SPAN:
            continue
        row = next((r for r in spans if _overlap(r, w) > 0.5 * (w["bottom"] - w["top"])), None)
        if row is not None:
            row.append(w)
        else:
            by_side[side].append(w)
    placed = []
    for side, rows in ((SPAN, spans), (LEFT, _rows(by_side[LEFT])), (RIGHT, _rows(by_side[RIGHT]))):
        for row in rows:
            line = _line(sorted(row, key=lambda w: w["x0"]))
            line.column = side
            placed.append((side, line.top, line))
    return reading_order(placed)


def _overlap(row: list[dict], w: dict) -> float:
    return min(max(x["bottom"] for x in row), w["bottom"]) - max(min(x["top"] for x in row), w["top"])


def _rows(words: list[dict]) -> list[list[dict]]:
    """Words grouped into rows by vertical overlap, each row from left to right."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: w["top"]):
        for row in reversed(rows[-3:]):
            top, bottom = min(x["top"] for x in row), max(x["bottom"] for x in row)
            overlap = min(bottom, w["bottom"]) - max(top, w["top"])
            if overlap > 0.3 * min(w["bottom"] - w["top"], bottom - top):
                row.append(w)
                break
        else:
            rows.append([w])
    return [sorted(row, key=lambda w: w["x0"]) for row in rows]


def _line(words: list[dict]) -> _Line:
    # the line's type size, its call-outs aside: a line holding only « ; » and the call-out « 22 » is
    # in body type, not in the call-out's
    textual = [w for w in words if not re.fullmatch(r"[\d,*]+", w["text"])] or words
    sizes: Counter[float] = Counter()
    for w in textual:
        sizes[round(w["size"], 1)] += len(w["text"])
    size = sizes.most_common(1)[0][0]
    baseline = max(w["bottom"] for w in words if round(w["size"], 1) == size)
    parts: list[str] = []
    prev = None
    lead_start = lead_end = None
    for k, w in enumerate(words):
        text = _clean(w["text"])
        raised = w["size"] < 0.85 * size and w["bottom"] < baseline - 0.15 * size
        if raised and re.fullmatch(r"\d{1,12}", text):  # several call-outs may run together: « 2345 »
            text = f"<sup>{text}</sup>"
        elif raised and re.fullmatch(r"\d{1,3}(?:,\d{1,3})+", text):  # « 10,11 »: two call-outs
            text = "".join(f"<sup>{n}</sup>" for n in text.split(","))
        elif raised and text == "," and parts and parts[-1].endswith("</sup>"):
            prev = w  # the raised comma between two call-outs (« 10, 11 ») is not text
            continue
        glued = prev is not None and w["x0"] - prev["x1"] < 0.12 * size
        if parts and not glued:
            parts.append(" ")
        if _italic(w.get("fontname", "")) and not raised and lead_end is None:
            if lead_start is None and (k == 0 or (k == 1 and _NUMBERED.match(_clean(words[0]["text"]) + " "))):
                lead_start = len("".join(parts))
        elif lead_start is not None and lead_end is None:
            lead_end = len("".join(parts)) - (0 if glued else 1)
        parts.append(text)
        prev = w
    if lead_start is not None and lead_end is None:
        lead_end = len("".join(parts))
    return _Line(
        # « conflict,¹⁰,¹¹ »: the comma between two call-outs belongs to them, not to the text
        text=re.sub(r"</sup>\s?,\s?<sup>", "</sup><sup>", "".join(parts)).strip(),
        x0=min(w["x0"] for w in words),
        top=min(w["top"] for w in words),
        bottom=baseline,
        size=size,
        fonts=frozenset(w.get("fontname", "") for w in words),
        italic_start=_italic(words[0].get("fontname", "")),
        bold=all("bold" in w.get("fontname", "").lower() or "black" in w.get("fontname", "").lower() for w in words),
        lead=(lead_start, lead_end) if lead_start is not None and lead_end is not None and lead_end > lead_start else None,
    )


def _italic(fontname: str) -> bool:
    name = fontname.lower()
    return "italic" in name or "oblique" in name or name.endswith(("-it", ",italic"))


def _clean(text: str) -> str:
    # ligatures (ﬁ, ﬂ) and other compatibility forms that PDF fonts use; soft hyphens vanish
    text = text.replace("\u00ad", "")
    if any(0xFB00 <= ord(c) <= 0xFB4F for c in text):
        text = unicodedata.normalize("NFKC", text)
    return text
