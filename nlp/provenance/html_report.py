"""A provenance as one standalone HTML file: each paragraph of the draft with its badge, its best
source's redline (source struck through / draft underlined) and the other sources."""

from __future__ import annotations

from nlp.export import html_export
from nlp.export.html_page import esc, page
from nlp.model.comparison import Op
from nlp.present.wording import Wording, wording
from nlp.provenance.model import NEW, Provenance, Source, TracedParagraph
from nlp.provenance.reports import badge, counts_text, source_line

CSS = html_export.CSS + """
.trace { width: 100%; border-collapse: collapse; table-layout: fixed; }
.trace th, .trace td { border: 1px solid #bbb; padding: .35em .6em; vertical-align: top; text-align: left; }
.trace tbody th { background: #f6f6f6; font-weight: normal; }
.b-verbatim { color: #3c3c3c; background: #f0f0f0; }
.b-edited { color: #6b4a00; background: #fdf2d0; }
.b-new { color: #0b4f8a; background: #e3eefa; }
.others { margin: .3em 0 0; padding-left: 1.4em; color: #333; font-size: .92em; }
"""


_e = esc


def _redline(s: Source) -> str:
    out = []
    for d in s.diff:
        if d.op is Op.EQUAL:
            out.append(_e(d.text))
        elif d.op is Op.DELETE:
            out.append(f"<del>{_e(d.text)}</del>")
        else:
            out.append(f"<ins>{_e(d.text)}</ins>")
    return "".join(out)


def _paragraph(p: Provenance, t: TracedParagraph, w: Wording) -> str:
    text = p.document.paragraph(t.id).text
    head = (f'<tr><th colspan="2" scope="rowgroup"><span class="ids">¶{_e(t.id)}</span>'
            f'<span class="badge b-{_e(t.status)}">{_e(badge(t, w))}</span></th></tr>')
    lang = _e(p.document.language)
    if t.best is None or t.status == NEW:
        # a new paragraph has no source to redline against: at most paragraphs that share some wording
        closest = "".join(f"<li>{_e(source_line(s, w))}</li>" for s in t.sources)
        closest_html = f'<p>{_e(w("provenance.closest"))}</p><ul class="others">{closest}</ul>' if closest else ""
        body = (f'<tr><td lang="{lang}">{_e(text)}</td>'
                f'<td class="empty">{_e(w("provenance.no_source"))}{closest_html}</td></tr>')
        return f'<tbody class="entry">{head}{body}</tbody>'
    best = t.best
    change = f'<span class="badge b-{_e(best.change)}">{_e(w.change(best.change))}</span>'
    others = "".join(f"<li>{_e(source_line(s, w))}</li>" for s in t.sources[1:])
    others_html = f'<ul class="others">{others}</ul>' if others else ""
    adopted = f" ({best.adopted})" if best.adopted else ""
    heading = f"{best.label} ¶{best.id}{adopted} {w.number(best.score)}"
    body = (f'<tr><td lang="{lang}">{_redline(best) if best.diff else _e(text)}</td>'
            f'<td><b>{_e(heading)}</b> {change}<div lang="{lang}">{_e(best.text)}</div>{others_html}</td></tr>')
    return f'<tbody class="entry">{head}{body}</tbody>'


def render_html(p: Provenance, language: str = "en") -> str:
    w = wording(language)
    label = p.document.label
    rows = "".join(_paragraph(p, t, w) for t in p.paragraphs)
    header = (f'<h1>{_e(w("provenance.title", label=label))}</h1>\n'
              f'<p class="provenance">{_e(counts_text(p, w))}</p>\n'
              f'<div class="docs">{html_export._doc_html(w("provenance.draft"), p.document, w)}</div>')
    main = f"""<table class="trace">
<caption class="provenance">{_e(w("provenance.caption"))}</caption>
<colgroup><col class="side"><col class="side"></colgroup>
<thead><tr><th scope="col">{_e(w("provenance.draft"))}: {_e(label)}</th><th scope="col">{_e(w("provenance.source"))}</th></tr></thead>
{rows}
</table>"""
    return page(language=w.language, title=w("provenance.page_title", label=label), css=CSS, header=header,
                main=main)


def render(p: Provenance, language: str = "en") -> bytes:
    return render_html(p, language).encode("utf-8")
