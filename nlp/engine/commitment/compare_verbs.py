"""Comparing the verbs of two wordings: which verb became which (so that their clauses are compared
together), which rung each moved to, which commitments were made or dropped, and which actions the
commitments that stayed now cover.

The same verb said the same way pairs first, then the same verb nearest its place, then comparable verbs
(a commitment with a commitment, a statement with a statement, before any cross pairing) nearest their
place; what is left was added or removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nlp.engine.commitment.governance import UNGOVERNED_WEIGHT
from nlp.engine.commitment.lexicon import Lexicon, fold, weights
from nlp.engine.commitment.marker import Marker
from nlp.engine.commitment.signals import WEIGHTS, of, signal
from nlp.model.comparison import Signal, params

REPEATED_VERB = weights().repeated_verb  # a clause dropped or added whose verb the text still says elsewhere
MAX_ACTIONS = weights().max_actions


@dataclass
class VerbComparison:
    signals: list[Signal] = field(default_factory=list)
    pairs: list[tuple[Marker, Marker]] = field(default_factory=list)  # old verb -> the new verb it became
    removed: list[Marker] = field(default_factory=list)  # commitments dropped (a signal says so)
    added: list[Marker] = field(default_factory=list)  # commitments made
    moved: dict[int, str] = field(default_factory=dict)  # id of an old verb -> "stronger" / "weaker" its rung went


def committing(m: Marker, lex: Lexicon) -> bool:
    return m.commits and m.level >= lex.commit_threshold


def _nearest(old_ms: list[Marker], new_ms: list[Marker], key, places: tuple[int, int]):
    """Equal keys paired nearest their place first: (old left, new left, pairs)."""
    old_len, new_len = max(places[0], 1), max(places[1], 1)
    cand = sorted(((abs(a.start / old_len - b.start / new_len), i, j) for i, a in enumerate(old_ms)
                   for j, b in enumerate(new_ms) if key(a) == key(b)))
    used_i: set[int] = set()
    used_j: set[int] = set()
    pairs = []
    for _, i, j in cand:
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            pairs.append((old_ms[i], new_ms[j]))
    return ([m for i, m in enumerate(old_ms) if i not in used_i], [m for j, m in enumerate(new_ms) if j not in used_j],
            pairs)


def compare(old: list[Marker], new: list[Marker], old_len: int, new_len: int, lex: Lexicon,
            old_words: frozenset[str] = frozenset(), new_words: frozenset[str] = frozenset()) -> VerbComparison:
    # a verb that only reports what another text or actor says (« Rappelle sa résolution, dans laquelle elle
    # exhorte… ») is no verb of this text
    ov = [m for m in of(old, "verb") if m.weight > UNGOVERNED_WEIGHT]
    nv = [m for m in of(new, "verb") if m.weight > UNGOVERNED_WEIGHT]
    out = VerbComparison()
    places = (old_len, new_len)
    gone, came, same = _nearest(ov, nv, lambda m: m.key + "|" + fold(m.text), places)
    gone, came, same_rung = _nearest(gone, came, lambda m: m.key, places)
    out.pairs += same + same_rung

    # a commitment said once more over actions it already covered (one sentence split in two) is no new
    # commitment; one said once less while its actions stay covered (two merged) is none dropped
    def covered(m: Marker, others: list[Marker]) -> bool:
        have = {a for o in others if o.key == m.key for a in o.actions}
        return committing(m, lex) and bool(m.actions) and set(m.actions) <= have

    came = [m for m in came if not covered(m, ov)]
    gone = [m for m in gone if not covered(m, nv)]

    # pair each verb that left with the verb that came nearest its place, where the two are comparable
    candidates = []
    for a in gone:
        for b in came:
            if _comparable(a, b):
                cross = committing(a, lex) != committing(b, lex)
                candidates.append((cross, abs(a.start / max(old_len, 1) - b.start / max(new_len, 1)), a, b))
    used_a, used_b = set(), set()
    for _, _, a, b in sorted(candidates, key=lambda p: p[:2]):
        if id(a) in used_a or id(b) in used_b:
            continue
        used_a.add(id(a))
        used_b.add(id(b))
        out.pairs.append((a, b))
        direction = _direction(a, b, lex)
        out.moved[id(a)] = direction
        kind = "verb" if committing(a, lex) or committing(b, lex) else "stance"
        template = {"stronger": f"{kind}_stronger", "weaker": f"{kind}_weaker"}.get(direction, "verb_neutral")
        # the change weighs as much as the commitment it touches (a verb in a subordinate clause less)
        touched = [m for m in (a, b) if committing(m, lex)] or [a, b]
        out.signals.append(signal("verb", direction, a, b, template, WEIGHTS["verb"] * max(m.weight for m in touched)))
    # a commitment verb left over whose verb is still said on the other side (two sub-items merged under
    # one « Encourage ») is no commitment dropped or made, unless nothing it covers is covered there any
    # more (« … et exhorte les parties à prendre … » dropped beside a kept « Exhorte »): then it counts half
    old_keys, new_keys = {m.key for m in ov}, {m.key for m in nv}
    # (an action still written on the other side, whatever a parse attached it to, is still there)
    all_old = {a for m in ov if committing(m, lex) for a in m.actions} | old_words
    all_new = {a for m in nv if committing(m, lex) for a in m.actions} | new_words

    def lone(m: Marker, used: set, other_keys: set, other_actions: set) -> float:
        if id(m) in used or not committing(m, lex):
            return 0.0
        if m.key not in other_keys:
            return 1.0
        written = {fold(w) for w in m.action_words}
        return REPEATED_VERB if m.actions and not (set(m.actions) | written) & other_actions else 0.0

    lone_gone = [(a, w) for a in gone if (w := lone(a, used_a, new_keys, all_new))]
    lone_came = [(b, w) for b in came if (w := lone(b, used_b, old_keys, all_old))]
    for a, w in lone_gone:
        out.removed.append(a)
        out.signals.append(signal("verb", "weaker", a, None, "verb_removed", WEIGHTS["verb"] * a.weight * w))
    for b, w in lone_came:
        out.added.append(b)
        out.signals.append(signal("verb", "stronger", None, b, "verb_added", WEIGHTS["verb"] * b.weight * w))

    # the commitments that stayed may now cover more actions, or fewer (whichever verb carries them)
    old_actions = _actions([m for m in ov if not any(m is x for x, _ in lone_gone)], lex)
    new_actions = _actions([m for m in nv if not any(m is x for x, _ in lone_came)], lex)
    more = [w for a, w in new_actions.items() if a not in old_actions]
    fewer = [w for a, w in old_actions.items() if a not in new_actions]
    # one action more or less is weak evidence (a parse may miss one); each weighs a quarter, up to three
    if len(more) > len(fewer):
        extra = more[len(fewer):] if fewer else more
        out.signals.append(Signal("scope", "stronger", None, extra[0], "actions_added", params(new=", ".join(extra)),
                                  WEIGHTS["actions"] * min(len(extra), MAX_ACTIONS)))
    elif len(fewer) > len(more):
        lost = fewer[len(more):] if more else fewer
        out.signals.append(Signal("scope", "weaker", lost[0], None, "actions_removed", params(old=", ".join(lost)),
                                  WEIGHTS["actions"] * min(len(lost), MAX_ACTIONS)))
    return out


def _actions(verbs: list[Marker], lex: Lexicon) -> dict[str, str]:
    """Lemma -> the word as written, for every action the committing verbs cover, in reading order."""
    seen: dict[str, str] = {}
    for m in verbs:
        if committing(m, lex):
            for lemma, word in zip(m.actions, m.action_words or m.actions):
                seen.setdefault(lemma, word)
    return seen


def _comparable(a: Marker, b: Marker) -> bool:
    return a.scale == b.scale or {a.scale, b.scale} == {"action", "declaratory"}


def _direction(a: Marker, b: Marker, lex: Lexicon) -> str:
    if a.scale == b.scale:
        if a.scale == "declaratory" or a.level == b.level:
            return "neutral"
        return "stronger" if b.level > a.level else "weaker"
    # between a statement and a request or commitment: a real ask or pledge counts; below that, only
    # an endorsement (« réaffirme », « se félicite ») against a mere « prend note »
    action, statement = (b, a) if b.scale == "action" else (a, b)
    if action.level >= lex.commit_threshold:
        return "stronger" if action is b else "weaker"
    if statement.level == 0 or statement.level == action.level:
        return "neutral"
    return "stronger" if b.level > a.level else "weaker"
