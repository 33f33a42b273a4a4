"""Find what carries a paragraph's commitment: its verbs, hedges, intensifiers, scope, modals, deadlines.

The lexicon is matched on the words of the text (so it works on a blank pipeline: English without a
model); when a spaCy parse is at hand it decides what the words cannot: whether a matched word is a
verb, whether it governs the sentence or sits in a subordinate clause, which infinitives it commits to,
and their lemmas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from nlp.engine.commitment.lexicon import Entry, HedgeRule, Lexicon, fold, weights, words
from nlp.model.grammar import Clauses, grammar

# punctuation that ends a sentence, and (for the actions a verb governs) a list's colon
BOUNDARIES = frozenset({".", ";", "!", "?"})
ACTION_END = BOUNDARIES | {":"}
# Universal Dependencies relations of a subordinate clause (language-neutral)
SUBORDINATE_DEPS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj", "relcl"})
# phrases that keep what they do with one qualifying word inside (an adjective, an adverb)
GAPPED_KINDS = frozenset({"hedge", "intensifier", "scope"})
SUBORDINATE_WEIGHT = weights().subordinate
UNGOVERNED_WEIGHT = weights().ungoverned  # a qualifier in a sentence that commits to nothing


@dataclass(frozen=True, slots=True)
class Marker:
    kind: str  # verb, hedge, intensifier, scope, obligation, deadline, negation
    key: str
    start: int
    end: int
    text: str  # the exact words of the paragraph
    level: float = 0.0
    scale: str = ""
    actor: str = ""
    weight: float = 1.0  # a verb in a subordinate clause weighs less than the lead
    actions: tuple[str, ...] = ()  # what a commitment verb commits to: the lemmas of its infinitives
    action_words: tuple[str, ...] = ()  # the same infinitives as the text writes them
    year: int | None = None  # of a deadline

    @property
    def commits(self) -> bool:
        return self.kind == "verb" and self.scale == "action" and self.actor != "none"


class _Text:
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
            if k:
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


def _verb_weight(tx: _Text, i: int) -> float:
    """1 for a verb that governs its sentence, less for one inside a subordinate clause."""
    # « Nous … », « we … »: a verb with its own first-person subject governs, unless introduced by « que »
    j, g = i, tx.g
    while j > 0 and tx.w[j - 1] in g.first_person:
        j -= 1
    if j < i or tx.w[i] in g.first_person:
        return SUBORDINATE_WEIGHT if (j > 0 and tx.w[j - 1] in g.subordinators) else 1.0
    p = tx.previous(i)
    if p is None or p in BOUNDARIES:
        return 1.0
    if p in g.subordinators:
        return SUBORDINATE_WEIGHT
    t = tx.tokens[i]
    # « …, constatons … et demandons … »: a declaration's first-person-plural verb governs its own clause,
    # whatever a parser makes of the chain of clauses
    if (g.first_plural_endings and tx.w[i].endswith(g.first_plural_endings)) or (
            t is not None and tx.parsed and "1" in t.morph.get("Person") and "Plur" in t.morph.get("Number")):
        return 1.0
    if t is not None and tx.parsed:
        node, steps = t, 0
        while node.head is not node and steps < 12:
            if node.dep_ in SUBORDINATE_DEPS:
                return SUBORDINATE_WEIGHT
            node, steps = node.head, steps + 1
    return 1.0


def _accept_verb(tx: _Text, i: int, e: Entry) -> float | None:
    """The weight of a verb entry matched at ``i``, or None when it is not a verb there."""
    if e.we_form and e.lead_only:  # English « … and commit to », inside a sentence that « we » opened
        s = tx.sentence_start(i)
        if tx.previous(i) in tx.g.conjunctions and tx.g.first_person & set(tx.w[s:i]):
            return _verb_weight(tx, i)
        return None
    if e.lead_only:
        if tx.clause_start(i):
            return 1.0 if tx.previous(i) not in tx.g.first_person else _verb_weight(tx, i)
        # elsewhere only a parse can tell a verb (« qui exhorte les États ») from a noun (« la demande »)
        # (and a verb whose subject is another actor, « la lutte … appelle une approche », asks nothing)
        t = tx.tokens[i]
        if t is not None and tx.parsed and t.pos_ == "VERB" and "Inf" not in t.morph.get("VerbForm"):
            if any(c.dep_.startswith("nsubj") and c.pos_ in ("NOUN", "PROPN") for c in t.children):
                return None
            return SUBORDINATE_WEIGHT
        return None
    if tx.pos(i) in ("NOUN", "PROPN", "DET", "ADP") and len(e.pattern) == 1:
        return None
    return _verb_weight(tx, i)


def _future(tx: _Text, i: int) -> bool:
    """A first-person-plural future (« nous dispenserons », « … et offrirons »): what the speakers will do."""
    w = tx.w[i]
    lex, ending = tx.lex, tx.g.first_plural_future_ending
    # every first-person-plural future has one ending (French « -rons »)
    if not lex.future_suffixes or not ending or not w.endswith(ending) or len(w) < 6 or w in lex.future_exceptions:
        return False
    t = tx.tokens[i]
    fut_morph = t is not None and tx.parsed and "Fut" in t.morph.get("Tense") and "1" in t.morph.get("Person")
    if not (w.endswith(lex.future_suffixes) or fut_morph):
        return False
    if tx.pos(i) in ("NOUN", "PROPN", "ADJ", "DET", "ADP"):
        return False
    s = tx.sentence_start(i)
    near = tx.w[max(s, i - 3):i]
    we = tx.g.first_person
    return bool(we & set(near)) or (tx.previous(i) in tx.g.conjunctions and bool(we & set(tx.w[s:i])))


def _is_infinitive(tx: _Text, k: int) -> bool:
    w = tx.w[k]
    if not w.isalpha() or w in tx.lex.ignore or w in tx.lex.not_actions or len(w) < 3:
        return False
    t = tx.tokens[k]
    if t is not None and tx.parsed:
        return t.pos_ in ("VERB", "AUX") and "Inf" in t.morph.get("VerbForm")
    g = tx.g
    if g.infinitive_endings:  # a language whose infinitives show in their endings
        return w.endswith(g.infinitive_endings)
    start = tx.words[k][1]
    # "to States", "respond to victims": a capital or a plural ending is a noun, not an infinitive
    plural = bool(g.noun_endings) and w.endswith(g.noun_endings) and not w.endswith(g.noun_ending_exceptions)
    return not tx.text[start].isupper() and not plural


def _governed(tx: _Text, k: int, verb: set[int]) -> bool:
    """Whether the infinitive at ``k`` depends on the commitment verb (tokens ``verb``), not on another
    verb on the way (« le Protocole visant à prévenir » names a treaty: it commits to no prevention)."""
    before = tx.w[k - 2] if k > 1 else ""
    if before in tx.g.purpose:
        return False
    t = tx.tokens[k]
    if t is None or not tx.parsed:
        return True
    node, steps = t, 0
    while node.head is not node and steps < 10:
        node, steps = node.head, steps + 1
        if node.i in verb:
            return True
        if node.pos_ in ("VERB", "AUX") and ({"Part", "Fin"} & set(node.morph.get("VerbForm")) or node.morph.get("Person")):
            return False
    return True  # a parse that never reaches a verb is not evidence against


def _actions(tx: _Text, a: int, j: int, stop: int, taken: set[int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The infinitives a commitment verb (words ``a``..``j``) governs, up to ``stop`` or the sentence's end:
    their lemmas, and their words as written."""
    found: list[str] = []
    written: list[str] = []
    verb = {t.i for t in tx.tokens[a:j] if t is not None}
    k = j
    while k < stop and tx.w[k] not in ACTION_END:
        before = tx.w[k - 1] if k > 0 else ""
        before2 = tx.w[k - 2] if k > 1 else ""
        marks = tx.g.infinitive_marks
        if (k not in taken and (before in marks or (before in tx.g.object_pronouns and before2 in marks))
                and _is_infinitive(tx, k) and _governed(tx, k, verb)):
            t = tx.tokens[k]
            lemma = t.lemma_.lower() if t is not None and t.lemma_ else tx.w[k]  # a lookup lemma, too
            if lemma not in found and lemma not in tx.lex.not_actions:
                found.append(lemma)
                written.append(tx.text[tx.words[k][1]:tx.words[k][2]])
        k += 1
    return tuple(found), tuple(written)


def find(text: str, lexicon: Lexicon, doc: Any | None = None) -> tuple[Marker, ...]:
    """Every marker of ``text`` in reading order; ``doc`` is its spaCy parse when there is one."""
    tx = _Text(text, lexicon, doc)
    n = len(tx.w)
    found: list[tuple[int, int, Marker]] = []  # (first word, end word, marker)
    i = 0
    while i < n:
        hit = None
        candidates = lexicon.entries.get(tx.w[i], ())
        if candidates:
            k = tx.skip(i + 1)
            following = tx.w[k] if k < n else None
        for e in candidates:
            if len(e.pattern) > 1 and following not in e.pattern[1]:
                continue  # most phrases fail on their second word: no need to try them
            j = tx.match(i, e.pattern, gap=e.kind in GAPPED_KINDS)
            if j is None:
                continue
            weight = 1.0
            if e.kind == "verb":
                accepted = _accept_verb(tx, i, e)
                if accepted is None:
                    continue
                weight = accepted
            hit = (e, j, weight)
            break
        if hit is None and _future(tx, i):
            key = "will"
            level = lexicon.levels.get(key, 6.0)
            start = i - 1 if i > 0 and tx.w[i - 1] in tx.g.first_person else i
            found.append((start, i + 1, _marker(tx, start, i + 1, "verb", key, level, "action", "self", _verb_weight(tx, i))))
            i += 1
            continue
        if hit is None:
            rule = _hedge_rule(tx, i) if tx.w[i] in _rule_starts(lexicon.hedge_rules) else None
            if rule is not None:
                key, j = rule
                found.append((i, j, _marker(tx, i, j, "hedge", key, 0, "", "", 1.0)))
                i = j
                continue
            i += 1
            continue
        e, j, weight = hit
        if e.kind != "inert":
            m = _marker(tx, i, j, e.kind, e.key, e.level, e.scale, e.actor, weight)
            if e.kind == "obligation":  # what the modal governs: « doivent veiller » → « devraient veiller »
                k = tx.skip(j)
                while k < n and tx.w[k] in lexicon.negation_ne | lexicon.negation_after | tx.g.negation_particles:
                    k += 1
                m = _replace(m, actions=(tx.w[k],) if k < n else ())
            found.append((i, j, m))
        i = j

    # what each commitment verb commits to: its infinitives, up to the next verb
    verb_starts = [a for a, _, m in found if m.kind == "verb"] + [n]
    taken = {k for a, b, _ in found for k in range(a, b)}
    out: list[Marker] = []
    for a, b, m in found:
        if m.kind == "verb" and m.scale == "action" and m.level >= lexicon.commit_threshold and m.actor != "none":
            stop = min(s for s in verb_starts if s > a)
            lemmas, written = _actions(tx, a, b, stop, taken)
            m = _replace(m, actions=lemmas, action_words=written)
        out.append(m)

    out = _weigh_by_governor(tx, out, lexicon)
    out.extend(_negations(tx, taken))
    dated = _deadlines(text, lexicon)
    # « tous les deux ans », "every year": a frequency, not a widening of scope
    out = [m for m in out if not (m.kind == "scope" and any(d.start < m.end and m.start < d.end for d in dated))]
    out.extend(dated)
    out.extend(_quantities(text, lexicon))
    out.sort(key=lambda m: (m.start, m.end))
    return tuple(out)


@lru_cache(maxsize=8)
def _rule_starts(rules: tuple[HedgeRule, ...]) -> frozenset[str]:
    """Every word a hedge rule's opening phrase can start with: the rules are tried only there (they
    were tried at every word, the costliest part of reading a paragraph)."""
    return frozenset(w for rule in rules for pat in rule.opens for w in pat[0])


def _hedge_rule(tx: _Text, i: int) -> tuple[str, int] | None:
    """A hedge by rule at ``i``: its class and end, when an opening phrase is followed, within a few words
    of one clause, by a closing word (the noun phrase it heads is taken whole)."""
    for rule in tx.lex.hedge_rules:
        for pat in rule.opens:
            j = tx.match_plain(i, pat)
            if j is None:
                continue
            for k in range(j, min(len(tx.w), j + rule.within)):
                w = tx.w[k]
                if w in BOUNDARIES or w in (",", ":", "(", ")"):
                    break
                if w in rule.closes:
                    end = k + 1
                    # the rest of the noun phrase (« cadres juridiques nationaux », "legal frameworks")
                    while end < len(tx.w) and end < k + 3 and tx.w[end][:1].isalpha() and tx.qualifier(end):
                        end += 1
                    return rule.key, end
    return None


def _weigh_by_governor(tx: _Text, found: list[Marker], lex: Lexicon) -> list[Marker]:
    """A hedge, intensifier or scope word weighs fully under a verb that commits or asks to act, little
    under one that only recalls or welcomes (« nous nous réjouissons qu'elles continuent de s'efforcer »)."""
    sentence_of = {}
    sent = 0
    for w, s, _ in tx.words:
        sentence_of[s] = sent
        if w in BOUNDARIES:
            sent += 1
    verbs = [m for m in found if m.kind == "verb"]
    out = []
    for m in found:
        if m.kind == "verb" and m.weight < 1.0:
            # a verb inside a subordinate clause of a sentence whose lead commits to nothing
            # (« Rappelle sa résolution 70/1, dans laquelle elle exhorte… ») reports, it does not ask
            here = sentence_of.get(m.start)
            lead = next((v for v in verbs if sentence_of.get(v.start) == here and v.weight >= 1.0), None)
            if lead is not None and not (lead.commits and lead.level >= lex.commit_threshold):
                m = _replace(m, weight=UNGOVERNED_WEIGHT)
        elif m.kind in ("hedge", "intensifier", "scope"):
            here = sentence_of.get(m.start)
            same = [v for v in verbs if sentence_of.get(v.start) == here]
            before = [v for v in same if v.start < m.start]
            governor = before[-1] if before else (same[0] if same else None)
            if governor is not None and not (governor.commits and governor.level >= lex.commit_threshold):
                m = _replace(m, weight=UNGOVERNED_WEIGHT)
        out.append(m)
    return out


def _marker(tx: _Text, a: int, b: int, kind: str, key: str, level: float, scale: str, actor: str, weight: float) -> Marker:
    start, end = tx.words[a][1], tx.words[b - 1][2]
    return Marker(kind, key, start, end, tx.text[start:end], level, scale, actor, weight)


def _replace(m: Marker, **changes) -> Marker:
    from dataclasses import replace

    return replace(m, **changes)


def _negations(tx: _Text, taken: set[int]) -> list[Marker]:
    lex, out = tx.lex, []
    for i, w in enumerate(tx.w):
        if i in taken:
            continue
        if w in lex.negation_ne:
            for k in range(i + 1, min(i + 6, len(tx.w))):
                if tx.w[k] in lex.negation_after:
                    out.append(_marker(tx, i, k + 1, "negation", "not", 0, "", "", 1.0))
                    taken.update(range(i, k + 1))
                    break
        elif w in lex.negation_words:
            out.append(_marker(tx, i, i + 1, "negation", "not", 0, "", "", 1.0))
    return out


def _deadlines(text: str, lex: Lexicon) -> list[Marker]:
    folded, out = fold(text), []
    for rx in lex.deadlines:
        for m in rx.finditer(folded):
            year = None
            scheduled = any(w in lex.schedule_words for w in re.findall(r"\w+", m.group()))
            if m.groups() and m.group(1) and m.group(1).isdigit() and not scheduled:
                year = int(m.group(1))
            out.append(Marker("deadline", "deadline", m.start(), m.end(), text[m.start():m.end()], year=year))
    taken = [(m.start, m.end) for m in out]
    for rx in lex.frequencies:  # "every two years", « chaque année »: when the commitment recurs
        for m in rx.finditer(folded):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(Marker("deadline", "frequency", m.start(), m.end(), text[m.start():m.end()]))
                taken.append((m.start(), m.end()))
    return out


def _quantities(text: str, lex: Lexicon) -> list[Marker]:
    folded, out = fold(text), []
    for rx in lex.quantities:
        for m in rx.finditer(folded):
            out.append(Marker("quantity", "quantity", m.start(), m.end(), text[m.start():m.end()]))
    return out
