"""The document model of the contract (``parse --format json``): immutable values."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

SCHEMA = 1

KINDS = ("preambular", "operative", "other")
STATUSES = ("draft", "adopted")  # a document's ``status``; None when the text does not say
FORMATS = ("markdown", "text", "akn", "pdf", "docx", "odt", "html")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph or sub-item as a reader sees it (number removed, call-outs removed)."""

    id: str
    kind: str
    text: str
    lead: str | None = None
    footnotes: tuple[str, ...] = ()
    parent: str | None = None
    # what the paragraph does, whatever its numbering: "preambular" (recalls, recognizes, notes, welcomes)
    # or "operative" (decides, requests, calls upon, commits); set by the engine, which knows the verbs
    function: str | None = field(default=None, compare=False)  # derived from the text: not part of identity

    @property
    def does(self) -> str:
        """``function``, or where the engine has not read the paragraph, what its place suggests."""
        return self.function or ("preambular" if self.kind == "preambular" else "operative")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "function": self.does,
            "lead": self.lead,
            "text": self.text,
            "footnotes": list(self.footnotes),
            "parent": self.parent,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Paragraph":
        return cls(
            id=str(data["id"]),
            kind=data["kind"],
            text=data["text"],
            lead=data.get("lead"),
            footnotes=tuple(data.get("footnotes") or ()),
            parent=data.get("parent"),
            function=data.get("function"),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """A resolution or declaration read into paragraphs, with its metadata."""

    path: str
    format: str
    language: str
    paragraphs: tuple[Paragraph, ...]
    symbol: str | None = None
    title: str | None = None
    body: str | None = None
    adopted: str | None = None  # ISO date
    status: str | None = None  # "draft" (an L-document, « …: draft resolution ») or "adopted"
    sponsors: tuple[str, ...] = ()  # the States a draft's cover lists as submitting it
    agenda_item: str | None = None  # « 74 », as the cover gives it
    session: str | None = None  # « Eightieth session », as the cover gives it
    sha256: str | None = None  # of the file's bytes: identity in the library
    _index: dict[str, int] = field(default=None, init=False, repr=False, compare=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {p.id: i for i, p in enumerate(self.paragraphs)})

    def __iter__(self) -> Iterator[Paragraph]:
        return iter(self.paragraphs)

    def __len__(self) -> int:
        return len(self.paragraphs)

    def paragraph(self, pid: str) -> Paragraph:
        return self.paragraphs[self._index[pid]]

    def position(self, pid: str) -> int:
        """Reading-order index of a paragraph id."""
        return self._index[pid]

    def __contains__(self, pid: object) -> bool:
        return pid in self._index

    @property
    def label(self) -> str:
        """How the document is named to a user: its symbol, else its file name."""
        from pathlib import PurePath

        return self.symbol or PurePath(self.path).name

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "path": self.path,
            "format": self.format,
            "language": self.language,
            "symbol": self.symbol,
            "title": self.title,
            "body": self.body,
            "adopted": self.adopted,
            "status": self.status,
            "sponsors": list(self.sponsors),
            "agenda_item": self.agenda_item,
            "session": self.session,
            "sha256": self.sha256,
            "paragraphs": [p.to_json() for p in self.paragraphs],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Document":
        return cls(
            path=data["path"],
            format=data["format"],
            language=data["language"],
            symbol=data.get("symbol"),
            title=data.get("title"),
            body=data.get("body"),
            adopted=data.get("adopted"),
            status=data.get("status"),
            sponsors=tuple(data.get("sponsors") or ()),
            agenda_item=data.get("agenda_item"),
            session=data.get("session"),
            sha256=data.get("sha256"),
            paragraphs=tuple(Paragraph.from_json(p) for p in data["paragraphs"]),
        )
