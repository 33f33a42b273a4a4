"""A signal's note in the reader's language, rendered when it is shown."""

from __future__ import annotations

from nlp.model.comparison import Signal


def note_text(signal: Signal, language: str) -> str:
    """The one-sentence note of ``signal`` for a reader of ``language``."""
    return signal.note
