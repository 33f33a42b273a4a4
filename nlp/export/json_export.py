"""The contract's JSON: the same field names and values whatever the report language; only the signals'
notes are written in the report's language (``--lang``), when the JSON is written."""

from __future__ import annotations

import json
from typing import Iterator

from nlp.engine.commitment.notes import renderer
from nlp.model.comparison import Comparison

CHUNK = 1 << 20  # characters handed to the file at a time


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def stream(comparison: Comparison, progress=None, language: str = "en") -> Iterator[bytes]:
    """The JSON in pieces of about :data:`CHUNK` characters, the same text as :func:`dumps` writes: a
    long comparison is written without holding its whole text (and its bytes) in memory at once."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=1)  # what json.dumps(…, indent=1) uses
    pending: list[str] = []
    size = 0
    for piece in encoder.iterencode(comparison.to_json(note=renderer(language))):
        pending.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(pending).encode("utf-8")
            pending.clear()
            size = 0
    pending.append("\n")
    yield "".join(pending).encode("utf-8")


def render(comparison: Comparison, progress=None, language: str = "en") -> bytes:
    return b"".join(stream(comparison, progress, language))
