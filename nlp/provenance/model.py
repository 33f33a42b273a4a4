"""A draft's provenance: for each paragraph, its status and its sources. Immutable values; the JSON is
the contract's (docs/contract.md, "Provenance")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nlp.model.comparison import DiffOp, NoteRenderer, Signal
from nlp.model.document import SCHEMA, Document

VERBATIM, EDITED, NEW = "verbatim", "edited", "new"
STATUSES = (VERBATIM, EDITED, NEW)


@dataclass(frozen=True, slots=True)
class Source:
    """A library paragraph close to a draft paragraph, and what the draft did to it (as a link)."""

    symbol: str | None
    id: str  # the source paragraph's id
    adopted: str | None
    score: float
    change: str  # unchanged, modified, strengthened, weakened: from the source to the draft
    document: str  # the source document's sha256 in the library
    label: str  # its symbol, else its file name
    text: str
    diff: tuple[DiffOp, ...] = ()
    signals: tuple[Signal, ...] = ()

    def to_json(self, note: NoteRenderer | None = None) -> dict[str, Any]:
        return {
            "symbol": self.symbol,
            "id": self.id,
            "adopted": self.adopted,
            "score": round(self.score, 4),
            "change": self.change,
            "document": self.document,
            "label": self.label,
            "text": self.text,
            "diff": [d.to_json() for d in self.diff],
            "signals": [s.to_json(note) for s in self.signals],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Source":
        return cls(
            symbol=d.get("symbol"),
            id=str(d["id"]),
            adopted=d.get("adopted"),
            score=float(d["score"]),
            change=d["change"],
            document=d.get("document", ""),
            label=d.get("label") or d.get("symbol") or "",
            text=d.get("text", ""),
            diff=tuple(DiffOp.from_json(x) for x in d.get("diff", ())),
            signals=tuple(Signal.from_json(s) for s in d.get("signals", ())),
        )


@dataclass(frozen=True, slots=True)
class TracedParagraph:
    id: str
    status: str  # verbatim, edited, new
    sources: tuple[Source, ...]  # best first; among equal scores, the most recently adopted first

    @property
    def best(self) -> Source | None:
        return self.sources[0] if self.sources else None

    def to_json(self, note: NoteRenderer | None = None) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "sources": [s.to_json(note) for s in self.sources]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "TracedParagraph":
        return cls(str(d["id"]), d["status"], tuple(Source.from_json(s) for s in d.get("sources", ())))


@dataclass(frozen=True, slots=True)
class Provenance:
    document: Document
    paragraphs: tuple[TracedParagraph, ...]
    library: str = ""  # the library's file, as the reports name it

    def paragraph(self, pid: str) -> TracedParagraph | None:
        return next((p for p in self.paragraphs if p.id == pid), None)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for p in self.paragraphs:
            out[p.status] += 1
        return out

    def to_json(self, note: NoteRenderer | None = None) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "document": self.document.to_json(),
            "library": self.library,
            "paragraphs": [p.to_json(note) for p in self.paragraphs],
            "summary": self.counts(),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Provenance":
        return cls(
            Document.from_json(d["document"]),
            tuple(TracedParagraph.from_json(p) for p in d["paragraphs"]),
            d.get("library", ""),
        )
