"""The contract's JSON."""

from __future__ import annotations

import json

from nlp.comparison import Comparison


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def render(comparison: Comparison, progress=None) -> bytes:
    return dumps(comparison.to_json()).encode("utf-8")
