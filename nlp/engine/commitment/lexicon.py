"""The language knowledge of the commitment analysis, read from ``resources/lexicons/<lang>/*.toml``.

Every word list lives in those files (with their sources); this module only compiles them into
lookup tables: phrases keyed by their first word, longest first, so a text is scanned once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from nlp.engine.commitment import schemas
from nlp.model.grammar import Grammar, grammar
from nlp.model.knowledge import load_toml, word_list
from nlp.model.resources import resource

LEXICONS = resource("lexicons")

# a word with its elided article (« d' », « qu' »), a word (inner hyphens kept), or one other character
_WORD = re.compile(r"[^\W\d_]{1,7}'(?=\w)|\w+(?:-\w+)*|[^\w\s]")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00a0": " ", "\u202f": " ",
                       "\u2011": "-", "\u2010": "-"})


def fold(text: str) -> str:
    """Lower case and typographic apostrophes folded, same length as ``text`` (so offsets still hold)."""
    out = text.translate(_FOLD)
    lower = out.lower()
    if len(lower) == len(out):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in out)  # « İ » and kin grow when lowered


def words(text: str, elisions: dict[str, str] | None = None) -> list[tuple[str, int, int]]:
    """(normalised word, start, end) for each word of ``text``; elided forms read as full words."""
    return list(_words(text, tuple(sorted(elisions.items())) if elisions else ()))


# The analysis of one paragraph or link reads its texts' words several times (function, markers, hedge
# rules); across paragraphs nothing is read again, so a small cache does: each entry holds a paragraph's
# words with their offsets (about 16 KB), and 4,096 of them cost 66 MB on a long document.
@lru_cache(maxsize=256)
def _words(text: str, elisions: tuple[tuple[str, str], ...]) -> tuple[tuple[str, int, int], ...]:
    folded = fold(text)
    spans = [m.span() for m in _WORD.finditer(folded)]
    found = [folded[a:b] for a, b in spans]
    if elisions:
        table = dict(elisions)
        found = [table.get(w, w) if w[-1] == "'" else w for w in found]
    return tuple([(w, a, b) for w, (a, b) in zip(found, spans)])


Pattern = tuple[frozenset[str], ...]  # one set of accepted words per position


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing to find in a text: a verb phrase, a hedge, an intensifier, a scope or modal word."""

    kind: str  # verb, hedge, intensifier, scope, obligation; "inert": words read as one, never a marker
    key: str
    pattern: Pattern
    level: float = 0.0
    scale: str = ""
    actor: str = ""
    lead_only: bool = False  # a verb only where a clause starts
    we_form: bool = False  # an English "we …" form: also matches after "and" in a "we" sentence
    bare_action: bool = False  # an auxiliary ("we will") whose action is the bare verb that follows it


@dataclass(frozen=True, slots=True)
class HedgeRule:
    """A hedge said in a form no list can hold: an opening phrase, then within a few words a closing word
    ("in accordance with their respective national legal frameworks", « dans le respect de leur ordre
    juridique interne »)."""

    key: str
    opens: tuple[Pattern, ...]
    closes: frozenset[str]
    within: int


@dataclass(frozen=True)
class Lexicon:
    language: str
    entries: dict[str, tuple[Entry, ...]]  # first word -> entries, longest pattern first
    elisions: dict[str, str]
    skippable: tuple[Pattern, ...]
    skippable_first: frozenset[str]
    lead_adverbs: frozenset[str]  # one-word adverbs that may stand before a lead verb ("Firmly condemns")
    hedge_rules: tuple[HedgeRule, ...]
    frequencies: tuple[re.Pattern, ...]
    not_actions: frozenset[str]
    clause_openers: frozenset[str]
    ignore: frozenset[str]
    ignore_phrases: tuple[tuple[str, ...], ...]
    synonyms: dict[tuple[str, ...], str]  # phrase -> canonical id
    commit_threshold: float
    future_suffixes: tuple[str, ...]
    future_exceptions: frozenset[str]
    deadlines: tuple[re.Pattern, ...]
    quantities: tuple[re.Pattern, ...]
    schedule_words: frozenset[str]
    negation_ne: frozenset[str]
    negation_after: frozenset[str]
    negation_words: frozenset[str]
    grammar: Grammar | None = None
    levels: dict[str, float] = field(default_factory=dict)  # verb key -> level
    scales: dict[str, str] = field(default_factory=dict)  # verb key -> scale
    actors: dict[str, str] = field(default_factory=dict)
    # first word -> the hedge rules' opening phrases that can start with it, in the rules' own order: a
    # rule is tried only where one of its openings can start (trying every rule at every word was the
    # costliest part of reading a paragraph)
    hedge_openings: dict[str, tuple[tuple[HedgeRule, Pattern], ...]] = field(default_factory=dict)


def _pattern(phrase: str, elisions: dict[str, str]) -> Pattern:
    """« conformément à la|leur législation » -> one set of accepted words per position."""
    slots: list[frozenset[str]] = []
    for alternatives in phrase.split():
        # an alternative that is itself several words (« s'il », « d'efforts ») is spread over positions
        parts = [[elisions[alt]] if alt in elisions else [w for w, _, _ in words(alt, elisions)]
                 for alt in alternatives.split("|")]
        if all(len(p) == 1 for p in parts):
            slots.append(frozenset(p[0] for p in parts))
        else:
            for w in parts[0]:
                slots.append(frozenset({w}))
    return tuple(slots)


def _read(path: Path, schema: dict) -> dict:
    """A knowledge file, checked against its schema (one InputError line naming file, key and line)."""
    return load_toml(path, schema)


@dataclass(frozen=True)
class Weights:
    """How differences weigh when netted (``resources/lexicons/weights.toml``): language-neutral."""

    signal: dict[str, float]
    threshold: float
    pair_distance: float
    repeated_verb: float
    max_actions: int
    subordinate: float
    ungoverned: float


@lru_cache(maxsize=1)
def weights() -> Weights:
    data = load_toml(LEXICONS / "weights.toml", schemas.WEIGHTS, required=True)
    netting, governance = data["netting"], data["governance"]
    return Weights({k: float(v) for k, v in data["signal"].items()}, float(netting["threshold"]),
                   float(netting["pair_distance"]), float(netting["repeated_verb"]), int(netting["max_actions"]),
                   float(governance["subordinate"]), float(governance["ungoverned"]))


@lru_cache(maxsize=8)
def load(language: str) -> Lexicon:
    """The lexicon of ``language``; a language without files gets an empty one (nothing is found)."""
    base = LEXICONS / language
    g = grammar(language)
    editorial = _read(base / "editorial.toml", schemas.EDITORIAL)
    elisions = dict(editorial.get("elisions", {}))
    verbs = _read(base / "verbs.toml", schemas.VERBS)
    hedges = _read(base / "hedges.toml", schemas.HEDGES)
    intensifiers = _read(base / "intensifiers.toml", schemas.INTENSIFIERS)
    scope = _read(base / "scope.toml", schemas.SCOPE)

    entries: list[Entry] = []
    levels: dict[str, float] = {}
    scales: dict[str, str] = {}
    actors: dict[str, str] = {}
    for v in verbs.get("verb", ()):
        key, level, scale, actor = v["key"], float(v["level"]), v["scale"], v.get("actor", "none")
        levels[key], scales[key], actors[key] = level, scale, actor
        bare = bool(v.get("bare_action", False))
        for phrase in v.get("forms", ()):
            pat = _pattern(phrase, elisions)
            we = g.clauses.subject_dropped and len(pat) > 1 and bool(pat[0] & g.clauses.first_person)
            entries.append(Entry("verb", key, pat, level, scale, actor, False, we, bare))
            if we:  # « We reaffirm … and commit to … »: the verb without its « we »
                entries.append(Entry("verb", key, pat[1:], level, scale, actor, True, True, bare))
        for phrase in v.get("lead", ()):
            entries.append(Entry("verb", key, _pattern(phrase, elisions), level, scale, actor, True))
        for phrase in v.get("coordinated", ()):  # « … et nous engageons à »: only after « et » in a « nous » sentence
            entries.append(Entry("verb", key, _pattern(phrase, elisions), level, scale, actor, True, True))
        continued = verbs.get("continued", {})
        for infinitive in v.get("infinitive", ()):
            tail = _pattern(infinitive, elisions)
            for phrase in continued.get("lead", ()):
                entries.append(Entry("verb", key, _pattern(phrase, elisions) + tail, level, scale, actor, True))
            for phrase in continued.get("forms", ()):
                entries.append(Entry("verb", key, _pattern(phrase, elisions) + tail, level, scale, actor, False))
    future = verbs.get("future", {})
    if future:
        levels.setdefault(future["key"], 6.0)
    for h in hedges.get("hedge", ()):
        for phrase in h["patterns"]:
            entries.append(Entry("hedge", h["key"], _pattern(phrase, elisions)))
    for i in intensifiers.get("intensifier", ()):
        for phrase in i["patterns"]:
            entries.append(Entry("intensifier", i["key"], _pattern(phrase, elisions)))
    for direction in ("narrow", "wide", "narrow_paired", "wide_paired"):
        for phrase in scope.get("scope", {}).get(direction, ()):
            entries.append(Entry("scope", direction, _pattern(phrase, elisions)))
    for phrase, level in scope.get("obligation", {}).get("levels", {}).items():
        entries.append(Entry("obligation", phrase, _pattern(phrase, elisions), float(level)))

    for phrase in editorial.get("inert", ()):
        entries.append(Entry("inert", "inert", _pattern(phrase, elisions)))

    by_first: dict[str, list[Entry]] = {}
    for e in entries:
        if not e.pattern:
            continue
        for first in e.pattern[0]:
            by_first.setdefault(first, []).append(e)
    kind_order = {"inert": -1, "verb": 0, "scope": 1, "hedge": 2, "intensifier": 3, "obligation": 4}
    table = {k: tuple(sorted(v, key=lambda e: (kind_order[e.kind], -len(e.pattern)))) for k, v in by_first.items()}

    synonyms: dict[tuple[str, ...], str] = {}
    for group in editorial.get("synonyms", ()):
        canonical = "≡" + group[0]
        for phrase in group:
            synonyms[tuple(w for w, _, _ in words(phrase, elisions))] = canonical
    ignore_words, ignore_phrases = set(), []
    for phrase in editorial.get("ignore", ()):
        ws = tuple(w for w, _, _ in words(phrase, elisions))
        (ignore_words.add(ws[0]) if len(ws) == 1 else ignore_phrases.append(ws))
    negation = scope.get("negation", {})
    skippable = [_pattern(p, elisions) for p in editorial.get("skippable", ())]
    rules = tuple(HedgeRule(r["key"], tuple(_pattern(p, elisions) for p in r["opens"]),
                            frozenset(fold(w) for w in r["closes"]), int(r.get("within", 6)))
                  for r in hedges.get("hedge_rule", ()))
    openings: dict[str, list[tuple[HedgeRule, Pattern]]] = {}
    for rule in rules:
        for pat in rule.opens:
            for w in sorted(pat[0]):
                openings.setdefault(w, []).append((rule, pat))
    return Lexicon(
        language=language,
        entries=table,
        elisions=elisions,
        skippable=tuple(skippable),
        skippable_first=frozenset(w for pat in skippable for w in pat[0]),
        # one-word adverbs of a lead ("Deeply", "Further") and one-word intensifiers ("Actively")
        lead_adverbs=frozenset(a for a in (fold(x) for x in word_list(base / "lead_adverbs.txt")) if " " not in a)
        | frozenset(p for i in intensifiers.get("intensifier", ()) for p in i["patterns"] if " " not in p),
        hedge_rules=rules,
        hedge_openings={w: tuple(found) for w, found in openings.items()},
        frequencies=tuple(re.compile(p) for p in scope.get("deadline", {}).get("frequency", ())),
        not_actions=frozenset(editorial.get("not_actions", ())),
        clause_openers=frozenset(w for p in editorial.get("clause_openers", ()) for w, _, _ in words(p, elisions)),
        ignore=frozenset(ignore_words),
        ignore_phrases=tuple(sorted(ignore_phrases, key=len, reverse=True)),
        synonyms=synonyms,
        commit_threshold=float(verbs.get("commit_threshold", 3)),
        future_suffixes=tuple(future.get("suffixes", ())),
        future_exceptions=frozenset(future.get("exceptions", ())),
        deadlines=tuple(re.compile(p) for p in scope.get("deadline", {}).get("patterns", ())),
        schedule_words=frozenset(scope.get("deadline", {}).get("schedule_words", ())),
        quantities=tuple(re.compile(p) for p in scope.get("quantity", {}).get("patterns", ())),
        negation_ne=frozenset(elisions.get(w, w) for w in negation.get("ne", ())),
        negation_after=frozenset(negation.get("after_ne", ())),
        negation_words=frozenset(negation.get("words", ())),
        grammar=grammar(language),
        levels=levels,
        scales=scales,
        actors=actors,
    )


@lru_cache(maxsize=4)
def notes(language: str) -> dict:
    """Note templates and glosses for the interface language ('en' or 'fr'; English otherwise)."""
    path = LEXICONS / f"notes.{language}.toml"
    if not path.exists():
        path = LEXICONS / "notes.en.toml"
    return _read(path, schemas.NOTES)
