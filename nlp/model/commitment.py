"""A paragraph's commitment read as a structure (immutable values): its clauses, each with who acts, the
governing verb and its rung, the modality, hedges, intensifiers, scope, deadline or frequency, negation
and purpose — each with its span (characters of the paragraph's text). Identifiers are language-neutral
(the lexicons' shared keys), so a French and an English paragraph have comparable structures."""

from __future__ import annotations

from dataclasses import dataclass

MODALITIES = {3.0: "shall", 2.0: "should", 1.0: "may"}


@dataclass(frozen=True, slots=True)
class Part:
    """One element of a clause: its kind's identifier (a rung, a hedge class…) and where it stands."""

    key: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Clause:
    actor: str  # "self" (the speakers commit), "others" (others are asked), "none"
    verb: Part | None  # the governing verb; ``verb.key`` is its rung (decide, urge, request…)
    level: float  # the rung's place on its scale
    scale: str  # action, declaratory, condemnation
    modality: str | None = None  # shall / should / may (« doit » / « devrait » / « peut »)
    hedges: tuple[Part, ...] = ()
    intensifiers: tuple[Part, ...] = ()
    scope: tuple[Part, ...] = ()
    deadlines: tuple[Part, ...] = ()  # a deadline (key "deadline") or a frequency (key "frequency")
    negations: tuple[Part, ...] = ()
    purpose: Part | None = None
    actions: tuple[str, ...] = ()  # the lemmas of what the verb commits or asks to

    @property
    def commits(self) -> bool:
        return self.scale == "action" and self.actor != "none"


@dataclass(frozen=True, slots=True)
class Structure:
    language: str
    clauses: tuple[Clause, ...]
