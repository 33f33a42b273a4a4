"""The contract's JSON: the same field names and values whatever the report language; only the signals'
notes are written in the report's language (``--lang``), when the JSON is written."""

from __future__ import annotations

import json

from nlp.engine.commitment.notes import renderer
from nlp.model.comparison import Comparison


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def render(comparison: Comparison, progress=None, language: str = "en") -> bytes:
    return dumps(comparison.to_json(note=renderer(language))).encode("utf-8")
