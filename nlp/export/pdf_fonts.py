"""Which characters the PDF report can draw, and with which font: nothing is dropped silently.

DejaVu Sans (bundled) draws every Latin, Greek and Cyrillic letter and the marks; for other scripts
(Chinese, Japanese, Korean…) the report embeds the first fallback fonts found on the computer
(``resources/fonts/fallback.toml``, subset by fpdf2 to the characters used). A character that no
font has is replaced by a visible mark, and the report's header says which characters were.
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from nlp.model.resources import resource

MISSING_MARK = "\ufffd"  # « � », which DejaVu Sans draws
MAX_FALLBACKS = 2
_SAMPLE = 12  # characters named in the header's note


@lru_cache(maxsize=1)
def fallback_fonts() -> tuple[Path, ...]:
    """The fallback fonts present here, best first (at most MAX_FALLBACKS)."""
    bundled = sorted(p for p in resource("fonts", "fallback").glob("*") if p.suffix.lower() in (".ttf", ".otf"))
    listed = tomllib.loads(resource("fonts", "fallback.toml").read_text(encoding="utf-8")).get("paths", [])
    found = [p for p in (*bundled, *(Path(s) for s in listed)) if p.is_file()]
    return tuple(found[:MAX_FALLBACKS])


@lru_cache(maxsize=8)
def coverage(path: Path) -> frozenset[int]:
    """The code points a font file has glyphs for (empty when it cannot be read)."""
    from fontTools.ttLib import TTFont

    try:
        with TTFont(str(path), lazy=True, fontNumber=0) as font:
            return frozenset(font.getBestCmap() or ())
    except Exception:  # a damaged system font is a font we do not have
        return frozenset()


def choose(base: Path, text: str) -> tuple[tuple[Path, ...], list[str]]:
    """The fallback fonts that ``text`` needs beside ``base`` (each adds characters the ones before
    lack), and the characters that remain without any font."""
    covered = coverage(base)
    needed = {ch for ch in set(text) if ord(ch) not in covered and not _invisible(ch)}
    chosen = []
    for font in fallback_fonts():
        if not needed:
            break
        has = {ch for ch in needed if ord(ch) in coverage(font)}
        if has:
            chosen.append(font)
            needed -= has
    return tuple(chosen), sorted(needed)


class Glyphs:
    """What the fonts in use cover; records every character that none of them draws."""

    def __init__(self, fonts: Iterable[Path]):
        self.covered: frozenset[int] = frozenset().union(*(coverage(p) for p in fonts))
        self.missing: set[str] = set()

    def drawable(self, text: str) -> str:
        """``text`` with every character no font has replaced by MISSING_MARK (and recorded)."""
        if all(ord(ch) in self.covered or _invisible(ch) for ch in text):
            return text
        out = []
        for ch in text:
            if ord(ch) in self.covered or _invisible(ch):
                out.append(ch)
            else:
                self.missing.add(ch)
                out.append(MISSING_MARK)
        return "".join(out)

    def sample(self) -> str:
        """The missing characters by their code points (« U+4E2D »): the characters themselves cannot be drawn."""
        chars = sorted(self.missing)
        return " ".join(f"U+{ord(ch):04X}" for ch in chars[:_SAMPLE]) + (" …" if len(chars) > _SAMPLE else "")


def _invisible(ch: str) -> bool:
    """Spaces, line breaks and format characters need no glyph."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")
