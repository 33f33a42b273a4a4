"""What on a PDF page is furniture rather than text: page numbers, job numbers, bar codes, symbols as
running headers (alone, or with the title: « A/RES/80/6   Report of the International Criminal
Court »), « Please recycle » and the cover's fixed lines (:mod:`nlp.readers.covers`)."""

from __future__ import annotations

import re
from functools import lru_cache

from nlp.readers.covers import is_cover_furniture
from nlp.readers.pdf_lines import _Line
from nlp.readers.symbols import find_symbols, symbol_pattern

_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–]?$", re.I)
_JOB_NUMBER = re.compile(r"^\d{2}-\d{4,6}\s*(?:\([A-Z]\))?(?:\s+\*?\d{6,}\*?)?$")
_BARCODE = re.compile(r"^\*?\d{6,}\*?$")
_NOTE_START = re.compile(r"^(?:<sup>(\d{1,3}|\*{1,3})</sup>|(\d{1,3}|\*{1,3})(?=\s))\s*")
_MAX_RUNNING_TITLE_WORDS = 25


@lru_cache(maxsize=1)
def _footer_token() -> re.Pattern[str]:
    """One piece of a footer: « 21-17344 (F) », « *2117344* », « 101125 », « 1/11 », a symbol, ♲."""
    return re.compile(r"\d{2}-\d{4,6}(?:\s*\([A-Z]\))?|\*\d{6,}\*|\b\d{6}\b|\b\d{1,4}\s*/\s*\d{1,4}\b|" + symbol_pattern() + "|♲")


def plain(line: _Line) -> str:
    return line.text.replace("<sup>", "").replace("</sup>", "").strip()


def is_furniture(line: _Line) -> bool:
    """A header or footer line by its look alone: page number, symbol, job number, bar code."""
    text = plain(line)
    if any("barcode" in f.lower() or "c39" in f.lower() or "code39" in f.lower() for f in line.fonts):
        return True
    if _PAGE_NUMBER.match(text) or _JOB_NUMBER.match(text) or _BARCODE.match(text):
        return True
    # a footer that sets several pieces on one baseline: « 21-17344 (F)   *2117344*   Please recycle »
    rest = " ".join(_footer_token().sub(" ", text).split())
    if rest != text and (not rest or is_cover_furniture(rest)):
        return True
    return is_cover_furniture(text)


def is_running_title(line: _Line, body_size: float) -> bool:
    """A page header that repeats the symbol with the title (« A/RES/80/6 Report of the… », or the
    title first): set apart from the text by its smaller or bold type, opening or closing on a symbol."""
    if line.size >= 0.95 * body_size and not line.bold:
        return False
    text = plain(line)
    symbols = find_symbols(text)
    if not symbols or len(text.split()) > _MAX_RUNNING_TITLE_WORDS:
        return False
    words = text.split()
    first, last = words[0], words[-1]
    return any(first.startswith(s.split()[0]) or last.endswith(s.split()[-1]) for s in symbols)


def note_marker(text: str) -> tuple[str, re.Match[str]] | None:
    """The number (or asterisks) a footnote line opens with, and the match."""
    m = _NOTE_START.match(text)
    return (m.group(1) or m.group(2), m) if m else None


def shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()
