"""The contract's JSON: the same field names and values whatever the report language (only the signal
notes, written by the engine, are in the language the comparison was made with)."""

from __future__ import annotations

import json

from nlp.model.comparison import Comparison


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def render(comparison: Comparison, progress=None, language: str = "en") -> bytes:
    return dumps(comparison.to_json()).encode("utf-8")
