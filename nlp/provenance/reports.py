"""Every way a provenance leaves the program: JSON (the contract), text, CSV and HTML.

``render(provenance, fmt, language)`` returns the bytes; the CLI writes them atomically. The badge
words (« agreed language: A/RES/76/7 ¶12 », « new ») are shared with the window.
"""

from __future__ import annotations

import csv
import importlib
import io

from nlp.present.wording import Wording, wording
from nlp.provenance.model import EDITED, NEW, VERBATIM, Provenance, Source, TracedParagraph

FORMATS: dict[str, bool] = {"json": False, "text": False, "csv": False, "html": False}  # format -> binary?
STATUS_MARKS = {VERBATIM: "=", EDITED: "◆", NEW: "+"}


def badge(traced: TracedParagraph, w: Wording) -> str:
    """What the paragraph's language is, in a few words: « agreed language: A/RES/76/7 ¶12 »."""
    best = traced.best
    if traced.status == NEW or best is None:
        return w("provenance.badge_new")
    key = "provenance.badge_source" if traced.status == VERBATIM else "provenance.badge_edited"
    return w(key, symbol=best.label, id=best.id)


def source_line(s: Source, w: Wording) -> str:
    """'A/RES/76/7 ¶12 (2021-11-22) 0.97 unchanged'"""
    adopted = f" ({s.adopted})" if s.adopted else ""
    return f"{s.label} ¶{s.id}{adopted} {w.number(s.score)} {w.change(s.change)}"


def counts_text(p: Provenance, w: Wording) -> str:
    return w("provenance.counts", **p.counts())


def render(p: Provenance, fmt: str, language: str = "en") -> bytes:
    if fmt == "json":
        from nlp.engine.commitment.notes import renderer
        from nlp.export.json_export import dumps

        return dumps(p.to_json(note=renderer(language))).encode("utf-8")
    if fmt == "text":
        return render_text(p, language).encode("utf-8")
    if fmt == "csv":
        return render_csv(p, language)
    return importlib.import_module("nlp.provenance.html_report").render(p, language=language)


def render_text(p: Provenance, language: str = "en") -> str:
    w = wording(language)
    lines = [w("provenance.title", label=p.document.label), counts_text(p, w), ""]
    for t in p.paragraphs:
        lines.append(f"{STATUS_MARKS[t.status]} {t.id:>7}  {badge(t, w)}")
        for s in t.sources:
            lines.append(f"            {source_line(s, w)}")
    return "\n".join(lines) + "\n"


CSV_FIELDS = ("paragraph", "status", "source", "source_id", "adopted", "score", "change")


def render_csv(p: Provenance, language: str = "en") -> bytes:
    """One row per (paragraph, source), best source first; a paragraph without sources has one row."""
    from nlp.export.rows import neutral

    w = wording(language)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([w(f"provenance.{f}") for f in CSV_FIELDS] + [w("provenance.draft_text"), w("provenance.source_text")])
    for t in p.paragraphs:
        text = neutral(p.document.paragraph(t.id).text)
        status = w(f"provenance.{t.status}")
        if not t.sources:
            writer.writerow([neutral(t.id), status, "", "", "", "", "", text, ""])
        for s in t.sources:
            writer.writerow([neutral(t.id), status, neutral(s.label), neutral(s.id), s.adopted or "",
                             f"{s.score:g}", w.change(s.change), text, neutral(s.text)])
    return buffer.getvalue().encode("utf-8-sig")
