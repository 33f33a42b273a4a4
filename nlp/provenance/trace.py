"""Trace a draft against the library: for each paragraph, its closest sources and its status.

1. Candidates: the library's fingerprint index gives the paragraphs sharing the most wording
   (nlp.library.sources); the draft itself, and any copy of it (same symbol, same language), is
   never its own source.
2. Score: each candidate's words against the paragraph's (nlp.provenance.score); the best paragraph
   of each document is kept, if it is at least ``RELATED``.
   Two files of one document (the same symbol in the same language) count as one document.
3. Judge: each kept source is diffed with the paragraph and labelled by the engine's commitment
   analysis, exactly as a link of a comparison (source = old, draft = new).
4. Status: ``new`` when no source reaches ``SAME``; else ``verbatim`` when the best source's label is
   ``unchanged`` (no substantive difference), ``edited`` otherwise.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from pathlib import PurePath
from typing import TYPE_CHECKING, Callable

from nlp.library.sources import Candidate
from nlp.model.document import Document, Paragraph
from nlp.model.errors import Cancelled
from nlp.provenance.model import EDITED, NEW, VERBATIM, Provenance, Source, TracedParagraph
from nlp.provenance.score import Wording

if TYPE_CHECKING:
    from nlp.library.store import Library

# Scores (nlp.provenance.score) set from the hand-read sources of the 2025 declaration: at RELATED two
# paragraphs share a clause or a formula, at SAME a reader sees one paragraph, edited or not.
RELATED = 0.35
SAME = 0.45
LIMIT = 5  # sources listed per paragraph
# draft paragraphs whose candidates are found together (each fingerprint read once for all of them),
# between two looks at ``cancel`` and two progress reports
CHUNK = 25

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


Pair = tuple[str, str, str, str, str]  # source text, its kind, draft text, its kind, language
Judge = Callable[[list[Pair]], list[tuple]]  # pairs -> (diff, change, signals) of each


def trace(draft: Document, library: "Library", limit: int = LIMIT, progress: Progress | None = None,
          cancel: Cancel | None = None, judge: Judge | None = None) -> Provenance:
    """The provenance of every paragraph of ``draft``. ``judge`` labels the (source, paragraph) pairs
    found (default: :func:`judge_pairs` here; the window runs it in its engine process)."""
    from nlp.library.store import document_key

    report = progress or (lambda f, m: None)
    own = document_key(draft)
    language = _language(draft)
    found: list[list[tuple[Candidate, float]]] = []
    paragraphs = draft.paragraphs
    for start in range(0, len(paragraphs), CHUNK):
        if cancel is not None and cancel():
            raise Cancelled()
        report(0.5 * start / max(len(paragraphs), 1), "finding the closest paragraphs")
        chunk = paragraphs[start : start + CHUNK]
        for paragraph, candidates in zip(chunk, library.candidates_of_many([p.text for p in chunk], exclude=(own,))):
            found.append(_best_per_document(draft, candidates, wording_of(paragraph.text))[:limit])
    report(0.5, "judging what changed")
    pairs = list(dict.fromkeys(
        (c.text, c.kind, p.text, p.kind, language) for p, kept in zip(draft, found) for c, _ in kept
    ))
    judged = dict(zip(pairs, (judge or judge_pairs)(pairs)))
    traced = []
    for paragraph, kept in zip(draft, found):
        sources = tuple(
            _source(c, score, judged[(c.text, c.kind, paragraph.text, paragraph.kind, language)]) for c, score in kept
        )
        traced.append(TracedParagraph(paragraph.id, _status(sources), sources))
    report(1.0, "done")
    return Provenance(draft, tuple(traced), str(library.path))


def judge_pairs(pairs: list[Pair]) -> list[tuple]:
    """(diff, change, signals) of each (source, paragraph) pair, as the engine labels a link.

    The texts the engine will parse are parsed first, many at a time: spaCy reads a batch of texts
    in about 60% of the time it takes to read them one by one."""
    fresh = [pair for pair in dict.fromkeys(pairs) if pair not in _judged_cache]
    for start in range(0, len(fresh), PARSE_AHEAD):
        chunk = fresh[start : start + PARSE_AHEAD]
        _parse_ahead(chunk)
        for pair in chunk:
            _remember(pair, _judged(*pair))
    return [_judged_cache.get(pair) or _judged(*pair) for pair in pairs]


@lru_cache(maxsize=1 << 13)
def wording_of(text: str) -> Wording:
    """A paragraph's wording, made once per process for a text that recurs (agreed language does)."""
    return Wording(text)


def _best_per_document(draft: Document, found: list[Candidate], mine: Wording) -> list[tuple[Candidate, float]]:
    best: dict[str, tuple[Candidate, float]] = {}
    for c in found:
        if c.language != draft.language or (draft.symbol and c.symbol == draft.symbol):
            continue  # another language, or another copy of the draft itself
        score = round(mine.similarity(wording_of(c.text)), 4)
        # one source per document; two files of one document (its .txt and its .xml) are one document
        key = f"{c.symbol}\n{c.language}" if c.symbol else c.document
        if score >= RELATED and (key not in best or score > best[key][1]):
            best[key] = (c, score)
    ranked = sorted(best.values(), key=lambda cs: cs[0].adopted or "", reverse=True)  # most recent first…
    ranked.sort(key=lambda cs: cs[1], reverse=True)  # …among equal scores (the sort is stable)
    return ranked


def _status(sources: tuple[Source, ...]) -> str:
    if not sources or sources[0].score < SAME:
        return NEW
    return VERBATIM if sources[0].change == "unchanged" else EDITED


def _language(doc: Document) -> str:
    return doc.language if doc.language in ("fr", "en") else "fr"


def _source(c: Candidate, score: float, judged: tuple) -> Source:
    diff, change, signals = judged
    return Source(c.symbol, c.pid, c.adopted, score, change, c.document, c.symbol or PurePath(c.path).name,
                  c.text, diff, signals)


# Pairs judged per batch of parses: their texts stay in the engine's parse cache (512 texts) until judged.
PARSE_AHEAD = 100
# Each pair of texts is judged once per process: agreed language recurs from resolution to resolution,
# and a draft is traced again as it is revised.
_JUDGED_MAX = 1 << 14
_judged_cache: OrderedDict[Pair, tuple] = OrderedDict()


def _remember(pair: Pair, judged: tuple) -> None:
    _judged_cache[pair] = judged
    _judged_cache.move_to_end(pair)
    while len(_judged_cache) > _JUDGED_MAX:
        _judged_cache.popitem(last=False)


def _parse_ahead(pairs: list[Pair]) -> None:
    """Parse together the texts the engine's commitment analysis will read for ``pairs``: both texts of
    a pair whose wording differs beyond editorial changes (the engine labels the others without a
    parse). Only a matter of speed: a text parsed here and not read, or read and not parsed here, gives
    the same label."""
    from nlp.engine import pipeline
    from nlp.engine.commitment import editorial, lexicon

    texts: dict[str, list[str]] = {}
    for source, _, text, _, language in pairs:
        lex = lexicon.load(language if language in ("fr", "en") else "en")
        if source != text and not editorial.editorial_only(source, text, lex):
            texts.setdefault(language, []).extend((source, text))
    for language, batch in texts.items():
        pipeline.parse(list(dict.fromkeys(batch)), language)


def _judged(source: str, source_kind: str, text: str, kind: str, language: str) -> tuple:
    """The engine's word diff and commitment label of a source against a draft paragraph, as for a
    link (source = old)."""
    from nlp.engine import commitment
    from nlp.engine.worddiff import word_diff

    diff = tuple(word_diff(source, text))
    assessment = commitment.assess_link([Paragraph("source", source_kind, source)], [Paragraph("draft", kind, text)], language, diff)
    return diff, assessment.change.value, tuple(assessment.signals)
