"""Compare two versions: align their paragraphs, diff each link, judge what changed in the commitment.

``compare(old, new)`` returns an immutable :class:`~nlp.model.comparison.Comparison` (the contract's
``compare --format json``). It is called by :func:`nlp.service.open_comparison` (files, the
library) for the command line and, on a background thread, for the window:
``progress(fraction, message)`` reports, ``cancel()`` returning true stops the work with
:class:`~nlp.model.errors.Cancelled`. The spaCy pipeline is loaded once per process by nlp.engine.pipeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from nlp.engine import commitment
from nlp.engine.commitment.function import with_functions
from nlp.engine.align import background
from nlp.engine.align.aligner import Group, align
from nlp.engine.align.features import extract
from nlp.engine.align.similarity import Space
from nlp.engine.worddiff import word_diff
from nlp.model.comparison import Added, Comparison, Link, Removed
from nlp.model.document import Document
from nlp.model.errors import Cancelled, InputError

# Bump when alignment or labelling changes: stored comparisons made by another version are recomputed.
ENGINE_VERSION = "align-6"

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


def compare(old: Document, new: Document, progress: Progress | None = None, cancel: Cancel | None = None) -> Comparison:
    """Align ``old`` with ``new`` and say what became of every paragraph (see docs/contract.md)."""
    report = progress or (lambda f, m: None)

    def check() -> None:
        _check(cancel)

    language = _language(old, new)
    # what each paragraph does (preambular or operative), whatever its numbering: read once, kept in the model
    old, new = with_functions(old), with_functions(new)
    report(0.1, "analysing the paragraphs")
    old_f, new_f = extract((old, new), language, check, lambda f: report(0.1 + 0.3 * f, "analysing the paragraphs"))
    check()
    space = Space(old_f, new_f, background.frequencies(language))
    groups = align(old, new, space, check, lambda f, m: report(f, m))
    check()

    links = []
    for k, g in enumerate(groups):
        if k % 16 == 0:
            check()
            report(0.8 + 0.18 * k / len(groups), "judging what changed")
        links.append(_link(old, new, g, language))
    check()
    linked_old = {pid for l in links for pid in l.old}
    linked_new = {pid for l in links for pid in l.new}
    added = tuple(Added(p.id, *_assess_paragraph(p, language)) for p in new if p.id not in linked_new)
    removed = tuple(Removed(p.id, *_assess_paragraph(p, language)) for p in old if p.id not in linked_old)
    links.sort(key=lambda l: new.position(l.new[0]))
    report(1.0, "done")
    return Comparison(old=old, new=new, links=tuple(links), added=added, removed=removed, engine=ENGINE_VERSION)


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


_LANGUAGE_NAMES = {"fr": "French", "en": "English"}


def _language(old: Document, new: Document) -> str:
    """The pair's one language. Two languages are refused: no paragraph would match, and a reader
    would be told that everything was removed and added."""
    if old.language != new.language:
        name = _LANGUAGE_NAMES.get
        raise InputError(
            new.path,
            f"is in {name(new.language, new.language)} but {Path(old.path).name} is in "
            f"{name(old.language, old.language)}: compare two versions in the same language",
        )
    return old.language if old.language in ("fr", "en") else "fr"


def _link(old: Document, new: Document, g: Group, language: str) -> Link:
    olds = [old.paragraphs[i] for i in g.old]
    news = [new.paragraphs[j] for j in g.new]
    diff = word_diff(" ".join(p.text for p in olds), " ".join(p.text for p in news))
    assessment = commitment.assess_link(olds, news, language, diff)
    return Link(
        old=tuple(p.id for p in olds),
        new=tuple(p.id for p in news),
        score=round(min(1.0, max(0.0, g.score)), 4),
        change=assessment.change,
        moved=g.moved,
        diff=diff,
        signals=tuple(assessment.signals),
    )


def _assess_paragraph(p, language: str):
    commits, signals = commitment.assess_paragraph(p, language)
    return bool(commits), tuple(signals)
