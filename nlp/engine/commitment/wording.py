"""A paragraph's words as the commitment lexicon reads them, with, where parsed, the spaCy token under
each word: the matching of lexicon phrases (skippable words, one qualifying word inside a phrase)."""

from __future__ import annotations

from typing import Any

from nlp.engine.commitment.lexicon import Lexicon, words
from nlp.model.grammar import Clauses, grammar

# punctuation that ends a sentence, and (for the actions a verb governs) a list's colon
BOUNDARIES = frozenset({".", ";", "!", "?"})
ACTION_END = BOUNDARIES | {":"}


class Wording:
    """A paragraph's words with, where parsed, the spaCy token under each word."""

    def __init__(self, text: str, lexicon: Lexicon, doc: Any | None):
        self.text = text
        self.lex = lexicon
        self.g: Clauses = (lexicon.grammar or grammar(lexicon.language)).clauses
        self.words = words(text, lexicon.elisions)
        self.w = [w for w, _, _ in self.words]
        self.tokens: list[Any | None] = [None] * len(self.words)
        self.parsed = bool(doc is not None and (doc.has_annotation("DEP") or doc.has_annotation("POS")))
        if doc is not None:
            by_char = {}
            for t in doc:
                by_char.setdefault(t.idx, t)
            for i, (_, s, e) in enumerate(self.words):
                t = by_char.get(s)
                if t is None:  # the word starts inside a spaCy token (« d'ici »): take that token
                    span = doc.char_span(s, e, alignment_mode="expand")
                    t = span[0] if span is not None and len(span) else None
                self.tokens[i] = t

    def sentence_start(self, i: int) -> int:
        while i > 0 and self.w[i - 1] not in BOUNDARIES:
            i -= 1
        return i

    def skip(self, i: int) -> int:
        """The index after any skippable words (« également », « de nouveau ») starting at ``i``."""
        moved = True
        while moved and i < len(self.w) and self.w[i] in self.lex.skippable_first:
            moved = False
            for pat in self.lex.skippable:
                j = self.match_plain(i, pat)
                if j is not None:
                    i, moved = j, True
                    break
        return i

    def match_plain(self, i: int, pat) -> int | None:
        if i + len(pat) > len(self.w):
            return None
        for k, slot in enumerate(pat):
            if self.w[i + k] not in slot:
                return None
        return i + len(pat)

    def match(self, i: int, pat, gap: bool = False) -> int | None:
        """End index of ``pat`` at ``i``, allowing skippable words between its words, and with ``gap`` one
        qualifying word inside a phrase of three words or more (« conformément à leur propre législation
        nationale », "in accordance with relevant national legislation")."""
        j, gapped = i, not gap or len(pat) < 3
        for k, slot in enumerate(pat):
            if k and (j >= len(self.w) or self.w[j] not in slot):
                # a skippable word may stand between a phrase's words, but a phrase whose own words are
                # skippable (« nous nous engageons de nouveau ») reads them as its own
                j = self.skip(j)
            if j < len(self.w) and self.w[j] not in slot and not gapped and k >= 2 and self.qualifier(j):
                gapped, j = True, j + 1
            if j >= len(self.w) or self.w[j] not in slot:
                return None
            j += 1
        return j

    def qualifier(self, j: int) -> bool:
        """Whether the word at ``j`` may qualify a phrase's noun without changing what the phrase does: an
        adjective or adverb (by the parse where there is one), never a function word or punctuation."""
        w = self.w[j]
        if not w[:1].isalpha() or w in self.lex.ignore or w in self.g.conjunctions or w in self.lex.negation_words:
            return False
        t = self.tokens[j]
        return t.pos_ in ("ADJ", "ADV") if t is not None and self.parsed else True

    def previous(self, i: int) -> str | None:
        return self.w[i - 1] if i > 0 else None

    def clause_start(self, i: int) -> bool:
        # an adverb before the lead verb ("Firmly condemns", "Warmly welcomes") does not hide it
        while i > 0 and self.w[i - 1] in self.lex.lead_adverbs:
            i -= 1
        p = self.previous(i)
        return p is None or p in BOUNDARIES or p in self.lex.clause_openers

    def pos(self, i: int) -> str:
        t = self.tokens[i]
        return t.pos_ if t is not None and self.parsed else ""
