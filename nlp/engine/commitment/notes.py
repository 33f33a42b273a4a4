"""Signals' notes: one sentence a delegate understands, written when a signal is shown, in the reader's
language, from ``resources/lexicons/notes.<lang>.toml``.

A signal keeps no sentence (see :class:`nlp.model.comparison.Signal`): its ``key`` names a template of
the table ``[note]`` and its parameters fill it. Parameters that are identifiers are glossed by the
language's own tables: ``old_verb`` / ``new_verb`` (a verb's rung) by ``[gloss]``, ``hedge`` (a hedge
class) by ``[hedge]``; the others (``old``, ``new``: words of the texts) are written as they are.
"""

from __future__ import annotations

from nlp.engine.commitment import lexicon
from nlp.model.comparison import Signal

LANGUAGES = ("en", "fr")


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "…"


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def fields(key: str, language: str, values: dict[str, str]) -> dict[str, str]:
    """The template's fields: the parameters, with identifiers glossed in ``language``."""
    table = lexicon.notes(_language(language))
    gloss, hedges = table.get("gloss", {}), table.get("hedge", {})
    out = _Blank(values)
    for side in ("old", "new"):
        verb = values.get(f"{side}_verb")
        if verb:
            out[f"{side}_gloss"] = gloss.get(verb, verb)
    if values.get("hedge"):
        out["hedge"] = hedges.get(values["hedge"], values["hedge"])
    return out


def render_message(key: str, language: str, **values: str | None) -> str:
    """The template ``key`` of ``language`` filled with ``values`` (English where that language lacks it)."""
    language = _language(language)
    text = lexicon.notes(language).get("note", {}).get(key)
    if text is None:
        text = lexicon.notes("en").get("note", {}).get(key)
    if text is None:  # an unknown key (a newer engine's signal read by an older one): say what we know
        return key.replace("_", " ")
    clean = {k: v for k, v in values.items() if v is not None}
    return text.format_map(fields(key, language, clean))


def render_note(signal: Signal, language: str) -> str:
    """The one-sentence note of ``signal`` in ``language`` (``en`` or ``fr``; English otherwise)."""
    if not signal.key:
        return ""
    values = dict(signal.params)
    values.setdefault("old", signal.old or "")
    values.setdefault("new", signal.new or "")
    return render_message(signal.key, language, **values)


def renderer(language: str):
    """``render_note`` bound to ``language``: what ``Comparison.to_json(note=…)`` takes."""
    return lambda signal: render_note(signal, language)
