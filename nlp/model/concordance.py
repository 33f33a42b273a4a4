"""The concordance of two language versions of one text (``concordance A B --format json``): immutable values.

:mod:`nlp.concordance` builds a :class:`Concordance`; the command line, the exports and the window only read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nlp.model.document import SCHEMA, Document

# the kinds of discordance (docs/contract.md, Concordance)
ISSUE_TYPES = ("number", "date", "symbol", "reference", "verb", "modality", "intensifier", "hedge", "negation",
               "deadline", "structure")


@dataclass(frozen=True, slots=True)
class Issue:
    """One thing that one version says and the other does not say the same way."""

    type: str
    a: str | None  # the words of version A (None: A has nothing there)
    b: str | None
    note: str  # one line, in the interface language

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "a": self.a, "b": self.b, "note": self.note}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Issue":
        return cls(d["type"], d.get("a"), d.get("b"), d.get("note", ""))


@dataclass(frozen=True, slots=True)
class Pair:
    """Paragraph(s) of A and their counterpart(s) in B, with what does not agree (nothing when they agree)."""

    a: tuple[str, ...]
    b: tuple[str, ...]
    issues: tuple[Issue, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"a": list(self.a), "b": list(self.b), "issues": [i.to_json() for i in self.issues]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Pair":
        return cls(tuple(d["a"]), tuple(d["b"]), tuple(Issue.from_json(i) for i in d.get("issues", ())))


@dataclass(frozen=True, slots=True)
class Concordance:
    a: Document
    b: Document
    pairs: tuple[Pair, ...]
    unpaired_a: tuple[str, ...] = ()
    unpaired_b: tuple[str, ...] = ()

    @property
    def issue_count(self) -> int:
        return sum(len(p.issues) for p in self.pairs)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "a": self.a.to_json(),
            "b": self.b.to_json(),
            "pairs": [p.to_json() for p in self.pairs],
            "unpaired_a": list(self.unpaired_a),
            "unpaired_b": list(self.unpaired_b),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Concordance":
        return cls(
            a=Document.from_json(d["a"]),
            b=Document.from_json(d["b"]),
            pairs=tuple(Pair.from_json(p) for p in d["pairs"]),
            unpaired_a=tuple(d.get("unpaired_a", ())),
            unpaired_b=tuple(d.get("unpaired_b", ())),
        )
