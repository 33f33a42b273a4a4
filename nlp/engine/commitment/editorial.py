"""Whether two wordings differ only editorially (the contract's ``unchanged``).

Editorial: punctuation, typography, case, articles and connectives (« et » → « ainsi que »), a repeated
subject pronoun, the number of a noun, word order, footnote call-outs, and synonyms the lexicon lists
(including a synonym added beside its twin: « coopération » → « coopération et collaboration »).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from nlp.engine.commitment.lexicon import Lexicon, load, words
from nlp.model.grammar import grammar


def canonical(text: str, lex: Lexicon) -> Counter:
    """The words that carry substance, each in a canonical form, counted (order does not matter)."""
    return _canonical(text, lex.language)


@lru_cache(maxsize=4096)
def _canonical(text: str, language: str) -> Counter:
    lex = load(language)
    g = grammar(language)
    ws = []
    for w, _, _ in words(text, lex.elisions):
        w = "".join(c for c in w if not (c.isdigit() and not c.isdecimal()))  # superscript call-outs
        if w and (w[0].isalnum() or w.endswith("'")):
            ws.append(w)
    out: list[str] = []
    i, n = 0, len(ws)
    max_syn = max((len(k) for k in lex.synonyms), default=0)
    while i < n:
        hit = None
        for size in range(min(max_syn, n - i), 0, -1):
            key = tuple(ws[i : i + size])
            if key in lex.synonyms:
                hit = (lex.synonyms[key], size)
                break
        if hit is not None:
            out.append(hit[0])
            i += hit[1]
            continue
        skip = next((len(p) for p in lex.ignore_phrases if p[0] == ws[i] and tuple(ws[i : i + len(p)]) == p), 0)
        if skip:
            i += skip
            continue
        if ws[i] not in lex.ignore:
            out.append(g.singular(ws[i]))  # the number of a noun is no change of substance
        i += 1
    # connectives go, then a synonym said twice in a row (« coopération et collaboration ») counts once
    ignored_ids = {lex.synonyms.get((w,)) for w in lex.ignore}
    kept = [w for w in out if w not in ignored_ids]
    return Counter(w for k, w in enumerate(kept) if not (k and kept[k - 1] == w))


def editorial_only(old: str, new: str, lex: Lexicon) -> bool:
    return canonical(old, lex) == canonical(new, lex)
