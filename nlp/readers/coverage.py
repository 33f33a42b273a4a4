"""A reader must never drop most of a text silently: a guard on what the structure rules kept.

The rules of :mod:`nlp.readers.structure` read a resolution's own paragraphs and stop at its closing
formula (what is annexed is not its text), skip headings and titles, and read an adopted declaration
by its numbers. When a part has no numbers at all (an annexed declaration with unnumbered
paragraphs, an OpenDocument list whose level lost its numbering), those rules keep almost nothing.
So: when the paragraphs hold less than half of the words of the text blocks after the opening
clause, the blocks after the last one kept are read as the contract's fallback (paragraphs separated
by blank lines, ``P1``…, kind ``other``); when even that would not hold half the words, the whole
text falls back.
"""

from __future__ import annotations

from typing import Callable, Iterable, Protocol, Sequence, TypeVar

MIN_SHARE = 0.5  # of the body's words that the paragraphs must hold
MIN_LOST_WORDS = 40  # a short title or a signature block lost is no loss


class _Unit(Protocol):
    kind: str
    @property
    def text(self) -> str: ...


U = TypeVar("U", bound=_Unit)  # the caller's own block type, given back as it came


def words_of(units: Iterable[_Unit], kind: str) -> dict[int, int]:
    """Words of each text block, counted before the rules join any of them to another."""
    return {id(u): len(u.text.split()) for u in units if u.kind == kind and u.text}


def unread_tail(
    body: Sequence[U], words: dict[int, int], used: set[int], ends_sentence: Callable[[str], bool]
) -> tuple[list[U], bool]:
    """(blocks to add as fallback paragraphs, whether the whole text must fall back instead).

    ``words``: text blocks of ``body`` and their words (:func:`words_of`); ``used``: ids of the blocks
    that became or joined a paragraph."""
    total = sum(words.values())
    kept = sum(n for uid, n in words.items() if uid in used)
    if not total or kept >= MIN_SHARE * total or total - kept < MIN_LOST_WORDS:
        return [], False
    last = max((i for i, u in enumerate(body) if id(u) in used), default=-1)
    tail = [u for u in body[last + 1 :] if id(u) in words and id(u) not in used]
    while tail and not ends_sentence(tail[0].text):  # the annex's title and headings
        tail.pop(0)
    if kept + sum(words[id(u)] for u in tail) >= MIN_SHARE * total:
        return tail, False
    return [], True
