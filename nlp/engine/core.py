"""Compare two versions: align their paragraphs, diff each link, judge what changed in the commitment.

``compare(old, new)`` returns an immutable :class:`~nlp.model.comparison.Comparison` (the contract's
``compare --format json``). It is called by :func:`nlp.service.open_comparison` (files, the
library) for the command line and, on a background thread, for the window:
``progress(fraction, message)`` reports, ``cancel()`` returning true stops the work with
:class:`~nlp.model.errors.Cancelled`. The spaCy pipeline is loaded once per process by nlp.engine.pipeline.
"""

from __future__ import annotations

from typing import Callable, MutableMapping

from nlp.engine import links
from nlp.engine.align.aligner import align
from nlp.engine.commitment.function import with_functions
from nlp.model import collector
from nlp.model.comparison import Comparison
from nlp.model.document import Document
from nlp.model.errors import Cancelled

# Bump when alignment or labelling changes: stored comparisons made by another version are recomputed.
# align-6: rewritten paragraphs diffed clause by clause; align-7: many-to-many links cut into the pairs a
# reader can follow, one link builder and score for the engine and corrections; align-8: French and English
# versions aligned by meaning instead of refused; align-9: signals as data, equivalents unchanged,
# frequencies and hedges by rule, the function of each paragraph; align-10: lemmas and synonyms in editorial
ENGINE_VERSION = "align-10"

CROSS_LANGUAGES = frozenset({"fr", "en"})  # the languages the encoder and the shared lexicons cover

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


def compare(old: Document, new: Document, progress: Progress | None = None, cancel: Cancel | None = None,
            vectors: MutableMapping[str, bytes] | None = None) -> Comparison:
    """Align ``old`` with ``new`` and say what became of every paragraph (see docs/contract.md).

    Two versions in different languages (French and English) are aligned by meaning (:mod:`nlp.engine.across`);
    ``vectors`` then keeps the paragraphs' sentence vectors between runs (a library can give its store).
    No cycle collection runs meanwhile (:mod:`nlp.model.collector`: what is built is kept, not garbage)."""
    with collector.bulk(keep=False):
        return _compare(old, new, progress, cancel, vectors)


def _compare(old: Document, new: Document, progress: Progress | None, cancel: Cancel | None,
             vectors: MutableMapping[str, bytes] | None) -> Comparison:
    report = progress or (lambda f, m: None)
    # what each paragraph does (preambular or operative), whatever its numbering: read once, kept in the model
    old, new = with_functions(old), with_functions(new)
    if _across(old, new):
        from nlp.engine.across import compare_across

        return compare_across(old, new, ENGINE_VERSION, progress, cancel, vectors)

    def check() -> None:
        _check(cancel)

    language = links.pair_language(old, new)
    report(0.1, "analysing the paragraphs")
    space = links.make_space(old, new, language, check, lambda f: report(0.1 + 0.3 * f, "analysing the paragraphs"))
    check()
    groups = align(old, new, space, check, lambda f, m: report(f, m))
    check()

    made = []
    for k, g in enumerate(groups):
        if k % 16 == 0:
            check()
            report(0.8 + 0.18 * k / len(groups), "judging what changed")
        made.append(links.build_link(old, new, [old.paragraphs[i].id for i in g.old], [new.paragraphs[j].id for j in g.new],
                                     space, moved=g.moved))
    check()
    linked_old = {pid for link in made for pid in link.old}
    linked_new = {pid for link in made for pid in link.new}
    added = tuple(links.added(new, p.id) for p in new if p.id not in linked_new)
    removed = tuple(links.removed(old, p.id) for p in old if p.id not in linked_old)
    made.sort(key=lambda link: new.position(link.new[0]))
    report(1.0, "done")
    return Comparison(old=old, new=new, links=tuple(made), added=added, removed=removed, engine=ENGINE_VERSION)


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


def _across(old: Document, new: Document) -> bool:
    return old.language != new.language and {old.language, new.language} <= CROSS_LANGUAGES
