"""What carries a paragraph's force, read with the commitment lexicons (whose ids French and English share):
its lead verb, modal verbs, intensifiers, hedges, negations and deadlines.

The lexicon alone is used, without a parse: both languages are then read the same way (English has no
parser here) and a whole document takes a fraction of a second. The concordance data adds the forms that
translations use for the same classes (``[intensifiers]``, ``[hedges]`` of resources/concordance/<lang>.toml).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from nlp.concordance import language as lang_data
from nlp.engine.commitment import lexicon as commitment_lexicon
from nlp.engine.commitment.markers import Marker, find

# the lead verb opens the paragraph: it starts within its first few words (« Prie également le Secrétaire
# général », "We also commit")
LEAD_WINDOW = 3
# an intensifier this close to the lead verb qualifies it (« Demande instamment », "Strongly calls upon")
ADJACENT = 2
# a negation this close after a verb of commitment negates what is committed to (« Décide de ne pas proroger »)
GOVERNED = 8


@dataclass(frozen=True, slots=True)
class Force:
    lead: Marker | None
    lead_intensified: bool
    modals: tuple[Marker, ...]
    intensifiers: tuple[Marker, ...]  # those that do not qualify the lead verb
    hedges: tuple[Marker, ...]
    negations: tuple[Marker, ...]
    governing_negations: tuple[Marker, ...]  # those right after a verb of commitment
    deadlines: tuple[Marker, ...]


def language_of(language: str) -> str:
    return language if language in ("fr", "en") else "en"


@lru_cache(maxsize=4)
def _extra(language: str) -> dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]:
    """First word -> (words, kind, key) of the concordance data's extra forms, longest first; kind "inert"
    blocks."""
    data = lang_data.load(language)
    lex = commitment_lexicon.load(language)
    out = []
    for kind, table in data.extra.items():
        for key, phrases in table.items():
            for phrase in phrases:
                out.append((tuple(w for w, _, _ in commitment_lexicon.words(phrase, lex.elisions)), kind, key))
    for phrase in data.inert:
        out.append((tuple(w for w, _, _ in commitment_lexicon.words(phrase, lex.elisions)), "inert", ""))
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for entry in sorted(out, key=lambda t: -len(t[0])):
        if entry[0]:
            by_first.setdefault(entry[0][0], []).append(entry)
    return {k: tuple(v) for k, v in by_first.items()}


def read(text: str, language: str, blocked: tuple[tuple[int, int], ...] = ()) -> Force:
    """``blocked``: character spans read as something else (a date: "May 2025" is no modal verb)."""
    lang = language_of(language)
    lex = commitment_lexicon.load(lang)
    words = commitment_lexicon.words(text, lex.elisions)
    found, inert = _with_extra(list(find(text, lex)), text, words, lang)
    blocked = blocked + inert
    found = [m for m in found
             if m.kind not in ("obligation", "hedge") or not any(a < m.end and m.start < b for a, b in blocked)]
    starts = {s: i for i, (_, s, _) in enumerate(words)}

    def word_index(m: Marker) -> int:
        return starts.get(m.start, 0)

    def word_end(m: Marker) -> int:
        return max((i for i, (_, s, _) in enumerate(words) if s < m.end), default=0)

    verbs = [m for m in found if m.kind == "verb"]
    lead = verbs[0] if verbs and word_index(verbs[0]) < LEAD_WINDOW else None
    restating = lang_data.load(lang).restating
    if lead is not None and any(w in restating for w, s, _ in words if lead.start <= s < lead.end):
        lead = None  # « Réitérant sa ferme condamnation »: the force is in the noun, which no lexicon weighs
    intensifiers = [m for m in found if m.kind == "intensifier"]
    near_lead = None
    if lead is not None:
        a, b = word_index(lead), word_end(lead)
        near_lead = next((m for m in intensifiers
                          if word_end(m) >= a - ADJACENT and word_index(m) <= b + ADJACENT), None)
    negations = [m for m in found if m.kind == "negation"]
    committing = [word_end(v) for v in verbs if v.scale in ("action", "condemnation")]
    governing = [n for n in negations if any(0 <= word_index(n) - e <= GOVERNED for e in committing)]
    return Force(
        lead=lead,
        lead_intensified=near_lead is not None,
        modals=tuple(m for m in found if m.kind == "obligation"),
        intensifiers=tuple(m for m in intensifiers if m is not near_lead),
        hedges=tuple(m for m in found if m.kind == "hedge"),
        negations=tuple(negations),
        governing_negations=tuple(governing),
        deadlines=tuple(m for m in found if m.kind == "deadline"),
    )


def _with_extra(found: list[Marker], text: str, words, language: str) -> tuple[list[Marker], tuple[tuple[int, int], ...]]:
    """The lexicon's markers plus the concordance data's extra forms where no marker already stands."""
    plain = [w for w, _, _ in words]
    extra = _extra(language)
    added: list[Marker] = []
    inert: list[tuple[int, int]] = []
    i = 0
    while i < len(plain):
        hit = next((e for e in extra.get(plain[i], ()) if tuple(plain[i:i + len(e[0])]) == e[0]), None)
        if hit is None:
            i += 1
            continue
        start, end = words[i][1], words[i + len(hit[0]) - 1][2]
        if hit[1] == "inert":
            inert.append((start, end))
        elif not any(m.start < end and start < m.end for m in found + added):
            added.append(Marker(hit[1], hit[2], start, end, text[start:end]))
        i += len(hit[0])
    merged = sorted(found + added, key=lambda m: m.start)
    return [replace(m) for m in merged], tuple(inert)
