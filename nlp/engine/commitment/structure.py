"""The commitment structure of a paragraph (:mod:`nlp.model.commitment`), read from its markers.

The clauses are those the comparison aligns (:mod:`clauses`): each governing verb opens one, and the
hedges, intensifiers, scope words, deadlines, negations and modals that follow belong to it until the
next governing verb. A purpose (« afin de », "in order to") runs from its word to the clause's end.
"""

from __future__ import annotations

from functools import lru_cache

from nlp.engine.commitment.clauses import clauses, purpose
from nlp.model.commitment import MODALITIES, Clause, Part, Structure

_KINDS = {"hedge": "hedges", "intensifier": "intensifiers", "scope": "scope", "deadline": "deadlines",
          "negation": "negations"}


def _part(m) -> Part:
    return Part(m.key, m.start, m.end, m.text)


@lru_cache(maxsize=2048)
def structure_of(text: str, language: str) -> Structure:
    """The structure of ``text`` (read once per text: the parse is shared with the analysis)."""
    from nlp.engine import commitment

    lang = language if language in ("fr", "en") else "en"
    found = commitment._markers(text, lang)
    out = []
    for c in clauses(found, len(text), text, lang):
        v = c.head
        parts: dict[str, list[Part]] = {name: [] for name in _KINDS.values()}
        modality = None
        for m in c.markers:
            if m is v:
                continue
            if m.kind in _KINDS:
                parts[_KINDS[m.kind]].append(_part(m))
            elif m.kind == "obligation" and modality is None:
                modality = MODALITIES.get(float(m.level))
        out.append(Clause(
            actor=v.actor if v else "none", verb=_part(v) if v else None, level=v.level if v else 0.0,
            scale=v.scale if v else "", modality=modality, purpose=purpose(text, c.start, c.end, lang),
            actions=v.actions if v else (), **{name: tuple(ps) for name, ps in parts.items()},
        ))
    return Structure(lang, tuple(out))
