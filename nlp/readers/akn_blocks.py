"""An Akoma Ntoso preamble or body → blocks of text in reading order, each with its label.

AKN4UN files mark the same resolution in several ways, and this walk reads them all alike:

* Security Council and recent General Assembly files nest the structure: ``paragraph`` with ``num``
  and ``content``, or with a ``list`` of an ``intro`` and ``point``/``item`` elements of their own;
  preambular ``container`` elements, and ``blockList`` items with a ``listIntroduction``;
* older or flatter files put a sub-item's letter in its text (« a)⇥Condamne… ») in a paragraph of its
  own, sometimes a paragraph's number too (« ⇥28⇥Engage… »), or print the number as an empty numbered
  paragraph followed by an unnumbered one that holds the text (French A/RES/76/7).

A block carries the label its markup gives (``num``) or, failing that, the one its text opens with;
the numbering (``nlp.readers.akn``) decides what each label means, as the plain-text reader does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.readers.akn_inline import Inline, NoteIndex, collapse, extract, local

# elements that hold a numbered unit and its parts
_HIERARCHY = frozenset(
    "paragraph subparagraph point item indent alinea clause subclause list blockList container hcontainer "
    "section subsection part subpart chapter subchapter title subtitle article division subdivision level "
    "book tome rule subrule proviso transitional sublist".split()
)
_LISTS = frozenset({"list", "blockList", "sublist"})
# divisions whose number (« I », « A. ») goes with their heading, not with a paragraph
_DIVISIONS = frozenset(
    "section subsection part subpart chapter subchapter title subtitle division subdivision book tome".split()
)
_ITEMS = frozenset({"point", "item", "indent"})  # one level deeper than what introduces them
_WRAPPERS = frozenset({"content", "intro", "wrapUp", "blockContainer", "wrap"})
_TEXT = frozenset({"p", "block", "listIntroduction", "listWrapUp", "tblock"})
_SKIPPED = frozenset({"num", "heading", "subheading", "crossHeading", "formula", "meta", "img", "componentRef", "toc"})

_NUM = re.compile(r"^\(?\s*(?P<value>\d{1,3}|[a-z]{1,2}|[ivxlc]{2,6})\s*[.)]?\s*\)?\s*[.:]?$")
# a label at the start of a block's text, as the plain-text reader recognises it (with a tab for a dot)
_TEXT_SUB = re.compile(r"^\s{0,6}(?:\((?P<pletter>[a-z]|[ivxl]{2,5})\)|(?P<letter>[a-z]|[ivxl]{2,5})\))\s+(?=\S)")
_TEXT_NUM = re.compile(r"^\s{0,6}(?P<num>\d{1,3})(?:\.\s+|\t\s*)(?=\S)")

NUM, SUB = "num", "sub"


@dataclass(frozen=True, slots=True)
class Block:
    zone: str  # "preamble" or "main"
    label: tuple[str, str] | None  # (NUM, "12") or (SUB, "a") / (SUB, "ii")
    from_markup: bool  # the label is a <num> element, not letters at the start of the text
    marker_text: str  # the label as printed at the start of the text ('' for a <num> label)
    text: str  # whitespace collapsed, label removed
    italic_lead: str | None
    notes: tuple[str, ...]
    owner: int  # blocks of the same element (several <p> of one paragraph) share it
    depth: int  # nesting of point/item elements: 0 for a paragraph, 1 for its items, 2 for theirs
    heading: bool = False


def parse_num(text: str) -> tuple[str, str] | None:
    m = _NUM.match(collapse(text) if text else "")
    if not m:
        return None
    value = m.group("value")
    return (NUM, value) if value.isdigit() else (SUB, value)


def _num_of(element) -> str | None:
    """The number of a paragraph or item (not that of a division, which belongs to its heading)."""
    if local(element) in _DIVISIONS or any(local(c) in ("heading", "subheading") for c in element):
        return None
    for child in element:
        if local(child) == "num":
            return "".join(child.itertext())
    return None


class _Walk:
    def __init__(self, zone: str, notes: NoteIndex):
        self.zone = zone
        self.notes = notes
        self.blocks: list[Block] = []
        self._owners = 0

    def _new_owner(self) -> int:
        self._owners += 1
        return self._owners

    def run(self, root) -> list[Block]:
        self._children(root, None, 0, None)
        return self.blocks

    def _children(self, element, pending: str | None, depth: int, owner: int | None) -> str | None:
        """Walk the children; ``pending`` is a number not yet given to a text. Returns it if unused."""
        for child in element:
            name = local(child)
            if not name or name in _SKIPPED:
                continue
            if name in _HIERARCHY:
                num = _num_of(child)
                if num is not None and pending is not None:
                    self._empty(pending, depth, owner)
                    pending = None
                inner = num if num is not None else pending
                pending = None
                deeper = depth + 1 if name in _ITEMS else depth
                own = self._new_owner()
                left = self._children(child, inner, deeper, own)
                if left is not None:
                    self._empty(left, deeper, own)
            elif name in _WRAPPERS and any(local(c) in _TEXT | _HIERARCHY | _WRAPPERS for c in child):
                pending = self._children(child, pending, depth, owner if owner is not None else self._new_owner())
            elif name in _TEXT or name in _WRAPPERS or name == "span":
                self._emit(child, pending, depth, owner if owner is not None else self._new_owner())
                pending = None
        return pending

    def _empty(self, num: str, depth: int, owner: int | None) -> None:
        label = parse_num(num)
        text = "" if label else collapse(num)
        self.blocks.append(Block(self.zone, label, True, "", text, None, (), owner or self._new_owner(), depth))

    def _emit(self, element, num: str | None, depth: int, owner: int) -> None:
        inline: Inline = extract(element, self.notes)
        raw = inline.raw
        label = parse_num(num) if num is not None else None
        marker_text, skip, from_markup = "", 0, num is not None
        prefix = collapse(num) + " " if num is not None and label is None else ""
        if num is None:
            m = _TEXT_SUB.match(raw)
            if m:
                label = (SUB, m.group("pletter") or m.group("letter"))
            elif self.zone == "main":
                m = _TEXT_NUM.match(raw)
                if m:
                    label = (NUM, m.group("num"))
            if m:
                marker_text, skip = m.group(), m.end()
        text = collapse(prefix + raw[skip:])
        if not text and label is None:
            return
        heading = label is None and inline.all_bold and not text.rstrip("»”\"')]").endswith((".", ";", ":", ","))
        self.blocks.append(
            Block(
                zone=self.zone,
                label=label,
                from_markup=from_markup,
                marker_text=marker_text,
                text=text,
                italic_lead=None if prefix else inline.italic_opening(skip),
                notes=inline.notes,
                owner=owner,
                depth=depth,
                heading=heading,
            )
        )


def blocks_of(element, zone: str, notes: NoteIndex) -> list[Block]:
    """The blocks of a ``preamble`` (zone "preamble") or ``mainBody`` (zone "main") element."""
    if element is None:
        return []
    return _Walk(zone, notes).run(element)
