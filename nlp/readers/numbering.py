"""How UN texts number sub-items, shared by every reader: letters « a) », then roman « i) » below them."""

from __future__ import annotations

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
         "xvi", "xvii", "xviii", "xix", "xx")


def opens_deeper_level(value: str, letter: str | None, previous_roman: str | None) -> bool:
    """Whether the label ``value`` numbers a sub-sub-item (« i) », « ii) »…) under the current lettered
    item ``letter``, rather than being the next letter; ``previous_roman`` is the current roman item."""
    if letter is None or value not in ROMAN:
        return False
    if len(value) == 1 and len(letter) == 1 and ord(value) == ord(letter) + 1 and previous_roman is None:
        return False  # « h) » then « i) »: the next letter, not a roman numeral
    if previous_roman is None:
        return value == "i"
    return (previous_roman in ROMAN and ROMAN.index(value) == ROMAN.index(previous_roman) + 1) or value == "i"


class Outline:
    """The numbering state every reader keeps while paragraphs come in reading order: the current
    top-level paragraph, its current sub-item and sub-sub-item, and the ids already given.

    Paragraphs are dicts with at least ``id``, ``kind`` and ``label``; a reader says how one is made
    (``_add``) and what it holds (text units, XML blocks).
    """

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self._next_suffix: dict[str, int] = {}  # the next « -k » to try for an id given twice (no rescans)
        self.top: dict | None = None  # the last numbered or preambular paragraph
        self.sub: dict | None = None  # its last sub-item
        self.subsub: dict | None = None  # the last sub-item of that sub-item

    def _add(self, pid: str, kind: str, piece, parent: dict | None, label: str = "") -> dict:
        raise NotImplementedError

    def new_id(self, pid: str) -> str:
        """``pid``, or ``pid-2``, ``pid-3``… when a text numbers two paragraphs alike."""
        base, k = pid, self._next_suffix.get(pid, 2)
        while pid in self.ids:
            pid, k = f"{base}-{k}", k + 1
        if pid != base:
            self._next_suffix[base] = k
        self.ids.add(pid)
        return pid

    def start_top(self, pid: str, kind: str, piece) -> None:
        self.top = self._add(pid, kind, piece, None)
        self.sub = self.subsub = None

    def add_sub_item(self, piece, value: str, deeper: bool | None = None) -> bool:
        """A lettered (or roman) item under the current paragraph; False when there is none.
        ``deeper``: whether the format's markup says it is a sub-sub-item (None: the labels decide)."""
        if self.top is None:
            return False
        if deeper is None:
            deeper = opens_deeper_level(value, self.sub["label"] if self.sub else None,
                                        self.subsub["label"] if self.subsub else None)
        if deeper and self.sub is not None:
            self.subsub = self._add(f"{self.sub['id']}({value})", self.sub["kind"], piece, self.sub, value)
            return True
        self.sub = self._add(f"{self.top['id']}({value})", self.top["kind"], piece, self.top, value)
        self.subsub = None
        return True

    def current(self) -> dict | None:
        return self.subsub or self.sub or self.top
