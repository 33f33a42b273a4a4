"""From the markers of two wordings to signals, and from signals to a label.

Each kind of marker is compared as a multiset, so what did not change cancels out and word order does
not matter; verbs that left and verbs that came are paired by their place in the text and compared on
their scale. The signals are then netted: their weighted directions decide ``strengthened`` or
``weakened``; signals that cancel leave ``modified``.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Sequence

from nlp.engine.commitment.lexicon import Lexicon, fold, weights, words
from nlp.engine.commitment.markers import UNGOVERNED_WEIGHT, Marker
from nlp.model.comparison import Change, Signal, Span, params

# the weights and thresholds are data: resources/lexicons/weights.toml
WEIGHTS = weights().signal
THRESHOLD = weights().threshold  # net weight needed to call a link stronger or weaker
PAIR_DISTANCE = weights().pair_distance  # how far apart (a share of the text) two words may be and still be one edit
REPEATED_VERB = weights().repeated_verb  # a clause dropped or added whose verb the text still says elsewhere
MAX_ACTIONS = weights().max_actions


def net_change(signals: Sequence[Signal]) -> Change:
    score = sum(s.weight * (1 if s.direction == "stronger" else -1 if s.direction == "weaker" else 0) for s in signals)
    if score >= THRESHOLD:
        return Change.STRENGTHENED
    if score <= -THRESHOLD:
        return Change.WEAKENED
    return Change.MODIFIED


def compare(old: Sequence[Marker], new: Sequence[Marker], old_len: int, new_len: int, lex: Lexicon,
            old_text: str = "", new_text: str = "") -> tuple[Signal, ...]:
    signals: list[Signal] = []
    signals += _verbs(old, new, old_len, new_len, lex, _wordset(old_text, lex), _wordset(new_text, lex))
    signals += _counted(old, new, "hedge")
    signals += _counted(old, new, "intensifier")
    signals += _scope(old, new, old_len, new_len)
    signals += _obligations(old, new, old_len, new_len)
    signals += _deadlines(old, new)
    signals += _negations(old, new)
    signals += _quantities(old, new)
    return tuple(signals)


def _signal(kind: str, direction: str, a: Marker | None, b: Marker | None, key: str, weight: float,
            **extra: str) -> Signal:
    """A signal between the old marker ``a`` and the new marker ``b`` (either may be missing), with their
    spans in the joined texts (``paragraph`` is resolved by the caller, who knows the paragraphs)."""
    verbs = {}
    if kind == "verb":
        verbs = {"old_verb": a.key if a else None, "new_verb": b.key if b else None}
    return Signal(kind, direction, a.text if a else None, b.text if b else None, key,
                  params(old=a.text if a else None, new=b.text if b else None, **verbs, **extra), weight,
                  Span("", a.start, a.end) if a else None, Span("", b.start, b.end) if b else None)


def _class(kind: str, key: str) -> dict[str, str]:
    """The message parameter naming a hedge's or an intensifier's class (glossed by each language)."""
    return {kind: key}


def _of(markers: Iterable[Marker], kind: str) -> list[Marker]:
    return [m for m in markers if m.kind == kind]


def _committing(m: Marker, lex: Lexicon) -> bool:
    return m.commits and m.level >= lex.commit_threshold


def _wordset(text: str, lex: Lexicon) -> frozenset[str]:
    return frozenset(w for w, _, _ in words(text, lex.elisions))


def _verbs(old, new, old_len, new_len, lex: Lexicon, old_words=frozenset(), new_words=frozenset()) -> list[Signal]:
    # a verb that only reports what another text or actor says (« Rappelle sa résolution, dans laquelle elle
    # exhorte… ») is no verb of this text
    ov = [m for m in _of(old, "verb") if m.weight > UNGOVERNED_WEIGHT]
    nv = [m for m in _of(new, "verb") if m.weight > UNGOVERNED_WEIGHT]
    # the same verb said the same way cancels first, then the same verb nearest its place
    gone, came = _difference(ov, nv, key=lambda m: m.key + "|" + fold(m.text), places=(old_len, new_len))
    gone, came = _difference(gone, came, key=lambda m: m.key, places=(old_len, new_len))

    # a commitment said once more over actions it already covered (one sentence split in two) is no new
    # commitment; one said once less while its actions stay covered (two merged) is none dropped
    def covered(m: Marker, others: list[Marker]) -> bool:
        have = {a for o in others if o.key == m.key for a in o.actions}
        return _committing(m, lex) and bool(m.actions) and set(m.actions) <= have

    came = [m for m in came if not covered(m, ov)]
    gone = [m for m in gone if not covered(m, nv)]
    out: list[Signal] = []

    # pair each verb that left with the verb that came nearest its place, where the two are comparable
    # (a commitment is paired with a commitment, a statement with a statement, before any cross pairing)
    pairs = []
    for a in gone:
        for b in came:
            if _comparable(a, b):
                cross = _committing(a, lex) != _committing(b, lex)
                pairs.append((cross, abs(a.start / max(old_len, 1) - b.start / max(new_len, 1)), a, b))
    used_a, used_b = set(), set()
    for _, _, a, b in sorted(pairs, key=lambda p: p[:2]):
        if id(a) in used_a or id(b) in used_b:
            continue
        used_a.add(id(a))
        used_b.add(id(b))
        direction = _direction(a, b, lex)
        kind = "verb" if _committing(a, lex) or _committing(b, lex) else "stance"
        template = {"stronger": f"{kind}_stronger", "weaker": f"{kind}_weaker"}.get(direction, "verb_neutral")
        # the change weighs as much as the commitment it touches (a verb in a subordinate clause less)
        touched = [m for m in (a, b) if _committing(m, lex)] or [a, b]
        out.append(_signal("verb", direction, a, b, template,
                          WEIGHTS["verb"] * max(m.weight for m in touched)))
    # a commitment verb left over whose verb is still said on the other side (two sub-items merged under
    # one « Encourage ») is no commitment dropped or made, unless nothing it covers is covered there any
    # more (« … et exhorte les parties à prendre … » dropped beside a kept « Exhorte »): then it counts half
    old_keys, new_keys = {m.key for m in ov}, {m.key for m in nv}
    # (an action still written on the other side, whatever a parse attached it to, is still there)
    all_old = {a for m in ov if _committing(m, lex) for a in m.actions} | old_words
    all_new = {a for m in nv if _committing(m, lex) for a in m.actions} | new_words

    def lone(m: Marker, used: set, other_keys: set, other_actions: set) -> float:
        if id(m) in used or not _committing(m, lex):
            return 0.0
        if m.key not in other_keys:
            return 1.0
        written = {fold(w) for w in m.action_words}
        return REPEATED_VERB if m.actions and not (set(m.actions) | written) & other_actions else 0.0

    lone_gone = [(a, w) for a in gone if (w := lone(a, used_a, new_keys, all_new))]
    lone_came = [(b, w) for b in came if (w := lone(b, used_b, old_keys, all_old))]
    for a, w in lone_gone:
        out.append(_signal("verb", "weaker", a, None, "verb_removed",
                          WEIGHTS["verb"] * a.weight * w))
    for b, w in lone_came:
        out.append(_signal("verb", "stronger", None, b, "verb_added",
                          WEIGHTS["verb"] * b.weight * w))

    # the commitments that stayed may now cover more actions, or fewer (whichever verb carries them)
    old_actions = _actions([m for m in ov if not any(m is x for x, _ in lone_gone)], lex)
    new_actions = _actions([m for m in nv if not any(m is x for x, _ in lone_came)], lex)
    more = [w for a, w in new_actions.items() if a not in old_actions]
    fewer = [w for a, w in old_actions.items() if a not in new_actions]
    # one action more or less is weak evidence (a parse may miss one); each weighs a quarter, up to three
    if len(more) > len(fewer):
        extra = more[len(fewer):] if fewer else more
        out.append(Signal("scope", "stronger", None, extra[0], "actions_added", params(new=", ".join(extra)),
                          WEIGHTS["actions"] * min(len(extra), MAX_ACTIONS)))
    elif len(fewer) > len(more):
        lost = fewer[len(more):] if more else fewer
        out.append(Signal("scope", "weaker", lost[0], None, "actions_removed", params(old=", ".join(lost)),
                          WEIGHTS["actions"] * min(len(lost), MAX_ACTIONS)))
    return out


def _actions(verbs: list[Marker], lex: Lexicon) -> dict[str, str]:
    """Lemma -> the word as written, for every action the committing verbs cover, in reading order."""
    seen: dict[str, str] = {}
    for m in verbs:
        if _committing(m, lex):
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


def _counted(old, new, kind: str) -> list[Signal]:
    """Hedges and intensifiers: one more is a signal, one fewer the opposite one."""
    oc, nc = Counter(m.key for m in _of(old, kind)), Counter(m.key for m in _of(new, kind))
    out: list[Signal] = []
    added_dir, removed_dir = ("weaker", "stronger") if kind == "hedge" else ("stronger", "weaker")
    for key in sorted(set(oc) | set(nc)):
        d = nc[key] - oc[key]
        if d > 0:
            olds = Counter(fold(m.text) for m in _of(old, kind) if m.key == key)
            ms = [m for m in _of(new, kind) if m.key == key]
            m = next((m for m in ms if olds[fold(m.text)] < sum(fold(x.text) == fold(m.text) for x in ms)), ms[-1])
            for _ in range(d):
                out.append(_signal(kind, added_dir, None, m, f"{kind}_added", WEIGHTS[kind] * m.weight, **_class(kind, key)))
        elif d < 0:
            news = Counter(fold(m.text) for m in _of(new, kind) if m.key == key)
            ms = [m for m in _of(old, kind) if m.key == key]
            m = next((m for m in ms if news[fold(m.text)] < sum(fold(x.text) == fold(m.text) for x in ms)), ms[-1])
            for _ in range(-d):
                out.append(_signal(kind, removed_dir, m, None, f"{kind}_removed", WEIGHTS[kind] * m.weight, **_class(kind, key)))
    return out


def _difference(old_ms: list[Marker], new_ms: list[Marker], key=lambda m: fold(m.text),
                places: tuple[int, int] | None = None):
    """Markers of ``old_ms`` not in ``new_ms`` and the reverse, as multisets; with ``places`` (the two
    texts' lengths), equal keys cancel nearest place first."""
    if places is not None:
        old_len, new_len = max(places[0], 1), max(places[1], 1)
        cand = sorted(((abs(a.start / old_len - b.start / new_len), i, j) for i, a in enumerate(old_ms)
                       for j, b in enumerate(new_ms) if key(a) == key(b)))
        used_i, used_j = set(), set()
        for _, i, j in cand:
            if i not in used_i and j not in used_j:
                used_i.add(i)
                used_j.add(j)
        return ([m for i, m in enumerate(old_ms) if i not in used_i], [m for j, m in enumerate(new_ms) if j not in used_j])
    gone, came = [], []
    nc = Counter(key(m) for m in new_ms)
    oc = Counter(key(m) for m in old_ms)
    for m in old_ms:
        if nc[key(m)] > 0:
            nc[key(m)] -= 1
        else:
            gone.append(m)
    for m in new_ms:
        if oc[key(m)] > 0:
            oc[key(m)] -= 1
        else:
            came.append(m)
    return gone, came


def _scope(old, new, old_len: int, new_len: int) -> list[Signal]:
    gone, came = _difference(_of(old, "scope"), _of(new, "scope"), key=lambda m: m.key + "|" + fold(m.text))
    w = WEIGHTS["scope"]
    out: list[Signal] = []

    def near(a: Marker, b: Marker) -> bool:
        return abs(a.start / max(old_len, 1) - b.start / max(new_len, 1)) <= PAIR_DISTANCE

    def pair(gone_dir: str, came_dir: str, direction: str, template: str) -> None:
        for a in [m for m in gone if m.key.startswith(gone_dir)]:
            b = next((m for m in came if m.key.startswith(came_dir) and (near(a, m) or "paired" not in a.key + m.key)), None)
            if b is not None:
                gone.remove(a)
                came.remove(b)
                out.append(_signal("scope", direction, a, b, template,
                                  w * max(a.weight, b.weight)))

    # « tous les États » → « les États qui en font la demande »: one narrowing, not two signals
    pair("wide", "narrow", "weaker", "scope_narrower")
    pair("narrow", "wide", "stronger", "scope_wider")
    # one widening (or narrowing) phrase said another way is no change of scope
    for d in ("wide", "narrow"):
        g = [m for m in gone if m.key.startswith(d)]
        c = [m for m in came if m.key.startswith(d)]
        for a, b in zip(g, c):
            gone.remove(a)
            came.remove(b)
    templates = {("narrow", "came"): ("weaker", "scope_narrow_added"), ("narrow", "gone"): ("stronger", "scope_narrow_removed"),
                 ("wide", "came"): ("stronger", "scope_wide_added"), ("wide", "gone"): ("weaker", "scope_wide_removed")}
    for side, ms in (("came", came), ("gone", gone)):
        for m in ms:
            if "paired" in m.key:  # a lone « tous » or « concernés » says too little alone
                continue
            direction, template = templates[(m.key, side)]
            old_m, new_m = (None, m) if side == "came" else (m, None)
            out.append(_signal("scope", direction, old_m, new_m, template,
                              w * m.weight))
    return out


def _obligations(old, new, old_len: int, new_len: int) -> list[Signal]:
    gone, came = _difference(_of(old, "obligation"), _of(new, "obligation"))
    out: list[Signal] = []
    pairs = []
    for a in gone:  # « doivent veiller » → « devraient veiller »: a modal replaced before the same verb
        same = [m for m in came if m.actions == a.actions]
        b = min(same, key=lambda m: abs(a.start / max(old_len, 1) - m.start / max(new_len, 1)), default=None)
        if b is not None and abs(a.start / max(old_len, 1) - b.start / max(new_len, 1)) <= PAIR_DISTANCE:
            came.remove(b)
            pairs.append((a, b))
    for a, b in pairs:
        if a.level == b.level:
            continue
        direction = "stronger" if b.level > a.level else "weaker"
        out.append(_signal("obligation", direction, a, b, f"obligation_{direction}", WEIGHTS["obligation"]))
    return out


def _deadlines(old, new) -> list[Signal]:
    gone, came = _difference(_of(old, "deadline"), _of(new, "deadline"))
    out: list[Signal] = []
    w = WEIGHTS["deadline"]
    for a, b in zip(gone, came):
        if a.year and b.year and a.year != b.year:
            direction, template = ("stronger", "deadline_earlier") if b.year < a.year else ("weaker", "deadline_later")
        else:
            direction, template = "neutral", "deadline_changed"
        out.append(_signal("deadline", direction, a, b, template, w))
    # a deadline or a frequency ("every two years") set binds the commitment in time; dropped, it no longer does
    for a in gone[len(came):]:
        out.append(_signal("deadline", "weaker", a, None, f"{a.key}_removed", w))
    for b in came[len(gone):]:
        out.append(_signal("deadline", "stronger", None, b, f"{b.key}_added", w))
    return out


def _negations(old, new) -> list[Signal]:
    gone, came = _difference(_of(old, "negation"), _of(new, "negation"))
    k = min(len(gone), len(came))  # « ne … pas » → « ne … jamais »: still a negation
    out = [_signal("negation", "neutral", None, m, "negation_added", 0.0)
           for m in came[k:]]
    out += [_signal("negation", "neutral", m, None, "negation_removed", 0.0)
            for m in gone[k:]]
    return out


def _quantities(old, new) -> list[Signal]:
    """A figure that changed (« 0,7 % » → « 0,5 % »): said, not judged — more is not always stronger."""
    gone, came = _difference(_of(old, "quantity"), _of(new, "quantity"))
    out = [_signal("quantity", "neutral", a, b, "quantity_changed", 0.0)
           for a, b in zip(gone, came)]
    out += [_signal("quantity", "neutral", None, b, "quantity_added", 0.0)
            for b in came[len(gone):]]
    out += [_signal("quantity", "neutral", a, None, "quantity_removed", 0.0)
            for a in gone[len(came):]]
    return out
