"""What a paragraph states in figures, whatever its language: numbers, percentages, sums, dates and years,
document symbols and resolution numbers, references to other parts of a text.

Each fact has a language-free value (« 31 janvier 2026 » and "31 January 2026" are both (31, 1, 2026)),
so two versions compare by value. Facts are read most specific first (symbols, dates, references, sums),
and the words each one takes are blanked, so that a year inside a date is not also a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Hashable

from nlp.engine.bilingual import language as lang_data
from nlp.engine.commitment.lexicon import fold

# a UN document symbol: capitals, then parts separated by slashes, with at least one figure (A/RES/70/1,
# S/PRST/2021/13, A/C.3/80/L.12/Rev.1); « Pyla/Pile » has no figure and is no symbol
_SYMBOL = re.compile(r"(?<![\w/])[A-Z][A-Z0-9.\-]*(?:/[A-Za-z0-9.\-]*[A-Za-z0-9])+")
_SLASHED = re.compile(r"(?<![\w/])\d{1,4}/\d{1,4}(?:/\d{1,4})?(?![\w/])")  # 70/1: a resolution's number
_NAMED_YEAR = re.compile(r"(?<=[^\W\d_]-)(\d{2})(?![\w/])")
_ITEM = re.compile(r"\d+|\(?([a-z]{1,4})\)")
YEARS = range(1900, 2101)
SUBDIVIDED = {"subparagraph": "paragraph"}  # a numbered subparagraph is numbered as the paragraphs are


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str  # number, date, symbol, reference
    value: Hashable
    text: str  # the words of the paragraph
    strong: bool = True  # written in figures (a number word may be a translator's choice: « les deux »)
    start: int = 0  # where the paragraph writes it
    end: int = 0


def facts(text: str, language: str) -> tuple[Fact, ...]:
    """Every fact of ``text`` in a language-free form."""
    pats = lang_data.patterns(language)
    data = lang_data.load(language)
    folded = fold(text)
    taken = [False] * len(text)
    out: list[tuple[int, Fact]] = []

    def free(a: int, b: int) -> bool:
        return not any(taken[a:b])

    def take(a: int, b: int, fact: Fact) -> None:
        for k in range(a, b):
            taken[k] = True
        out.append((a, replace(fact, start=a, end=b)))

    for m in _SYMBOL.finditer(text):
        if any(c.isdigit() for c in m.group()):
            take(m.start(), m.end(), Fact("symbol", m.group().rstrip(".").upper(), m.group()))
    for m in pats["resolution"].finditer(folded):
        if not free(m.start(), m.end()):
            continue
        kind = data.symbols[_space(m.group(1))]
        for n in re.finditer(r"\d+\s*\(\s*\d{4}\s*\)|\d+/\d+(?:/\d+)?|\d+", m.group(2)):
            value = re.sub(r"\s", "", n.group())
            take(m.start(2) + n.start(), m.start(2) + n.end(), Fact("symbol", f"{kind} {value}", text[m.start(2) + n.start():m.start(2) + n.end()]))
        for k in range(m.start(1), m.end(1)):
            taken[k] = True
    for m in _SLASHED.finditer(folded):
        if free(m.start(), m.end()):
            take(m.start(), m.end(), Fact("symbol", f"resolution {m.group()}", text[m.start():m.end()]))
    for m in pats["date"].finditer(folded):
        if not free(m.start(), m.end()):
            continue
        if m.group(2):
            day, month, year = m.group(1), m.group(2), m.group(3)
        else:
            month, day, year = m.group(4), m.group(5), m.group(6)
        if not day and not year:
            continue  # a month alone is no date (and "may" is a verb)
        d = 1 if day and day in data.first_day else (int(day) if day else None)
        take(m.start(), m.end(), Fact("date", (d, data.months[_space(month)], int(year) if year else None), text[m.start():m.end()]))
    for m in pats["reference"].finditer(folded):
        if not free(m.start(), m.end()):
            continue
        kind = data.references[_space(m.group(1))]
        for n in _ITEM.finditer(m.group(2)):
            # a lettered item is the same reference whichever word introduces it: « alinéa a) du paragraphe 3 »
            # is "paragraph 3 (a)"
            value = f"item {n.group(1)}" if n.group(1) else f"{SUBDIVIDED.get(kind, kind)} {n.group()}"
            take(m.start(2) + n.start(), m.start(2) + n.end(),
                 Fact("reference", value, text[m.start(1):m.start(2) + n.end()]))
        for k in range(m.start(1), m.end(1)):
            taken[k] = True
    for m in pats["percent"].finditer(folded):
        if free(m.start(), m.end()):
            take(m.start(), m.end(), Fact("number", ("%", _figure(m.group(1), language)), text[m.start():m.end()]))
    for m in pats["scale"].finditer(folded):
        if free(m.start(), m.end()):
            value = _figure(m.group(1), language) * data.scale[_space(m.group(2))]
            take(m.start(), m.end(), Fact("number", _round(value), text[m.start():m.end()]))
    for listed in pats["ordinal_list"].finditer(folded):
        for m in pats["ordinal"].finditer(folded, listed.start(), listed.end()):
            if free(m.start(1), m.end(1)):
                take(m.start(1), m.end(1), Fact("number", data.ordinals[_space(m.group(1))], text[m.start(1):m.end(1)], strong=False))
    for m in _NAMED_YEAR.finditer(folded):
        # « COVID-19 »: a year in two figures at the end of a name, which the other version may spell out
        # (« maladie à coronavirus 2019 »); stated, never compared
        year = int(m.group(1))
        out.append((m.start(), Fact("name", (2000 if year <= 50 else 1900) + year, text[m.start():m.end()])))
    for m in pats["dotted"].finditer(folded):
        if free(m.start(), m.end()):
            value = float(m.group()) if m.group().count(".") == 1 else m.group()
            take(m.start(), m.end(), Fact("number", value, text[m.start():m.end()]))
    for m in pats["figure"].finditer(folded):
        if free(m.start(), m.end()):
            value = _figure(m.group(1), language)
            kind = "date" if value in YEARS and len(m.group(1)) == 4 else "number"
            take(m.start(), m.end(), Fact(kind, _round(value), text[m.start():m.end()]))
    for m in pats["number_word"].finditer(folded):
        if free(m.start(), m.end()):
            take(m.start(), m.end(), Fact("number", data.words[_space(m.group(1))], text[m.start():m.end()], strong=False))
    return tuple(f for _, f in sorted(out, key=lambda t: t[0]))


def _space(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase)


def _figure(text: str, language: str) -> float:
    try:
        return lang_data.parse_figure(text, language)
    except ValueError:
        return float("nan")


def _round(value: float) -> float | int:
    return int(value) if value == int(value) else round(value, 6)
