"""A plain listing: the summary, then each pair that does not agree with its discordances."""

from __future__ import annotations

from nlp.export.concordance.wording import summary, words
from nlp.model.concordance import Concordance


def render(c: Concordance, language: str = "en") -> bytes:
    w = words(language)
    lines = [f"{w['title']}: {c.a.label} ({c.a.language}) — {c.b.label} ({c.b.language})", summary(c, language), ""]
    for pair in c.pairs:
        if not pair.issues:
            continue
        lines.append(f"{' + '.join(pair.a)} ↔ {' + '.join(pair.b)}")
        lines += [f"  [{i.type}] {i.note}" for i in pair.issues]
    for side, ids in (("A", c.unpaired_a), ("B", c.unpaired_b)):
        if ids:
            lines.append(f"{w['unpaired']} ({side}): {', '.join(ids)}")
    if not c.issue_count and not c.unpaired_a and not c.unpaired_b:
        lines.append(w["none"])
    return ("\n".join(lines) + "\n").encode("utf-8")
