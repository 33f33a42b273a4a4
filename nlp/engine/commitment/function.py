"""What a paragraph does, whatever its number: ``preambular`` (it recalls, recognizes, notes, welcomes)
or ``operative`` (it decides, requests, calls upon, urges, commits).

Some bodies number their preambular paragraphs and declarations number everything, so the place of a
paragraph (its ``kind``) does not say what it does. Its governing verb does: a verb on the action scale
at or above the commitment threshold (``resources/lexicons/<lang>/verbs.toml``) makes it operative; a
participle (« Rappelant », "Recalling", « Exhortant ») or only declaratory verbs make it preambular. A
list item (« a) Renforcer… ») does what the paragraph that introduces it does. Read on the lexicon alone
(no parse), so every paragraph of a document is read at reading speed.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from nlp.engine.commitment import lexicon, markers
from nlp.engine.commitment.lexicon import words
from nlp.model.document import Document, Paragraph
from nlp.model.grammar import grammar
from nlp.readers.lead import opens_preambular

PREAMBULAR, OPERATIVE = "preambular", "operative"


def _language(language: str) -> str:
    return language if language in ("fr", "en") else "en"


def _participle(text: str, language: str) -> bool:
    """Whether the paragraph opens (after its adverbs) on a present participle."""
    if not opens_preambular(text, language):
        return False
    endings = grammar(language).lead.participle_endings
    lex = lexicon.load(language)
    for word, _, _ in words(text[:200], lex.elisions):
        if word in lex.lead_adverbs or word in grammar(language).lead.reflexive:
            continue
        return bool(endings) and word.endswith(endings[:1])
    return False


def function_of(paragraph: Paragraph, language: str, parent: str | None = None) -> str:
    """The function of ``paragraph``; ``parent`` is the function of the paragraph that introduces it."""
    return _function(paragraph.text, paragraph.kind, _language(language), parent)


# by text, not by paragraph: a paragraph kept from one version to the next (most of a long revision) is
# read once for both, and a text compared again (a series, a library, a recomputation) is not read again
@lru_cache(maxsize=16384)
def _function(text: str, kind: str, lang: str, parent: str | None) -> str:
    if _participle(text, lang):
        return PREAMBULAR  # « Rappelant », "Recalling", « Exhortant »: a participle asks nothing
    lex = lexicon.load(lang)
    verbs = markers.governing_verbs(text, lex)
    if any(m.commits and m.level >= lex.commit_threshold for m in verbs):
        return OPERATIVE
    if parent is not None:
        return parent  # a list item (« b) Réaffirmer… ») does what the paragraph that introduces it does
    if verbs:
        return PREAMBULAR  # it recalls, notes, welcomes, reaffirms: it asks nothing of anyone
    return PREAMBULAR if kind == "preambular" else OPERATIVE


def with_functions(document: Document) -> Document:
    """``document`` with each paragraph's ``function`` set (parents before their items)."""
    done: dict[str, str] = {}
    paragraphs = []
    for p in document.paragraphs:
        f = p.function or function_of(p, document.language, done.get(p.parent) if p.parent else None)
        done[p.id] = f
        paragraphs.append(p if p.function == f else replace(p, function=f))
    return replace(document, paragraphs=tuple(paragraphs))
