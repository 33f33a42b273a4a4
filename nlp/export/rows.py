"""The comparison as a table for spreadsheets: one row per link, added or removed paragraph.

CSV and XLSX share these rows, so both carry the same columns, in the same order, with the same
protection: a cell that a spreadsheet would read as a formula (= + - @, tab, carriage return) is
prefixed with an apostrophe. Column names and the words in the cells (change, yes/no, signal types)
follow the report's language; ids, scores and the documents' texts are as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from nlp import present
from nlp.export import report
from nlp.model.comparison import Comparison, Signal, ids
from nlp.present.wording import Wording, wording

FIELDS = ("old_ids", "new_ids", "change", "moved", "commitment", "score", "signals", "old_text", "new_text")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def columns(language: str = "en") -> tuple[str, ...]:
    """The header row in ``language``."""
    w = wording(language)
    return tuple(w(f"table.{field}") for field in FIELDS)


COLUMNS = columns()  # the English header row


@dataclass(frozen=True, slots=True)
class Row:
    old_ids: str
    new_ids: str
    change: str  # the change in the report's language
    moved: str  # yes / no
    commitment: str  # yes / no for an added or removed paragraph; empty for a link
    score: float | None
    signals: str
    old_text: str
    new_text: str
    change_key: str = ""  # the contract's word for the change (strengthened…), whatever the language

    def cells(self) -> tuple[object, ...]:
        return tuple(getattr(self, field) for field in FIELDS)


def neutral(value: str) -> str:
    """A text cell that no spreadsheet will evaluate: formula-like values get a leading apostrophe."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def signals_text(signal_notes: Iterable[tuple[Signal, str]], w: Wording | None = None) -> str:
    """'verb:stronger: note; hedge:weaker: note' from (signal, its rendered note) pairs."""
    w = w or wording()
    out = []
    for s, note in signal_notes:
        kind, direction = w.signal(s.type), w.signal(s.direction)
        if note:
            out.append(w("signal.cell", type=kind, direction=direction, note=note))
        else:
            out.append(w("signal.cell_bare", type=kind, direction=direction))
    return "; ".join(out)


def rows(comparison: Comparison, language: str = "en") -> list[Row]:
    w = wording(language)
    yes, no = w("table.yes"), w("table.no")
    out = []
    for e in present.entries(comparison, w.language):
        out.append(
            Row(
                old_ids=neutral(ids(e.old_ids)),
                new_ids=neutral(ids(e.new_ids)),
                change=w.change(e.change),
                moved=yes if e.moved else no,
                commitment="" if e.commitment is None else (yes if e.commitment else no),
                score=None if e.score is None else round(e.score, 4),
                signals=neutral(report.xml_safe(signals_text(e.signal_notes(), w))),
                old_text=neutral(report.xml_safe(e.old_text)),
                new_text=neutral(report.xml_safe(e.new_text)),
                change_key=e.change,
            )
        )
    return out
