"""What changed in the commitment between two paragraphs in different languages: no word diff is possible,
so the commitment structures are compared through the ids that the French and English lexicons share (lead
verb rung, hedge and intensifier families, modal rungs, negated actions, deadlines) and the figures through
their values — the concordance check of :mod:`nlp.engine.bilingual.checks`, read as a change from old to new.

``unchanged`` needs the two texts to agree on every point checked and to look like each other's translation
(their lengths within the band of faithful translations); anything else without a change of force is
``modified``: a reader then compares the two texts, shown side by side.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from nlp.engine.bilingual import checks
from nlp.engine.bilingual.checks import Side
from nlp.engine.bilingual.force import rung
from nlp.engine.bilingual.notes import Notes
from nlp.engine.commitment import Assessment
from nlp.engine.commitment.judge import net_change
from nlp.engine.commitment.markers import Marker
from nlp.model.comparison import Change, Signal, Span, params
from nlp.model.concordance import Issue
from nlp.model.document import Paragraph

# the length of a faithful translation against its original (characters; French runs longer than English):
# measured on the paragraphs of the 2021 declaration in both languages, 5th to 95th percentile, widened
TRANSLATION_LENGTH = (0.8, 1.4)

# the contract's signal type for each kind of discordance
SIGNAL_TYPE = {"modality": "obligation", "number": "quantity"}


def assess(old: Sequence[Paragraph], new: Sequence[Paragraph], old_language: str, new_language: str) -> Assessment:
    a, b = checks.side(old, old_language), checks.side(new, new_language)
    issues = checks.check(a, b, Notes("en", old_language, new_language))
    signals = tuple(_placed(s, old, new) for s in (_signal(i, a, b) for i in issues) if s is not None)
    if signals:
        change = net_change(signals)
        return Assessment(change, signals)
    return Assessment(Change.UNCHANGED if _translation(a, b, old_language, new_language) else Change.MODIFIED)


def _placed(signal: Signal, old: Sequence[Paragraph], new: Sequence[Paragraph]) -> Signal:
    """The signal with where its words stand in each version, so that a view marks them in both texts."""
    return replace(signal, old_span=_span(signal.old, old), new_span=_span(signal.new, new))


def _span(words: str | None, paragraphs: Sequence[Paragraph]) -> Span | None:
    if not words:
        return None
    for p in paragraphs:
        k = p.text.find(words)
        if k >= 0:
            return Span(p.id, k, k + len(words))
    return None


def _translation(a: Side, b: Side, la: str, lb: str) -> bool:
    """Whether the lengths are those of a translation (French written about 1.15 times as long as English)."""
    ratio = len(a.text) / max(1, len(b.text))
    if la == "en" and lb == "fr":
        ratio = 1 / ratio if ratio else 0.0
    low, high = TRANSLATION_LENGTH
    return low <= ratio <= high if la != lb else 0.9 <= ratio <= 1.1


def _marker(markers: Sequence[Marker], text: str | None) -> Marker | None:
    return next((m for m in markers if m.text == text), None) if text else None


def _signal(issue: Issue, a: Side, b: Side) -> Signal | None:
    kind = SIGNAL_TYPE.get(issue.type, issue.type)
    old, new = issue.a, issue.b
    if issue.type == "verb" and a.force.lead and b.force.lead:
        stronger = b.force.lead.level > a.force.lead.level
        return Signal("verb", "stronger" if stronger else "weaker", old, new,
                      "verb_stronger" if stronger else "verb_weaker",
                      params(old_verb=a.force.lead.key, new_verb=b.force.lead.key))
    if issue.type == "hedge":
        if new is not None and old is None:
            m = _marker(b.force.hedges, new)
            return Signal("hedge", "weaker", None, new, "hedge_added", params(hedge=m.key if m else None))
        if old is not None and new is None:
            return Signal("hedge", "stronger", old, None, "hedge_removed")
        return Signal("hedge", "neutral", old, new, "hedged", params(hedge=None))
    if issue.type == "intensifier":
        if new is not None and old is None:
            return Signal(kind, "stronger", None, new, "intensifier_added")
        if old is not None and new is None:
            return Signal(kind, "weaker", old, None, "intensifier_removed")
        return Signal(kind, "neutral", old, new, "verb_neutral")
    if issue.type == "modality":
        ra = max((int(rung(m)) for m in a.force.modals), default=0)
        rb = max((int(rung(m)) for m in b.force.modals), default=0)
        if ra == rb:
            return None
        return Signal(kind, "stronger" if rb > ra else "weaker", old, new,
                      "obligation_stronger" if rb > ra else "obligation_weaker")
    if issue.type == "deadline":
        if old is None:
            return Signal(kind, "stronger", None, new, "deadline_added")
        if new is None:
            return Signal(kind, "weaker", old, None, "deadline_removed")
        return Signal(kind, "neutral", old, new, "deadline_changed")
    if issue.type == "negation":
        return Signal(kind, "neutral", old, new, "negation_added" if old is None else "negation_removed")
    # figures, dates, symbols, references, sub-items: said, not judged
    key = "quantity_added" if old is None else "quantity_removed" if new is None else "quantity_changed"
    return Signal(kind, "neutral", old, new, key)
