"""Language-neutral identifiers of what a phrase does, for comparing two languages (the concordance).

French and English lexicons share their identifiers: a verb phrase's rung on the scale ("Urges" and
« Prie instamment » are both ``urge``; "Encourages" is ``encourage``, « Exhorte » is ``urge``), a hedge's
class (``as_appropriate``: "as appropriate", « le cas échéant »), an intensifier's class. Two phrases in
two languages agree when their identifiers are equal.
"""

from __future__ import annotations

from nlp.engine.commitment import lexicon, markers


def _first(phrase: str, language: str, kind: str) -> markers.Marker | None:
    found = markers.find(phrase, lexicon.load(language if language in ("fr", "en") else "en"))
    return next((m for m in found if m.kind == kind), None)


def verb_rung(phrase: str, language: str) -> str | None:
    """The rung id of the first verb phrase of ``phrase`` (``urge``, ``request``…), or None."""
    m = _first(phrase, language, "verb")
    return m.key if m is not None else None


def rung_level(rung: str, language: str = "en") -> float | None:
    """A rung's place on its scale (the higher, the stronger); the same in both languages."""
    return lexicon.load(language).levels.get(rung)


def rung_scale(rung: str, language: str = "en") -> str | None:
    """``action``, ``declaratory`` or ``condemnation``."""
    return lexicon.load(language).scales.get(rung)


def hedge_class(phrase: str, language: str) -> str | None:
    """The class id of the first hedge of ``phrase`` (``as_appropriate``, ``national_law``…), or None."""
    m = _first(phrase, language, "hedge")
    return m.key if m is not None else None


def intensifier_class(phrase: str, language: str) -> str | None:
    """The class id of the first intensifier of ``phrase`` (``urgently``, ``fully``…), or None."""
    m = _first(phrase, language, "intensifier")
    return m.key if m is not None else None


def modality(phrase: str, language: str) -> float | None:
    """The deontic level of the first modal of ``phrase`` (3: shall / doit, 2: should / devrait, 1: may /
    peut), or None."""
    m = _first(phrase, language, "obligation")
    return m.level if m is not None else None


def same_rung(a: str, language_a: str, b: str, language_b: str) -> bool:
    """Whether two verb phrases, each in its language, stand on the same rung."""
    ra, rb = verb_rung(a, language_a), verb_rung(b, language_b)
    return ra is not None and ra == rb
