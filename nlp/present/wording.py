"""The fixed wording of the reports in the reader's language, read from
``resources/report/strings.<language>.toml``.

A report's chrome (headings, badges, legend, column names, labels) follows the language asked for; the
documents' own text keeps its language, and the JSON output keeps the contract's English words.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

DEFAULT = "en"
LANGUAGES = ("en", "fr")


def language_of(tag: str | None) -> str:
    """The report language for a tag such as 'fr', 'fr-FR', 'fr_CA.UTF-8' or 'EN'; English for any
    language the reports have no wording for."""
    code = (tag or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT


def _flat(table: Mapping[str, object], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(_flat(value, name + "."))
        else:
            out[name] = str(value)
    return out


def _read(language: str) -> dict[str, str]:
    from nlp.model.resources import resource

    path = resource("report") / f"strings.{language}.toml"
    with path.open("rb") as f:
        return _flat(tomllib.load(f))


@dataclass(frozen=True, slots=True)
class Wording:
    """The strings of one language: ``w("section.key", name=value)`` gives a string filled in."""

    language: str
    strings: Mapping[str, str]

    def __call__(self, key: str, **values: object) -> str:
        text = self.strings[key]
        return text.format(**values) if values else text

    def get(self, key: str, default: str) -> str:
        return self.strings.get(key, default)

    def number(self, value: float, digits: int = 2) -> str:
        """A decimal number as the language writes it (0.81 / 0,81)."""
        return f"{value:.{digits}f}".replace(".", self("number.decimal"))

    def change(self, change: str) -> str:
        return self.get(f"change.{change}", change)

    def signal(self, word: str) -> str:
        """A signal's type or direction in this language; a word the engine adds later shows as it is."""
        return self.get(f"signal.{word}", word)


@lru_cache(maxsize=len(LANGUAGES))
def _wording(language: str) -> Wording:
    strings = _read(DEFAULT)
    if language != DEFAULT:
        strings |= _read(language)  # a string not yet translated shows in English rather than failing
    return Wording(language, MappingProxyType(strings))


def wording(language: str | None = DEFAULT) -> Wording:
    return _wording(language_of(language))
