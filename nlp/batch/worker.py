"""What runs on a Dask worker: read a file's bytes, compare two documents. Plain data in and out.

The worker receives the file's content (not its path: the files need not be on the workers' disks)
and gives back a :class:`~nlp.model.document.Document` or a :class:`~nlp.model.comparison.Comparison`
(immutable values, pickled by Dask), or a :class:`Failed` with the one-line reason. Nothing here
touches the library: only the client writes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from nlp.model.comparison import Comparison
from nlp.model.document import Document
from nlp.model.errors import InputError


@dataclass(frozen=True, slots=True)
class Failed:
    reason: str  # one line, as the command line says it


@dataclass(frozen=True, slots=True)
class Compared:
    comparison: Comparison
    resources: str  # the fingerprint of the lexicons and tables of the worker that computed it


def read_source(name: str, data: bytes | Failed) -> Document | Failed:
    """The document in ``data`` (read from ``name``), or why it cannot be read."""
    if isinstance(data, Failed):
        return data
    from nlp.readers import read_bytes

    try:
        return read_bytes(data, name)
    except InputError as e:
        return Failed(str(e))
    except Exception as e:  # a reader's bug must not stop the batch: the pair is recorded as failed
        return Failed(f"{name}: internal error: {type(e).__name__}: {e}")


def compare_documents(old: Document | Failed, new: Document | Failed) -> Compared | Failed:
    """The engine's comparison of two documents, by the service (no library on a worker)."""
    if isinstance(old, Failed):
        return old
    if isinstance(new, Failed):
        return new
    from nlp.engine.fingerprint import fingerprint
    from nlp.service import open_comparison

    try:
        return Compared(open_comparison(old, new).comparison, fingerprint())
    except InputError as e:
        return Failed(str(e))
    except Exception as e:
        return Failed(f"internal error: {type(e).__name__}: {e}")


def load_models(languages: tuple[str, ...]) -> None:
    """Load once per worker process everything a comparison would otherwise load on its first call
    (the worker plugin calls it, so that no pair's time includes it): the language models, the
    engine's and the service's modules, the lexicons, grammars and the fingerprint of the engine's
    data files. About two seconds beyond the models, once."""
    import nlp.service  # noqa: F401 (the modules a comparison imports)
    from nlp.engine import pipeline
    from nlp.engine.commitment import lexicon
    from nlp.engine.fingerprint import fingerprint
    from nlp.model.grammar import grammar

    for language in languages:
        pipeline.load(language)
        lexicon.load(language)
        grammar(language)
    fingerprint()
