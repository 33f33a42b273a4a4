"""A readable plain-text summary: a line per link, then added and removed paragraphs, with reasons."""

from __future__ import annotations

from nlp.engine.commitment.notes import render_note
from nlp.export.wording import Wording, wording
from nlp.model.comparison import Change, Comparison, ids

_MARK = {Change.STRENGTHENED: "▲", Change.WEAKENED: "▼", Change.MODIFIED: "~", Change.UNCHANGED: "="}


def _doc_line(label: str, doc, w: Wording) -> str:
    bits = [doc.label]
    if doc.adopted:
        bits.append(doc.adopted)
    bits.append(w("text.paragraphs", count=len(doc.paragraphs)))
    return w("text.label", what=label, value=", ".join(bits))


def render_text(comparison: Comparison, language: str = "en") -> str:
    w = wording(language)
    s = comparison.summary
    lines = [
        _doc_line(w("text.old"), comparison.old, w),
        _doc_line(w("text.new"), comparison.new, w),
        w("text.label", what=w("text.summary"), value=", ".join(f"{w.change(k)} {v}" for k, v in s.items())),
        "",
        w("text.links"),
    ]
    moved_word, manual_word = w("text.moved"), w("text.manual")
    for link in comparison.links:
        moved = f"  {moved_word}" if link.moved else ""
        manual = f"  {manual_word}" if link.manual else ""
        change = w.change(link.change.value)
        lines.append(
            f"  {_MARK[link.change]} {ids(link.old):>9} → {ids(link.new):<9} {change:<12} {w.number(link.score)}{moved}{manual}"
        )
        for sig in link.signals:
            lines.append("        " + w("text.signal", direction=w.signal(sig.direction), type=w.signal(sig.type), note=render_note(sig, w.language)))
    commitment = w("text.commitment")
    if comparison.added:
        lines += ["", w("text.added")]
        for a in comparison.added:
            tag = commitment if a.commitment else ""
            lines.append(f"  + {a.new:<9} {tag}  {_excerpt(comparison.new.paragraph(a.new).text)}")
    if comparison.removed:
        lines += ["", w("text.removed")]
        for r in comparison.removed:
            tag = commitment if r.commitment else ""
            lines.append(f"  - {r.old:<9} {tag}  {_excerpt(comparison.old.paragraph(r.old).text)}")
    return "\n".join(lines) + "\n"


def _excerpt(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def render(comparison: Comparison, progress=None, language: str = "en") -> bytes:
    return render_text(comparison, language).encode("utf-8")
