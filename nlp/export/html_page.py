"""The frame every HTML report shares: one escaping rule, one page head, one legend.

The comparison, series, provenance and concordance reports differ in their body only; keeping the
page around it here means a fix to the head (language, generator, viewport) or to escaping reaches
all of them at once.
"""

from __future__ import annotations

from html import escape

from nlp.export import report
from nlp.model.version import __version__
from nlp.present.marks import MARKS
from nlp.present.wording import Wording


def esc(text: str) -> str:
    """``text`` safe inside HTML text and attribute values (characters XML cannot hold dropped)."""
    return escape(report.xml_safe(text), quote=True)


def legend_items(w: Wording) -> str:
    """The legend of labels as list items: one badge per label, then what struck and underlined mean."""
    items = "".join(
        f'<li><span class="badge b-{change if change in MARKS else "tag"}">{esc(mark)} {esc(word)}</span> {esc(text)}</li>'
        for change, mark, word, text in report.legend(w)
    )
    return items + (
        f'<li><del>{esc(w("legend.deleted_sample"))}</del> {esc(w("legend.deleted_meaning"))}</li>'
        f'<li><ins>{esc(w("legend.inserted_sample"))}</ins> {esc(w("legend.inserted_meaning"))}</li>'
    )


def page(*, language: str, title: str, css: str, header: str, main: str, engine: str = "") -> str:
    """A standalone page: ``header`` and ``main`` are HTML already escaped by the caller."""
    generator = f"{report.APP} {__version__}" + (f" {engine}" if engine else "")
    return f"""<!DOCTYPE html>
<html lang="{esc(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{esc(generator)}">
<title>{esc(title)}</title>
<style>{css}</style>
</head>
<body>
<header>
{header}
</header>
<main>
{main}
</main>
</body>
</html>
"""
