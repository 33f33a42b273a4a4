"""United Nations document symbols: A/RES/80/6, A/80/L.9, A/C.3/80/L.12/Rev.1, S/RES/2388 (2017)…

The grammar is data (``resources/documents/symbols.toml``): a known series, then components separated
by « / », then revisions, corrigenda or addenda. A component says what the document is: « L.9 » a
draft, « RES » or « DEC » an adopted text; a symbol with neither (« S/2024/400 ») says nothing by
itself, and the cover decides (:mod:`nlp.readers.covers`).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from nlp.model.resources import resource

DRAFT, ADOPTED = "draft", "adopted"


@lru_cache(maxsize=1)
def _grammar() -> dict:
    return tomllib.loads(resource("documents", "symbols.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def symbol_pattern() -> str:
    """A regular expression (no anchors, no groups that capture) matching one symbol."""
    g = _grammar()
    series = "|".join(sorted((re.escape(s) for s in g["series"]), key=len, reverse=True))
    component = f"(?:{g['component']})"
    return (
        rf"(?<![\w/.])(?=[A-Za-z0-9./]*\d)(?:{series})(?:/{component})+(?:/{g['suffix']})*(?:{g['year']})?(?![\w/]|\.\w)"
    )


@lru_cache(maxsize=1)
def _symbol() -> re.Pattern[str]:
    return re.compile(symbol_pattern())


def find_symbols(text: str) -> list[str]:
    """Every symbol in a text, in order, each written once with one space before a year."""
    return [normalise(m.group()) for m in _symbol().finditer(text)]


def is_symbol(text: str) -> bool:
    return bool(_symbol().fullmatch(text.strip()))


def normalise(symbol: str) -> str:
    return re.sub(r"\s*\((\d{4})\)", r" (\1)", symbol.strip())


def components(symbol: str) -> list[str]:
    return re.sub(r"\s*\(\d{4}\)$", "", symbol).split("/")


def status_of(symbol: str | None) -> str | None:
    """``draft`` for an L-document, ``adopted`` for a resolution or decision, else None."""
    if not symbol:
        return None
    g = _grammar()
    parts = components(symbol)
    if any(re.match(g["draft"], part) for part in parts):
        return DRAFT
    if any(part in g["adopted"] for part in parts):
        return ADOPTED
    return None


def strength(symbol: str) -> int:
    """How surely a symbol names the document itself rather than one it cites: one that says its
    status (a resolution, a draft) before one that does not (a report, a letter)."""
    return 1 if status_of(symbol) else 0
