"""Typographic normalisation: the differences a reader does not count as differences."""

from __future__ import annotations

import re
import unicodedata

_TRANSLATE = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"',
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200b": "",
        "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-",
        "\u0153": "oe", "\u0152": "OE", "\u00e6": "ae", "\u00c6": "AE",
        "\u2026": "...",
    }
)
_SPACES = re.compile(r"\s+")


def typographic(text: str) -> str:
    """Fold typography (curly quotes, no-break spaces, ligatures, dashes) and collapse spaces."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_TRANSLATE)).strip()


def fold(text: str) -> str:
    """A comparison key: typography folded, case folded, accents kept (they carry meaning in French)."""
    return typographic(text).casefold()


def strip_accents(text: str) -> str:
    """For search only: « detresse » finds « détresse »."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
