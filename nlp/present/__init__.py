"""What a reader is shown of a comparison, built once at display time and used by every view.

The engine's :class:`~nlp.model.comparison.Comparison` says what became of each paragraph; this layer
turns it into one ordered list of :class:`Entry` (rows with both sides' ids and texts, the redline
runs, the mark of each label, the signals with their notes in the reader's language). The window's
models and every export (HTML, Word, PDF, CSV, Excel, text) read these entries and only lay them out,
so they cannot disagree on order, marks, texts or notes.
"""

from __future__ import annotations

from nlp.present.entries import Entry, entries, with_runs
from nlp.present.marks import DIRECTION_MARKS, MARKS, MOVED_MARK
from nlp.present.order import reading_order

__all__ = ["DIRECTION_MARKS", "MARKS", "MOVED_MARK", "Entry", "entries", "reading_order", "with_runs"]
