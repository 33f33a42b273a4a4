"""The one link builder: what the engine and a person's correction both call to make a link.

A link's two sides are joined once (:func:`nlp.model.comparison.joined`), diffed word by word, judged
by the commitment analysis, and scored by the alignment's similarity of the two groups of paragraphs
(:meth:`Space.group_sim`). The engine passes the space it aligned with; a correction gets the same
space for its two documents from :func:`space_for`, so a link drawn by hand and the same link found by
the engine are the same value except for ``manual``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from nlp.engine import commitment
from nlp.engine.align import background
from nlp.engine.align.features import extract
from nlp.engine.align.similarity import Space
from nlp.engine.worddiff import word_diff
from nlp.model.comparison import Added, Link, Removed, joined
from nlp.model.document import Document
from nlp.model.errors import InputError

_LANGUAGE_NAMES = {"fr": "French", "en": "English"}


def pair_language(old: Document, new: Document) -> str:
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


def make_space(old: Document, new: Document, language: str, check=lambda: None, progress=lambda f: None) -> Space:
    """The alignment's space; the paragraphs that changed are parsed once for both the alignment and the
    commitment analysis, which keeps their markers (:func:`commitment.remember`), not their Docs."""
    old_f, new_f = extract((old, new), language, check, progress,
                           parsed=lambda text, doc: commitment.remember(text, language, doc))
    return Space(old_f, new_f, background.frequencies(language))


@lru_cache(maxsize=4)
def space_for(old: Document, new: Document) -> Space:
    """The alignment's space for two documents (their paragraphs' features are cached by text, so this
    costs little once the pair was compared in this process)."""
    return make_space(old, new, pair_language(old, new))


def score(space: Space, old_index: Sequence[int], new_index: Sequence[int]) -> float:
    """How alike the link's two sides are, 0..1: the alignment's similarity of the two groups."""
    return round(min(1.0, max(0.0, space.group_sim(list(old_index), list(new_index)))), 4)


def build_link(old: Document, new: Document, old_ids: Sequence[str], new_ids: Sequence[str], space: Space,
               moved: bool = False, manual: bool = False) -> Link:
    """The link of ``old_ids`` (in the old text's order) with ``new_ids``: joined texts, diff, label,
    signals and score."""
    language = pair_language(old, new)
    olds = [old.paragraph(p) for p in old_ids]
    news = [new.paragraph(p) for p in new_ids]
    old_text, new_text = joined(p.text for p in olds), joined(p.text for p in news)
    diff = word_diff(old_text, new_text)
    assessment = commitment.assess_link(olds, news, language, diff)
    return Link(
        old=tuple(old_ids),
        new=tuple(new_ids),
        score=score(space, [old.position(p) for p in old_ids], [new.position(p) for p in new_ids]),
        change=assessment.change,
        moved=moved,
        diff=diff,
        signals=tuple(assessment.signals),
        manual=manual,
        old_text=old_text,
        new_text=new_text,
    )


def added(new: Document, pid: str) -> Added:
    commits, signals = commitment.assess_paragraph(new.paragraph(pid), _language(new))
    return Added(pid, bool(commits), tuple(signals))


def removed(old: Document, pid: str) -> Removed:
    commits, signals = commitment.assess_paragraph(old.paragraph(pid), _language(old))
    return Removed(pid, bool(commits), tuple(signals))


def _language(document: Document) -> str:
    return document.language if document.language in ("fr", "en") else "fr"
