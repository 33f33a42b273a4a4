"""Fingerprints of a paragraph's wording, for finding where a draft's language comes from.

A paragraph's words (accents, case and typography folded) are cut into overlapping runs of
``SHINGLE`` words; each run is hashed, and winnowing keeps the smallest hash of every ``WINDOW``
consecutive runs. Two paragraphs that share a run of ``SHINGLE + WINDOW - 1`` words or more are
therefore certain to share a fingerprint, while only about a third of the runs are stored. The
library keeps the fingerprints in an index beside the paragraphs, so that the candidates for a
draft paragraph are one indexed lookup, never a scan of every paragraph.

The hash is BLAKE2b (stable across processes and machines, unlike Python's ``hash``).
"""

from __future__ import annotations

import re
import unicodedata
from hashlib import blake2b

from nlp.model.textnorm import typographic

SHINGLE = 3  # words per run: long enough that a run says something, short enough to survive edits
WINDOW = 5  # runs per window: any shared passage of 7 words or more is found

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The paragraph's words, folded: « Réaffirmons » and "reaffirmons" are one word here."""
    folded = unicodedata.normalize("NFKD", typographic(text).casefold())
    return _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))


def _hash(run: str) -> int:
    return int.from_bytes(blake2b(run.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def shingle_hashes(tokens: list[str]) -> list[int]:
    if not tokens:
        return []
    if len(tokens) < SHINGLE:
        return [_hash(" ".join(tokens))]
    return [_hash(" ".join(tokens[i : i + SHINGLE])) for i in range(len(tokens) - SHINGLE + 1)]


def winnow(hashes: list[int], window: int = WINDOW) -> set[int]:
    """The smallest hash of every window of ``window`` consecutive hashes (all of them when fewer)."""
    if len(hashes) <= window:
        return {min(hashes)} if hashes else set()
    return {min(hashes[i : i + window]) for i in range(len(hashes) - window + 1)}


def fingerprints(text: str) -> set[int]:
    """The fingerprints of one paragraph's text."""
    return winnow(shingle_hashes(words(text)))
