"""The entries of a comparison: one per row, in the one reading order (:mod:`nlp.present.order`).

An entry holds everything a view shows of a link, an added or a removed paragraph: both sides' ids
and texts, the redline token by token (:mod:`nlp.present.redline`), the mark and words of its label,
its signals and their notes rendered in the reader's language. Views lay entries out; none computes
any of this again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from nlp.model.comparison import Added, Comparison, Link, Removed, Signal, ids, joined
from nlp.present import redline
from nlp.present.marks import MARKS, MOVED_MARK
from nlp.present.notes import note_text
from nlp.present.order import reading_order
from nlp.present.wording import Wording, wording


@dataclass(frozen=True, slots=True)
class Entry:
    """One row: a link, an added or a removed paragraph. Texts and runs are the paragraphs' less any
    control character (no view can show one)."""

    kind: str  # link, added, removed
    change: str  # unchanged, modified, strengthened, weakened, added, removed
    old_ids: tuple[str, ...]
    new_ids: tuple[str, ...]
    old_texts: tuple[str, ...]
    new_texts: tuple[str, ...]
    item: Link | Added | Removed  # what the engine (or a correction) said
    moved: bool = False
    score: float | None = None
    commitment: bool | None = None  # for an added or removed paragraph
    signals: tuple[Signal, ...] = ()
    notes: tuple[str, ...] = ()  # each signal's note, in the language the entries were made for
    manual: bool = False
    token_runs: tuple[redline.Run, ...] = ()  # the exact redline, word by word (see redline.runs)
    was_after: tuple[str, str | None] | None = None  # moved: the old paragraph it followed, and where that is now

    @property
    def old_text(self) -> str:
        return joined(self.old_texts)

    @property
    def new_text(self) -> str:
        return joined(self.new_texts)

    @property
    def mark(self) -> str:
        return MARKS[self.change]

    def old_parts(self) -> tuple[redline.Part, ...]:
        return redline.parts(self.token_runs, self.old_ids, self.old_texts, "old") if self.old_ids else ()

    def new_parts(self) -> tuple[redline.Part, ...]:
        return redline.parts(self.token_runs, self.new_ids, self.new_texts, "new") if self.new_ids else ()

    def unified_parts(self, letter_exact: bool = False) -> tuple[redline.Part, ...]:
        """The redline paragraph by paragraph of the new text (of the old one for a removed paragraph)."""
        if self.new_ids:
            return redline.parts(self.token_runs, self.new_ids, self.new_texts, "new", letter_exact)
        return redline.parts(self.token_runs, self.old_ids, self.old_texts, "old", letter_exact)

    def signal_notes(self) -> tuple[tuple[Signal, str], ...]:
        return tuple(zip(self.signals, self.notes))

    # --- words, in a report's language ---------------------------------------------------------

    def label_in(self, w: Wording) -> str:
        """'3 → 8+9', 'new 7', 'old 15': which paragraphs the entry is about."""
        if self.kind == "added":
            return w("entry.added_label", ids=ids(self.new_ids))
        if self.kind == "removed":
            return w("entry.removed_label", ids=ids(self.old_ids))
        return f"{ids(self.old_ids)} → {ids(self.new_ids)}"

    def badge_in(self, w: Wording) -> str:
        return f"{self.mark} {w.change(self.change)}"

    def moved_badge_in(self, w: Wording) -> str | None:
        return f"{MOVED_MARK} {w('entry.moved_from', ids=ids(self.old_ids))}" if self.moved else None

    @property
    def shape(self) -> str | None:
        """'split', 'merge' or 'regrouped' for a link that is not one to one."""
        if self.kind != "link" or (len(self.old_ids) == 1 and len(self.new_ids) == 1):
            return None
        if len(self.old_ids) == 1:
            return "split"
        return "merge" if len(self.new_ids) == 1 else "regrouped"

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


def entries(comparison: Comparison, language: str = "en", runs: bool = True) -> tuple[Entry, ...]:
    """The rows of ``comparison`` in reading order, their notes in ``language``.

    ``runs=False``: entries without their redline (``token_runs`` empty), for a view of thousands of
    rows that draws a few at a time: the runs are most of an entry's cost and memory (a run per word),
    and :func:`with_runs` makes them, the same, for the entries on screen."""
    lang = wording(language).language
    out = []
    for item in reading_order(comparison):
        if isinstance(item, Link):
            out.append(_link_entry(comparison, item, lang, runs))
        elif isinstance(item, Added):
            text = redline.printable(comparison.new.paragraph(item.new).text)
            out.append(Entry("added", "added", (), (item.new,), (), (text,), item, commitment=item.commitment,
                             signals=item.signals, notes=_notes(item.signals, lang),
                             token_runs=_paragraph_runs("", text) if runs else ()))
        else:
            text = redline.printable(comparison.old.paragraph(item.old).text)
            out.append(Entry("removed", "removed", (item.old,), (), (text,), (), item, commitment=item.commitment,
                             signals=item.signals, notes=_notes(item.signals, lang),
                             token_runs=_paragraph_runs(text, "") if runs else ()))
    return tuple(out)


def with_runs(comparison: Comparison, entry: Entry) -> Entry:
    """``entry`` with its redline, as :func:`entries` makes it (the entry itself when it has one)."""
    if entry.token_runs or not (entry.old_texts or entry.new_texts):
        return entry
    if isinstance(entry.item, Link):
        return replace(entry, token_runs=redline.printable_runs(_runs(comparison, entry.item)))
    old = entry.old_texts[0] if entry.old_texts else ""
    new = entry.new_texts[0] if entry.new_texts else ""
    return replace(entry, token_runs=_paragraph_runs(old, new))


def _paragraph_runs(old: str, new: str) -> tuple[redline.Run, ...]:
    """An added (``old`` empty) or removed (``new`` empty) paragraph's redline: every word inserted or deleted."""
    return tuple(redline.runs((), old, new))


def _notes(signals: tuple[Signal, ...], language: str) -> tuple[str, ...]:
    return tuple(note_text(s, language) for s in signals)


def _link_entry(c: Comparison, link: Link, language: str, runs: bool = True) -> Entry:
    return Entry(
        kind="link",
        change=link.change.value,
        old_ids=link.old,
        new_ids=link.new,
        old_texts=tuple(redline.printable(c.old.paragraph(p).text) for p in link.old),
        new_texts=tuple(redline.printable(c.new.paragraph(p).text) for p in link.new),
        item=link,
        moved=link.moved,
        score=link.score,
        signals=link.signals,
        notes=_notes(link.signals, language),
        manual=link.manual,
        token_runs=redline.printable_runs(_runs(c, link)) if runs else (),
        was_after=_was_after(c, link),
    )


def _runs(c: Comparison, link: Link) -> list[redline.Run]:
    """The link's redline; across languages there is no word diff: both texts as they are (issue 18)."""
    if c.old.language != c.new.language:
        return redline.side_by_side(link.old_text, link.new_text)
    return redline.runs(link.diff, link.old_text, link.new_text)


def _was_after(c: Comparison, link: Link) -> tuple[str, str | None] | None:
    """For a moved link, the old paragraph its text followed, and that paragraph's new ids (None when
    it is no longer linked). None when the link did not move or was first in the old text."""
    if not link.moved:
        return None
    first = c.old.position(link.old[0])
    if first == 0:
        return None
    before = c.old.paragraphs[first - 1].id
    holder = c.link_for_old(before)
    return before, (ids(holder.new) if holder else None)
