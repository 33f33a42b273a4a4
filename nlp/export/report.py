"""What the HTML, PDF and Word reports share beside the entries (:mod:`nlp.present`): the header
facts, the summary, the legend and the signal lines. Each format only lays these out.

Words come in the report's language through a :class:`~nlp.present.wording.Wording` (``w`` arguments);
without one they are English.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from nlp.model.comparison import SUMMARY_KEYS, Comparison, Signal
from nlp.model.document import Document
from nlp.model.resources import resource
from nlp.model.version import __version__
from nlp.present.marks import DIRECTION_MARKS, MARKS, MOVED_MARK
from nlp.present.wording import Wording, wording

APP = "Travaux"


def legend(w: Wording) -> list[tuple[str, str, str, str]]:
    """(change, mark, word, meaning) for each badge and for « moved », in the report's language."""
    marks = MARKS | {"moved": MOVED_MARK}
    return [(change, mark, w.change(change), w(f"legend.{change}")) for change, mark in marks.items()]


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text with the control characters that XML (Word, Excel, HTML) cannot carry removed."""
    return _XML_ILLEGAL.sub("", text)


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
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.now(UTC).replace(microsecond=0)


def title(comparison: Comparison) -> str:
    return f"{comparison.old.label} → {comparison.new.label}"


def document_facts(doc: Document, w: Wording | None = None) -> list[tuple[str, str]]:
    """(what, value) lines of a report's header about one document: symbol, title, draft or adopted,
    sponsors, session and agenda item (as a draft's cover gives them), adoption, file, size (the same
    lines for every document, so that two sit side by side)."""
    w = w or wording()
    missing = w("facts.missing")
    facts = [
        (w("facts.symbol"), doc.symbol or missing),
        (w("facts.title"), doc.title or missing),
        (w("facts.status"), w(f"facts.status_{doc.status}") if doc.status else missing),
        (w("facts.sponsors"), w("facts.sponsors_value", count=len(doc.sponsors), names=", ".join(doc.sponsors))
         if doc.sponsors else missing),
        (w("facts.session"), _session(doc, w) or missing),
        (w("facts.adopted"), doc.adopted or missing),
        (w("facts.file"), w("facts.file_value", name=Path(doc.path).name, format=doc.format, language=doc.language)),
        (w("facts.paragraphs"), str(len(doc.paragraphs))),
    ]
    return facts


def _session(doc: Document, w: Wording) -> str:
    """« Eightieth session, agenda item 74 », either part alone, or '' when the cover gives neither."""
    item = w("facts.agenda_item_value", item=doc.agenda_item) if doc.agenda_item else ""
    return ", ".join(part for part in (doc.session or "", item) if part)


TITLE_FACT = 1  # the index, in document_facts, of the line whose value is in the document's language


def provenance(comparison: Comparison, w: Wording | None = None) -> str:
    w = w or wording()
    when = made_at(comparison).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    engine = w("report.engine", engine=comparison.engine) if comparison.engine else ""
    return w("report.provenance", when=when, app=APP, version=__version__, engine=engine)


def summary_rows(comparison: Comparison, w: Wording | None = None) -> list[tuple[str, str, int]]:
    """(mark, word, count) for each summary key, in the contract's order."""
    w = w or wording()
    s = comparison.summary
    marks = MARKS | {"moved": MOVED_MARK}
    return [(marks[k], w.change(k), s[k]) for k in SUMMARY_KEYS]


def signal_line(sig: Signal, note: str, w: Wording | None = None) -> str:
    """'▲ verb (stronger) — « encourageons » → « nous engageons »: from encouraging others to …'

    ``note`` is the signal's note as the entry rendered it in the report's language. Every note quotes
    the words it is about, so the words stand on their own only where there is no note to say them."""
    w = w or wording()
    mark = DIRECTION_MARKS.get(sig.direction, "•")
    words = ""
    if (sig.old or sig.new) and not note:
        nothing = w("signal.nothing")
        words = w("signal.words", old=sig.old or nothing, new=sig.new or nothing)
    note = w("signal.note", note=note) if note else ""
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
