"""How close a library paragraph's wording is to a draft paragraph's: 1.0 for the same words in the
same order, falling as words are replaced, added or dropped.

The mean of two Dice coefficients on the folded words: of the words themselves (what is said) and of
consecutive word pairs (how it is put), each taken as a set (a word said twice in a paragraph counts
once: set intersections are what keeps scoring every candidate the index gives cheap).
"""

from __future__ import annotations

from nlp.library.fingerprint import words


def _dice(a: frozenset, b: frozenset) -> float:
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 0.0


class Wording:
    """A paragraph's folded words and word pairs, computed once and compared many times."""

    __slots__ = ("words", "pairs")

    def __init__(self, text: str) -> None:
        tokens = words(text)
        self.words = frozenset(tokens)
        self.pairs = frozenset(zip(tokens, tokens[1:]))

    def similarity(self, other: "Wording") -> float:
        if not self.words or not other.words:
            return 0.0
        if not self.pairs or not other.pairs:  # a one-word paragraph has no pairs
            return _dice(self.words, other.words)
        return (_dice(self.words, other.words) + _dice(self.pairs, other.pairs)) / 2
