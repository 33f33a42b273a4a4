"""A readable plain-text summary: the two documents, the counts, then one line per entry in the one
reading order (:mod:`nlp.present`), each followed by its reasons."""

from __future__ import annotations

from nlp import present
from nlp.model.comparison import Comparison, ids
from nlp.present.wording import Wording, wording


def _doc_line(label: str, doc, w: Wording) -> str:
    bits = [doc.label]
    if doc.status:  # which version is the draft, which the adopted text
        bits.append(w(f"facts.status_{doc.status}"))
    if doc.sponsors:
        bits.append(w("text.sponsors", count=len(doc.sponsors)))
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
        w("text.entries"),
    ]
    moved_word, manual_word, commitment = w("text.moved"), w("text.manual"), w("text.commitment")
    for e in present.entries(comparison, w.language):
        change = w.change(e.change)
        head = f"  {e.mark} {ids(e.old_ids) or '—':>9} → {ids(e.new_ids) or '—':<9} {change:<12}"
        if e.kind == "link":
            moved = f"  {moved_word}" if e.moved else ""
            manual = f"  {manual_word}" if e.manual else ""
            lines.append(f"{head} {w.number(e.score or 0.0)}{moved}{manual}")
        else:
            tag = commitment if e.commitment else ""
            lines.append(f"{head} {tag}  {_excerpt(e.new_text or e.old_text)}".rstrip())
        for sig, note in e.signal_notes():
            lines.append("        " + w("text.signal", direction=w.signal(sig.direction), type=w.signal(sig.type), note=note))
    return "\n".join(lines) + "\n"


def _excerpt(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def render(comparison: Comparison, progress=None, language: str = "en") -> bytes:
    return render_text(comparison, language).encode("utf-8")
