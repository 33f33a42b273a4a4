"""Find what carries a paragraph's commitment: its verbs, hedges, intensifiers, scope, modals, deadlines.

The lexicon is matched on the words of the text (so it works on a blank pipeline: English without a
model); when a spaCy parse is at hand it decides what the words cannot: whether a matched word is a
verb, whether it governs the sentence or sits in a subordinate clause, which infinitives it commits to,
and their lemmas (:mod:`governance`).
"""

from __future__ import annotations

import re
from typing import Any

from nlp.engine.commitment.governance import UNGOVERNED_WEIGHT, accept_verb, actions, future, verb_weight, weigh_by_governor
from nlp.engine.commitment.lexicon import Lexicon, fold
from nlp.engine.commitment.marker import Marker, replace_marker
from nlp.engine.commitment.wording import BOUNDARIES, Wording

__all__ = ["Marker", "UNGOVERNED_WEIGHT", "find", "governing_verbs"]

# phrases that keep what they do with one qualifying word inside (an adjective, an adverb)
GAPPED_KINDS = frozenset({"hedge", "intensifier", "scope"})


def find(text: str, lexicon: Lexicon, doc: Any | None = None) -> tuple[Marker, ...]:
    """Every marker of ``text`` in reading order; ``doc`` is its spaCy parse when there is one."""
    tx = Wording(text, lexicon, doc)
    n = len(tx.w)
    found = _scan(tx, lexicon)

    # what each commitment verb commits to: its infinitives, up to the next verb
    verb_starts = [a for a, _, m in found if m.kind == "verb"] + [n]
    taken = {k for a, b, _ in found for k in range(a, b)}
    out: list[Marker] = []
    for a, b, m in found:
        if m.kind == "verb" and m.scale == "action" and m.level >= lexicon.commit_threshold and m.actor != "none":
            stop = min(s for s in verb_starts if s > a)
            lemmas, written = actions(tx, a, b, stop, taken)
            m = replace_marker(m, actions=m.actions + lemmas, action_words=m.action_words + written)
        out.append(m)

    out = weigh_by_governor(tx, out, lexicon)
    out.extend(_negations(tx, taken))
    dated = _deadlines(text, lexicon)
    # « tous les deux ans », "every year": a frequency, not a widening of scope
    out = [m for m in out if not (m.kind == "scope" and any(d.start < m.end and m.start < d.end for d in dated))]
    out.extend(dated)
    out.extend(_quantities(text, lexicon))
    out.sort(key=lambda m: (m.start, m.end))
    return tuple(out)


def governing_verbs(text: str, lexicon: Lexicon) -> tuple[Marker, ...]:
    """The verbs of ``text`` that govern their sentence (weight 1), on the lexicon alone: what decides a
    paragraph's function (:mod:`function`), read for every paragraph, so without what :func:`find` adds
    to them (their actions, the qualifiers' weights, negations, deadlines, quantities)."""
    return tuple(m for _, _, m in _scan(Wording(text, lexicon, None), lexicon) if m.kind == "verb" and m.weight >= 1.0)


def _scan(tx: Wording, lexicon: Lexicon) -> list[tuple[int, int, Marker]]:
    """The lexicon's phrases, future verbs and hedge rules found word by word: (first word, end word, marker)."""
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
            if e.kind == "hedge" and len(e.pattern) >= 3:
                j = _trailing_adjectives(tx, j)
            weight = 1.0
            if e.kind == "verb":
                accepted = accept_verb(tx, i, e)
                if accepted is None:
                    continue
                weight = accepted
            hit = (e, j, weight)
            break
        if (hit is not None and hit[0].kind == "verb" and hit[0].lead_only and tx.previous(i) not in BOUNDARIES
                and tx.previous(i) is not None and tx.w[i] in lexicon.hedge_openings
                and _hedge_rule(tx, i) is not None):
            hit = None  # inside a sentence, ", bearing in mind national specificities" qualifies: a hedge
        if hit is None and future(tx, i):
            start, m = _future(tx, i, lexicon)
            found.append((start, i + 1, m))
            i += 1
            continue
        if hit is None:
            rule = _hedge_rule(tx, i) if tx.w[i] in lexicon.hedge_openings else None
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
                m = replace_marker(m, actions=(tx.w[k],) if k < n else ())
            if e.bare_action:
                m = _bare_action(tx, m, j)
            if e.kind == "intensifier" and future(tx, i):
                # « Nous redoublerons d'efforts pour … »: the effort is said in the future, and that future is
                # the clause's verb (a commitment replaced by it is a commitment replaced by effort)
                start, will = _future(tx, i, lexicon)
                found.append((start, i + 1, will))
            found.append((i, j, m))
        i = j
    return found


def _trailing_adjectives(tx: Wording, j: int) -> int:
    """A hedge's phrase with the adjectives that follow its noun (« conformément à la législation nationale
    applicable »): the same hedge. Only where a parse tells an adjective (a blank pipeline would take any
    word)."""
    end = j
    while end < len(tx.w) and end < j + 2 and tx.pos(end) == "ADJ":
        end += 1
    return end


def _future(tx: Wording, i: int, lexicon: Lexicon) -> tuple[int, Marker]:
    """The first-person future at ``i`` (« nous renforcerons ») as a verb marker, and the word it starts at."""
    key = "will"
    level = lexicon.levels.get(key, 6.0)
    start = i - 1 if i > 0 and tx.w[i - 1] in tx.g.first_person else i
    m = _marker(tx, start, i + 1, "verb", key, level, "action", "self", verb_weight(tx, i))
    # the future verb is its own action (« nous renforcerons » commits to « renforcer »): read as its
    # lemma, it is the action that « nous nous engageons à renforcer » covers, not a new one
    t = tx.tokens[i]
    lemma = t.lemma_.lower() if t is not None and t.lemma_ else ""
    if lemma and lemma != tx.w[i] and lemma not in lexicon.not_actions:
        m = replace_marker(m, actions=(lemma,), action_words=(tx.text[tx.words[i][1]:tx.words[i][2]],))
    return start, m


def _bare_action(tx: Wording, m: Marker, j: int) -> Marker:
    """An auxiliary's action: the bare verb after it ("we will strengthen" commits to "strengthen", what
    "we commit to strengthen" covers), as its lemma."""
    k = tx.skip(j)
    if k >= len(tx.w) or not tx.w[k].isalpha() or tx.w[k] in tx.lex.ignore | tx.lex.not_actions | tx.lex.negation_words:
        return m
    t = tx.tokens[k]
    lemma = t.lemma_.lower() if t is not None and t.lemma_ else tx.w[k]
    return replace_marker(m, actions=(lemma,), action_words=(tx.text[tx.words[k][1]:tx.words[k][2]],))


def _hedge_rule(tx: Wording, i: int) -> tuple[str, int] | None:
    """A hedge by rule at ``i``: its class and end, when an opening phrase is followed, within a few words
    of one clause, by a closing word (the noun phrase it heads is taken whole)."""
    for rule, pat in tx.lex.hedge_openings.get(tx.w[i], ()):
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


def _marker(tx: Wording, a: int, b: int, kind: str, key: str, level: float, scale: str, actor: str, weight: float) -> Marker:
    start, end = tx.words[a][1], tx.words[b - 1][2]
    return Marker(kind, key, start, end, tx.text[start:end], level, scale, actor, weight)


def _negations(tx: Wording, taken: set[int]) -> list[Marker]:
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
