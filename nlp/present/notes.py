"""A signal's note in the reader's language, rendered when it is shown."""

from __future__ import annotations

from nlp.engine.commitment.notes import render_note
from nlp.model.comparison import Signal


def note_text(signal: Signal, language: str) -> str:
    """The one-sentence note of ``signal`` for a reader of ``language`` (signals are data: the sentence is
    written from the notes table of that language)."""
    return render_note(signal, language)
