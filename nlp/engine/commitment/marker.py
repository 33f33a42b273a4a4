"""One thing found in a paragraph that carries its commitment (an immutable value)."""

from __future__ import annotations

from dataclasses import dataclass, replace


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


def replace_marker(m: Marker, **changes) -> Marker:
    return replace(m, **changes)
