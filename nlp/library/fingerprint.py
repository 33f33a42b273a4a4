"""Fingerprints of a paragraph's wording, for finding where a draft's language comes from.

A paragraph's words (accents, case and typography folded) are cut into overlapping runs of
``SHINGLE`` words; each run is hashed, and winnowing keeps the smallest hash of every ``WINDOW``
consecutive runs. Two paragraphs that share a run of ``SHINGLE + WINDOW - 1`` words or more are
therefore certain to share a fingerprint, while only about a third of the runs are stored. The
library keeps the fingerprints in an index beside the paragraphs, so that the candidates for a
draft paragraph are one indexed lookup, never a scan of every paragraph.

Each word is hashed once with BLAKE2b (stable across processes and machines, unlike Python's
``hash``) and a run's hash mixes its words' hashes with a different odd multiplier per place, so the
same words in another order are another run.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from hashlib import blake2b

SHINGLE = 3  # words per run: long enough that a run says something, short enough to survive edits
WINDOW = 5  # runs per window: any shared passage of 7 words or more is found

_WORD = re.compile(r"[^\W_]+")
_MARKS = re.compile(r"[\u0300-\u036f]+")  # combining accents, once NFKD has split them off their letters
_MASK = (1 << 64) - 1
# one odd multiplier (a bijection) per place of a run: SHINGLE of them
_PLACES = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9)


def words(text: str) -> list[str]:
    """The paragraph's words, folded: « Réaffirmons » and "reaffirmons" are one word here (apostrophes,
    dashes and punctuation separate words, whichever typography the text uses)."""
    lowered = text.casefold()
    if "œ" in lowered or "æ" in lowered:  # ligatures NFKD leaves whole (ß casefolds to ss)
        lowered = lowered.replace("œ", "oe").replace("æ", "ae")
    folded = unicodedata.normalize("NFKD", lowered)
    return _WORD.findall(_MARKS.sub("", folded))


@lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    return int.from_bytes(blake2b(word.encode("utf-8"), digest_size=8).digest(), "big")


def _signed(value: int) -> int:
    """SQLite integers are signed 64-bit."""
    return value - (1 << 64) if value >= 1 << 63 else value


def shingle_hashes(tokens: list[str]) -> list[int]:
    hashes = [_word_hash(t) for t in tokens]
    if not hashes:
        return []
    if len(hashes) < SHINGLE:
        mixed = 0
        for place, h in zip(_PLACES, hashes):
            mixed ^= (h * place) & _MASK
        return [_signed(mixed)]
    a, b, c = _PLACES
    return [
        _signed(((x * a) & _MASK) ^ ((y * b) & _MASK) ^ ((z * c) & _MASK))
        for x, y, z in zip(hashes, hashes[1:], hashes[2:])
    ]


def winnow(hashes: list[int], window: int = WINDOW) -> set[int]:
    """The smallest hash of every window of ``window`` consecutive hashes (all of them when fewer)."""
    if len(hashes) <= window:
        return {min(hashes)} if hashes else set()
    return {min(hashes[i : i + window]) for i in range(len(hashes) - window + 1)}


def fingerprints(text: str) -> set[int]:
    """The fingerprints of one paragraph's text."""
    return winnow(shingle_hashes(words(text)))
