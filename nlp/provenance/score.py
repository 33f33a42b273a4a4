"""How close a library paragraph's wording is to a draft paragraph's: 1.0 for the same words in the
same order, falling as words are replaced, added or dropped.

The mean of two Dice coefficients on the folded words: of the words themselves (what is said) and of
consecutive word pairs (how it is put). It is cheap enough to score every candidate the index gives.
"""

from __future__ import annotations

from collections import Counter

from nlp.library.fingerprint import words


def _dice(a: Counter, b: Counter) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


class Wording:
    """A paragraph's folded words and word pairs, computed once and compared many times."""

    __slots__ = ("words", "pairs")

    def __init__(self, text: str) -> None:
        tokens = words(text)
        self.words = Counter(tokens)
        self.pairs = Counter(zip(tokens, tokens[1:]))

    def similarity(self, other: "Wording") -> float:
        if not self.words or not other.words:
            return 0.0
        if not self.pairs or not other.pairs:  # a one-word paragraph has no pairs
            return _dice(self.words, other.words)
        return (_dice(self.words, other.words) + _dice(self.pairs, other.pairs)) / 2
