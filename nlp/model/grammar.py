"""The grammar words of a language (``resources/lexicons/<lang>/grammar.toml``), read once and checked.

The readers (a paragraph's lead) and the commitment analysis share them; French and English files have
the same keys, so a rule written once works on both languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlp.model.knowledge import Pattern, load_toml
from nlp.model.resources import resource

LANGUAGES = ("fr", "en")

SCHEMA = {
    "lead": {
        "subject": [str], "clitics": [str], "reflexive": [str], "modals": [str], "participle_endings": [str],
        "infinitive_endings": [str], "infinitive_pattern": Pattern(), "subject_verb_endings": [str],
        "not_subject_verb_endings": [str], "head_endings": [str], "adjective_endings": [str], "name_endings": [str],
    },
    "clauses": {
        "subordinators": [str], "infinitive_marks": [str], "object_pronouns": [str], "first_person": [str],
        "purpose": [str], "conjunctions": [str], "first_plural_endings": [str], "first_plural_future_ending": str,
        "negation_particles": [str], "infinitive_endings": [str], "noun_endings": [str],
        "noun_ending_exceptions": [str], "subject_dropped": bool,
    },
    "number": {"plural_endings": [str], "not_plural_endings": [str], "plural_rewrites?": [[str]]},
}


@dataclass(frozen=True)
class Lead:
    subject: tuple[str, ...]
    clitics: tuple[str, ...]
    reflexive: tuple[str, ...]
    modals: tuple[str, ...]
    participle_endings: tuple[str, ...]
    infinitive_endings: tuple[str, ...]
    infinitive_pattern: re.Pattern | None
    subject_verb_endings: tuple[str, ...]
    not_subject_verb_endings: tuple[str, ...]
    head_endings: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    name_endings: tuple[str, ...]


@dataclass(frozen=True)
class Clauses:
    subordinators: frozenset[str]
    infinitive_marks: frozenset[str]
    object_pronouns: frozenset[str]
    first_person: frozenset[str]
    purpose: frozenset[str]
    conjunctions: frozenset[str]
    first_plural_endings: tuple[str, ...]
    first_plural_future_ending: str
    negation_particles: frozenset[str]
    infinitive_endings: tuple[str, ...]
    noun_endings: tuple[str, ...]
    noun_ending_exceptions: tuple[str, ...]
    subject_dropped: bool


@dataclass(frozen=True)
class Grammar:
    language: str
    lead: Lead
    clauses: Clauses
    plural_endings: tuple[str, ...]
    not_plural_endings: tuple[str, ...]
    plural_rewrites: tuple[tuple[str, str], ...] = ()

    def singular(self, word: str) -> str:
        """The word without its plural ending (« législations » → « législation »), as far as a spelling
        rule tells."""
        for plural, singular in self.plural_rewrites:
            if len(word) > len(plural) + 2 and word.endswith(plural):
                return word[: -len(plural)] + singular
        if len(word) > 3 and word.endswith(self.plural_endings) and not word.endswith(self.not_plural_endings):
            return word[:-1]
        return word


def _empty() -> dict:
    def blank(spec):
        return [] if isinstance(spec, list) else False if spec is bool else ""

    return {"lead": {k: blank(v) for k, v in SCHEMA["lead"].items()},
            "clauses": {k: blank(v) for k, v in SCHEMA["clauses"].items()},
            "number": {"plural_endings": [], "not_plural_endings": []}}


@lru_cache(maxsize=8)
def grammar(language: str) -> Grammar:
    """The grammar of ``language``; a language without a file has empty lists (no rule fires)."""
    path = resource("lexicons", language, "grammar.toml")
    data = load_toml(path, SCHEMA) or _empty()
    lead, clauses = data["lead"], data["clauses"]
    t = tuple
    return Grammar(
        language=language,
        lead=Lead(
            subject=t(lead["subject"]), clitics=t(lead["clitics"]), reflexive=t(lead["reflexive"]),
            modals=t(lead["modals"]), participle_endings=t(lead["participle_endings"]),
            infinitive_endings=t(lead["infinitive_endings"]),
            infinitive_pattern=re.compile(lead["infinitive_pattern"]) if lead["infinitive_pattern"] else None,
            subject_verb_endings=t(lead["subject_verb_endings"]),
            not_subject_verb_endings=t(lead["not_subject_verb_endings"]), head_endings=t(lead["head_endings"]),
            adjective_endings=t(lead["adjective_endings"]), name_endings=t(lead["name_endings"]),
        ),
        clauses=Clauses(
            subordinators=frozenset(clauses["subordinators"]), infinitive_marks=frozenset(clauses["infinitive_marks"]),
            object_pronouns=frozenset(clauses["object_pronouns"]), first_person=frozenset(clauses["first_person"]),
            purpose=frozenset(clauses["purpose"]), conjunctions=frozenset(clauses["conjunctions"]),
            first_plural_endings=t(clauses["first_plural_endings"]),
            first_plural_future_ending=clauses["first_plural_future_ending"],
            negation_particles=frozenset(clauses["negation_particles"]),
            infinitive_endings=t(clauses["infinitive_endings"]), noun_endings=t(clauses["noun_endings"]),
            noun_ending_exceptions=t(clauses["noun_ending_exceptions"]), subject_dropped=clauses["subject_dropped"],
        ),
        plural_endings=t(data["number"]["plural_endings"]),
        not_plural_endings=t(data["number"]["not_plural_endings"]),
        plural_rewrites=tuple((a, b) for a, b in data["number"].get("plural_rewrites", ())),
    )
