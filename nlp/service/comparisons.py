"""Compare, or reopen from the library: written once, used by the CLI, the window and batches.

The library stores and finds; the engine computes; this module decides which of the two a request
needs. A stored comparison is reused only under the same :class:`~nlp.model.identity.ComparisonKey`
(both documents' content, the engine version, the fingerprint of the lexicons and alignment tables);
otherwise it is computed again and stored, with the corrections a person last made on these two
documents, which :meth:`OpenedComparison.corrected` replays.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import partial
from typing import Callable, Sequence, Union

from nlp.engine import ENGINE_VERSION, compare
from nlp.engine import corrections as replay
from nlp.engine.fingerprint import fingerprint
from nlp.library.store import Library
from nlp.model.comparison import Comparison
from nlp.model.correction import Correction
from nlp.model.document import Document
from nlp.model.errors import Cancelled
from nlp.model.identity import ComparisonKey, document_key
from nlp.readers import read_document

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]
Compute = Callable[[Document, Document, "Progress | None", "Cancel | None"], Comparison]
# a version to compare: a file to read, or a document already read (e.g. a draft's rejected changes)
Source = Union[str, "os.PathLike[str]", Document]


@dataclass(frozen=True, slots=True)
class OpenedComparison:
    """A comparison as the engine made it, with the manual corrections that go with it."""

    comparison: Comparison
    corrections: tuple[Correction, ...] = ()
    id: int | None = None  # its id in the library, when one was given
    reopened: bool = False  # found in the library rather than computed

    def corrected(self) -> Comparison:
        """The comparison with its corrections applied (what a person last saw)."""
        if not self.corrections:
            return self.comparison
        return replay.apply(self.comparison, self.corrections)


def comparison_key(old: Document, new: Document) -> ComparisonKey:
    """The key under which the comparison of ``old`` with ``new`` by this engine is stored."""
    return ComparisonKey.of(old, new, ENGINE_VERSION, fingerprint())


def open_comparison(
    old: Source,
    new: Source,
    library: Library | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    recompute: bool = False,
    compute: Compute | None = None,
) -> OpenedComparison:
    """The comparison of ``old`` with ``new``: reopened from ``library`` when it holds one under the
    same key, else computed (and stored there, with the corrections last made on these documents).

    A file that cannot be read raises :class:`~nlp.model.errors.InputError` naming it; ``cancel()``
    returning true stops the work with :class:`~nlp.model.errors.Cancelled`. ``recompute`` computes
    even when the library holds the comparison (and replaces it there). ``compute`` stands in for the
    engine's ``compare``, with its signature (the window's runs it in the engine's own process).
    """
    report = progress or (lambda fraction, message: None)
    compute = compute or compare  # looked up when called, so that a test can stand in for the engine
    report(0.0, "reading the old version")
    old_doc = _document(old)
    _check(cancel)
    report(0.05, "reading the new version")
    new_doc = _document(new)
    _check(cancel)
    if library is None:
        return OpenedComparison(compute(old_doc, new_doc, progress, cancel))
    if compute is compare:  # across languages the paragraphs' sentence vectors are kept in the library
        from nlp.library.vectors import Vectors

        compute = partial(compare, vectors=Vectors(library))
    key = comparison_key(old_doc, new_doc)
    stored = None if recompute else find_stored(library, key)
    if stored is not None:
        report(1.0, "reopened from the library")
        return stored
    return keep(library, compute(old_doc, new_doc, progress, cancel), key.resources)


def find_stored(library: Library, key: ComparisonKey) -> OpenedComparison | None:
    """The comparison stored under ``key`` with its corrections, or None."""
    cid = library.find_comparison(key)
    if cid is None:
        return None
    comparison, corrections = library.load_comparison(cid)
    return OpenedComparison(comparison, corrections, cid, reopened=True)


def keep(library: Library, comparison: Comparison, resources: str) -> OpenedComparison:
    """Store a comparison just computed (here or on a batch's worker) under the fingerprint of the
    resources that computed it, with the corrections last made on these two documents (a new engine
    or lexicon recomputes; the person's corrections are replayed on its result)."""
    corrections = library.last_corrections(document_key(comparison.old), document_key(comparison.new))
    cid = library.save_comparison(comparison, corrections, resources=resources)
    return OpenedComparison(comparison, corrections, cid)


def keep_all(library: Library, computed: Sequence[tuple[Comparison, str]]) -> list[OpenedComparison]:
    """:func:`keep` of each (comparison, resources), stored in one transaction."""
    if not computed:
        return []
    corrections = [library.last_corrections(document_key(c.old), document_key(c.new)) for c, _ in computed]
    ids = library.save_comparisons([(c, kept, resources) for (c, resources), kept in zip(computed, corrections)])
    return [OpenedComparison(c, kept, cid) for (c, _), kept, cid in zip(computed, corrections, ids)]


def reopen_comparison(library: Library, cid: int) -> OpenedComparison:
    """A comparison kept in the library, by its id, with its corrections (nothing computed)."""
    comparison, corrections = library.load_comparison(cid)
    return OpenedComparison(comparison, corrections, cid, reopened=True)


def _document(source: Source) -> Document:
    return source if isinstance(source, Document) else read_document(source)


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()
