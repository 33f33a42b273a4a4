"""What the HTML, PDF and Word reports share: the entries in reading order, the header facts, the
summary, the legend and the words of the badges. Each format only lays these out.

Words come in the report's language through a :class:`~nlp.export.wording.Wording` (``*_in(w)``
methods, ``w`` arguments); without one they are English, as the properties of an entry are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from nlp.export import redline
from nlp.export.wording import Wording, wording
from nlp.model.comparison import (
    SUMMARY_KEYS,
    Added,
    Comparison,
    Link,
    Removed,
    Signal,
    ids,
)
from nlp.model.document import Document
from nlp.engine.commitment.notes import render_note
from nlp.model.resources import resource
from nlp.model.version import __version__

APP = "Travaux"

# change -> mark; the mark is never the only carrier of meaning: the word (resources/report) goes with it
MARKS: dict[str, str] = {
    "strengthened": "▲",
    "weakened": "▼",
    "modified": "◆",
    "unchanged": "=",
    "added": "+",
    "removed": "−",
}
MOVED_MARK = "↕"
DIRECTION_MARKS = {"stronger": "▲", "weaker": "▼", "neutral": "◆"}
# change -> (mark, the contract's word), as the English report shows them
BADGES: dict[str, tuple[str, str]] = {change: (mark, change) for change, mark in MARKS.items()}


def legend(w: Wording) -> list[tuple[str, str, str, str]]:
    """(change, mark, word, meaning) for each badge and for « moved », in the report's language."""
    marks = MARKS | {"moved": MOVED_MARK}
    return [(change, mark, w.change(change), w(f"legend.{change}")) for change, mark in marks.items()]


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text with the control characters that XML (Word, Excel, HTML) cannot carry removed."""
    return _XML_ILLEGAL.sub("", text)


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a report: a link, an added or a removed paragraph, with both texts and the redline.
    The texts are the paragraphs' less any control character (no report format can carry one)."""

    kind: str  # link, added, removed
    change: str  # unchanged, modified, strengthened, weakened, added, removed
    old_ids: tuple[str, ...]
    new_ids: tuple[str, ...]
    old_texts: tuple[str, ...]
    new_texts: tuple[str, ...]
    moved: bool = False
    score: float | None = None
    commitment: bool | None = None
    signals: tuple[Signal, ...] = ()
    manual: bool = False
    token_runs: tuple[redline.Run, ...] = ()  # the exact redline, word by word (see redline.runs)

    @property
    def old_text(self) -> str:
        return _joined(self.old_texts)

    @property
    def new_text(self) -> str:
        return _joined(self.new_texts)

    def old_parts(self) -> tuple[redline.Part, ...]:
        return redline.parts(self.token_runs, self.old_ids, self.old_texts, "old") if self.old_ids else ()

    def new_parts(self) -> tuple[redline.Part, ...]:
        return redline.parts(self.token_runs, self.new_ids, self.new_texts, "new") if self.new_ids else ()

    def unified_parts(self, letter_exact: bool = False) -> tuple[redline.Part, ...]:
        """The redline paragraph by paragraph of the new text (of the old one for a removed paragraph)."""
        if self.new_ids:
            return redline.parts(self.token_runs, self.new_ids, self.new_texts, "new", letter_exact)
        return redline.parts(self.token_runs, self.old_ids, self.old_texts, "old", letter_exact)

    @property
    def label(self) -> str:
        return self.label_in(wording())

    def label_in(self, w: Wording) -> str:
        """'3 → 8+9', 'new 7', 'old 15': which paragraphs the entry is about."""
        if self.kind == "added":
            return w("entry.added_label", ids=ids(self.new_ids))
        if self.kind == "removed":
            return w("entry.removed_label", ids=ids(self.old_ids))
        return f"{ids(self.old_ids)} → {ids(self.new_ids)}"

    @property
    def badge(self) -> str:
        return self.badge_in(wording())

    def badge_in(self, w: Wording) -> str:
        return f"{MARKS[self.change]} {w.change(self.change)}"

    @property
    def moved_badge(self) -> str | None:
        return self.moved_badge_in(wording())

    def moved_badge_in(self, w: Wording) -> str | None:
        return f"{MOVED_MARK} {w('entry.moved_from', ids=ids(self.old_ids))}" if self.moved else None

    @property
    def shape(self) -> str | None:
        """'split' or 'merge' for a link that is not one to one."""
        if self.kind != "link":
            return None
        if len(self.old_ids) == 1 and len(self.new_ids) > 1:
            return "split"
        if len(self.old_ids) > 1 and len(self.new_ids) == 1:
            return "merge"
        if len(self.old_ids) > 1 and len(self.new_ids) > 1:
            return "regrouped"
        return None

    @property
    def tags(self) -> list[str]:
        return self.tags_in(wording())

    def tags_in(self, w: Wording) -> list[str]:
        """Short words that qualify the entry after its badge."""
        out = []
        moved = self.moved_badge_in(w)
        if moved:
            out.append(moved)
        if self.shape:
            out.append(w(f"entry.{self.shape}"))
        if self.commitment:
            out.append(w("entry.commitment"))
        if self.manual:
            out.append(w("entry.manual"))
        return out

    def similarity_in(self, w: Wording) -> str | None:
        return None if self.score is None else w("entry.similarity", score=w.number(self.score))


def _joined(texts: tuple[str, ...]) -> str:
    return redline.JOIN.join(t.strip() for t in texts)


def _link_entry(c: Comparison, link: Link) -> Entry:
    old_texts = tuple(xml_safe(c.old.paragraph(p).text) for p in link.old)
    new_texts = tuple(xml_safe(c.new.paragraph(p).text) for p in link.new)
    return Entry(
        kind="link",
        change=link.change.value,
        old_ids=tuple(link.old),
        new_ids=tuple(link.new),
        old_texts=old_texts,
        new_texts=new_texts,
        moved=link.moved,
        score=link.score,
        signals=tuple(link.signals),
        manual=link.manual,
        token_runs=tuple(redline.runs(link.diff, _joined(old_texts), _joined(new_texts))),
    )


def _added_entry(c: Comparison, a: Added) -> Entry:
    text = xml_safe(c.new.paragraph(a.new).text)
    runs = tuple(redline.runs((), "", text))
    return Entry("added", "added", (), (a.new,), (), (text,), commitment=a.commitment, signals=tuple(a.signals), token_runs=runs)


def _removed_entry(c: Comparison, r: Removed) -> Entry:
    text = xml_safe(c.old.paragraph(r.old).text)
    runs = tuple(redline.runs((), text, ""))
    return Entry("removed", "removed", (r.old,), (), (text,), (), commitment=r.commitment, signals=tuple(r.signals), token_runs=runs)


def entries(comparison: Comparison) -> list[Entry]:
    """Links and added paragraphs in the new text's reading order; each removed paragraph right after
    the entry that holds the old paragraph before it (so it is read where it used to be)."""
    new_pos = comparison.new.position
    old_pos = comparison.old.position
    placed: list[tuple[tuple, Entry]] = []
    where_old: dict[str, tuple] = {}  # old id -> sort key of the entry that shows it
    for i, item in enumerate(comparison.links):
        key = (min((new_pos(p) for p in item.new), default=i), 0, 0)
        e = _link_entry(comparison, item)
        placed.append((key, e))
        for p in item.old:
            where_old[p] = key
    for a in comparison.added:
        placed.append(((new_pos(a.new), 0, 1), _added_entry(comparison, a)))
    for r in sorted(comparison.removed, key=lambda r: old_pos(r.old)):
        before = old_pos(r.old) - 1
        anchor = (-1, 0, 0)
        while before >= 0:
            pid = comparison.old.paragraphs[before].id
            if pid in where_old:
                anchor = where_old[pid]
                break
            before -= 1
        key = (anchor[0], 1, old_pos(r.old))
        where_old[r.old] = key
        placed.append((key, _removed_entry(comparison, r)))
    placed.sort(key=lambda ke: ke[0])
    return [e for _, e in placed]


def made_at(comparison: Comparison) -> datetime:
    """When the comparison was made: its recorded time when it has one, else now (UTC)."""
    meta = dict(comparison.meta)
    for key in ("created", "made", "time"):
        value = meta.get(key)
        if isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                continue
            return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


def title(comparison: Comparison) -> str:
    return f"{comparison.old.label} → {comparison.new.label}"


def document_facts(doc: Document, w: Wording | None = None) -> list[tuple[str, str]]:
    """(what, value) lines of a report's header about one document: symbol, title, adoption, file, size."""
    w = w or wording()
    missing = w("facts.missing")
    facts = [
        (w("facts.symbol"), doc.symbol or missing),
        (w("facts.title"), doc.title or missing),
        (w("facts.adopted"), doc.adopted or missing),
        (w("facts.file"), w("facts.file_value", name=Path(doc.path).name, format=doc.format, language=doc.language)),
        (w("facts.paragraphs"), str(len(doc.paragraphs))),
    ]
    return facts


TITLE_FACT = 1  # the index, in document_facts, of the line whose value is in the document's language


def provenance(comparison: Comparison, w: Wording | None = None) -> str:
    w = w or wording()
    when = made_at(comparison).astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    engine = w("report.engine", engine=comparison.engine) if comparison.engine else ""
    return w("report.provenance", when=when, app=APP, version=__version__, engine=engine)


def summary_rows(comparison: Comparison, w: Wording | None = None) -> list[tuple[str, str, int]]:
    """(mark, word, count) for each summary key, in the contract's order."""
    w = w or wording()
    s = comparison.summary
    marks = MARKS | {"moved": MOVED_MARK}
    return [(marks[k], w.change(k), s[k]) for k in SUMMARY_KEYS]


def signal_line(sig: Signal, w: Wording | None = None) -> str:
    """'▲ verb (stronger): « encourageons » → « nous engageons » — encourager → s'engager: …'"""
    w = w or wording()
    mark = DIRECTION_MARKS.get(sig.direction, "•")
    words = ""
    if sig.old or sig.new:
        nothing = w("signal.nothing")
        words = w("signal.words", old=sig.old or nothing, new=sig.new or nothing)
    text = render_note(sig, w.language)
    note = w("signal.note", note=text) if text else ""
    return w("signal.line", mark=mark, type=w.signal(sig.type), direction=w.signal(sig.direction), words=words, note=note)


def resource_dir(name: str) -> Path:
    """resources/<name>, in the source tree or inside a PyInstaller bundle."""
    return resource(name)


class Progress:
    """Reports a fraction of work done to an optional callback, at most once per percent."""

    def __init__(self, callback, total: int, what: str) -> None:
        self.callback, self.total, self.what, self.last = callback, max(total, 1), what, -1

    def step(self, done: int) -> None:
        if self.callback is None:
            return
        pct = int(100 * done / self.total)
        if pct != self.last:
            self.last = pct
            self.callback(min(done / self.total, 1.0), self.what)

    def finish(self, what: str) -> None:
        if self.callback is not None:
            self.callback(1.0, what)
