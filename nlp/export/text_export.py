"""A readable plain-text summary: a line per link, then added and removed paragraphs, with reasons."""

from __future__ import annotations

from nlp.comparison import Change, Comparison, ids

_MARK = {Change.STRENGTHENED: "▲", Change.WEAKENED: "▼", Change.MODIFIED: "~", Change.UNCHANGED: "="}


def _doc_line(label: str, doc) -> str:
    bits = [doc.label]
    if doc.adopted:
        bits.append(doc.adopted)
    bits.append(f"{len(doc.paragraphs)} paragraphs")
    return f"{label}: " + ", ".join(bits)


def render_text(comparison: Comparison) -> str:
    s = comparison.summary
    lines = [
        _doc_line("old", comparison.old),
        _doc_line("new", comparison.new),
        "summary: " + ", ".join(f"{k} {v}" for k, v in s.items()),
        "",
        "links (old → new, change, score):",
    ]
    for link in comparison.links:
        moved = "  moved" if link.moved else ""
        manual = "  (manual)" if link.manual else ""
        lines.append(
            f"  {_MARK[link.change]} {ids(link.old):>9} → {ids(link.new):<9} {link.change.value:<12} {link.score:.2f}{moved}{manual}"
        )
        for sig in link.signals:
            lines.append(f"        {sig.direction:<8} {sig.type}: {sig.note}")
    if comparison.added:
        lines += ["", "added:"]
        for a in comparison.added:
            tag = "commitment" if a.commitment else ""
            lines.append(f"  + {a.new:<9} {tag}  {_excerpt(comparison.new.paragraph(a.new).text)}")
    if comparison.removed:
        lines += ["", "removed:"]
        for r in comparison.removed:
            tag = "commitment" if r.commitment else ""
            lines.append(f"  - {r.old:<9} {tag}  {_excerpt(comparison.old.paragraph(r.old).text)}")
    return "\n".join(lines) + "\n"


def _excerpt(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def render(comparison: Comparison, progress=None) -> bytes:
    return render_text(comparison).encode("utf-8")
