"""Commitment analysis: what a change of wording does to what States commit to.

Public interface used by the engine (and by manual corrections in the window):

- ``assess_link(old, new, language, diff) -> Assessment``: the change label of a link and its signals;
- ``assess_paragraph(paragraph, language) -> (commitment, signals)`` for an added or removed paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from nlp.comparison import Change, DiffOp, Op, Signal
from nlp.document import Paragraph
from nlp.worddiff import tokenize


@dataclass(frozen=True, slots=True)
class Assessment:
    change: Change
    signals: tuple[Signal, ...] = ()


def _substantive(diff: Sequence[DiffOp]) -> bool:
    """Whether any changed token is a word (punctuation-only edits are editorial)."""
    for d in diff:
        if d.op is not Op.EQUAL and any(t.strip()[:1].isalnum() for t in tokenize(d.text)):
            return True
    return False


def assess_link(old: Sequence[Paragraph], new: Sequence[Paragraph], language: str, diff: Sequence[DiffOp]) -> Assessment:
    return Assessment(Change.MODIFIED if _substantive(diff) else Change.UNCHANGED)


def assess_paragraph(paragraph: Paragraph, language: str) -> tuple[bool, tuple[Signal, ...]]:
    return (paragraph.kind == "operative", ())
