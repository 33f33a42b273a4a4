"""The reports' own words in the interface language (table [report] of resources/concordance/notes.<lang>.toml)."""

from __future__ import annotations

import tomllib
from functools import lru_cache

from nlp.model.concordance import Concordance
from nlp.model.resources import resource


@lru_cache(maxsize=4)
def words(language: str) -> dict:
    path = resource("concordance", f"notes.{language if language in ('fr', 'en') else 'en'}.toml")
    with path.open("rb") as f:
        return tomllib.load(f)["report"]


def summary(c: Concordance, language: str) -> str:
    return words(language)["summary"].format(pairs=len(c.pairs), issues=c.issue_count, unpaired_a=len(c.unpaired_a),
                                             unpaired_b=len(c.unpaired_b))
