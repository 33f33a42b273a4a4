"""The report as one standalone HTML file: inline CSS, no script, prints well.

Header (the two documents, when and by which version), the summary, a legend, then the aligned
side-by-side redline: one table body per entry, old text with deletions struck through in red, new text
with insertions underlined in green, badges and signal notes. Every piece of document text is escaped.
"""

from __future__ import annotations

from nlp import present
from nlp.export import report
from nlp.export.html_page import esc, legend_items, page
from nlp.model.comparison import Comparison, Op
from nlp.present import Entry
from nlp.present.redline import Part, padding
from nlp.present.wording import Wording, wording

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45;
       color: #1a1a1a; background: #fff; margin: 1.5em auto; max-width: 90em; padding: 0 1.2em; }
h1 { font-size: 1.5em; margin: 0 0 .3em; }
h2 { font-size: 1.15em; margin: 1.4em 0 .5em; border-bottom: 1px solid #bbb; padding-bottom: .15em; }
.provenance { color: #444; margin: .2em 0 1em; }
.docs { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
.doc { border: 1px solid #ccc; border-radius: 4px; padding: .5em .8em; }
.doc h3 { margin: 0 0 .3em; font-size: 1em; }
.doc dl { display: grid; grid-template-columns: max-content 1fr; gap: .1em .8em; margin: 0; }
.doc dt { color: #444; } .doc dd { margin: 0; }
table { border-collapse: collapse; }
caption { text-align: left; caption-side: top; padding: .2em 0; }
.summary th, .summary td { border: 1px solid #999; padding: .25em .7em; text-align: center; }
.summary th { background: #eee; font-weight: 600; }
.legend { list-style: none; padding: 0; margin: 0; columns: 2; column-gap: 2em; }
.legend li { margin: .15em 0; break-inside: avoid; }
.redline { width: 100%; table-layout: fixed; }
.redline col.side { width: 50%; }
.redline thead th { background: #eee; text-align: left; padding: .35em .6em; border: 1px solid #999; }
.redline tbody { break-inside: avoid; page-break-inside: avoid; }
.redline tbody tr { break-inside: avoid; page-break-inside: avoid; }
.redline tbody th { text-align: left; font-weight: normal; background: #f6f6f6; padding: .3em .6em;
                    border: 1px solid #bbb; border-bottom: none; }
.redline td { vertical-align: top; padding: .35em .6em; border: 1px solid #bbb; border-top: none;
              overflow-wrap: anywhere; }
.redline td.empty { background: repeating-linear-gradient(135deg, #fafafa 0 6px, #f0f0f0 6px 12px); color: #555; }
.para + .para { margin-top: .45em; }
.pid { display: inline-block; min-width: 2.2em; color: #444; font-size: .85em; font-weight: 600; }
.ids { font-weight: 600; margin-right: .6em; }
.score { color: #444; font-size: .9em; margin-left: .6em; }
.badge { display: inline-block; border-radius: 3px; padding: 0 .45em; margin-right: .35em; font-size: .9em;
         border: 1px solid currentColor; white-space: nowrap; }
.b-strengthened { color: #0b5a1e; background: #e3f4e6; }
.b-weakened { color: #8a1010; background: #fbe6e6; }
.b-modified { color: #6b4a00; background: #fdf2d0; }
.b-unchanged { color: #3c3c3c; background: #f0f0f0; }
.b-added { color: #0b4f8a; background: #e3eefa; }
.b-removed { color: #6a2a7a; background: #f3e6f6; }
.b-tag { color: #333; background: #fff; }
del { color: #9b0000; background: #fde4e4; text-decoration: line-through; text-decoration-thickness: 1.5px; }
ins { color: #005a10; background: #ddf3df; text-decoration: underline; text-decoration-thickness: 1.5px; }
.signals { margin: .1em 0 0; padding: .25em .6em .35em 2em; border: 1px solid #bbb; border-top: none; }
.signals li { margin: .1em 0; }
td.notes { padding: 0; }
.sig-stronger { color: #0b5a1e; } .sig-weaker { color: #8a1010; } .sig-neutral { color: #333; }
.sig-note { color: #1a1a1a; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 9pt; padding: 0; }
  .redline thead { display: table-header-group; }
  h2 { break-after: avoid; page-break-after: avoid; }
  #redline { break-before: page; page-break-before: always; }
  del, ins, .badge, td.empty, .summary th, .redline thead th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


_e = esc


def _marked(tag: str, text: str) -> str:
    lead, core, trail = padding(text)
    return f"{_e(lead)}<{tag}>{_e(core)}</{tag}>{_e(trail)}" if core else _e(text)


def _runs_html(part: Part, side: str) -> str:
    out = []
    for r in part.runs:
        if r.op is Op.EQUAL:
            out.append(_e(getattr(r, side)))
        elif r.op is Op.DELETE and side == "old":
            out.append(_marked("del", r.old))
        elif r.op is Op.INSERT and side == "new":
            out.append(_marked("ins", r.new))
    return "".join(out)


def _side_cell(parts: tuple[Part, ...], side: str, lang: str, empty: str) -> str:
    if not parts:
        return f'<td class="empty">{_e(empty)}</td>'
    paras = "".join(
        f'<div class="para"><span class="pid">{_e(p.id)}</span> <span lang="{_e(lang)}">{_runs_html(p, side)}</span></div>'
        for p in parts
    )
    return f"<td>{paras}</td>"


def _entry_html(e: Entry, old_lang: str, new_lang: str, w: Wording) -> str:
    badges = [f'<span class="badge b-{e.change}">{_e(e.badge_in(w))}</span>']
    badges += [f'<span class="badge b-tag">{_e(t)}</span>' for t in e.tags_in(w)]
    similarity = e.similarity_in(w)
    score = f'<span class="score">{_e(similarity)}</span>' if similarity else ""
    head = f'<tr><th colspan="2" scope="rowgroup"><span class="ids">{_e(e.label_in(w))}</span>{"".join(badges)}{score}</th></tr>'
    cells = _side_cell(e.old_parts(), "old", old_lang, w("report.not_in_old")) + _side_cell(
        e.new_parts(), "new", new_lang, w("report.not_in_new")
    )
    rows = [head, f"<tr>{cells}</tr>"]
    if e.signals:
        items = "".join(
            f'<li class="sig-{_e(s.direction)}"><span class="sig-note">{_e(report.signal_line(s, note, w))}</span></li>'
            for s, note in e.signal_notes()
        )
        label = _e(w("signal.list_label"))
        rows.append(f'<tr><td colspan="2" class="notes"><ul class="signals" aria-label="{label}">{items}</ul></td></tr>')
    return f'<tbody class="entry c-{e.change}">{"".join(rows)}</tbody>'


def _doc_html(caption: str, doc, w: Wording) -> str:
    lang = f' lang="{_e(doc.language)}"'
    facts = "".join(
        f"<dt>{_e(k)}</dt><dd{lang if i == report.TITLE_FACT else ''}>{_e(v)}</dd>"
        for i, (k, v) in enumerate(report.document_facts(doc, w))
    )
    heading = w("report.version_label", version=caption, label=doc.label)
    return f'<section class="doc"><h3>{_e(heading)}</h3><dl>{facts}</dl></section>'


def render_html(comparison: Comparison, progress=None, language: str = "en") -> str:
    w = wording(language)
    old, new = comparison.old, comparison.new
    entries = present.entries(comparison, w.language)
    tick = report.Progress(progress, len(entries), w("progress.html"))
    summary = report.summary_rows(comparison, w)
    head_cells = "".join(f'<th scope="col">{_e(mark)} {_e(word)}</th>' for mark, word, _ in summary)
    count_cells = "".join(f"<td>{n}</td>" for _, _, n in summary)
    body = []
    for i, e in enumerate(entries):
        body.append(_entry_html(e, old.language, new.language, w))
        tick.step(i + 1)
    title = report.title(comparison)
    header = (f'<h1>{_e(w("report.title", title=title))}</h1>\n'
              f'<p class="provenance">{_e(report.provenance(comparison, w))}</p>\n'
              f'<div class="docs">{_doc_html(w("report.old_version"), old, w)}{_doc_html(w("report.new_version"), new, w)}</div>')
    main = f"""<h2 id="summary">{_e(w("report.summary"))}</h2>
<table class="summary"><caption class="provenance">{_e(w("report.summary_caption"))}</caption>
<thead><tr>{head_cells}</tr></thead><tbody><tr>{count_cells}</tr></tbody></table>
<h2 id="legend">{_e(w("report.legend"))}</h2>
<ul class="legend">{legend_items(w)}</ul>
<h2 id="redline">{_e(w("report.paragraphs"))}</h2>
<table class="redline">
<caption class="provenance">{_e(w("report.redline_caption"))}</caption>
<colgroup><col class="side"><col class="side"></colgroup>
<thead><tr><th scope="col">{_e(w("report.old_column", label=old.label))}</th><th scope="col">{_e(w("report.new_column", label=new.label))}</th></tr></thead>
{"".join(body)}
</table>"""
    return page(language=w.language, title=w("report.page_title", title=title), css=CSS, header=header, main=main)


def render(comparison: Comparison, progress=None, language: str = "en") -> bytes:
    return render_html(comparison, progress, language).encode("utf-8")
