"""Which matched words are verbs, whether they govern their sentence or sit in a subordinate clause,
what a commitment verb commits to (its infinitives), and how much a qualifier weighs under its verb."""

from __future__ import annotations

from nlp.engine.commitment.lexicon import Entry, Lexicon, weights
from nlp.engine.commitment.marker import Marker, replace_marker
from nlp.engine.commitment.wording import ACTION_END, BOUNDARIES, Wording

# Universal Dependencies relations of a subordinate clause (language-neutral)
SUBORDINATE_DEPS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj", "relcl"})
SUBORDINATE_WEIGHT = weights().subordinate
UNGOVERNED_WEIGHT = weights().ungoverned  # a qualifier in a sentence that commits to nothing


def verb_weight(tx: Wording, i: int) -> float:
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


def accept_verb(tx: Wording, i: int, e: Entry) -> float | None:
    """The weight of a verb entry matched at ``i``, or None when it is not a verb there."""
    if e.we_form and e.lead_only:  # English « … and commit to », inside a sentence that « we » opened
        s = tx.sentence_start(i)
        if tx.previous(i) in tx.g.conjunctions and tx.g.first_person & set(tx.w[s:i]):
            return verb_weight(tx, i)
        return None
    if e.lead_only:
        if tx.clause_start(i):
            return 1.0 if tx.previous(i) not in tx.g.first_person else verb_weight(tx, i)
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
    return verb_weight(tx, i)


def future(tx: Wording, i: int) -> bool:
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


def _is_infinitive(tx: Wording, k: int) -> bool:
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


def _governed(tx: Wording, k: int, verb: set[int]) -> bool:
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


def actions(tx: Wording, a: int, j: int, stop: int, taken: set[int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
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
        # « les y aider », "to fully implement": a pronoun or an adverb may stand between the mark and the verb
        between = tx.g.object_pronouns | tx.lex.lead_adverbs
        if (k not in taken and (before in marks or (before in between and before2 in marks))
                and _is_infinitive(tx, k) and _governed(tx, k, verb)):
            t = tx.tokens[k]
            lemma = t.lemma_.lower() if t is not None and t.lemma_ else tx.w[k]  # a lookup lemma, too
            if lemma not in found and lemma not in tx.lex.not_actions:
                found.append(lemma)
                written.append(tx.text[tx.words[k][1]:tx.words[k][2]])
        k += 1
    return tuple(found), tuple(written)


def weigh_by_governor(tx: Wording, found: list[Marker], lex: Lexicon) -> list[Marker]:
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
                m = replace_marker(m, weight=UNGOVERNED_WEIGHT)
        elif m.kind in ("hedge", "intensifier", "scope"):
            here = sentence_of.get(m.start)
            same = [v for v in verbs if sentence_of.get(v.start) == here]
            before = [v for v in same if v.start < m.start]
            governor = before[-1] if before else (same[0] if same else None)
            if governor is not None and not (governor.commits and governor.level >= lex.commit_threshold):
                # an intensifier of the stance verb itself ("Warmly welcomes", "Expresses its deep
                # concern") changes that stance as a stronger verb would; one deeper in the sentence
                # qualifies what is only reported
                if not (m.kind == "intensifier" and governor.weight >= 1.0 and _next_to(tx, m, governor)):
                    m = replace_marker(m, weight=UNGOVERNED_WEIGHT)
        out.append(m)
    return out


def _next_to(tx: Wording, m: Marker, verb: Marker) -> bool:
    """Whether ``m`` stands next to ``verb``: before it, or after it with at most one word between (« its »)."""
    between = tx.text[m.end:verb.start] if m.end <= verb.start else tx.text[verb.end:m.start]
    return len(between.split()) <= 1 and not any(c in BOUNDARIES or c in ",:" for c in between)
