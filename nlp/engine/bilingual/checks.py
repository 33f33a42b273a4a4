"""Check one pair of paragraphs in two languages: do they state the same figures and the same force?

Figures compare by value (see :mod:`facts`); force compares through the ids that the French and English
lexicons share (see :mod:`force`). Real translations differ in wording all the time, so each check is
written to say nothing where a faithful translation may differ:

- a number written in words on one side only is no discordance (« les deux parties », "both sides"); a
  word against another figure is;
- a date without its year matches the same day and month with a year;
- a lead verb matches a verb of the same rung, a verb that translators use for it (``equivalence.toml``),
  or one rung lower with an intensifier beside it (« Demande instamment », "Strongly calls upon");
- a lead verb that only one lexicon knows says nothing (unknown is not different).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Hashable, Iterable, Sequence

from nlp.engine.bilingual import facts as facts_mod
from nlp.engine.bilingual import force as force_mod
from nlp.engine.bilingual import language as lang_data
from nlp.engine.bilingual.facts import Fact
from nlp.engine.bilingual.force import Force
from nlp.engine.bilingual.notes import Notes
from nlp.engine.commitment.markers import Marker
from nlp.model.concordance import Issue
from nlp.model.document import Paragraph


@dataclass(frozen=True)
class Side:
    """One version of a pair: its language, its joined text and what was read in it."""

    language: str
    text: str
    facts: tuple[Fact, ...]
    force: Force


def side(paragraphs: Sequence[Paragraph], language: str) -> Side:
    text = " ".join(p.text for p in paragraphs)
    notes = " ".join(n for p in paragraphs for n in p.footnotes)
    found = facts_mod.facts(f"{text} {notes}".strip(), language)
    dates = tuple((f.start, f.end) for f in found if f.kind == "date" and f.end <= len(text))
    return Side(language, text, found, force_mod.read(text, language, dates))


def check(a: Side, b: Side, notes: Notes) -> tuple[Issue, ...]:
    issues: list[Issue] = []
    issues += _facts(a, b, notes)
    lead_issues, compensated = _lead(a.force, b.force, notes)
    issues += lead_issues
    issues += _modality(a.force, b.force, notes)
    issues += _classes("intensifier", a.force, b.force, notes, compensated)
    issues += _classes("hedge", a.force, b.force, notes)
    issues += _negations(a, b, notes)
    issues += _deadlines(a, b, notes)
    return tuple(issues)


def _facts(a: Side, b: Side, notes: Notes) -> list[Issue]:
    left: dict[str, tuple[list[Fact], list[Fact]]] = {}
    for kind in FACT_KINDS:
        fa = [f for f in a.facts if f.kind == kind]
        fb = [f for f in b.facts if f.kind == kind]
        left[kind] = _match(fa, fb, _same_value)
    _reconcile(left)
    out: list[Issue] = []
    stated_a, stated_b = _stated(a.facts), _stated(b.facts)
    for kind in FACT_KINDS:
        left_a, left_b = left[kind]
        if not left_a or not left_b:
            # said once more on one side (« Programme 2030 » where the other writes « il »), or inside a
            # resolution number there ("UNSCR 2272"): the fact is in both versions
            left_a = [f for f in left_a if f.value not in stated_b]
            left_b = [f for f in left_b if f.value not in stated_a]
        # a number word alone is a translator's choice (« les deux », "both"): only a figure left over counts,
        # or a word that stands against a figure of the other version
        if not left_b:
            left_a = [f for f in left_a if f.strong]
        if not left_a:
            left_b = [f for f in left_b if f.strong]
        out += _pair_up(kind, [f.text for f in left_a], [f.text for f in left_b], notes)
    return out


FACT_KINDS = ("number", "date", "symbol", "reference")


def _reconcile(left: dict[str, tuple[list[Fact], list[Fact]]]) -> None:
    """A reference or resolution number that one version writes without its introducing word (« objectifs de
    développement durable n°s 8 et 10 », "Goals 8 and 10") is read there as bare figures: the same figures
    left over on the other side are the same facts."""
    for mine, theirs in ((0, 1), (1, 0)):
        for kind in ("reference", "symbol"):
            keep = []
            for f in left[kind][mine]:
                figures = [x for k in ("number", "date") for x in left[k][theirs]]
                wanted = _figures(f)
                found = [next((x for x in figures if x.value == v), None) for v in wanted]
                if wanted and all(found):
                    for x in found:
                        left[x.kind][theirs].remove(x)  # type: ignore[union-attr]
                else:
                    keep.append(f)
            left[kind][mine][:] = keep


def _stated(facts: Sequence[Fact]) -> set:
    """Every value a version states, with the figures inside its resolution numbers and references."""
    out = {f.value for f in facts}
    for f in facts:
        if f.kind in ("symbol", "reference"):
            out.update(_figures(f))
    return out


def _figures(f: Fact) -> list[int]:
    """The bare figures of a reference or resolution number (« resolution 716(1991) » -> 716, 1991)."""
    value = str(f.value).split(" ", 1)[-1]
    return [int(x) for x in re.findall(r"\d+", value)] if "/" not in value else []


def _same_value(x: Fact, y: Fact) -> bool:
    if x.value == y.value:
        return True
    if x.kind == "date" and isinstance(x.value, tuple) and isinstance(y.value, tuple):
        # a date whose year (or day) one version leaves implicit
        return all(p is None or q is None or p == q for p, q in zip(x.value, y.value))
    return False


def _match(xs: list[Fact], ys: list[Fact], same: Callable[[Fact, Fact], bool]) -> tuple[list[Fact], list[Fact]]:
    """Pair equal items, exact values first, and return what is left on each side, in order."""
    left_y = list(ys)
    left_x = []
    for x in sorted(xs, key=lambda f: _vagueness(f)):
        k = next((i for i, y in enumerate(left_y) if x.value == y.value), None)
        if k is None:
            k = next((i for i, y in enumerate(left_y) if same(x, y)), None)
        if k is None:
            left_x.append(x)
        else:
            left_y.pop(k)
    order = {id(x): i for i, x in enumerate(xs)}
    return sorted(left_x, key=lambda x: order[id(x)]), left_y


def _vagueness(f: Fact) -> int:
    value = f.value
    return sum(v is None for v in value) if isinstance(value, tuple) else 0


def _pair_up(kind: str, left_a: list[str], left_b: list[str], notes: Notes,
             gloss_a: Sequence[str | None] = (), gloss_b: Sequence[str | None] = ()) -> list[Issue]:
    """What is left on each side: side by side as differences, the rest as said by one version only."""
    out = []
    for k in range(max(len(left_a), len(left_b))):
        ta = left_a[k] if k < len(left_a) else None
        tb = left_b[k] if k < len(left_b) else None
        ga = gloss_a[k] if k < len(gloss_a) else None
        gb = gloss_b[k] if k < len(gloss_b) else None
        out.append(Issue(kind, ta, tb, notes.issue(kind, ta, tb, ga, gb)))
    return out


def _multiset(kind: str, ma: Iterable[Marker], mb: Iterable[Marker], key: Callable[[Marker], Hashable],
              notes: Notes) -> list[Issue]:
    ma, mb = list(ma), list(mb)
    ca, cb = Counter(key(m) for m in ma), Counter(key(m) for m in mb)
    if ca == cb:
        return []
    extra_a, extra_b = ca - cb, cb - ca
    left_a = _take(ma, key, extra_a)
    left_b = _take(mb, key, extra_b)
    return _pair_up(kind, [m.text for m in left_a], [m.text for m in left_b], notes,
                    [notes.gloss(kind, m.key) for m in left_a], [notes.gloss(kind, m.key) for m in left_b])


def _take(markers: list[Marker], key: Callable[[Marker], Hashable], extra: Counter) -> list[Marker]:
    out, need = [], Counter(extra)
    for m in markers:
        if need[key(m)] > 0:
            need[key(m)] -= 1
            out.append(m)
    return out


def _lead(a: Force, b: Force, notes: Notes) -> tuple[list[Issue], bool]:
    """The lead verbs' discordance, if any, and whether an intensifier beside one of them made up for a rung
    (« Demande instamment », "Strongly calls upon"): that intensifier is then no discordance of its own."""
    la, lb = a.lead, b.lead
    if la is None or lb is None or la.key == lb.key:
        return [], False
    boost = lang_data.intensified_lead()
    if frozenset((la.key, lb.key)) in lang_data.equivalent_verbs():
        return [], False
    if not _forceful(la) and not _forceful(lb):
        # two statements that commit to nothing or only take note (« Conscient », "Recognizing"; « Prend
        # note », "Notes"): translations choose freely among them
        return [], False
    if la.scale == lb.scale:
        if la.level == lb.level:
            return [], False
        level_a = la.level + (boost if a.lead_intensifier else 0)
        level_b = lb.level + (boost if b.lead_intensifier else 0)
        if level_a == level_b:
            return [], True
    return [Issue("verb", la.text, lb.text,
                  notes.issue("verb", la.text, lb.text, notes.gloss("verb", la.key), notes.gloss("verb", lb.key)))], False


def _deadlines(a: Side, b: Side, notes: Notes) -> list[Issue]:
    """Deadlines by year; one that a version sets where the other only states its year (« avec pour objectif
    à l'horizon 2030 », "by 2030") is the same deadline in other words."""
    stated_a, stated_b = _stated(a.facts), _stated(b.facts)
    da = [m for m in a.force.deadlines if m.year is None or m.year not in stated_b or _count(b.force.deadlines, m.year)]
    db = [m for m in b.force.deadlines if m.year is None or m.year not in stated_a or _count(a.force.deadlines, m.year)]
    # a period without a year (« tous les quatre ans », "on a four-year basis"; « régulièrement », "regular")
    # is written in too many ways for the lexicons: one counts only where the other version sets a dated
    # deadline in its place, never against another period or nothing
    periods_a, periods_b = any(m.year is None for m in da), any(m.year is None for m in db)
    against_dated = periods_a != periods_b and any(m.year is not None for m in (db if periods_a else da))
    if not against_dated:
        da = [m for m in da if m.year is not None]
        db = [m for m in db if m.year is not None]
    return _multiset("deadline", da, db, lambda m: m.year, notes)


def _count(markers: Sequence[Marker], year: int) -> int:
    return sum(1 for m in markers if m.year == year)


def _classes(kind: str, a: Force, b: Force, notes: Notes, compensated: bool = False) -> list[Issue]:
    """An intensifier or hedge family in one version that the other does not express in any form: a
    translation repeats or drops a second « pleinement » freely, and turns an adverb into an adjective
    (« pleinement », "full"), but a family missing altogether changes what is said."""
    family = lang_data.families(kind)
    mine_a, mine_b = (a.intensifiers, b.intensifiers) if kind == "intensifier" else (a.hedges, b.hedges)
    if kind == "intensifier" and not compensated:
        # an intensifier beside the lead verb that no difference of rung accounts for is one of its own
        mine_a += tuple(m for m in (a.lead_intensifier,) if m is not None)
        mine_b += tuple(m for m in (b.lead_intensifier,) if m is not None)
    loose_a = {family.get(k, k) for t, k in a.loose if t == kind}
    loose_b = {family.get(k, k) for t, k in b.loose if t == kind}
    only_a = _first_per_family([m for m in mine_a if family.get(m.key, m.key) not in loose_b], family)
    only_b = _first_per_family([m for m in mine_b if family.get(m.key, m.key) not in loose_a], family)
    return _pair_up(kind, [m.text for m in only_a], [m.text for m in only_b], notes,
                    [notes.gloss(kind, m.key) for m in only_a], [notes.gloss(kind, m.key) for m in only_b])


def _first_per_family(markers: list[Marker], family: dict[str, str]) -> list[Marker]:
    seen, out = set(), []
    for m in markers:
        if family.get(m.key, m.key) not in seen:
            seen.add(family.get(m.key, m.key))
            out.append(m)
    return out


def _negations(a: Side, b: Side, notes: Notes) -> list[Issue]:
    """A negated action (« Décide de ne pas », "calls upon States not to") that the other version does not
    match with a negation after its own verb of commitment, at about the same place and in no smaller number.
    Negations elsewhere in a paragraph are too often turned into other words by a translation (« n'est pas
    viable », "unsustainable") to count."""
    return _pair_up("negation", [m.text for m in _unmatched_negations(a, b)],
                    [m.text for m in _unmatched_negations(b, a)], notes)


def _unmatched_negations(mine: Side, theirs: Side) -> list[Marker]:
    extra = len(mine.force.negations_after_verb) - len(theirs.force.negations_after_verb)
    out = []
    for m in mine.force.governing_negations:
        where = m.start / max(1, len(mine.text))
        near = any(abs(o.start / max(1, len(theirs.text)) - where) <= NEGATION_PLACE
                   for o in theirs.force.negations_after_verb)
        if extra > 0 or not near:
            out.append(m)
            extra -= 1
    return out


# how far apart (as a share of the paragraph's length) two versions may write the same negation
NEGATION_PLACE = 0.12



def _forceful(m: Marker) -> bool:
    """A verb that commits or asks someone to act (at or above the lexicon's threshold), or condemns."""
    from nlp.engine.commitment import lexicon as commitment_lexicon

    threshold = commitment_lexicon.load("en").commit_threshold
    return m.scale == "condemnation" or (m.scale == "action" and m.level >= threshold)


def _modality(a: Force, b: Force, notes: Notes) -> list[Issue]:
    """Modal verbs of a rung that the other version does not express (« doivent », "should"). A modal verb on
    one side only is often a noun or an impersonal turn on the other ("the obligation of States to", « les
    États sont tenus de »; « il importe de », "should"): those forms excuse it, and a version without any
    modal verb says nothing against the other."""
    if not a.modals or not b.modals:
        return []
    loose_a = {k for t, k in a.loose if t == "obligation"}
    loose_b = {k for t, k in b.loose if t == "obligation"}
    only_a = [m for m in a.modals if force_mod.rung(m) not in loose_b]
    only_b = [m for m in b.modals if force_mod.rung(m) not in loose_a]
    return _pair_up("modality", [m.text for m in only_a], [m.text for m in only_b], notes)
