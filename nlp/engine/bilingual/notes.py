"""One-line reasons for discordances, in the interface language, from ``resources/concordance/notes.<lang>.toml``
(verbs and hedges are described with the commitment lexicons' glosses, shared by id)."""

from __future__ import annotations

import tomllib
from functools import lru_cache

from nlp.engine.commitment import lexicon as commitment_lexicon
from nlp.model.resources import resource


@lru_cache(maxsize=4)
def _table(language: str) -> dict:
    path = resource("concordance", f"notes.{language}.toml")
    if not path.exists():
        path = resource("concordance", "notes.en.toml")
    with path.open("rb") as f:
        return tomllib.load(f)


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "…"


class Notes:
    """Renders the notes of one check: the interface language and the languages of versions A and B."""

    def __init__(self, language: str, language_a: str, language_b: str):
        self.language = language if language in ("fr", "en") else "en"
        names = _table(self.language).get("language", {})
        self.la = names.get(language_a, names.get("other", language_a))
        self.lb = names.get(language_b, names.get("other", language_b))

    def gloss(self, kind: str, key: str | None) -> str | None:
        if key is None:
            return None
        if kind == "verb":
            return commitment_lexicon.notes(self.language).get("gloss", {}).get(key, key)
        if kind == "hedge":
            return commitment_lexicon.notes(self.language).get("hedge", {}).get(key, key)
        return _table(self.language).get("gloss", {}).get(key, key)

    def issue(self, kind: str, a: str | None, b: str | None, ga: str | None = None, gb: str | None = None) -> str:
        table = _table(self.language)
        section = "differ" if a is not None and b is not None else ("only_a" if a is not None else "only_b")
        template = table.get(section, {}).get(kind) or table.get("differ", {}).get(kind) or kind
        return template.format_map(_Blank(a=a or "", b=b or "", la=self.la, lb=self.lb, ga=ga or "", gb=gb or ""))
