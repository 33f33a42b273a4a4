"""A manual correction: what a person changed in a comparison, kept as data.

A correction says *link these paragraphs*, *unlink this link* or *this link's label is really X*.
It is a plain value so that the library can store and load it without the engine; the engine
(:mod:`nlp.engine.corrections`) replays corrections on a comparison.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nlp.model.comparison import Change

ACTIONS = ("link", "unlink", "relabel")


@dataclass(frozen=True)
class Correction:
    action: str  # "link" | "unlink" | "relabel"
    old: tuple[str, ...]
    new: tuple[str, ...]
    change: str | None = None  # the label a "relabel" sets

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"unknown correction {self.action!r}")
        object.__setattr__(self, "old", tuple(map(str, self.old)))
        object.__setattr__(self, "new", tuple(map(str, self.new)))
        if self.action == "relabel":
            Change(self.change)  # raises ValueError on a label the contract does not know
        if self.action == "link" and not (self.old and self.new):
            raise ValueError("a link needs paragraphs on both sides")

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"action": self.action, "old": list(self.old), "new": list(self.new)}
        if self.change is not None:
            d["change"] = self.change
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Correction":
        return cls(d["action"], tuple(d.get("old", ())), tuple(d.get("new", ())), d.get("change"))
