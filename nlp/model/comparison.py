"""The comparison of the contract (``compare --format json``): immutable values.

The engine builds a :class:`Comparison`; the CLI, the exports, the library and the GUI only read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable, Iterable

from nlp.model.document import SCHEMA, Document


class Change(str, Enum):
    UNCHANGED = "unchanged"
    MODIFIED = "modified"
    STRENGTHENED = "strengthened"
    WEAKENED = "weakened"

    def __str__(self) -> str:  # so f-strings and JSON show the contract's word
        return self.value


class Op(str, Enum):
    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class DiffOp:
    op: Op
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"op": self.op.value, "text": self.text}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "DiffOp":
        return cls(Op(d["op"]), d["text"])


@dataclass(frozen=True, slots=True)
class Span:
    """Where a signal's words stand: characters ``start``..``end`` of paragraph ``paragraph``'s text."""

    paragraph: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"paragraph": self.paragraph, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> "Span | None":
        if not d:
            return None
        return cls(str(d["paragraph"]), int(d["start"]), int(d["end"]))


Params = tuple[tuple[str, str], ...]
NoteRenderer = Callable[["Signal"], str]


@dataclass(frozen=True, slots=True)
class Signal:
    """One reason for a label, as data: what moved the commitment, in which direction, and where.

    No sentence is stored: ``key`` names a message of ``resources/lexicons/notes.<lang>.toml`` and ``params``
    fill it (words of the texts, and identifiers such as a verb's rung or a hedge's class, which each
    language glosses its own way); ``nlp.engine.commitment.notes.render_note`` writes the sentence when shown.
    """

    type: str  # verb, hedge, intensifier, scope, obligation, deadline, negation, ...
    direction: str  # stronger, weaker, neutral
    old: str | None  # the old words, as written
    new: str | None
    key: str = ""  # message key
    params: Params = ()
    weight: float = 1.0
    old_span: Span | None = None
    new_span: Span | None = None

    def param(self, name: str, default: str = "") -> str:
        return next((v for k, v in self.params if k == name), default)

    def to_json(self, note: NoteRenderer | None = None) -> dict[str, Any]:
        d: dict[str, Any] = {
            "type": self.type,
            "direction": self.direction,
            "old": self.old,
            "new": self.new,
        }
        if note is not None:
            d["note"] = note(self)
        d["key"] = self.key
        d["params"] = dict(self.params)
        d["weight"] = self.weight
        d["old_span"] = self.old_span.to_json() if self.old_span else None
        d["new_span"] = self.new_span.to_json() if self.new_span else None
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Signal":
        params = tuple(sorted((str(k), str(v)) for k, v in (d.get("params") or {}).items()))
        return cls(d["type"], d["direction"], d.get("old"), d.get("new"), d.get("key", ""), params,
                   float(d.get("weight", 1.0)), Span.from_json(d.get("old_span")), Span.from_json(d.get("new_span")))


def params(**values: object) -> Params:
    """Message parameters as an immutable, ordered value (``None`` left out)."""
    return tuple(sorted((k, str(v)) for k, v in values.items() if v is not None))


JOIN = " "  # how the paragraphs of one side of a link are joined into the text the diff is made on


def joined(texts: Iterable[str]) -> str:
    """One side of a link as one text: its paragraphs' texts joined by a space (the diff's text)."""
    return JOIN.join(t.strip() for t in texts)


@dataclass(frozen=True, slots=True)
class Link:
    """Old paragraph(s) that became new paragraph(s): 1-1, a split (1-n) or a merge (n-1).

    ``old_text`` / ``new_text`` are the two sides joined (:func:`joined`), the very texts ``diff`` was
    made on: computed once, by the link builder or when a comparison is built, never again by a reader.
    They are not written to JSON (the documents hold the paragraphs).
    """

    old: tuple[str, ...]
    new: tuple[str, ...]
    score: float
    change: Change
    moved: bool = False
    diff: tuple[DiffOp, ...] = ()
    signals: tuple[Signal, ...] = ()
    manual: bool = False  # made or relabelled by a person, not the engine
    old_text: str = ""
    new_text: str = ""

    def to_json(self, note: NoteRenderer | None = None) -> dict[str, Any]:
        d = {
            "old": list(self.old),
            "new": list(self.new),
            "score": round(self.score, 4),
            "change": self.change.value,
            "moved": self.moved,
            "diff": [x.to_json() for x in self.diff],
            "signals": [s.to_json(note) for s in self.signals],
        }
        if self.manual:
            d["manual"] = True
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Link":
        return cls(
            old=tuple(map(str, d["old"])),
            new=tuple(map(str, d["new"])),
            score=float(d["score"]),
            change=Change(d["change"]),
            moved=bool(d.get("moved", False)),
            diff=tuple(DiffOp.from_json(x) for x in d.get("diff", ())),
            signals=tuple(Signal.from_json(s) for s in d.get("signals", ())),
            manual=bool(d.get("manual", False)),
        )


@dataclass(frozen=True, slots=True)
class Added:
    new: str
    commitment: bool
    signals: tuple[Signal, ...] = ()

    def to_json(self, note: NoteRenderer | None = None) -> dict[str, Any]:
        return {"new": self.new, "commitment": self.commitment, "signals": [s.to_json(note) for s in self.signals]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Added":
        return cls(str(d["new"]), bool(d["commitment"]), tuple(Signal.from_json(s) for s in d.get("signals", ())))


@dataclass(frozen=True, slots=True)
class Removed:
    old: str
    commitment: bool
    signals: tuple[Signal, ...] = ()

    def to_json(self, note: NoteRenderer | None = None) -> dict[str, Any]:
        return {"old": self.old, "commitment": self.commitment, "signals": [s.to_json(note) for s in self.signals]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Removed":
        return cls(str(d["old"]), bool(d["commitment"]), tuple(Signal.from_json(s) for s in d.get("signals", ())))


SUMMARY_KEYS = ("unchanged", "modified", "strengthened", "weakened", "moved", "added", "removed")


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two versions and what became of each paragraph. Links are in the new text's reading order."""

    old: Document
    new: Document
    links: tuple[Link, ...]
    added: tuple[Added, ...] = ()
    removed: tuple[Removed, ...] = ()
    engine: str = ""  # engine version that computed it: a stored result is recomputed when it changes
    meta: tuple[tuple[str, Any], ...] = field(default=())  # extra facts (e.g. created time), JSON-able

    def __post_init__(self) -> None:
        # a link read from JSON or made by hand comes without its joined texts: they are set here, once
        if any(not (link.old_text or link.new_text) for link in self.links):
            object.__setattr__(self, "links", tuple(self._with_texts(link) for link in self.links))

    def _with_texts(self, link: Link) -> Link:
        if link.old_text or link.new_text:
            return link
        from dataclasses import replace

        old_text = joined(self.old.paragraph(p).text for p in link.old if p in self.old)
        new_text = joined(self.new.paragraph(p).text for p in link.new if p in self.new)
        return replace(link, old_text=old_text, new_text=new_text)

    @property
    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(SUMMARY_KEYS, 0)
        for link in self.links:
            counts[link.change.value] += 1
            counts["moved"] += link.moved
        counts["added"] = len(self.added)
        counts["removed"] = len(self.removed)
        return counts

    def link_for_old(self, pid: str) -> Link | None:
        return next((l for l in self.links if pid in l.old), None)

    def link_for_new(self, pid: str) -> Link | None:
        return next((l for l in self.links if pid in l.new), None)

    def replace(self, **changes: Any) -> "Comparison":
        from dataclasses import replace

        return replace(self, **changes)

    def to_json(self, note: NoteRenderer | None = None) -> dict[str, Any]:
        """The contract's JSON; ``note`` renders each signal's ``note`` (the contract's output always passes
        one, in the reader's language; a stored comparison keeps none)."""
        d: dict[str, Any] = {
            "schema": SCHEMA,
            "engine": self.engine,
            "old": self.old.to_json(),
            "new": self.new.to_json(),
            "links": [l.to_json(note) for l in self.links],
            "added": [a.to_json(note) for a in self.added],
            "removed": [r.to_json(note) for r in self.removed],
            "summary": self.summary,
        }
        if self.meta:
            d["meta"] = dict(self.meta)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Comparison":
        return cls(
            old=Document.from_json(d["old"]),
            new=Document.from_json(d["new"]),
            links=tuple(Link.from_json(l) for l in d["links"]),
            added=tuple(Added.from_json(a) for a in d.get("added", ())),
            removed=tuple(Removed.from_json(r) for r in d.get("removed", ())),
            engine=d.get("engine", ""),
            meta=tuple(sorted((d.get("meta") or {}).items())),
        )


def accounted_once(comparison: Comparison) -> list[str]:
    """Problems with the contract's rule that every paragraph is in exactly one place; [] when sound."""
    problems: list[str] = []
    for side, doc, extra in (
        ("old", comparison.old, [r.old for r in comparison.removed]),
        ("new", comparison.new, [a.new for a in comparison.added]),
    ):
        seen: list[str] = [pid for l in comparison.links for pid in getattr(l, side)] + extra
        for pid in doc:
            n = seen.count(pid.id)
            if n != 1:
                problems.append(f"{side} {pid.id} appears {n} times")
        for pid in set(seen) - {p.id for p in doc}:
            problems.append(f"{side} {pid} is not a paragraph of the document")
    return problems


def ids(items: Iterable[str]) -> str:
    """'3' or '8+9': how a group of paragraph ids is written in text output."""
    return "+".join(items)
