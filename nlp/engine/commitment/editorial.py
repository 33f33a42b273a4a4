"""Whether two wordings differ only editorially (the contract's ``unchanged``).

Editorial: punctuation, typography, case, articles and connectives (« et » → « ainsi que »), a repeated
subject pronoun, the number of a noun, word order, footnote call-outs, and synonyms the lexicon lists
(including a synonym added beside its twin: « coopération » → « coopération et collaboration »).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from nlp.engine.commitment.lexicon import Lexicon, load, words
from nlp.model.grammar import grammar

REFLEXIVE = "↺"  # a reflexive pronoun, in the canonical words
_LETTERS_DIGITS = re.compile(r"[^\W\d_]+'?|\d+(?:[.,]\d+)*")


@lru_cache(maxsize=4)
def _lemma_table(language: str):
    """The lookup lemmatizer's table of ``language`` (English without a model), or None: a word's lemma
    by its form alone, with no parse (spacy-lookups-data, bundled)."""
    from nlp.engine import pipeline

    nlp = pipeline.load(language)
    if "lemmatizer" not in nlp.pipe_names or nlp.get_pipe("lemmatizer").mode != "lookup":
        return None
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup", None)
    return table


def canonical(text: str, lex: Lexicon) -> Counter:
    """The words that carry substance, each in a canonical form, counted (order does not matter)."""
    return _canonical(text, lex.language)


@lru_cache(maxsize=4096)
def _canonical(text: str, language: str) -> Counter:
    lex = load(language)
    g = grammar(language)
    table = _lemma_table(language)

    def lemma(word: str) -> str:
        if table is None or word in lex.ignore:
            return word
        found = table.get(word, word)
        return found.lower() if isinstance(found, str) else word

    ws: list[str] = []
    tokens = words(text, lex.elisions)
    joined = False
    for k, (w, start, end) in enumerate(tokens):
        # a word cut by a line-end hyphen (« inter- gouvernemental », "commi- tments") is one word, and a
        # word's inner hyphens are typography (« inter-gouvernemental »)
        if (w == "-" and ws and k + 1 < len(tokens) and text[end:end + 1].isspace() and start == tokens[k - 1][2]
                and tokens[k + 1][0][:1].isalpha() and tokens[k + 1][0] not in g.clauses.conjunctions):
            joined = True
            continue
        if not w.isalpha():  # superscript digits are call-outs (a word of letters has none)
            w = "".join(c for c in w if not (c.isdigit() and not c.isdecimal()))
        w = w.replace("-", "")
        # an apostrophe that no elision explains is a possessive's ("States’ commitment", "State’s"): the
        # word without it (a lone one is punctuation)
        w = w.rstrip("'")
        if w and (w[0].isalnum() or w.endswith("'")):
            if joined:
                ws[-1] += w
            else:
                # "OP4" is "OP 4"; a lemma where a lookup table gives one ("showing" / "to show")
                ws.extend(_LETTERS_DIGITS.findall(w) or (w,))
        joined = False
    out: list[str] = []
    i, n = 0, len(ws)
    synonym_sizes, ignored_phrases = _phrase_index(language)
    while i < n:
        hit = None
        for size in synonym_sizes.get(ws[i], ()):
            key = tuple(ws[i : i + size])
            if size <= n - i and key in lex.synonyms:
                hit = (lex.synonyms[key], size)
                break
        if hit is not None:
            out.append(hit[0])
            i += hit[1]
            continue
        skip = next((len(p) for p in ignored_phrases.get(ws[i], ()) if tuple(ws[i : i + len(p)]) == p), 0)
        if skip:
            i += skip
            continue
        if i and ws[i] == ws[i - 1] and ws[i] in g.clauses.first_person:
            # a subject pronoun said twice is a reflexive verb's (« nous nous engageons » commits; without
            # it, « nous engageons … à » encourages others): not a repeated subject
            out.append(REFLEXIVE)
        elif ws[i] not in lex.ignore:
            out.append(g.singular(lemma(ws[i])))  # the number or form of a word is no change of substance
        i += 1
    # connectives go, then a synonym said twice in a row (« coopération et collaboration ») counts once
    ignored_ids = {lex.synonyms.get((w,)) for w in lex.ignore}
    kept = [w for w in out if w not in ignored_ids]
    return Counter(w for k, w in enumerate(kept) if not (k and kept[k - 1] == w))


@lru_cache(maxsize=4)
def _phrase_index(language: str) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    """By first word: the lengths of the synonym phrases that start with it (longest first), and the
    ignored phrases that do (in the lexicon's order, longest first): each word tries only those."""
    lex = load(language)
    sizes: dict[str, set[int]] = {}
    for key in lex.synonyms:
        if key:
            sizes.setdefault(key[0], set()).add(len(key))
    ignored: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lex.ignore_phrases:
        ignored.setdefault(phrase[0], []).append(phrase)
    return ({w: tuple(sorted(v, reverse=True)) for w, v in sizes.items()},
            {w: tuple(v) for w, v in ignored.items()})


def editorial_only(old: str, new: str, lex: Lexicon) -> bool:
    return canonical(old, lex) == canonical(new, lex)


# markers whose wording a lexicon lists as equivalents (one rung, one hedge class, one intensifier class…)
EQUIVALENT_KINDS = frozenset({"verb", "hedge", "intensifier", "scope", "obligation"})


def _reduced(text: str, found, lex: Lexicon) -> tuple[Counter, Counter]:
    """The text's canonical words outside its markers, and its markers as language-neutral ids."""
    chars = list(text)
    ids: Counter = Counter()
    for m in found:
        if m.kind in EQUIVALENT_KINDS:
            chars[m.start:m.end] = " " * (m.end - m.start)
            ids[f"{m.kind}:{m.key}"] += 1
    return canonical("".join(chars), lex), ids


def equivalents_only(old: str, new: str, old_markers, new_markers, lex: Lexicon) -> bool:
    """Whether the two wordings differ only by equivalents: each verb replaced by one of its rung, each
    hedge by one of its class (« s'il y a lieu » / « le cas échéant »), and otherwise editorially."""
    return _reduced(old, old_markers, lex) == _reduced(new, new_markers, lex)
