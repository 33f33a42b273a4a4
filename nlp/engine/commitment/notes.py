"""One-sentence notes for signals, rendered from ``resources/lexicons/notes.<lang>.toml``."""

from __future__ import annotations

from nlp.engine.commitment import lexicon


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "…"


def render(template: str, language: str, old: str | None = None, new: str | None = None,
           old_key: str | None = None, new_key: str | None = None, hedge: str | None = None) -> str:
    table = lexicon.notes(language)
    gloss = table.get("gloss", {})
    fields = _Blank(
        old=old or "",
        new=new or "",
        old_gloss=gloss.get(old_key or "", old_key or ""),
        new_gloss=gloss.get(new_key or "", new_key or ""),
        hedge=table.get("hedge", {}).get(hedge or "", hedge or ""),
    )
    text = table.get("note", {}).get(template)
    if text is None:  # a template missing from one language: English rather than nothing
        text = lexicon.notes("en").get("note", {}).get(template, template)
    return text.format_map(fields)
