"""The comparison as a table for spreadsheets: one row per link, added or removed paragraph.

CSV and XLSX share these rows, so both carry the same columns, in the same order, with the same
protection: a cell that a spreadsheet would read as a formula (= + - @, tab, carriage return) is
prefixed with an apostrophe.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass

from nlp.comparison import Comparison, Signal, ids
from nlp.export import report

COLUMNS = ("old ids", "new ids", "change", "moved", "commitment", "score", "signals", "old text", "new text")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Row:
    old_ids: str
    new_ids: str
    change: str
    moved: str  # yes / no
    commitment: str  # yes / no for an added or removed paragraph; empty for a link
    score: float | None
    signals: str
    old_text: str
    new_text: str

    def cells(self) -> tuple:
        return astuple(self)


def neutral(value: str) -> str:
    """A text cell that no spreadsheet will evaluate: formula-like values get a leading apostrophe."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def signals_text(signals: tuple[Signal, ...]) -> str:
    """'verb:stronger: note; hedge:weaker: note'"""
    return "; ".join(f"{s.type}:{s.direction}: {s.note}".rstrip(": ") for s in signals)


def rows(comparison: Comparison) -> list[Row]:
    out = []
    for e in report.entries(comparison):
        out.append(
            Row(
                old_ids=neutral(ids(e.old_ids)),
                new_ids=neutral(ids(e.new_ids)),
                change=e.change,
                moved="yes" if e.moved else "no",
                commitment="" if e.commitment is None else ("yes" if e.commitment else "no"),
                score=None if e.score is None else round(e.score, 4),
                signals=neutral(report.xml_safe(signals_text(e.signals))),
                old_text=neutral(report.xml_safe(e.old_text)),
                new_text=neutral(report.xml_safe(e.new_text)),
            )
        )
    return out
