"""Comparing what qualifies the clauses of two wordings: hedges and intensifiers by class (one more is a
signal, one fewer the opposite one; one of a class said another way is none), scope (who), modals,
deadlines and frequencies, negations and figures. The judge hands over what its aligned clauses did not
share; what moved from one clause to another is cancelled here.
"""

from __future__ import annotations

from collections import Counter

from nlp.engine.commitment.lexicon import fold
from nlp.engine.commitment.marker import Marker
from nlp.engine.commitment.signals import PAIR_DISTANCE, WEIGHTS, cancel, class_of, of, signal
from nlp.model.comparison import Signal


def counted(old, new, kind: str) -> list[Signal]:
    """Hedges and intensifiers: one more is a signal, one fewer the opposite one."""
    oc, nc = Counter(m.key for m in of(old, kind)), Counter(m.key for m in of(new, kind))
    out: list[Signal] = []
    added_dir, removed_dir = ("weaker", "stronger") if kind == "hedge" else ("stronger", "weaker")
    for key in sorted(set(oc) | set(nc)):
        d = nc[key] - oc[key]
        if d > 0:
            olds = Counter(fold(m.text) for m in of(old, kind) if m.key == key)
            ms = [m for m in of(new, kind) if m.key == key]
            m = next((m for m in ms if olds[fold(m.text)] < sum(fold(x.text) == fold(m.text) for x in ms)), ms[-1])
            for _ in range(d):
                out.append(signal(kind, added_dir, None, m, f"{kind}_added", WEIGHTS[kind] * m.weight, **class_of(kind, key)))
        elif d < 0:
            news = Counter(fold(m.text) for m in of(new, kind) if m.key == key)
            ms = [m for m in of(old, kind) if m.key == key]
            m = next((m for m in ms if news[fold(m.text)] < sum(fold(x.text) == fold(m.text) for x in ms)), ms[-1])
            for _ in range(-d):
                out.append(signal(kind, removed_dir, m, None, f"{kind}_removed", WEIGHTS[kind] * m.weight, **class_of(kind, key)))
    return out


def scope(old, new, old_len: int, new_len: int) -> list[Signal]:
    gone, came = cancel(of(old, "scope"), of(new, "scope"), key=lambda m: m.key + "|" + fold(m.text))
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
                out.append(signal("scope", direction, a, b, template,
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
            out.append(signal("scope", direction, old_m, new_m, template,
                              w * m.weight))
    return out


def obligations(old, new, old_len: int, new_len: int) -> list[Signal]:
    gone, came = cancel(of(old, "obligation"), of(new, "obligation"))
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
        out.append(signal("obligation", direction, a, b, f"obligation_{direction}", WEIGHTS["obligation"]))
    return out


def deadlines(old, new) -> list[Signal]:
    gone, came = cancel(of(old, "deadline"), of(new, "deadline"))
    out: list[Signal] = []
    w = WEIGHTS["deadline"]
    for a, b in zip(gone, came):
        if a.year and b.year and a.year != b.year:
            direction, template = ("stronger", "deadline_earlier") if b.year < a.year else ("weaker", "deadline_later")
        else:
            direction, template = "neutral", "deadline_changed"
        out.append(signal("deadline", direction, a, b, template, w))
    # a deadline or a frequency ("every two years") set binds the commitment in time; dropped, it no longer does
    for a in gone[len(came):]:
        out.append(signal("deadline", "weaker", a, None, f"{a.key}_removed", w))
    for b in came[len(gone):]:
        out.append(signal("deadline", "stronger", None, b, f"{b.key}_added", w))
    return out


def negations(old, new) -> list[Signal]:
    gone, came = cancel(of(old, "negation"), of(new, "negation"))
    k = min(len(gone), len(came))  # « ne … pas » → « ne … jamais »: still a negation
    out = [signal("negation", "neutral", None, m, "negation_added", 0.0)
           for m in came[k:]]
    out += [signal("negation", "neutral", m, None, "negation_removed", 0.0)
            for m in gone[k:]]
    return out


def quantities(old, new) -> list[Signal]:
    """A figure that changed (« 0,7 % » → « 0,5 % »): said, not judged — more is not always stronger."""
    gone, came = cancel(of(old, "quantity"), of(new, "quantity"))
    out = [signal("quantity", "neutral", a, b, "quantity_changed", 0.0)
           for a, b in zip(gone, came)]
    out += [signal("quantity", "neutral", None, b, "quantity_added", 0.0)
            for b in came[len(gone):]]
    out += [signal("quantity", "neutral", a, None, "quantity_removed", 0.0)
            for a in gone[len(came):]]
    return out
