"""Commitment analysis: what a change of wording does to what States commit to.

Public interface used by the engine (and by manual corrections in the window):

- ``assess_link(old, new, language, diff) -> Assessment``: the change label of a link
  (``unchanged``, ``modified``, ``strengthened``, ``weakened``) and the signals that justify it;
- ``assess_paragraph(paragraph, language) -> (commitment, signals)`` for an added or
  removed paragraph: whether it commits or asks someone to act, and what says so.

Signals are data (kind, direction, spans, message key and parameters); :func:`notes.render_note` writes
their sentence in the reader's language when they are shown.

The knowledge (verb scales, hedges, intensifiers, scope words, note templates) is in
``resources/lexicons``; :mod:`markers` finds it in a text, :mod:`editorial` tells editorial from
substantive edits, :mod:`judge` nets the signals into a label.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Sequence

from nlp.engine.commitment import editorial, judge, lexicon
from nlp.engine.commitment.clauses import clauses
from nlp.engine.commitment.markers import Marker
from nlp.model import comparison
from nlp.model.comparison import Change, DiffOp, Op, Signal, Span, params
from nlp.model.document import Paragraph
from nlp.model.grammar import grammar


@dataclass(frozen=True, slots=True)
class Assessment:
    change: Change
    signals: tuple[Signal, ...] = ()


# The markers of texts parsed while the alignment read them (see :func:`remember`): compact values, so
# that no Doc is kept; bounded, for a process that compares for hours (the window's engine, a batch).
_REMEMBERED_MAX = 20_000
_remembered: "OrderedDict[tuple[str, str], tuple[Marker, ...]]" = OrderedDict()
_remembered_lock = threading.Lock()


def remember(text: str, language: str, doc) -> None:
    """Keep the markers of ``text`` from ``doc``, its full parse, read for another purpose (the alignment
    reads each changed paragraph with the whole pipeline and shows it here before letting it go)."""
    from nlp.engine.commitment.components import markers_of

    found = markers_of(doc, _lexicon_language(language))
    with _remembered_lock:
        _remembered[(language, text)] = found
        while len(_remembered) > _REMEMBERED_MAX:
            _remembered.popitem(last=False)


def _markers(text: str, language: str) -> tuple[Marker, ...]:
    """The markers of one text: those remembered from the alignment's reading, else from its (cached) parse."""
    from nlp.engine import pipeline
    from nlp.engine.commitment.components import markers_of

    if not text.strip():
        return ()
    with _remembered_lock:
        found = _remembered.get((language, text))
    if found is not None:
        return found
    doc = pipeline.parse([text], language)[0]
    return markers_of(doc, _lexicon_language(language))


def _lexicon_language(language: str) -> str:
    return language if language in ("fr", "en") else "en"


def joined(paragraphs: Sequence[Paragraph]) -> str:
    """A link's side as one text, as the engine diffs it (the model's one way to join them)."""
    return comparison.joined(p.text for p in paragraphs)


def assess_link(old: Sequence[Paragraph], new: Sequence[Paragraph], language: str, diff: Sequence[DiffOp]) -> Assessment:
    old_text, new_text = joined(old), joined(new)
    if diff and all(d.op is Op.EQUAL for d in diff):
        return Assessment(Change.UNCHANGED)
    lex = lexicon.load(_lexicon_language(language))
    if editorial.editorial_only(old_text, new_text, lex):
        return Assessment(Change.UNCHANGED)
    old_markers, new_markers = _markers(old_text, language), _markers(new_text, language)
    if editorial.equivalents_only(old_text, new_text, old_markers, new_markers, lex):
        return Assessment(Change.UNCHANGED)  # equivalents swapped: the lexicon puts them on one rung or class
    lang = _lexicon_language(language)
    signals = judge.compare(clauses(old_markers, len(old_text), old_text, lang),
                            clauses(new_markers, len(new_text), new_text, lang),
                            len(old_text), len(new_text), lex, old_text, new_text)
    placed = tuple(replace(s, old_span=_place(s.old_span, old), new_span=_place(s.new_span, new)) for s in signals)
    return Assessment(judge.net_change(placed), placed)


def _place(span: Span | None, paragraphs: Sequence[Paragraph]) -> Span | None:
    """A span of a link's joined text (see :func:`joined`) as a span of the paragraph that holds it."""
    if span is None:
        return None
    offset = 0
    for p in paragraphs:
        end = offset + len(p.text)
        if span.start < end or p is paragraphs[-1]:
            start = max(0, span.start - offset)
            return Span(p.id, start, max(start, min(len(p.text), span.end - offset)))
        offset = end + 1  # the joining space
    return None


def assess_paragraph(paragraph: Paragraph, language: str) -> tuple[bool, tuple[Signal, ...]]:
    lex = lexicon.load(_lexicon_language(language))
    found = _markers(paragraph.text, language)
    signals: list[Signal] = []
    commits = False
    for m in found:
        if m.kind == "verb" and m.commits and m.level >= lex.commit_threshold:
            commits = commits or m.weight >= 1.0
            signals.append(_found("verb", m, paragraph, "commitment", m.weight, new_verb=m.key))
        elif m.kind == "hedge":
            signals.append(_found("hedge", m, paragraph, "hedged", hedge=m.key))
        elif m.kind == "deadline":
            signals.append(_found("deadline", m, paragraph, "deadline_added"))
    if paragraph.function is not None:
        # what the paragraph does (nlp.engine.commitment.function) decides whether it commits
        return paragraph.function == "operative", tuple(signals)
    if paragraph.kind == "preambular":
        return False, tuple(signals)
    if not commits and paragraph.parent is not None and _opens_with_infinitive(paragraph.text, found, language):
        # « a) Renforcer … » under « Nous nous engageons à : »: the item is an action of the list
        return True, (Signal("verb", "neutral", None, None, "listed_action"),) + tuple(signals)
    return commits, tuple(signals)


def _found(kind: str, m: Marker, paragraph: Paragraph, key: str, weight: float = 1.0, **extra: str) -> Signal:
    """What an added or removed paragraph says (a verb, a hedge, a deadline), where it says it."""
    return Signal(kind, "neutral", None, m.text, key, params(new=m.text, **extra), weight,
                  None, Span(paragraph.id, m.start, m.end))


def _opens_with_infinitive(text: str, found: Sequence[Marker], language: str) -> bool:
    from nlp.engine import pipeline

    doc = pipeline.parse([text], language)[0]
    first = next((t for t in doc if not t.is_punct and not t.is_space), None)
    if first is None or any(m.kind == "verb" and m.start == 0 for m in found):
        return False
    forms = first.morph.get("VerbForm", []) if doc.has_annotation("MORPH") else []
    if forms:
        return "Inf" in forms
    endings = grammar(_lexicon_language(language)).clauses.infinitive_endings
    return bool(endings) and first.text.lower().endswith(endings)
