"""The contract's JSON (docs/contract.md, Concordance): field names and values never translated."""

from __future__ import annotations

import json

from nlp.model.concordance import Concordance


def render(c: Concordance, language: str = "en") -> bytes:
    return (json.dumps(c.to_json(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
