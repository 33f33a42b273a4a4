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
