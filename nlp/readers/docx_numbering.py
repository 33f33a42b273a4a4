"""Word's list numbering, counted as Word counts it: ``w:num`` → ``w:abstractNum`` levels, overrides,
numbering inherited through paragraph styles and numbering styles, heading levels from styles and
outline levels. Used by :mod:`nlp.readers.docx_reader`, which lays the numbers out as typed text.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from lxml import etree

from nlp.readers.layout import bounded, letters, roman

T = TypeVar("T")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(heading|titre|title|überschrift)\s*(\d?)", re.I)


class Numbering:
    """Word's list numbering: w:num -> w:abstractNum levels, counted as Word counts them."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None):
        self.abstract: dict[str, dict[int, dict[str, Any]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self.style_names: dict[str, str] = {}
        self.style_outline: dict[str, int] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        self.level_overrides: dict[str, dict[int, dict[str, Any]]] = {}
        self.style_links: dict[str, str] = {}  # abstractNum -> the numbering style it takes its levels from
        if numbering is not None:
            for a in numbering.iter(W + "abstractNum"):
                aid = a.get(W + "abstractNumId") or ""
                self.abstract[aid] = {_int(lvl.get(W + "ilvl"), 0): _level(lvl) for lvl in a.iter(W + "lvl")}
                link = w_val(a.find(W + "numStyleLink"))
                if link:
                    self.style_links[aid] = link
            for n in numbering.iter(W + "num"):
                num_id = n.get(W + "numId") or ""
                overrides, levels = {}, {}
                for o in n.iter(W + "lvlOverride"):
                    ilvl = _int(o.get(W + "ilvl"), 0)
                    start = o.find(W + "startOverride")
                    if start is not None:
                        overrides[ilvl] = _int(w_val(start), 1)
                    lvl = o.find(W + "lvl")
                    if lvl is not None:  # a level redefined for this list only
                        levels[ilvl] = _level(lvl)
                self.nums[num_id] = (w_val(n.find(W + "abstractNumId")) or "", overrides)
                self.level_overrides[num_id] = levels
        if styles is not None:
            based: dict[str, str] = {}
            for s in styles.iter(W + "style"):
                sid = s.get(W + "styleId") or ""
                self.style_names[sid] = w_val(s.find(W + "name")) or sid
                parent = w_val(s.find(W + "basedOn"))
                if parent:
                    based[sid] = parent
                ppr = s.find(W + "pPr")
                if ppr is not None:
                    numpr = ppr.find(W + "numPr")
                    if numpr is not None:
                        self.style_numpr[sid] = (w_val(numpr.find(W + "numId")), _int(w_val(numpr.find(W + "ilvl")), None))
                    outline = ppr.find(W + "outlineLvl")
                    if outline is not None:
                        self.style_outline[sid] = _int(w_val(outline), 9)
            for sid in list(self.style_names):  # numbering inherited through basedOn, a few levels at most
                seen, cur = set(), sid
                while cur in based and cur not in self.style_numpr and cur not in seen:
                    seen.add(cur)
                    cur = based[cur]
                if cur in self.style_numpr and sid not in self.style_numpr:
                    self.style_numpr[sid] = self.style_numpr[cur]

    def _linked(self, abstract_id: str) -> str:
        """An abstractNum that only points to a numbering style (w:numStyleLink) takes that style's list."""
        seen = set()
        while abstract_id in self.style_links and abstract_id not in seen:
            seen.add(abstract_id)
            num_id = self.style_numpr.get(self.style_links[abstract_id], (None, None))[0]
            if not num_id or num_id not in self.nums:
                break
            abstract_id = self.nums[num_id][0]
        return abstract_id

    def heading_level(self, ppr: etree._Element | None) -> int | None:
        style = w_val(ppr.find(W + "pStyle")) if ppr is not None else None
        outline = ppr.find(W + "outlineLvl") if ppr is not None else None
        if outline is not None and _int(w_val(outline), 9) < 9:
            return _int(w_val(outline), 0) + 1
        if style:
            m = _HEADING_STYLE.match(self.style_names.get(style, style))
            if m:
                return int(m.group(2) or 1)
            if self.style_outline.get(style, 9) < 9:
                return self.style_outline[style] + 1
        return None

    def label(self, ppr: etree._Element | None) -> str:
        """The number Word shows before this paragraph ('' when none), counting it."""
        if ppr is None:
            return ""
        style = w_val(ppr.find(W + "pStyle"))
        num_id, ilvl = self.style_numpr.get(style or "", (None, None))
        numpr = ppr.find(W + "numPr")
        if numpr is not None:
            num_id = w_val(numpr.find(W + "numId")) or num_id
            ilvl = _int(w_val(numpr.find(W + "ilvl")), ilvl)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        ilvl = ilvl or 0
        abstract_id, overrides = self.nums[num_id]
        abstract_id = self._linked(abstract_id)
        levels = {**self.abstract.get(abstract_id, {}), **self.level_overrides.get(num_id, {})}
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lv, start in overrides.items():
                counters[lv] = start - 1
                for deeper in [k for k in counters if k > lv]:
                    del counters[deeper]
        first: int = level["start"]
        counters[ilvl] = counters.get(ilvl, first - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level["fmt"] in ("bullet", "none") or level["text"] is None:
            return ""

        def number(m: re.Match) -> str:
            lv = int(m.group(1)) - 1
            spec = levels.get(lv, {"fmt": "decimal", "start": 1})
            count = counters.get(lv)
            return _format(int(spec["start"]) if count is None else count, spec["fmt"])

        return re.sub(r"%(\d)", number, level["text"]).strip()


def _level(lvl: etree._Element) -> dict[str, Any]:
    return {
        "start": _int(w_val(lvl.find(W + "start")), 1),
        "fmt": w_val(lvl.find(W + "numFmt")) or "decimal",
        "text": w_val(lvl.find(W + "lvlText")),
    }


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        return letters(n) if fmt == "lowerLetter" else letters(n).upper()
    if fmt in ("lowerRoman", "upperRoman"):
        return roman(n) if fmt == "lowerRoman" else roman(n).upper()
    if fmt == "decimalZero":
        return f"{bounded(n):02d}"
    return str(bounded(n))


def w_val(el: etree._Element | None) -> str | None:
    return None if el is None else el.get(W + "val")


def _int(s: str | None, default: T) -> int | T:
    try:
        return int(s) if s is not None else default
    except ValueError:
        return default
