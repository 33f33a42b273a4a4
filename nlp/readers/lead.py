"""A paragraph's lead: the opening verb or verb phrase that carries its force.

« Réaffirmant », « Prie instamment », « Condamne à nouveau avec la plus grande fermeté »,
« Nous nous engageons de nouveau », « Se déclarant gravement préoccupé »; « Urges », « Calls upon »,
« We commit », « Deeply concerned ». Plain rules over word lists kept in
``resources/lexicons/<lang>/lead_*.txt`` (no spaCy: reading must stay fast and model-free):

    [adverbs] [Nous/We [, apposition,]] [clitics] HEAD [adverbs | complements]*

HEAD is the first word, unless it is a stop word (an article, a preposition…), an infinitive (a list
item such as « a) Renforcer… » takes its force from the paragraph that introduces it) or, in English,
a word that does not look like a verb form (-s, -ing, -ed) or a known adjective of state.
The lead is the matching opening of the text, verbatim, except that an apposition between the
subject and its verb is left out: « Nous, États Membres…, réaffirmons » → « Nous réaffirmons ».
"""

from __future__ import annotations

import re
from functools import cache

from nlp.model.grammar import LANGUAGES, grammar
from nlp.model.knowledge import word_list
from nlp.model.resources import resource

LEXICONS = resource("lexicons")


def _g(language: str):
    return grammar(language).lead


def _skippable(language: str) -> tuple[str, ...]:
    """Clitics and modals: what may stand between « nous » / "we" and its verb."""
    return _g(language).clitics + _g(language).modals

# a word, with an elided article or pronoun split off (« l'esprit » → « l' », « esprit »)
_TOKEN = re.compile(r"[^\W\d_]+['’]|[^\W_]+(?:-[^\W_]+)*|[^\w\s]")

_MAX_APPOSITION = 80  # tokens between « Nous, » and its verb


@cache
def _phrases(language: str, name: str) -> tuple[tuple[str, ...], ...]:
    """A word list as token tuples, longest first (so that the longest phrase matches)."""
    items = {tuple(_key(t) for t in _TOKEN.findall(line)) for line in word_list(LEXICONS / language / f"lead_{name}.txt")}
    return tuple(sorted(items, key=len, reverse=True))


def _key(token: str) -> str:
    return token.replace("’", "'").casefold()


def _adjective_key(token: str, language: str) -> str:
    """The base form of an adjective (French: « préoccupées » → « préoccupé »)."""
    key = _key(token)
    for ending in _g(language).adjective_endings:
        if key.endswith(ending) and len(key) > len(ending) + 3:
            return key[: -len(ending)]
    return key


@cache
def _index(language: str, name: str) -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """Phrases by their first word (longest first), and the adjective keys of one-word phrases."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _phrases(language, name):
        by_first.setdefault(phrase[0], []).append(phrase)
    adjectives = frozenset(_adjective_key(p[0], language) for p in _phrases(language, name) if len(p) == 1)
    return {k: tuple(v) for k, v in by_first.items()}, adjectives


def _match(keys: list[str], i: int, language: str, name: str, inflected: bool = False) -> int:
    """Number of words from i that form one of the phrases of a word list (0 when none)."""
    if i >= len(keys):
        return 0
    by_first, adjectives = _index(language, name)
    for phrase in by_first.get(keys[i], ()):
        n = len(phrase)
        if tuple(keys[i : i + n]) == phrase:
            return n
    if inflected and _adjective_key(keys[i], language) in adjectives:
        return 1
    return 0


def _is_infinitive(word: str, language: str) -> bool:
    w, g = word.casefold(), _g(language)
    if g.infinitive_endings and w.endswith(g.infinitive_endings):
        return True
    return bool(g.infinitive_pattern and g.infinitive_pattern.search(w))


def _looks_like_head(word: str, language: str) -> bool:
    if not word[:1].isalpha() or _key(word) in _stopwords(language):
        return False
    if _is_infinitive(word, language):
        return False
    heads = _g(language).head_endings
    if heads:  # a language whose verbs show in their endings: the head must look like one
        return word.casefold().endswith(heads) or bool(_match([_key(word)], 0, language, "complements"))
    return True


def _subject_verb_at(tokens: list[str], i: int, language: str) -> bool:
    """Whether a verb agreeing with « nous » / « we » starts at token i (after an apposition)."""
    while i < len(tokens) - 1 and _key(tokens[i]) in _skippable(language):
        i += 1
    word = tokens[i]
    if not word[:1].isalpha() or not word[:1].islower() or _key(word) in _stopwords(language):
        return False
    g = _g(language)
    if g.subject_verb_endings:
        return word.endswith(g.subject_verb_endings)
    return not word.endswith(g.not_subject_verb_endings)


@cache
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(p[0] for p in _phrases(language, "stopwords") if len(p) == 1)


def _spans(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    tokens, spans = [], []
    for m in _TOKEN.finditer(text, 0, 600):
        tokens.append(m.group())
        spans.append(m.span())
        if len(tokens) > _MAX_APPOSITION + 20:
            break
    return tokens, spans


def lead_of(text: str, kind: str = "operative", language: str = "fr") -> str | None:
    """The lead of a paragraph's text (number and markup already removed), or None."""
    language = language if language in LANGUAGES else "fr"
    tokens, spans = _spans(text)
    if not tokens:
        return None
    keys = [_key(t) for t in tokens]
    i = 0
    # adverbs before the verb: « Profondément préoccupée », « Further requests »
    while (n := _match(keys, i, language, "adverbs")) and i + n < len(tokens):
        i += n
    start = 0
    pieces: list[tuple[int, int]] = []  # token ranges that make up the lead, in order
    subject = _key(tokens[i]) in _g(language).subject
    if subject:
        pieces.append((start, i + 1))
        i += 1
        if i < len(tokens) and tokens[i] == ",":
            # « Nous, États Membres de l'Organisation des Nations Unies, réaffirmons »; « We, the Heads
            # of State and Government, gathered in New York, reaffirm »: the verb follows a comma
            verb = next(
                (j for j in range(i + 2, min(len(tokens), i + _MAX_APPOSITION)) if tokens[j - 1] == "," and _subject_verb_at(tokens, j, language)),
                None,
            )
            if verb is None:
                return None
            i = verb
        start = i
        while i < len(tokens) and _key(tokens[i]) in _skippable(language):
            i += 1
        if i >= len(tokens) or not tokens[i][:1].isalpha() or _key(tokens[i]) in _stopwords(language):
            return None
    elif kind == "other":
        return None
    else:
        while i < len(tokens) - 1 and _key(tokens[i]) in _g(language).reflexive:
            i += 1
        if not _looks_like_head(tokens[i], language):
            return None
    i += 1  # the head verb
    while i < len(tokens):
        n = _match(keys, i, language, "adverbs") or _match(keys, i, language, "complements", inflected=(language == "fr"))
        if not n:
            break
        i += n
    pieces.append((start, i))
    return " ".join(text[spans[a][0] : spans[b - 1][1]] for a, b in pieces if b > a)


def opens_preambular(text: str, language: str = "fr") -> bool:
    """Whether a line opens like a preambular paragraph: a capitalised participle or adjective of
    state, possibly after adverbs (« Rappelant », « Se félicitant », « Profondément préoccupée »,
    « Recalling », « Deeply concerned », « Convaincue »). Stricter than :func:`lead_of`: it tells
    where a paragraph starts in a text laid out one paragraph a line, without blank lines."""
    language = language if language in LANGUAGES else "fr"
    tokens, _ = _spans(text[:200])
    if not tokens or not tokens[0][:1].isupper():
        return False
    keys = [_key(t) for t in tokens]
    i = 0
    while (n := _match(keys, i, language, "adverbs")) and i + n < len(tokens):
        i += n
    while i < len(tokens) - 1 and keys[i] in _g(language).reflexive:
        i += 1
    word = keys[i]
    if not word[:1].isalpha() or word in _stopwords(language):
        return False
    participles = _g(language).participle_endings
    names = _g(language).name_endings
    if names and word.endswith(names) and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
        return False  # « United Nations », « Federated States »: a name, not « Deeply concerned »
    return word.endswith(participles) or bool(
        _match(keys, i, language, "complements", inflected=(language == "fr"))
    )
